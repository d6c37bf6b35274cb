import Foundation
import JREBundledScenarios
import JRECore

// Times the population mode and prints medians. Run in release through Benchmarks/run-population,
// or: swift run -c release PopulationBenchmarks [scale|sweep|csv DIR|all] [--runs N] [--size N]
// Timings are printed, never asserted.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let mode = arguments.first { !$0.hasPrefix("--") && Int($0) == nil && $0 != option("--runs") && $0 != option("--size") } ?? "all"
let runs = option("--runs").flatMap(Int.init) ?? 5

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Runs `body` `runs` times; prints and returns the median in seconds.
@discardableResult
func median(_ name: String, runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        samples.append(seconds(since: start))
    }
    samples.sort()
    let middle = samples[samples.count / 2]
    let list = samples.map { String(format: "%.2f", $0) }.joined(separator: " ")
    print(String(format: "%-64@ median %7.2f s   (%d runs: %@)", name as NSString, middle, runs, list as NSString))
    return middle
}

/// The process's peak resident memory so far, in megabytes.
func peakMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #endif
}

let library = ScenarioLibrary(bundled: BundledScenarios.files)

func rules(for input: PopulationInput, _ name: String = "jre-standard") -> PopulationRules {
    let (rules, diagnostics) = PopulationRules.load(name, library: library, for: input, lang: .en)
    guard let rules else {
        diagnostics.forEach { print($0.render(.en)) }
        exit(2)
    }
    return rules
}

/// Generation plus evaluation of 5.5 million claimants over 182 days, on the last day.
func scale() throws {
    let size = option("--size").flatMap(Int.init) ?? 5_500_000
    let population = SyntheticPopulation(size: size, seed: 42, days: 182)
    let input = PopulationInput.synthetic(population)
    let bound = rules(for: input)
    var flagged = 0
    let parameters = ParameterValues(defaultsOf: bound.ruleset)
    let time = try median("generate + evaluate \(size) × 182 days, day 182 (jre-standard)", runs: runs) {
        let outcome = try PopulationRun.evaluate(input, rules: bound, day: 182, parameters: parameters, groupBy: input.defaultGroupings)
        flagged = outcome.tally.flagged
    }
    print(String(format: "  %.0f claimants/s, %.1f M claimant-days of events/s; flagged %d; peak memory %.0f MB",
                 Double(size) / time, Double(size) * 182 / time / 1e6, flagged, peakMegabytes()))
}

/// A 20-value threshold sweep over 1 million claimants (drawn once, evaluated 20 times).
func sweep() throws {
    let size = option("--size").flatMap(Int.init) ?? 1_000_000
    let input = PopulationInput.synthetic(SyntheticPopulation(size: size, seed: 42, days: 182))
    let bound = rules(for: input)
    let parameters = ParameterValues(defaultsOf: bound.ruleset)
    for (name, values) in [("seuil_dynamique_faible", (0..<20).map(Double.init)), ("window", (11...30).map(Double.init))] {
        guard let index = bound.ruleset.parameterIndex(name) else { continue }
        try median("20-value sweep of \(name) over \(size) claimants", runs: runs) {
            _ = try PopulationRun.sweep(input, rules: bound, day: 182, parameters: parameters, parameter: index, values: values)
        }
    }
    try median("one evaluation of \(size) claimants (for comparison)", runs: runs) {
        _ = try PopulationRun.evaluate(input, rules: bound, day: 182, parameters: parameters, groupBy: [])
    }
}

/// Reading and evaluating a CSV folder in this process (the command adds only start-up and printing).
func csv(_ folder: String) throws {
    let files = try PopulationFiles.open(folder)
    let input = PopulationInput.files(files)
    let bound = rules(for: input)
    let parameters = ParameterValues(defaultsOf: bound.ruleset)
    try median("open \(folder) (claimants.csv, situations.csv)", runs: runs) { _ = try PopulationFiles.open(folder) }
    try median("evaluate \(folder) (events.csv streamed), day \(files.days)", runs: runs) {
        _ = try PopulationRun.evaluate(input, rules: bound, day: files.days, parameters: parameters, groupBy: input.defaultGroupings)
    }
}

print("Population benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_000_000_000) GB")
do {
    switch mode {
    case "scale": try scale()
    case "sweep": try sweep()
    case "csv":
        guard let folder = arguments.dropFirst().first(where: { !$0.hasPrefix("--") }) else {
            print("usage: PopulationBenchmarks csv DIR")
            exit(2)
        }
        try csv(folder)
    default:
        try scale()
        try sweep()
    }
} catch let error as PopulationFileError {
    error.diagnostics.forEach { print($0.render(.en)) }
    exit(2)
}
