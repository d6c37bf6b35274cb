import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREPopulation
import JREText

/// Options every command shares: `--lang` and extra scenario folders.
struct CommonOptions: ParsableArguments {
    @OptionGroup var languageOption: LanguageOption

    @Option(name: .customLong("scenarios"), help: ArgumentHelp("A folder of your own scenarios, in addition to the bundled ones (repeatable).", valueName: "dir"))
    var scenarioFolders: [String] = []

    /// The language of `--lang`, or the locale's; a bad value is a usage error (exit code 2).
    var language: Lang {
        get throws { try languageOption.language }
    }

    /// The bundled files and `--scenarios` folders; the bundled trained scores' model files come along.
    func library(bundled: [String: String], models: [String: String] = BundledScenarios.models) -> ScenarioLibrary {
        ScenarioLibrary(bundled: bundled, folders: scenarioFolders, models: models)
    }
}

/// `--lang fr|en`: the language of messages and texts.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of messages and texts: fr or en (default: French unless the locale is English).")
    var lang: String?

    var language: Lang {
        get throws {
            guard let lang else { return Lang.fromEnvironment() }
            guard let value = Lang(rawValue: lang.lowercased()) else {
                throw ValidationError(Strings.cliBadLang.format(Lang.fromEnvironment(), lang))
            }
            return value
        }
    }
}

/// `--ruleset NAME|FILE`: the rules to read the claimants through.
///
/// A scenario command reads its scenario through this ruleset instead of the scenario's own; a
/// population command evaluates it (default ``populationDefault``).
struct RulesetOption: ParsableArguments {
    /// The ruleset of population commands without `--ruleset`.
    static let populationDefault = "jre-standard"

    @Option(help: ArgumentHelp(
        "A ruleset (a bundled name or a .yaml path), e.g. cre-controle. Scenario commands read the scenario through it instead of its own; population commands evaluate it (default: jre-standard).",
        valueName: "ruleset"))
    var ruleset: String?

    /// The ruleset a population command evaluates.
    var populationRuleset: String { ruleset ?? Self.populationDefault }
}

/// `--set NAME=VALUE` (repeatable): parameter overrides, checked against the ruleset.
struct ParameterOverrides: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a parameter of the ruleset, e.g. --set window=21 (repeatable; the value must lie within the parameter's min and max).",
        valueName: "name=value"))
    var assignments: [String] = []

    /// `values` with every assignment applied in order; an unknown name, a bad value or one out of
    /// range is printed (`jre-console: --set …`) and ends with exit code 2.
    func applied(to values: ParameterValues, in ruleset: Ruleset, lang: Lang) throws -> ParameterValues {
        var values = values
        for assignment in assignments {
            do {
                values = try values.applying(assignment: assignment, in: ruleset)
            } catch {
                StandardError.print("jre-console: --set " + error.message.render(lang))
                throw Exit(code: ExitStatus.badInput)
            }
        }
        return values
    }
}

/// `--ascii`: ASCII glyphs only.
struct ASCIIOption: ParsableArguments {
    @Flag(help: "ASCII glyphs only, in reports and on screen (the console and the kiosk switch to them by themselves when the locale is not UTF-8).")
    var ascii = false

    /// The glyphs of a headless report: Unicode unless `--ascii`.
    var reportGlyphs: Glyphs { ascii ? .ascii : .unicode }
}

/// `--seed S --days D --history targeted|random`: the synthetic population's generator.
///
/// The same size, seed and days always give the same claimants, on any machine. The default seed is
/// the one every documented figure, benchmark and the console's population screen use (42).
struct GeneratorOptions: ParsableArguments {
    /// The seed without `--seed`.
    static let defaultSeed: UInt64 = 42

    @Option(help: "Seed of the generator (same size, seed and days: same population).")
    var seed: UInt64 = Self.defaultSeed

    @Option(help: ArgumentHelp("Days of the run, day 1 to D (at most \(SyntheticPopulation.maximumDays)); evaluations default to the last day.", valueName: "days"))
    var days: Int = SyntheticPopulation.defaultDays

    @Option(help: ArgumentHelp("Who the fraud world's past controls were: targeted (by earlier rules and advisors' reports, plus a random share) or random (the same number, drawn uniformly).",
                               valueName: "targeted|random"))
    var history: ControlHistoryMode = .targeted

    func validate() throws {
        guard (1...SyntheticPopulation.maximumDays).contains(days) else {
            throw ValidationError(Strings.cliPopulationDays.format(Lang.fromEnvironment(), String(days), String(SyntheticPopulation.maximumDays)))
        }
    }

    /// The population of `size` claimants drawn with this seed and these days.
    func population(size: Int) -> SyntheticPopulation {
        SyntheticPopulation(size: size, seed: seed, days: days, history: history)
    }

    /// Checks a claimant count (`--size`, `--sample`): 1 to 100 million, else a usage error named by `phrase`.
    static func checkCount(_ count: Int, _ phrase: Phrase) throws {
        guard count >= 1, count <= 100_000_000 else { throw ValidationError(phrase.format(Lang.fromEnvironment(), String(count))) }
    }
}

/// Where `population evaluate` takes its claimants: a folder, or `--size N` drawn in memory.
struct PopulationSource: ParsableArguments {
    @Argument(help: ArgumentHelp("A population folder (claimants.csv and events.csv), or use --size.", valueName: "dir"))
    var folder: String?

    @Option(help: "Draw this many claimants in memory (with --seed and --days) instead of reading a folder.")
    var size: Int?

    @OptionGroup var generator: GeneratorOptions

    func validate() throws {
        if (folder == nil) == (size == nil) { throw ValidationError(Strings.cliPopulationSource(Lang.fromEnvironment())) }
        if let size { try GeneratorOptions.checkCount(size, Strings.cliPopulationSize) }
    }

    /// The drawn population or the opened folder; a folder that cannot be read is printed, then exit code 2.
    func open(_ lang: Lang) throws -> PopulationInput {
        if let size { return .synthetic(generator.population(size: size)) }
        do {
            return .files(try PopulationFiles.open(folder ?? "."))
        } catch {
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.render(lang)) }
            throw Exit(code: ExitStatus.badInput)
        }
    }
}

extension ControlHistoryMode: ExpressibleByArgument {}

/// The output formats of the tables: text, json or csv.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// What is at a path a file option names: a file, a folder (said as such), or nothing.
enum PathCheck {
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The `.yaml` files of a folder and of its `rulesets/` folder, sorted.
    static func yamlFiles(in folder: String) -> [String] {
        var found: [String] = []
        for sub in ["", "rulesets"] {
            let directory = sub.isEmpty ? folder : (folder as NSString).appendingPathComponent(sub)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            found += names.filter { $0.hasSuffix(".yaml") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
        }
        return found
    }

    /// Why `path` cannot be read as a file, as `check` prints it: a folder, missing, or the system's reason.
    static func problem(_ path: String, lang: Lang) -> String {
        if isFolder(path) { return Strings.cliPathIsFolder.format(lang, path) }
        guard FileManager.default.fileExists(atPath: path) else { return Strings.cliPathMissing.format(lang, path) }
        guard access(path, R_OK) == 0 else { return Strings.cliPathUnreadable.format(lang, path, String(cString: strerror(errno))) }
        return Strings.cliFileUnreadable.format(lang, path)
    }
}
