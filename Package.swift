// swift-tools-version: 6.0
import PackageDescription

// Linux only: the code calls Glibc directly (st_mtim, for one), so no other
// platform is claimed.
let package = Package(
    name: "helpkit",
    products: [
        // What a host app that shows help links: the model, the catalog and the renderer.
        .library(name: "HelpKit", targets: ["HelpKitCore", "HelpKitCatalog", "HelpKitRendering"]),
        .library(name: "HelpKitChecking", targets: ["HelpKitChecking"]),
        .library(name: "HelpKitExchange", targets: ["HelpKitExchange"]),
        .library(name: "HelpKitTUI", targets: ["HelpKitTUI"]),
        .executable(name: "helpkit", targets: ["helpkit"]),
        .executable(name: "helpkit-example-host", targets: ["helpkit-example-host"]),
        .executable(name: "helpkit-bench", targets: ["helpkit-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    // The targets in the order the data flows: articles are parsed into the
    // model (core), checked, compiled into a catalog, rendered, browsed.
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

        // Model, parsing, lossless writing, the sentence identity and the
        // content policies (reference locale, grouping, excludes). Front matter
        // is read from the events of the libyaml that Yams builds (`CYaml`): a
        // target of Yams, not a product, so one copy of libyaml is linked; it
        // moves with Yams' major version, which `from: "6.0.0"` pins.
        .target(name: "HelpKitCore", dependencies: ["XMLBridge", "Yams"]),
        // Rules, engine, reporters, baseline and project file. Numbers in words
        // are read with the ICU that Foundation ships (`_FoundationICU`): its
        // spell-out rule sets hold the ordinals and genders NumberFormatter hides.
        .target(
            name: "HelpKitChecking",
            dependencies: ["HelpKitCore", "Yams"],
            linkerSettings: [.linkedLibrary("_FoundationICU")]
        ),
        // XLIFF 2.0 / 1.2 and TMX for translators' tools, written with libxml2.
        .target(name: "HelpKitExchange", dependencies: ["HelpKitCore", "HelpKitChecking", "XMLBridge"]),
        // Carrying translations to a new English: update, leverage, pseudo-locale.
        .target(name: "HelpKitUpdate", dependencies: ["HelpKitCore", "HelpKitExchange"]),
        // The SQLite catalog: build, read, locale negotiation, context map.
        .target(name: "HelpKitCatalog", dependencies: ["HelpKitCore", "CSQLite", "Yams"]),
        // Markdown to terminal text with cmark-gfm.
        .target(name: "HelpKitRendering", dependencies: ["HelpKitCore", "HelpKitCatalog", "CCmarkGFM", "WCWidth"]),
        // The ncursesw terminal UI, with the checker's review.
        .target(name: "HelpKitTUI", dependencies: ["HelpKitCatalog", "HelpKitRendering", "HelpKitChecking", "CNcursesw"]),
        .executableTarget(
            name: "helpkit",
            dependencies: [
                "HelpKitCore", "HelpKitChecking", "HelpKitExchange", "HelpKitUpdate", "HelpKitCatalog", "HelpKitRendering",
                "HelpKitTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A host app in miniature: its actions show localized help, and it
        // links neither the checker nor ncurses.
        .executableTarget(
            name: "helpkit-example-host",
            dependencies: [
                "HelpKitCore", "HelpKitCatalog", "HelpKitRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // In-process measurements for `make bench`; not shipped with the tool.
        .executableTarget(
            name: "helpkit-bench",
            dependencies: [
                "HelpKitCore", "HelpKitChecking", "HelpKitExchange", "HelpKitCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Every input helpkit reads, with the invariant that must hold for any
        // bytes in it; `make fuzz` drives them with libFuzzer through
        // helpkit-fuzz, and the tests replay the inputs it saved.
        .target(
            name: "HelpKitFuzzing",
            dependencies: ["HelpKitCore", "HelpKitChecking", "HelpKitExchange", "HelpKitCatalog", "HelpKitRendering"]
        ),
        .executableTarget(name: "helpkit-fuzz", dependencies: ["HelpKitFuzzing"]),
        // What the tests share: the corpus unpacked, temporary folders, the
        // built binaries run as a user would, tmux, rule examples, validators.
        .target(
            name: "HelpKitTestSupport",
            dependencies: ["HelpKitCore", "HelpKitChecking", "HelpKitCatalog", "HelpKitRendering", "HelpKitTUI", "XMLBridge"],
            path: "Tests/HelpKitTestSupport"
        ),
        .testTarget(
            name: "HelpKitTests",
            dependencies: [
                "HelpKitCore", "HelpKitChecking", "HelpKitExchange", "HelpKitUpdate", "HelpKitCatalog", "HelpKitRendering",
                "HelpKitTUI", "HelpKitTestSupport", "HelpKitFuzzing", "CSQLite",
                // The oracle the front-matter event reader is tested against.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
