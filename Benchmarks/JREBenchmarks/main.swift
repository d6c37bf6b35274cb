import Foundation
import JREBundledScenarios
import JRECore
import JREConsole
import JRETerminal

// Times the engine and prints medians. Run in release: swift run -c release JREBenchmarks
// (or Benchmarks/run). Timings are printed, never asserted.

/// Runs `body` `runs` times and returns the median duration in milliseconds.
/// `JRE_BENCH_RUNS` overrides the number of runs (for instruction counts under callgrind: see docs/performance.md).
@inline(never) func medianMilliseconds(runs requestedRuns: Int, _ body: () -> Void) -> (median: Double, p99: Double) {
    let runs = ProcessInfo.processInfo.environment["JRE_BENCH_RUNS"].flatMap(Int.init) ?? requestedRuns
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    samples.sort()
    let p99 = samples[min(samples.count - 1, Int((Double(samples.count) * 0.99).rounded(.up)) - 1)]
    return (samples[samples.count / 2], p99)
}

func report(_ name: String, _ result: (median: Double, p99: Double), runs: Int) {
    print(String(format: "%-58@ median %8.2f ms   p99 %8.2f ms   (%d runs)", name as NSString, result.median, result.p99, runs))
}

// `JREBenchmarks --journal`: only the journal appends (fsync is the kernel's cost: a debug build measures it too).
if CommandLine.arguments.contains("--journal") {
    benchmarkJournalAppends()
    exit(0)
}

let library = ScenarioLibrary(bundled: BundledScenarios.files.merging(
    ["synthetic.yaml": SyntheticScenario.yaml(claimants: 500, days: 365)], uniquingKeysWith: { a, _ in a }))

var loadedSimulation: Simulation?
let loadTime = medianMilliseconds(runs: 3) {
    loadedSimulation = library.loadScenario(library.locateScenario("synthetic")!, lang: .fr).simulation
}
guard let simulation = loadedSimulation else {
    print("the synthetic scenario did not load")
    exit(1)
}
let events = simulation.scenario.claimants.reduce(0) { $0 + $1.events.count }
print("synthetic scenario: \(simulation.scenario.claimants.count) claimants, \(simulation.scenario.days) days, \(events) events")
report("load + check + bind (YAML parse included)", loadTime, runs: 3)

let parameters = simulation.startingParameters
let runs = 21
report("history: every claimant × every day (500 × 365)", medianMilliseconds(runs: runs) {
    _ = simulation.history(parameters: parameters)
}, runs: runs)
report("one board: every claimant on one day", medianMilliseconds(runs: runs) {
    _ = simulation.evaluate(day: 180, parameters: parameters)
}, runs: runs)
report("one explanation (claimant 0, day 180)", medianMilliseconds(runs: runs) {
    _ = simulation.explain(claimant: 0, day: 180, parameters: parameters)
}, runs: runs)

if let portfolio = library.locateScenario("portefeuille").flatMap({ library.loadScenario($0, lang: .fr).simulation }) {
    let claimants = portfolio.scenario.claimants.count
    report("portefeuille history (\(claimants) × \(portfolio.scenario.days)) after a threshold step", medianMilliseconds(runs: 101) {
        var moved = portfolio.startingParameters
        moved[0] += 1
        _ = portfolio.history(parameters: moved)
    }, runs: 101)
}

// The console: a keypress on a 50-claimant scenario, answered by update + a full render.
let consoleLibrary = ScenarioLibrary(bundled: BundledScenarios.files.merging(
    ["synthetic50.yaml": SyntheticScenario.yaml(claimants: 50, days: 84)], uniquingKeysWith: { a, _ in a }))
if let fifty = consoleLibrary.locateScenario("synthetic50").flatMap({ consoleLibrary.loadScenario($0, lang: .fr).simulation }) {
    var state = AppState(lang: .fr, picker: PickerState(entries: []), width: 120, height: 40)
    state.open(fifty, day: 10)
    let keys: [Key] = [.char("j"), .char("j"), .char("n"), .char("k"), .tab, .char("j"), .escape, .char("N"), .char("p")]
    var index = 0
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
        state.width = width
        state.height = height
        report("keypress → update + render, 50 claimants, \(width)×\(height)", medianMilliseconds(runs: 201) {
            state.handle(.key(keys[index % keys.count]))
            index += 1
            _ = ScreenRenderer.render(state, glyphs: .unicode)
        }, runs: 201)
    }
    state.width = 120
    state.height = 40
    state.handle(.key(.char("w")))
    report("keypress with « Pourquoi ? » open (explanation redrawn)", medianMilliseconds(runs: 201) {
        state.handle(.key(.char("j")))
        _ = ScreenRenderer.render(state, glyphs: .unicode)
    }, runs: 201)
}

// The workshop loop: a threshold step on a 50-claimant scenario, recomputed and repainted.
if let fifty = consoleLibrary.locateScenario("synthetic50").flatMap({ consoleLibrary.loadScenario($0, lang: .fr).simulation }) {
    var state = AppState(lang: .fr, picker: PickerState(entries: []), width: 120, height: 40)
    state.open(fifty, day: 42)
    state.handle(.key(.char("t")))
    var up = true
    report("threshold step (lab) → recompute + render, 50 claimants", medianMilliseconds(runs: 201) {
        state.handle(.key(up ? .right : .left))
        up.toggle()
        _ = ScreenRenderer.render(state, glyphs: .unicode)
    }, runs: 201)
    state.handle(.key(.escape))
    report("threshold step seen on the board → recompute + render", medianMilliseconds(runs: 201) {
        var workshop = state.workshop!
        let index = 0
        let parameter = workshop.ruleset.parameters[index]
        var effects: [ConsoleEffect] = []
        _ = workshop.setParameter(index, to: workshop.parameters[index] == parameter.min ? parameter.min + parameter.step : parameter.min, effects: &effects)
        state.workshop = workshop
        _ = ScreenRenderer.render(state, glyphs: .unicode)
    }, runs: 201)

    // Resuming a session of 1,000 decisions: read the journal, replay it, rebuild the board.
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jre-bench-session-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    if let journal = try? SessionJournal(folder: folder), var workshop = state.workshop {
        try? journal.append(workshop.openedEntry)
        let decision = fifty.ruleset.decisions.first
        for index in 0..<1000 {
            let claimant = index % fifty.scenario.claimants.count
            if index % 10 == 0 { try? journal.append(SessionEntry(kind: .clockMoved, day: 1 + index % fifty.scenario.days)) }
            let record = DecisionRecord(
                day: 1 + index % fifty.scenario.days, date: "2024-01-01", claimant: fifty.scenario.claimants[claimant].id,
                claimantName: fifty.scenario.claimants[claimant].name, decision: decision?.id ?? "none", decisionLabel: "x",
                justification: "Justification \(index)", evidence: [], alerts: ["dynamique_faible"], levels: ["dynamique": "faible"],
                scores: ["dynamique": 3], parameters: ["window": 30], ruleset: fifty.ruleset.id, rulesetHash: "h", scenarioHash: "h")
            try? journal.append(SessionEntry(kind: .decisionTaken, day: record.day, decision: record))
        }
        report("resume a session of 1,000 decisions (read + replay + board)", medianMilliseconds(runs: 21) {
            let (entries, _) = SessionJournal.read(folder: folder)
            let snapshot = SessionSnapshot(entries: entries)
            var resumed = WorkshopState(simulation: fifty, day: 1)
            resumed.resume(snapshot)
            workshop = resumed
            var shown = state
            shown.workshop = resumed
            _ = ScreenRenderer.render(shown, glyphs: .unicode)
        }, runs: 21)
        try? FileManager.default.removeItem(at: folder)
    }
}

benchmarkJournalAppends()
