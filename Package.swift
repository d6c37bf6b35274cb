// swift-tools-version:6.0
import PackageDescription

/// Settings shared by every Swift target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "jre-console",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jre-console", targets: ["jre-console"]),
        .library(name: "JRECore", targets: ["JRECore"]),
        .library(name: "JREPopulation", targets: ["JREPopulation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The one string table (French and English) every layer draws its visible text from.
        .target(name: "JREText", swiftSettings: swiftSettings),
        // The pure core: model, file loading, expressions, evaluation, explanations, reports.
        .target(
            name: "JRECore",
            dependencies: ["JREText", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Population mode: generation, CSV files, columnar reading, reports; evaluated by the core's machine.
        .target(
            name: "JREPopulation",
            dependencies: ["JRECore", "JREText"],
            swiftSettings: swiftSettings
        ),
        // The bundled Scenarios/ folder, embedded into the binary at build time.
        .target(
            name: "JREBundledScenarios",
            swiftSettings: swiftSettings,
            plugins: ["EmbedScenarios"]
        ),
        .executableTarget(name: "embed-scenarios", path: "Sources/embed-scenarios"),
        .plugin(
            name: "EmbedScenarios",
            capability: .buildTool(),
            dependencies: ["embed-scenarios"]
        ),
        // ncurses (wide) as a system library, with a shim for the macros Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The terminal layer: the cell grid, key decoding, and the only code that touches ncurses.
        .target(
            name: "JRETerminal",
            dependencies: ["JREText", "CNcursesw"],
            swiftSettings: swiftSettings
        ),
        // The console: state, events and pure views of the workshop screens into a cell grid.
        .target(
            name: "JREConsole",
            dependencies: ["JRECore", "JREPopulation", "JREText", "JRETerminal"],
            swiftSettings: swiftSettings
        ),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "jre-console",
            dependencies: [
                "JRECore", "JREPopulation", "JREConsole", "JRETerminal", "JREText", "JREBundledScenarios",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "JREBenchmarks",
            dependencies: ["JRECore", "JREConsole", "JRETerminal", "JREBundledScenarios"],
            path: "Benchmarks/JREBenchmarks",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "PopulationBenchmarks",
            dependencies: ["JRECore", "JREPopulation", "JREConsole", "JRETerminal", "JREBundledScenarios"],
            path: "Benchmarks/Population",
            swiftSettings: swiftSettings
        ),
        // What both test suites share: comparing output with reviewed files (goldens, snapshots).
        .target(
            name: "JRETestSupport",
            path: "Tests/JRETestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JRECoreTests",
            dependencies: ["JRECore", "JREPopulation", "JREText", "JREBundledScenarios", "JRETestSupport"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JRETerminalTests",
            dependencies: ["JRETerminal", "JREText", "CNcursesw", "JRETestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JREConsoleTests",
            dependencies: ["JREConsole", "JRETerminal", "JRECore", "JREPopulation", "JREText", "JREBundledScenarios", "JRETestSupport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
    ]
)
