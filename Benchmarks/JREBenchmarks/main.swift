import Foundation
import JREBundledScenarios
import JRECore

// Times the engine and prints medians. Run in release: swift run -c release JREBenchmarks
// (or Benchmarks/run). Timings are printed, never asserted.

/// Runs `body` `runs` times and returns the median duration in milliseconds.
func medianMilliseconds(runs: Int, _ body: () -> Void) -> (median: Double, p99: Double) {
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
