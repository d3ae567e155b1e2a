// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "PartnerGraph",
    platforms: [.macOS(.v13)],
    products: [
        // MARK: - Public API
        .library(name: "PartnerGraph", targets: ["PartnerGraph"]),
        .library(name: "PartnerMetrics", targets: ["PartnerMetrics"]),
        .library(name: "PartnerIO", targets: ["PartnerIO"]),
        .library(name: "PartnerGraphviz", targets: ["PartnerGraphviz"]),
        .library(name: "PartnerReport", targets: ["PartnerReport"]),
        .executable(name: "partnet", targets: ["partnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The HTML report's template (logic-less, escaping by default).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Documentation only: `swift package generate-documentation` builds the DocC catalogs.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: - Core and layers
        .target(name: "PartnerGraph"),
        .target(name: "PartnerMetrics", dependencies: ["PartnerGraph"]),
        .target(
            name: "PartnerIO",
            dependencies: ["PartnerGraph", "CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "PartnerGraphviz", dependencies: ["PartnerGraph", "CGraphviz"]),
        // libxml2: streaming XML (GraphML, GEXF) and HTML parsing, without Foundation's document size limit.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // The HTML report (interactive and static), built from what PartnerMetrics computes.
        .target(
            name: "PartnerReport",
            dependencies: [
                "PartnerGraph", "PartnerMetrics", "PartnerGraphviz",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // MARK: - Tool
        .executableTarget(
            name: "partnet",
            dependencies: [
                "PartnerGraph", "PartnerMetrics", "PartnerIO", "PartnerGraphviz", "PartnerReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Examples (run in CI by `make test`)
        .executableTarget(name: "BuildNetwork", dependencies: ["PartnerIO"], path: "Examples/BuildNetwork"),
        .executableTarget(
            name: "CollaborationStatistics", dependencies: ["PartnerIO", "PartnerMetrics"],
            path: "Examples/CollaborationStatistics"),
        .executableTarget(
            name: "StyledDiagram", dependencies: ["PartnerIO", "PartnerGraphviz"], path: "Examples/StyledDiagram"),

        // MARK: - Tests
        .testTarget(name: "PartnerGraphTests", dependencies: ["PartnerGraph"]),
        .testTarget(name: "PartnerMetricsTests", dependencies: ["PartnerMetrics", "PartnerIO"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PartnerIOTests", dependencies: ["PartnerIO"], exclude: ["Hostile"]),
        .testTarget(name: "PartnerGraphvizTests", dependencies: ["PartnerGraphviz", "PartnerIO"]),
        .testTarget(name: "PartnerReportTests", dependencies: ["PartnerReport", "PartnerIO"], exclude: ["Browser"]),
        .testTarget(name: "partnetTests", dependencies: ["partnet"]),
    ],
    swiftLanguageModes: [.v6]
)

