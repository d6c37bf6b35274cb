// Model benchmarks: training through libxgboost, and the core's inference on the trained model.
// Prints medians; run in release: `nice -n 15 swift run -c release ModelBenchmarks [--quick | --single-row | --training-only]`.
import Foundation
import JREBundledScenarios
import JRECore
import JREPopulation
import JRETraining

// How OpenMP threads wait at barriers: see OpenMPWaitPolicy (relaunches with its variables chosen from the load, unless set).
OpenMPWaitPolicy.relaunchIfNeeded()

let quick = CommandLine.arguments.contains("--quick")
/// Only the one-row measurements, on a model of the same shape trained on fewer rows.
let singleRow = CommandLine.arguments.contains("--single-row")
/// Only the training measurements (full size).
let trainingOnly = CommandLine.arguments.contains("--training-only")
let trainingRows = quick || singleRow ? 20_000 : 100_000
let columns = 20
let trees = quick && !singleRow ? 50 : 200
let populationRows = quick ? 500_000 : 5_490_000

/// Reproducible benchmark data from the core's SplitMix64.
struct BenchmarkRandom {
    var generator: SplitMix64
    init(state: UInt64) { generator = SplitMix64(seed: state) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// `rows × columns` features (about 5 % missing) and labels depending on a few of them.
func makeData(rows: Int, seed: UInt64) -> (FeatureMatrix, [Float]) {
    var random = BenchmarkRandom(state: seed)
    var values = [Float](repeating: 0, count: rows * columns)
    var labels = [Float](repeating: 0, count: rows)
    for row in 0..<rows {
        var signal = 0.0
        for column in 0..<columns {
            let value = random.unit() * 10 - 5
            values[row * columns + column] = random.unit() < 0.05 ? .nan : Float(value)
            if column < 6 { signal += column % 2 == 0 ? value * 0.3 : (value > 1 ? 0.8 : -0.4) }
        }
        labels[row] = signal + (random.unit() - 0.5) * 3 > 0 ? 1 : 0
    }
    return (FeatureMatrix(rows: rows, columns: columns, values: values), labels)
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

@discardableResult
func median(_ name: String, unit: String = "s", scale: Double = 1, runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        samples.append(seconds(since: start) * scale)
    }
    samples.sort()
    let middle = samples[samples.count / 2]
    let list = samples.map { String(format: "%.3f", $0) }.joined(separator: " ")
    print(String(format: "%-70@ median %9.3f %@   (%d runs: %@)", name as NSString, middle, unit as NSString, runs, list as NSString))
    return middle
}

/// The process's CPU time in seconds: on a loaded machine, closer to the work done than the wall clock.
func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

/// Like `median`, timing CPU time instead of the wall clock (for single-threaded work).
func medianCPU(_ name: String, unit: String, scale: Double, runs: Int, _ body: () -> Void) {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = cpuSeconds()
        body()
        samples.append((cpuSeconds() - start) * scale)
    }
    samples.sort()
    let list = samples.map { String(format: "%.3f", $0) }.joined(separator: " ")
    print(String(format: "%-70@ median %9.3f %@ CPU   (%d runs: %@)", name as NSString, samples[samples.count / 2], unit as NSString, runs, list as NSString))
}

/// The bundled trained score through the engine: one claimant's score, and with its contributions.
if CommandLine.arguments.contains("--trained-score") {
    let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
    guard let located = library.locatePopulationRuleset("suspicion") else { fatalError("no bundled suspicion ruleset") }
    let (ruleset, _) = RulesetLoader(file: located.file, lang: .fr, models: library.modelSource).load(id: located.id)
    let population = SyntheticPopulation(size: 200, seed: 7)
    guard let ruleset, let simulation = PopulationSample.simulation(population, range: 0..<200, ruleset: ruleset, lang: .fr).0 else {
        fatalError("the suspicion ruleset does not bind to the population")
    }
    if case .treeEnsemble(let trees)? = ruleset.scores.first?.model?.trained {
        print("bundled suspicion model: \(trees.treeCount) trees, depth \(trees.maxDepth), \(trees.featureCount) features")
    }
    let parameters = simulation.startingParameters, day = population.days
    var total = 0.0
    median("one claimant's trained score through the engine (µs, 200 claimants a run)", unit: "µs", scale: 1e6 / 200, runs: 9) {
        for claimant in 0..<200 { total += simulation.evaluate(claimant: claimant, day: day, parameters: parameters).scoreValues[0] }
    }
    median("one claimant's score with contributions: the whole explanation (µs, 200 a run)", unit: "µs", scale: 1e6 / 200, runs: 9) {
        for claimant in 0..<200 { total += simulation.explain(claimant: claimant, day: day, parameters: parameters).scores[0].contributions?.bias ?? 0 }
    }
    medianCPU("one claimant's score with contributions (CPU µs, 200 a run)", unit: "µs", scale: 1e6 / 200, runs: 9) {
        for claimant in 0..<200 { total += simulation.explain(claimant: claimant, day: day, parameters: parameters).scores[0].contributions?.bias ?? 0 }
    }
    if total == 42 { print("") }
    exit(0)
}

/// Retraining the bundled suspicion score from a fraud-world history, stage by stage (`--retraining [--size N]`).
if CommandLine.arguments.contains("--retraining") {
    let size = CommandLine.arguments.firstIndex(of: "--size").flatMap { Int(CommandLine.arguments[$0 + 1]) } ?? 100_000
    let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)
    guard let located = library.locatePopulationRuleset("suspicion") else { fatalError("no bundled suspicion ruleset") }
    let (loaded, _) = RulesetLoader(file: located.file, lang: .fr, models: library.modelSource).load(id: located.id)
    guard let ruleset = loaded, let scoreIndex = ruleset.scores.firstIndex(where: { $0.model != nil }) else { fatalError("no trained score") }
    print("retraining \(ruleset.scores[scoreIndex].id) on \(size) people; load average \(loadAverage())")
    if CommandLine.arguments.contains("--old") {
        var start = ContinuousClock.now
        func lap(_ name: String) {
            print(String(format: "  %-60@ %7.3f s", name as NSString, seconds(since: start)))
            start = ContinuousClock.now
        }
        let total = ContinuousClock.now
        let population = SyntheticPopulation(size: size, seed: 43, days: 182, history: .targeted)
        lap("SyntheticPopulation(size:seed:days:history:)")
        let world = FraudWorldLabels(population: population)
        lap("FraudWorldLabels (every person's world)")
        let (simulation, _) = PopulationSample.simulation(population, range: 0..<size, ruleset: ruleset, lang: .en)
        lap("PopulationSample.simulation (the Scenario and its binding)")
        guard let simulation else { fatalError("no simulation") }
        let rows = (0..<size).compactMap { claimant in world.source(claimant).map { (claimant: claimant, day: min(max(1, $0.day), 182)) } }
        _ = simulation.modelInputs(score: scoreIndex, rows: rows, parameters: simulation.startingParameters)
        lap("modelInputs of the \(rows.count) controlled people")
        _ = simulation.modelInputs(score: scoreIndex, rows: (0..<size).map { (claimant: $0, day: 182) }, parameters: simulation.startingParameters)
        lap("modelInputs of everyone on the last day (the card)")
        print(String(format: "  %-60@ %7.3f s", "stages above" as NSString, seconds(since: total)))
        exit(0)
    }
    // As the model screen's `T` does it (ModelTrainingRunner.retrain): the world in slices, the
    // controlled people's features through the population path, libxgboost, no card.
    let withCard = CommandLine.arguments.contains("--with-card")
    let threads = CommandLine.arguments.firstIndex(of: "--threads").flatMap { Int(CommandLine.arguments[$0 + 1]) } ?? 1
    final class StageClock: @unchecked Sendable {
        let lock = NSLock()
        let start = ContinuousClock.now
        var firsts: [(String, Double)] = []
        func mark(_ stage: TrainingStage) {
            let name: String
            switch stage {
            case .drawingHistory: name = "drawing the history (the fraud world, in 10 slices)"
            case .evaluatingFeatures: name = "evaluating the controlled people's features"
            case .learning: name = "libxgboost: the DMatrix and the boosting rounds"
            case .card: name = "the card's figures over everyone"
            }
            lock.lock()
            if firsts.last?.0 != name { firsts.append((name, seconds(since: start))) }
            lock.unlock()
        }
    }
    var walls: [Double] = []
    for run in 0..<3 {
        let clock = StageClock()
        let monitor = TrainingMonitor { clock.mark($0) }
        let population = SyntheticPopulation(size: size, seed: 43, days: 182, history: .targeted)
        let world = try FraudWorldLabels(population: population, monitor: monitor)
        var recipe = TrainingRecipe(ruleset: ruleset.id, score: ruleset.scores[scoreIndex].id, output: "suspicion.json", size: size, seed: 43, days: 182)
        recipe.threads = threads
        let outcome = try ScoreTrainer.train(ruleset: ruleset, score: ruleset.scores[scoreIndex].id, population: population, labels: world.source,
                                             labelSourceName: "targeted", truth: withCard ? world.truth : nil, recipe: recipe,
                                             modelFileName: "suspicion.json", withCard: withCard, monitor: monitor)
        _ = try TrainedModel.read(text: String(decoding: outcome.model, as: UTF8.self), file: "suspicion.json")
        let total = seconds(since: clock.start)
        walls.append(total)
        if run == 0 {
            let ends = clock.firsts.dropFirst().map(\.1) + [total]
            for (index, stage) in clock.firsts.enumerated() {
                print(String(format: "  %@: %.3f s", stage.0 as NSString, ends[index] - stage.1))
            }
        }
    }
    walls.sort()
    print(String(format: "retraining on %d people (%d XGBoost thread(s)%@): median %.3f s   (3 runs: %@); load average %@", size, threads,
                 (withCard ? ", with the card" : "") as NSString, walls[1], walls.map { String(format: "%.3f", $0) }.joined(separator: " ") as NSString,
                 loadAverage() as NSString))
    exit(0)
}

print("libxgboost \(xgboostVersion())\(quick ? " (quick sizes)" : ""); \(OpenMPWaitPolicy.summary); load average \(loadAverage())")

/// The first three fields of /proc/loadavg, to print beside every timing.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown"
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
let (training, labels) = makeData(rows: trainingRows, seed: 1)
let parameters = TrainingParameters(trees: trees, depth: 6, eta: 0.1, seed: 1, threads: 2)
var booster: Booster?
try median(singleRow ? "train (smaller data, same model shape)" : "train \(trainingRows) rows × \(columns) features, \(trees) trees depth 6, 2 threads", runs: 3) {
    booster = try Booster.train(features: training, labels: labels, parameters: parameters)
}
medianCPU("the same training, CPU time of the process (both threads)", unit: "s", scale: 1, runs: 1) {
    booster = try? Booster.train(features: training, labels: labels, parameters: parameters)
}
// What a training costs before its rounds: the DMatrix, the quantile sketch and the histogram index, with one tree.
var oneTree = parameters
oneTree.trees = 1
try median("the same data, one tree (the DMatrix, the sketch, the bins and one round)", runs: 3) {
    _ = try Booster.train(features: training, labels: labels, parameters: oneTree)
}
print("load average after training: \(loadAverage())")
if trainingOnly { exit(0) }
let model = try XGBoostModelReader.read(bytes: try booster!.jsonModel(), file: "benchmark.json")
print("model: \(model.treeCount) trees, \(model.nodes.count) nodes, depth \(model.maxDepth)")

let (sample, _) = makeData(rows: 1_000, seed: 2)
let sampleRows = (0..<sample.rows).map { Array(sample.row($0)) }
var sink = 0.0
median("one row's score (µs per row, 1,000 rows a run)", unit: "µs", scale: 1e6 / 1_000, runs: 7) {
    for row in sampleRows { sink += model.score(row) }
}
median("one row's score with contributions (µs per row, 1,000 rows a run)", unit: "µs", scale: 1e6 / 1_000, runs: 7) {
    for row in sampleRows { sink += model.explain(row).contributions[0] }
}
medianCPU("one row's score (CPU µs per row, 1,000 rows a run)", unit: "µs", scale: 1e6 / 1_000, runs: 7) {
    for row in sampleRows { sink += model.score(row) }
}
medianCPU("one row's score with contributions (CPU µs per row, 1,000 rows a run)", unit: "µs", scale: 1e6 / 1_000, runs: 7) {
    for row in sampleRows { sink += model.explain(row).contributions[0] }
}
if singleRow { exit(0) }

let (population, _) = makeData(rows: populationRows, seed: 3)
for threads in [1, 2] {
    median("score \(populationRows) rows, \(threads) thread(s)", runs: 3) {
        sink += model.scores(population.values, rows: populationRows, threads: threads)[0]
    }
}
let million = FeatureMatrix(rows: 1_000_000, columns: columns, values: Array(population.values[0..<(1_000_000 * columns)]))
try median("libxgboost's own prediction of 1,000,000 rows (for reference; its default threads)", runs: 3) {
    sink += Double(try booster!.predict(million, kind: .value)[0])
}
if sink == 42 { print("") }
