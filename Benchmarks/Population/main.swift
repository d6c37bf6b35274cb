import Foundation
import JREBundledScenarios
import JRECore
import JREPopulation
import JREConsole
import JRETerminal

// Times the population mode and prints medians. Run in release through Benchmarks/run-population,
// or: swift run -c release PopulationBenchmarks [scale|sweep|console|trained|capacity|csv DIR|all] [--runs N] [--size N] [--variant N]
// Timings are printed, never asserted.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let mode = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "all"
let runs = option("--runs").flatMap(Int.init) ?? 5

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Runs `body` `runs` times; prints and returns the median in seconds.
/// `prepare` runs before each timed run, untimed.
@discardableResult @inline(never)
func median(_ name: String, runs: Int, prepare: () throws -> Void = {}, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        try prepare()
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

let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

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

/// The console's population screen, as a user drives it: each key handled (its evaluations run inline,
/// as they would in the background) and the screen drawn, on a 100,000-person sample.
func console() throws {
    let library = ScenarioLibrary(bundled: BundledScenarios.files)
    let sample = option("--size").flatMap(Int.init) ?? 100_000
    let state = AppState(lang: .fr, picker: PickerState(entries: []), width: 120, height: 40)
    var program = ConsoleProgram(state: state, library: library, populationRunner: PopulationJobRunner(mode: .inline, lang: .fr),
                                 populationSizes: PopulationSizes(sample: sample, full: PopulationScreen.fullSize, seed: 42))
    func press(_ key: Key) {
        program.handle(.key(key), at: .now)
        _ = program.render(width: 120, height: 40, glyphs: .unicode)
    }
    try median("m: open the screen (sample figures + chart of window), \(sample) claimants", runs: runs) {
        press(.escape)
        press(.char("m"))
    }
    // The low-dynamic threshold: its chart, then steps back and forth.
    var step = 0
    try median("↓/↑: another setting (its 25-value chart over the sample)", runs: runs) {
        press(step % 2 == 0 ? .char("j") : .char("k"))
        step += 1
    }
    for _ in 0..<3 { press(.char("j")) }
    try median("→/←: one step of seuil_dynamique_faible (sample recomputed, screen drawn)", runs: runs) {
        press(step % 2 == 0 ? .right : .left)
        step += 1
    }
    // JRE_BENCH_SKIP_FULL leaves out the whole-population figure (for callgrind: see docs/performance.md).
    if ProcessInfo.processInfo.environment["JRE_BENCH_SKIP_FULL"] != nil { return }
    // Each run after a step, so that the whole population is not up to date already.
    try median("F: the whole population (\(PopulationScreen.fullSize) claimants)", runs: runs, prepare: {
        press(step % 2 == 0 ? .right : .left)
        step += 1
    }) {
        press(.char("F"))
    }
    if program.state.population?.shownFigures == nil { print("  (no figures: something went wrong)") }
}

// MARK: Trained score at scale (issue 13, point 11)

/// `rules` with its trained score `id` replaced: by the constant 0 (nothing read), or by a scorecard
/// of zero weights over the same features (every feature computed, no tree walked).
func replacingModel(_ ruleset: Ruleset, score id: String, byConstant: Bool) -> Ruleset {
    var ruleset = ruleset
    guard let index = ruleset.scoreIndex(id), let model = ruleset.scores[index].model else { return ruleset }
    if byConstant {
        ruleset.scores[index].model = nil
        ruleset.scores[index].value.text = "0"
    } else {
        let card = LogisticScorecard(intercept: -3, features: model.features.map { .init(name: $0.name, weight: 0) })
        ruleset.scores[index].model?.trained = .scorecard(card)
    }
    return ruleset
}

/// jre-standard with the suspicion score (its parameters, its events' attributes, its alert) added after its own.
func standardPlusSuspicion(_ standard: Ruleset, _ suspicion: Ruleset) -> Ruleset {
    var combined = standard
    combined.id = "jre-standard+suspicion"
    for type in suspicion.eventTypes {
        if let index = combined.eventTypes.firstIndex(where: { $0.id == type.id }) {
            combined.eventTypes[index].attributes = (combined.eventTypes[index].attributes ?? []) + (type.attributes ?? [])
        } else {
            combined.eventTypes.append(type)
        }
    }
    combined.parameters += suspicion.parameters
    combined.scores += suspicion.scores
    combined.alerts += suspicion.alerts
    return combined
}

func loadRuleset(_ name: String) -> Ruleset {
    guard let located = library.locatePopulationRuleset(name) else { fatalError("no ruleset \(name)") }
    let (ruleset, diagnostics) = RulesetLoader(file: located.file, lang: .en, models: library.modelSource).load(id: located.id)
    guard let ruleset else {
        diagnostics.forEach { print($0.render(.en)) }
        exit(2)
    }
    return ruleset
}

func bound(_ ruleset: Ruleset, to input: PopulationInput) -> PopulationRules {
    let (rules, diagnostics) = PopulationRules.bind(ruleset, to: input, lang: .en)
    guard let rules else {
        diagnostics.forEach { print($0.render(.en)) }
        exit(2)
    }
    return rules
}

/// What the suspicion model adds to a rules-only run over the population (generation + evaluation,
/// as `population evaluate --size N` runs it): each variant's median, then the differences.
func trained() throws {
    let size = option("--size").flatMap(Int.init) ?? PopulationReport.nationalClaimants
    let input = PopulationInput.synthetic(SyntheticPopulation(size: size, seed: 42, days: 182))
    let suspicion = loadRuleset("suspicion"), standard = loadRuleset("jre-standard")
    let variants: [(String, Ruleset)] = [
        ("suspicion, trained score replaced by the constant 0", replacingModel(suspicion, score: "suspicion", byConstant: true)),
        ("suspicion, its 10 features computed, no tree (zero weights)", replacingModel(suspicion, score: "suspicion", byConstant: false)),
        ("suspicion as bundled (10 features + the trees)", suspicion),
        ("jre-standard", standard),
        ("jre-standard + the suspicion score", standardPlusSuspicion(standard, suspicion)),
    ]
    // --variant N runs only variant N (1–5), e.g. one variant per callgrind run.
    let only = option("--variant").flatMap(Int.init)
    print("load average \(loadAverage()); \(size) claimants × 182 days, day 182, default groupings; wall clock, then CPU time of both cores")
    var walls: [Double] = [], cpus: [Double] = []
    for (number, (name, ruleset)) in variants.enumerated() where only == nil || only == number + 1 {
        let rules = bound(ruleset, to: input)
        let parameters = ParameterValues(defaultsOf: rules.ruleset)
        var samples: [Double] = []
        walls.append(try median("\(number + 1). " + name, runs: runs) {
            let start = cpuSeconds()
            _ = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: input.defaultGroupings)
            samples.append(cpuSeconds() - start)
        })
        samples.sort()
        cpus.append(samples[samples.count / 2])
        print(String(format: "%-64@ median %7.2f s CPU", "", cpus[cpus.count - 1]))
    }
    guard walls.count == variants.count else { return }
    for (label, values) in [("wall", walls), ("CPU", cpus)] {
        print(String(format: "  %@: the model's whole cost (features + trees) on suspicion %+.2f s; the trees alone %+.2f s; added to jre-standard %+.2f s",
                     label as NSString, values[2] - values[0], values[2] - values[1], values[4] - values[3]))
    }
    print("  load average \(loadAverage())")
}

/// `population evaluate --ruleset suspicion --capacity …`: the run with the capacity counted in its walk
/// against the run alone, then reading both national capacities from the counts.
func capacity() throws {
    let size = option("--size").flatMap(Int.init) ?? PopulationReport.nationalClaimants
    let population = SyntheticPopulation(size: size, seed: 42, days: 182)
    let input = PopulationInput.synthetic(population)
    let rules = bound(loadRuleset("suspicion"), to: input)
    let parameters = ParameterValues(defaultsOf: rules.ruleset)
    guard let score = CapacityRun.trainedScore(rules) else { fatalError("the suspicion ruleset has no trained score") }
    print("load average \(loadAverage()); \(size) claimants × 182 days, suspicion, default groupings")
    try median("suspicion run alone", runs: runs) {
        _ = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: input.defaultGroupings)
    }
    var outcome: PopulationRun.Outcome?
    try median("suspicion run with the capacity counted in the same walk", runs: runs) {
        outcome = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: input.defaultGroupings,
                                             capacityScore: score)
    }
    guard let counts = outcome?.capacity else { return }
    let start = ContinuousClock.now
    var selected = 0
    for _ in 0..<100 {
        for controls in [CapacityReport.controls2024, CapacityReport.target2027] {
            selected += CapacityReport(outcome: counts, rules: rules, capacity: controls).selected
        }
    }
    print(String(format: "%-64@ %9.3f ms each (mean of 200; selected %d)", "reading one capacity from the counts" as NSString,
                 seconds(since: start) / 200 * 1000, selected / 100))
    print("  load average \(loadAverage())")
}

/// CPU seconds used by the process so far (every thread).
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The first three fields of /proc/loadavg.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

print("Population benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_000_000_000) GB")
do {
    switch mode {
    case "scale": try scale()
    case "sweep": try sweep()
    case "console": try console()
    case "trained": try trained()
    case "capacity": try capacity()
    case "csv":
        guard let folder = arguments.dropFirst().first(where: { !$0.hasPrefix("--") }) else {
            print("usage: PopulationBenchmarks csv DIR")
            exit(2)
        }
        try csv(folder)
    default:
        try scale()
        try sweep()
        try console()
    }
} catch let error as PopulationFileError {
    error.diagnostics.forEach { print($0.render(.en)) }
    exit(2)
}
