@_exported import PartnerGraph
