@_exported import PartnerFiles
@_exported import PartnerGraph
