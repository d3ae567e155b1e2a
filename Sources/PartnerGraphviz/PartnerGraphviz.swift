@_exported import PartnerGraph
// Its `delaunay_tri` takes the place of Graphviz's in every layout with prism overlap removal, so that a graph's
// positions are the same in every run (nothing in it is called from Swift; see CGraphvizOrder.h).
import CGraphvizOrder
