// swift-tools-version:6.1
// The libFuzzer targets: one per reader and one for the DOT writer against Graphviz's parser. A package of
// their own beside the tests, not product code: they need libFuzzer's runtime (`-sanitize=fuzzer`) to link
// and are built one product at a time by scripts/fuzz.sh (see Tests/PartnerIOTests/Hostile/README.md).
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is the checkout's name (main, a worktree...).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let partnerGraph = root.lastPathComponent

let readers = ["NetworkFile", "EventTable", "EdgeList", "Affiliation", "GraphML", "GEXF", "NodeLink"]

let package = Package(
    name: "PartnerGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CFuzzDriver", .product(name: "PartnerFiles", package: partnerGraph),
                .product(name: "PartnerIO", package: partnerGraph),
            ]),
    ]
        + readers.map { reader in
            .executableTarget(
                name: "Fuzz\(reader)",
                dependencies: ["FuzzSupport", .product(name: "PartnerIO", package: partnerGraph)])
        }
        + [
            .executableTarget(
                name: "FuzzDOT",
                dependencies: ["FuzzSupport", .product(name: "PartnerTestSupport", package: partnerGraph)])
        ],
    swiftLanguageModes: [.v6]
)
