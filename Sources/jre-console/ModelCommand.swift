import ArgumentParser
import Foundation
import JRECore
import JREPopulation
import JRETraining
import JREText

/// `jre-console model predict|show|check`: trained scores (XGBoost JSON tree ensembles, YAML scorecards).
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Score rows with a trained model, describe it, or check its file.",
        discussion: """
        A model file is XGBoost's JSON model format (a tree ensemble, as saved by XGBoost 1.7 to 3.x)
        or a YAML logistic scorecard (.yaml/.yml). Exit code: 0 success, 1 evaluation error, 2 bad input.

        Examples:
          jre-console model show fraud.json
          jre-console model check fraud.json scorecard.yaml
          jre-console model predict --model fraud.json --input claimants.csv --contributions
          jre-console model train --recipe Scenarios/rulesets/models/suspicion.recipe.yaml
        """,
        subcommands: [Predict.self, Show.self, Check.self, Train.self]
    )

    /// Reads a model file, or reports the located error (in `lang`) on standard error and exits with 2.
    static func load(_ path: String, lang: Lang) throws -> TrainedModel {
        do {
            return try TrainedModel.read(path: path)
        } catch {
            StandardError.print(error.render(lang))
            throw Exit(code: ExitStatus.badInput)
        }
    }

    /// `jre-console model predict --model FILE --input FILE.csv [--contributions] [--format csv|json]`
    struct Predict: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score every row of a CSV file; with --contributions, explain each score.",
            discussion: """
            The CSV header names the model's features (in any order; other columns are ignored); an empty
            cell is a missing value. One output row per input row: the score, then with --contributions one
            contribution per feature and the bias, in margin space (log-odds), adding up to the margin.
            """
        )

        @Option(help: ArgumentHelp("The model file (XGBoost JSON or YAML scorecard).", valueName: "file"))
        var model: String

        @Option(help: ArgumentHelp("The rows to score, as CSV with a header.", valueName: "file"))
        var input: String

        @Flag(help: "Add each feature's contribution and the bias after the score.")
        var contributions = false

        @Option(help: ArgumentHelp("Output format: csv or json.", valueName: "format"))
        var format: ModelPredictionWriter.Format = .csv

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let lang = try languageOption.language
            let trained = try ModelCommand.load(model, lang: lang)
            guard let data = FileManager.default.contents(atPath: input) else {
                StandardError.print(ModelFileError(file: input, place: .file, text: LocalizedMessage(Strings.modelCannotRead)).render(lang))
                throw Exit(code: ExitStatus.badInput)
            }
            let table: FeatureTable
            do {
                table = try FeatureTable.read(csv: String(decoding: data, as: UTF8.self), features: trained.featureNames, file: input)
            } catch {
                StandardError.print(error.render(lang))
                throw Exit(code: ExitStatus.badInput)
            }
            FileHandle.standardOutput.write(Data(ModelPredictionWriter.render(trained, table, contributions: contributions, format: format).utf8))
        }
    }

    /// `jre-console model show FILE`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe a model: kind, objective, features, trees, depth.")

        @Argument(help: ArgumentHelp("The model file.", valueName: "file"))
        var file: String

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            print(try ModelCommand.load(file, lang: try languageOption.language).summary(try languageOption.language), terminator: "")
            // The model card `model train` wrote beside the model, when there is one.
            if let card = ScenarioLibrary.locateFile(ModelCommand.cardPath(for: file)) {
                print("")
                print(card.file.text, terminator: "")
            }
        }
    }

    /// `jre-console model check FILE...`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check model files; print FILE: ok, or the located error on standard error (exit 2).")

        @Argument(help: ArgumentHelp("Model files.", valueName: "file"))
        var files: [String]

        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let lang = try languageOption.language
            var failed = false
            for path in files {
                do {
                    _ = try TrainedModel.read(path: path)
                    print(Strings.modelCheckOK.format(lang, path))
                } catch {
                    StandardError.print(error.render(lang))
                    failed = true
                }
            }
            if failed { throw Exit(code: ExitStatus.badInput) }
        }
    }
}

extension ModelCommand {
    /// The model card beside a model file: `NAME.card.yaml` for `NAME.json`.
    static func cardPath(for model: String) -> String {
        let base = model.hasSuffix(".json") ? String(model.dropLast(5)) : model
        return base + ".card.yaml"
    }
}

extension ModelPredictionWriter.Format: ExpressibleByArgument {}
