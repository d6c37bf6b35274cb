import Foundation
import JREText
import Yams

/// How a bundled trained score is made: which ruleset and score, which population and control
/// history, and XGBoost's settings. `jre-console model train --recipe FILE` follows it.
///
/// ```yaml
/// ruleset: ../suspicion.yaml     # relative to the recipe
/// score: suspicion
/// output: suspicion.json         # relative to the recipe; the card goes beside it (suspicion.card.yaml)
/// population: {size: 20000, seed: 2024, days: 182}   # or {folder: DIR}: a population folder (relative to the recipe)
/// history: targeted              # or random
/// training: {trees: 60, depth: 4, eta: 0.3, seed: 1, threads: 1}
/// capacity: 0.05                 # share of people the service can control, for the card's precision
/// labels: controls               # or return_to_work: the synthetic world's employment outcome
/// ```
public struct TrainingRecipe: Sendable, Hashable {
    /// What the model learns: what past controls found, or whether a person returns to work within six months.
    public enum Labels: String, Sendable, Hashable, CaseIterable {
        case controls
        case returnToWork = "return_to_work"
    }

    public var ruleset: String
    public var score: String
    public var output: String
    public var size: Int
    public var seed: UInt64
    public var days: Int
    public var history: String
    public var trees: Int
    public var depth: Int
    public var eta: Double
    public var trainingSeed: Int
    public var threads: Int
    public var capacity: Double
    /// A population folder (`population generate --out`) to learn from instead of a generated
    /// population; its `controls.csv` gives the labels (size, seed, days and history are then unused).
    public var folder: String?
    /// The label source (`labels:`); `controls` by default.
    public var labels: Labels = .controls

    public init(
        ruleset: String, score: String, output: String, size: Int = 20_000, seed: UInt64 = 1, days: Int = 182, history: String = "targeted",
        trees: Int = 60, depth: Int = 4, eta: Double = 0.3, trainingSeed: Int = 1, threads: Int = 1, capacity: Double = 0.05
    ) {
        self.ruleset = ruleset
        self.score = score
        self.output = output
        self.size = size
        self.seed = seed
        self.days = days
        self.history = history
        self.trees = trees
        self.depth = depth
        self.eta = eta
        self.trainingSeed = trainingSeed
        self.threads = threads
        self.capacity = capacity
    }

    /// Reads a recipe; errors name the file and the line:column.
    public static func read(text: String, file: String) throws(ModelFileError) -> TrainingRecipe {
        func failure(_ node: Node?, _ phrase: Phrase, _ texts: String...) -> ModelFileError {
            ModelFileError(file: file, place: .position(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1),
                           text: LocalizedMessage(phrase, texts.map { .text($0) }))
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { throw ModelFileError(file: file, place: .file, text: LocalizedMessage(Strings.modelFileEmpty)) }
            root = composed
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw ModelFileError(file: file, place: .position(line: 1, column: 1), text: LocalizedMessage(Strings.modelNotYAML, "\(error)"))
        }
        guard let mapping = root.mapping else { throw failure(root, Strings.recipeExpectedMapping, "ruleset, score, output, population, history, training, capacity, labels") }
        let known = ["ruleset", "score", "output", "population", "history", "training", "capacity", "labels"]
        for (key, _) in mapping where !known.contains(key.string ?? "") {
            throw failure(key, Strings.recipeUnknownKey, key.string ?? "?", known.joined(separator: ", "))
        }
        /// A range bound as the user writes it: `100`, not `100.0`; `0.001` as it is.
        func bound(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value) }
        func string(_ key: String, in map: Node.Mapping = mapping) throws(ModelFileError) -> String {
            guard let node = map[key] else { throw failure(root, Strings.recipeMissingKey, key) }
            guard let text = node.scalar?.string, !text.isEmpty else { throw failure(node, Strings.recipeMustBeText, key) }
            return text
        }
        func number(_ key: String, in map: Node.Mapping?, default value: Double, integer: Bool = false, range: ClosedRange<Double>) throws(ModelFileError) -> Double {
            guard let node = map?[key] else { return value }
            guard let scalar = node.scalar?.string, let number = Double(scalar), number.isFinite, range.contains(number), !integer || number == number.rounded() else {
                throw failure(node, integer ? Strings.recipeMustBeWholeNumber : Strings.recipeMustBeNumber, key,
                              bound(range.lowerBound), bound(range.upperBound), node.scalar?.string ?? "?")
            }
            return number
        }
        func section(_ key: String) throws(ModelFileError) -> Node.Mapping? {
            guard let node = mapping[key] else { return nil }
            guard let map = node.mapping else { throw failure(node, Strings.recipeMustBeMapping, key) }
            return map
        }
        var recipe = TrainingRecipe(ruleset: try string("ruleset"), score: try string("score"), output: try string("output"))
        let population = try section("population"), training = try section("training")
        if let node = population?["folder"] {
            guard let text = node.scalar?.string, !text.isEmpty else { throw failure(node, Strings.recipeFolderText) }
            for key in ["size", "seed", "days"] where population?[key] != nil {
                throw failure(population?[key], Strings.recipeFolderOrGenerated, key)
            }
            if let history = mapping["history"] { throw failure(history, Strings.recipeHistoryWithFolder) }
            recipe.folder = text
        }
        recipe.size = Int(try number("size", in: population, default: Double(recipe.size), integer: true, range: 100...10_000_000))
        recipe.seed = UInt64(try number("seed", in: population, default: Double(recipe.seed), integer: true, range: 0...4_294_967_295))
        recipe.days = Int(try number("days", in: population, default: Double(recipe.days), integer: true, range: 7...1_826))
        if let node = mapping["history"] {
            guard let text = node.scalar?.string, ["targeted", "random"].contains(text) else { throw failure(node, Strings.recipeHistoryValue) }
            recipe.history = text
        }
        recipe.trees = Int(try number("trees", in: training, default: Double(recipe.trees), integer: true, range: 1...5_000))
        recipe.depth = Int(try number("depth", in: training, default: Double(recipe.depth), integer: true, range: 1...16))
        recipe.eta = try number("eta", in: training, default: recipe.eta, range: 0.001...1)
        recipe.trainingSeed = Int(try number("seed", in: training, default: Double(recipe.trainingSeed), integer: true, range: 0...2_147_483_647))
        recipe.threads = Int(try number("threads", in: training, default: Double(recipe.threads), integer: true, range: 1...64))
        recipe.capacity = try number("capacity", in: mapping, default: recipe.capacity, range: 0.0001...1)
        if let node = mapping["labels"] {
            guard let text = node.scalar?.string, let labels = Labels(rawValue: text) else {
                throw failure(node, Strings.recipeLabelsValue, node.scalar?.string ?? "?")
            }
            if labels == .returnToWork, let folder = population?["folder"] {
                throw failure(folder, Strings.recipeLabelsNeedGenerated)
            }
            recipe.labels = labels
        }
        return recipe
    }
}
