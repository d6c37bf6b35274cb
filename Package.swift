// swift-tools-version:6.0
import PackageDescription

/// Settings shared by every Swift target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// The product's libraries are optimised in debug builds too: the test suite evaluates millions of
/// claimant-days and a million mashed keys (agreement runs, kiosk mashing through the population
/// screen, 10,000-row model oracles), and unoptimised code there costs minutes (docs/architecture.md).
/// Test targets stay unoptimised.
let hotPathSettings: [SwiftSetting] = swiftSettings + [
    .unsafeFlags(["-O"], .when(configuration: .debug)),
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
        .target(name: "JREText", swiftSettings: hotPathSettings),
        // The pure core: model, file loading, expressions, evaluation, explanations, reports.
        .target(
            name: "JRECore",
            dependencies: ["JREText", .product(name: "Yams", package: "Yams")],
            swiftSettings: hotPathSettings
        ),
        // Population mode: generation, CSV files, columnar reading, reports; evaluated by the core's machine.
        .target(
            name: "JREPopulation",
            dependencies: ["JRECore", "JREText"],
            swiftSettings: hotPathSettings
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
            swiftSettings: hotPathSettings
        ),
        // Test doubles for the terminal layer: the in-memory backend, the manual clock, the tmux driver.
        // Linked by tests (and benchmarks) only, never by the executable.
        .target(
            name: "JRETerminalTesting",
            dependencies: ["JRETerminal", "JREText"],
            swiftSettings: swiftSettings
        ),
        // The console: state, events and pure views of the workshop screens into a cell grid.
        .target(
            name: "JREConsole",
            dependencies: ["JRECore", "JREPopulation", "JREText", "JRETerminal", "JRETraining"],
            swiftSettings: hotPathSettings
        ),
        // The festival kiosk: the console composed with a disclaimer, an attract loop, a guided tour,
        // an idle reset, a key filter and a `--restart` supervisor.
        .target(
            name: "JREKiosk",
            dependencies: ["JREConsole", "JRECore", "JREText", "JRETerminal"],
            swiftSettings: hotPathSettings
        ),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "jre-console",
            dependencies: [
                "JRECore", "JREPopulation", "JREConsole", "JREKiosk", "JRETerminal", "JREText", "JREBundledScenarios", "JRETraining",
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
        // The small console the terminal layer's end-to-end tests run in tmux (built for the tests only).
        .executableTarget(
            name: "jre-terminal-echo",
            dependencies: ["JRETerminal", "JREText"],
            path: "Tests/jre-terminal-echo",
            swiftSettings: swiftSettings
        ),
        // XGBoost's C API as a system library: training and the oracle for the core's model inference.
        .systemLibrary(
            name: "CXGBoost",
            pkgConfig: "xgboost",
            providers: [.apt(["libxgboost-dev"])]
        ),
        // Training tree ensembles and asking libxgboost for its own predictions (the core never imports it);
        // training a ruleset's trained score from a population's control history (`model train`).
        .target(
            name: "JRETraining",
            dependencies: ["CXGBoost", "JRECore", "JREPopulation"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ModelBenchmarks",
            dependencies: ["JRECore", "JREPopulation", "JRETraining", "JREBundledScenarios"],
            path: "Benchmarks/Models",
            swiftSettings: swiftSettings
        ),
        // What the test suites share: comparing output with reviewed files (goldens, snapshots), and
        // locating a current build of the executables the end-to-end tests launch.
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
            dependencies: ["JRETerminal", "JRETerminalTesting", "JREText", "CNcursesw", "JRETestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JREConsoleTests",
            dependencies: ["JREConsole", "JREKiosk", "JRETerminal", "JRETerminalTesting", "JRECore", "JREPopulation", "JREText", "JREBundledScenarios", "JRETestSupport"],
            exclude: ["Snapshots", "Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JREModelsTests",
            dependencies: ["JRECore", "JREPopulation", "JRETraining", "JREBundledScenarios", "JRETestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)
