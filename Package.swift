// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "helpkit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "HelpKit", targets: ["HelpKit"]),
        .library(name: "HelpKitTerminal", targets: ["HelpKitTerminal"]),
        .executable(name: "helpkit", targets: ["helpkit"]),
        .executable(name: "helpkit-example-host", targets: ["helpkit-example-host"]),
        .executable(name: "helpkit-bench", targets: ["helpkit-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2 is reached only through XMLBridge: its headers pull in the system
        // ICU, which clashes with Foundation's when both meet in one Swift module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "XMLBridge", dependencies: ["CLibXML2"]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "WCWidth"),
        .target(
            name: "HelpKit",
            dependencies: ["XMLBridge", "CSQLite", "Yams"]
        ),
        .target(
            name: "HelpKitTerminal",
            dependencies: ["HelpKit", "CCmarkGFM", "CNcursesw", "WCWidth"]
        ),
        .executableTarget(
            name: "helpkit",
            dependencies: [
                "HelpKit",
                "HelpKitTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A host app in miniature: its actions show localized help through HelpKit.
        .executableTarget(
            name: "helpkit-example-host",
            dependencies: [
                "HelpKit",
                "HelpKitTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // In-process measurements for `make bench`; not shipped with the tool.
        .executableTarget(
            name: "helpkit-bench",
            dependencies: ["HelpKit", "Yams", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "HelpKitTests",
            dependencies: ["HelpKit", "HelpKitTerminal", "XMLBridge", "CSQLite"]
        ),
    ]
)
