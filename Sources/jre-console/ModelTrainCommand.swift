import ArgumentParser
import Foundation
import JRECore
import JREPopulation
import JRETraining
import JREText

extension ModelCommand {
    /// `jre-console model train --recipe FILE` or `--ruleset FILE --score ID --output FILE [--population DIR | options]`
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a ruleset's trained score with XGBoost on a population's control history.",
            discussion: """
            The population is generated (--size, --seed, --days, --history) or read from a folder \
            (--population DIR, as written by `population generate`: its controls.csv gives the labels, \
            its fraudes.csv, when present, the card's hidden truth); not both. Each controlled person's \
            features are evaluated by the engine on the day of their control; the label is what the \
            control found. Writes the model (XGBoost JSON) and its card (NAME.card.yaml) beside it. \
            Same inputs, seeds and thread count give the same bytes. Options given on the command line \
            override the recipe's.
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

        @Option(help: ArgumentHelp("A population folder to learn from (its controls.csv), instead of a generated population.", valueName: "folder"))
        var population: String?

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

        @OptionGroup var languageOption: LanguageOption

        /// Says `message` (in the language asked for) on standard error; exit code 2.
        func fail(_ phrase: Phrase, _ texts: String...) -> Exit {
            fail(LocalizedMessage(phrase, texts.map { .text($0) }).render((try? languageOption.language) ?? .fr))
        }

        func fail(_ message: String) -> Exit {
            StandardError.print(Strings.trainCommandPrefix.format((try? languageOption.language) ?? .fr, message))
            return Exit(code: ExitStatus.badInput)
        }

        /// The recipe from the file (paths made relative to the current folder) and the options.
        func resolvedRecipe() throws -> TrainingRecipe {
            var resolved: TrainingRecipe
            if let recipe {
                guard let located = ScenarioLibrary.locateFile(recipe) else { throw fail(Strings.trainCannotReadRecipe, recipe) }
                do {
                    resolved = try TrainingRecipe.read(text: located.file.text, file: recipe)
                } catch {
                    StandardError.print(error.render(try languageOption.language))
                    throw Exit(code: ExitStatus.badInput)
                }
                let folder = (recipe as NSString).deletingLastPathComponent
                func beside(_ path: String) -> String { path.hasPrefix("/") || folder.isEmpty ? path : ((folder as NSString).appendingPathComponent(path) as NSString).standardizingPath }
                resolved.ruleset = beside(resolved.ruleset)
                resolved.output = beside(resolved.output)
                resolved.folder = resolved.folder.map(beside)
            } else {
                guard let ruleset, let score, let output else { throw fail(Strings.trainNeedsRecipe) }
                resolved = TrainingRecipe(ruleset: ruleset, score: score, output: output)
            }
            let generatorOptions = [size.map { _ in "--size" }, seed.map { _ in "--seed" }, days.map { _ in "--days" }, history.map { _ in "--history" }].compactMap { $0 }
            if population != nil || resolved.folder != nil, !generatorOptions.isEmpty {
                throw fail(Strings.trainFolderOrGenerator, generatorOptions.joined(separator: ", "))
            }
            if let population { resolved.folder = population }
            if let ruleset, recipe != nil { resolved.ruleset = ruleset }
            if let score { resolved.score = score }
            if let output, recipe != nil { resolved.output = output }
            if let size { resolved.size = size }
            if let seed { resolved.seed = seed }
            if let days { resolved.days = days }
            if let history {
                guard ["targeted", "random"].contains(history) else { throw fail(Strings.trainBadHistory, history) }
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
                throw fail(Strings.trainOutOfRange)
            }
            return resolved
        }

        func run() throws {
            // libgomp's threads spin briefly on free cores, sleep on busy ones (same bytes; OpenMPWaitPolicy).
            OpenMPWaitPolicy.relaunchIfNeeded()
            let lang = try languageOption.language
            let recipe = try resolvedRecipe()
            let outcome: ScoreTrainer.Outcome
            do {
                outcome = try ScoreTrainer.train(recipe: recipe)
            } catch let failure as ScoreTrainer.Failure {
                throw fail(failure.message(lang))
            } catch let error as ModelFileError {
                throw fail(error.render(lang))
            } catch let error as XGBoostError {
                throw fail(Strings.trainLibrary, "\(error)")
            }
            let card = ModelCommand.cardPath(for: recipe.output)
            guard FileManager.default.createFile(atPath: recipe.output, contents: Data(outcome.model)),
                  FileManager.default.createFile(atPath: card, contents: Data(outcome.card.utf8)) else {
                throw fail(Strings.trainCannotWrite, recipe.output, card)
            }
            print(Strings.trainWrote.format(lang, recipe.output, String(outcome.model.count)))
            print("\(card)")
        }
    }
}
