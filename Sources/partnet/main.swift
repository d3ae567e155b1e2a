import PartnerGraph
print("partnet")
