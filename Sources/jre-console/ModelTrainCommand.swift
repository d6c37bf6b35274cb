import ArgumentParser
import Foundation
import JRECore
import JREPopulation
import JRETraining

extension ModelCommand {
    /// `jre-console model train --recipe FILE` or `--ruleset FILE --score ID --output FILE [options]`
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a ruleset's trained score with XGBoost on a synthetic population's control history.",
            discussion: """
            Each controlled person's features are evaluated by the engine on the day of their control; the
            label is what the control found. Writes the model (XGBoost JSON) and its card (NAME.card.yaml)
            beside it. Same inputs, seeds and thread count give the same bytes. Options given on the command
            line override the recipe's.
            """
        )

        @Option(help: ArgumentHelp("A training recipe (YAML); its paths are relative to it.", valueName: "file"))
        var recipe: String?

        @Option(help: ArgumentHelp("The ruleset file holding the trained score.", valueName: "file"))
        var ruleset: String?

        @Option(help: ArgumentHelp("The trained score's id.", valueName: "id"))
        var score: String?

        @Option(help: ArgumentHelp("Where to write the model (.json); the card goes beside it.", valueName: "file"))
        var output: String?

        @Option(help: "Synthetic population: number of people.") var size: Int?
        @Option(help: "Synthetic population: seed.") var seed: UInt64?
        @Option(help: "Synthetic population: days of the run.") var days: Int?
        @Option(help: ArgumentHelp("Who the past controls were: targeted or random.", valueName: "history")) var history: String?
        @Option(help: "XGBoost: number of trees.") var trees: Int?
        @Option(help: "XGBoost: maximum depth.") var depth: Int?
        @Option(help: "XGBoost: learning rate.") var eta: Double?
        @Option(help: "XGBoost: seed.") var trainingSeed: Int?
        @Option(help: "XGBoost: threads (the model's bytes depend on it).") var threads: Int?
        @Option(help: "Share of people the service can control, for the card.") var capacity: Double?

        func fail(_ message: String) -> Exit {
            StandardError.print("jre-console model train: " + message)
            return Exit(code: ExitStatus.badInput)
        }

        /// The recipe from the file (paths made relative to the current folder) and the options.
        func resolvedRecipe() throws -> TrainingRecipe {
            var resolved: TrainingRecipe
            if let recipe {
                guard let located = ScenarioLibrary.locateFile(recipe) else { throw fail("cannot read the recipe '\(recipe)'") }
                do {
                    resolved = try TrainingRecipe.read(text: located.file.text, file: recipe)
                } catch {
                    StandardError.print(error.description)
                    throw Exit(code: ExitStatus.badInput)
                }
                let folder = (recipe as NSString).deletingLastPathComponent
                func beside(_ path: String) -> String { path.hasPrefix("/") || folder.isEmpty ? path : ((folder as NSString).appendingPathComponent(path) as NSString).standardizingPath }
                resolved.ruleset = beside(resolved.ruleset)
                resolved.output = beside(resolved.output)
            } else {
                guard let ruleset, let score, let output else { throw fail("give --recipe FILE, or --ruleset, --score and --output") }
                resolved = TrainingRecipe(ruleset: ruleset, score: score, output: output)
            }
            if let ruleset, recipe != nil { resolved.ruleset = ruleset }
            if let score { resolved.score = score }
            if let output, recipe != nil { resolved.output = output }
            if let size { resolved.size = size }
            if let seed { resolved.seed = seed }
            if let days { resolved.days = days }
            if let history {
                guard ["targeted", "random"].contains(history) else { throw fail("--history must be targeted or random, not '\(history)'") }
                resolved.history = history
            }
            if let trees { resolved.trees = trees }
            if let depth { resolved.depth = depth }
            if let eta { resolved.eta = eta }
            if let trainingSeed { resolved.trainingSeed = trainingSeed }
            if let threads { resolved.threads = threads }
            if let capacity { resolved.capacity = capacity }
            guard resolved.size >= 100, resolved.days >= 7, resolved.trees >= 1, (1...16).contains(resolved.depth), resolved.threads >= 1,
                  resolved.capacity > 0, resolved.capacity <= 1, resolved.eta > 0 else {
                throw fail("a value is out of range (size ≥ 100, days ≥ 7, trees ≥ 1, depth 1–16, threads ≥ 1, 0 < capacity ≤ 1, eta > 0)")
            }
            return resolved
        }

        func run() throws {
            // libgomp's threads should sleep at barriers on a shared machine (same bytes, less CPU).
            OpenMPWaitPolicy.relaunchPassiveIfNeeded()
            let recipe = try resolvedRecipe()
            let outcome: ScoreTrainer.Outcome
            do {
                outcome = try ScoreTrainer.train(recipe: recipe)
            } catch let failure as ScoreTrainer.Failure {
                throw fail(failure.message)
            }
            let card = ModelCommand.cardPath(for: recipe.output)
            guard FileManager.default.createFile(atPath: recipe.output, contents: Data(outcome.model)),
                  FileManager.default.createFile(atPath: card, contents: Data(outcome.card.utf8)) else {
                throw fail("cannot write '\(recipe.output)' or '\(card)'")
            }
            print("\(recipe.output): \(outcome.model.count) bytes")
            print("\(card)")
        }
    }
}
