// swift-tools-version:6.1
// A package that depends on PartnerGraph as the README says, and uses its public API as the README and the DocC
// articles show it. `.ci/run` builds it: it must compile with no warnings, and build neither ArgumentParser,
// Mustache nor Yams (it asks only for PartnerGraph and PartnerMetrics).
import PackageDescription

let package = Package(
    name: "Dependant",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PartnerGraph", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "Dependant",
            dependencies: [
                .product(name: "PartnerGraph", package: "PartnerGraph"),
                .product(name: "PartnerMetrics", package: "PartnerGraph"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
