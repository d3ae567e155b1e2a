@_exported import PartnerTestSupport
