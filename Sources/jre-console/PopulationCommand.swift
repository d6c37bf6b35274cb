import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREPopulation
import JRETerminal
import JREText

/// `jre-console population generate|evaluate`: the alert rules over millions of fictional claimants.
struct PopulationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "population",
        abstract: "Run the rules over a synthetic population of millions of fictional claimants, by group.",
        discussion: """
        A seeded generator draws fictional claimants whose hidden situation (searching online or offline,
        caring, ill, discouraged, short contracts…) drives their events; any ruleset is then evaluated over
        all of them on one day, on every core. See docs/population-model.md.

        Examples:
          jre-console population evaluate --size 1000000 --seed 42 --ruleset jre-standard
          jre-console population generate --size 100000 --seed 42 --out pop
          jre-console population evaluate pop --ruleset cre-controle --by acces_numerique --format json
        """,
        subcommands: [PopulationGenerateCommand.self, PopulationEvaluateCommand.self, PopulationConsoleCommand.self]
    )
}

/// `jre-console population generate --size N --seed S [--days D] --out DIR`
struct PopulationGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic population as CSV files (claimants.csv, events.csv, situations.csv, population.json).",
        discussion: """
        The same size, seed and days always give the same files. situations.csv holds each claimant's hidden
        situation: the rules never read it; reports use it for false-alert rates.

        Examples:
          jre-console population generate --size 1000000 --seed 42 --out pop-1m
          jre-console population generate --size 200 --seed 7 --days 91 --out atelier
        """
    )

    @OptionGroup var options: CommonOptions

    @Option(help: "Number of claimants.")
    var size: Int

    @OptionGroup var generator: GeneratorOptions

    @Option(help: ArgumentHelp("Folder to write (created if needed).", valueName: "dir"))
    var out: String

    @Flag(help: "Replace population files already in the folder.")
    var force = false

    @Flag(help: "No progress bar.")
    var quiet = false

    func validate() throws {
        try GeneratorOptions.checkCount(size, Strings.cliPopulationSize)
    }

    func run() throws {
        let lang = try options.language
        let existing = (out as NSString).appendingPathComponent(PopulationFiles.claimantsFile)
        if !force, FileManager.default.fileExists(atPath: existing) {
            StandardError.print("jre-console: " + Strings.cliPopulationExists.format(lang, out))
            throw Exit(code: ExitStatus.badInput)
        }
        let population = generator.population(size: size)
        let progress = ProgressDisplay(lang: lang, quiet: quiet)
        do {
            let summary = try PopulationWriter.write(population, to: out, progress: progress.sink)
            progress.finish()
            print(Strings.cliPopulationWritten.format(lang, out, PopulationNumbers.count(summary.claimants, lang),
                                                     PopulationNumbers.count(summary.events, lang), String(summary.bytes / 1_000_000)))
        } catch {
            progress.finish()
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.render(lang)) }
            throw Exit(code: ExitStatus.badInput)
        }
    }
}

/// `jre-console population evaluate (DIR | --size N [--seed S]) --ruleset R [--day D] [--set …] [--by …] [--format …]`
struct PopulationEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate a ruleset over a population on one day: alerts, levels, groups, false alerts, projections.",
        discussion: """
        DIR is a folder made by `population generate` or by hand (claimants.csv and events.csv, see
        docs/population-model.md); or draw the population in memory with --size and --seed.
        Ratios to the reference group (the largest, unless --reference) outside 0.8–1.25 are marked with !.
        Exit code: 0 success, 1 evaluation errors (the report is still printed), 2 bad input.

        Examples:
          jre-console population evaluate --size 1000000 --seed 42 --ruleset jre-standard
          jre-console population evaluate pop --ruleset jre-standard --day 120 --set window=21 --by acces_numerique
          jre-console population evaluate atelier --by situation --format csv > resultats.csv
          jre-console population evaluate --size 5490000 --ruleset suspicion --capacity 610780 --capacity 1500000 --by nationalite

        --capacity N (a trained score, a population drawn with --size): the N highest scores of
        France's 5.49 million are controlled; prints the cut, the honest people controlled, precision
        and recall against the hidden fraud, and each group's selection and false-positive rates (in
        the same walk as the report; in JSON under "capacities", in CSV as section "capacity").
        610,780 job-search controls in 2024 and the 1.5 million targeted by 2027 are orders of
        magnitude only: the fraud service's own capacity is not public.
        """
    )

    @OptionGroup var options: CommonOptions

    @OptionGroup var source: PopulationSource

    @OptionGroup var rulesetOption: RulesetOption

    @Option(help: "The day to evaluate (default: the last day).")
    var day: Int?

    @OptionGroup var overrides: ParameterOverrides

    @Option(name: .customLong("by"), help: ArgumentHelp("Group by this attribute (repeatable; default: every category, and the hidden situation).", valueName: "attribute"))
    var groupings: [String] = []

    @Option(name: .customLong("reference"), help: ArgumentHelp("The reference group of an attribute, e.g. --reference acces_numerique=fiable (repeatable).", valueName: "attribute=value"))
    var references: [String] = []

    @Option(help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    @Option(help: ArgumentHelp("National controls available for a trained score, e.g. 610780 (repeatable): who the highest scores select and how many are honest.", valueName: "controls"))
    var capacity: [Int] = []

    @Flag(help: "No progress bar.")
    var quiet = false

    @OptionGroup var asciiOption: ASCIIOption

    func run() throws {
        let lang = try options.language
        let input = try source.open(lang)
        let library = options.library(bundled: BundledScenarios.files)
        let (rules, parameters) = try PopulationRulesChoice.load(rulesetOption.populationRuleset, overrides: overrides, for: input,
                                                                 library: library, lang: lang)
        let day = day ?? input.days
        guard (1...input.days).contains(day) else {
            StandardError.print("jre-console: " + Strings.cliPopulationDayOutOfRange.format(lang, String(day), String(input.days)))
            throw Exit(code: ExitStatus.badInput)
        }
        let referenceValues = try parseReferences(lang)
        let capacityScore = try checkCapacities(input, rules: rules, lang: lang)
        if case .files(let files) = input {
            for warning in files.warnings(for: rules) { StandardError.print(warning.render(lang)) }
        } else if !rules.ignoredEventTypes.isEmpty {
            StandardError.print("jre-console: " + Strings.cliPopulationIgnoredTypes.format(lang, rules.ruleset.id, rules.ignoredEventTypes.joined(separator: ", ")))
        }
        let absent = rules.absentEventTypes(lang)
        if !absent.isEmpty {
            StandardError.print("jre-console: " + Strings.cliPopulationAbsentTypes.format(lang, rules.ruleset.id, absent.joined(separator: ", ")))
        }
        let progress = ProgressDisplay(lang: lang, quiet: quiet, glyphs: asciiOption.reportGlyphs)
        let outcome: PopulationRun.Outcome
        do {
            outcome = try PopulationRun.evaluate(input, rules: rules, day: day, parameters: parameters,
                                                 groupBy: groupings.isEmpty ? input.defaultGroupings : groupings,
                                                 capacityScore: capacityScore, progress: progress.sink)
            progress.finish()
        } catch let error as PopulationRun.GroupingError {
            progress.finish()
            StandardError.print("jre-console: " + error.message.render(lang))
            throw Exit(code: ExitStatus.badInput)
        } catch let error as PopulationFileError {
            progress.finish()
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.render(lang)) }
            throw Exit(code: ExitStatus.badInput)
        }
        for warning in outcome.warnings { StandardError.print(warning.render(lang)) }
        let origin: PopulationReport.Origin
        switch input {
        case .synthetic(let population): origin = .synthetic(population)
        case .files(let files): origin = .folder(files.folder, claimants: input.claimantCount)
        }
        let report = PopulationReport(origin: origin, rules: rules, day: day, days: input.days, parameters: parameters,
                                      outcome: outcome, references: referenceValues)
        let capacities = outcome.capacity.map { counts in capacity.map { CapacityReport(outcome: counts, rules: rules, capacity: $0) } } ?? []
        switch format {
        case .text:
            print(report.text(lang, glyphs: asciiOption.reportGlyphs), terminator: "")
            for section in capacities {
                print("")
                print(section.text(lang), terminator: "")
            }
        case .json: print(report.json(lang, capacities: capacities), terminator: "")
        case .csv: print(report.csv(lang, capacities: capacities), terminator: "")
        }
        if outcome.tally.faults > 0 {
            StandardError.print(Strings.cliEvaluationErrors.format(lang, count: outcome.tally.faults))
            for sample in outcome.tally.firstFaults {
                StandardError.print("  #\(sample.claimant + 1): " + FaultText.describe(sample.fault, lang: lang))
            }
            throw Exit(code: ExitStatus.evaluationError)
        }
    }

    /// `--capacity` can be printed: a synthetic population, a trained score, sensible values.
    /// Returns the trained score (nil without `--capacity`); exits with status 2 otherwise.
    private func checkCapacities(_ input: PopulationInput, rules: PopulationRules, lang: Lang) throws -> Int? {
        guard !capacity.isEmpty else { return nil }
        func fail(_ message: String) throws -> Never {
            StandardError.print("jre-console: " + message)
            throw Exit(code: ExitStatus.badInput)
        }
        guard case .synthetic = input else { try fail(Strings.capNeedsSynthetic(lang)) }
        guard let score = CapacityRun.trainedScore(rules) else { try fail(Strings.capNoTrainedScore.format(lang, rules.ruleset.id)) }
        for value in capacity where !(1...PopulationReport.nationalClaimants).contains(value) {
            try fail(Strings.capBadValue.format(lang, String(value), String(PopulationReport.nationalClaimants)))
        }
        return score
    }

    private func parseReferences(_ lang: Lang) throws -> [String: String] {
        var result: [String: String] = [:]
        for reference in references {
            let parts = reference.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                StandardError.print("jre-console: " + Strings.cliPopulationBadReference.format(lang, reference))
                throw Exit(code: ExitStatus.badInput)
            }
            result[parts[0]] = parts[1]
        }
        return result
    }
}

/// The progress bar of a population run, once it has lasted a second: the core's ``ProgressLine`` text,
/// drawn by the terminal layer's ``TerminalProgressLine`` (standard error, terminals only, not with --quiet).
final class ProgressDisplay: Sendable {
    private let lang: Lang
    private let glyphs: Glyphs
    private let line: TerminalProgressLine
    private let start = ContinuousClock.now

    init(lang: Lang, quiet: Bool, glyphs: Glyphs = .unicode) {
        self.lang = lang
        self.glyphs = glyphs
        line = TerminalProgressLine(quiet: quiet)
    }

    /// The callback to give the core; nil when no bar may be drawn.
    var sink: ProgressSink? {
        guard line.isEnabled else { return nil }
        return { [self] fraction in self.update(fraction) }
    }

    private func update(_ fraction: Double) {
        let elapsed = ContinuousClock.now - start
        guard elapsed >= ProgressLine.delay else { return }
        line.draw(ProgressLine.render(fraction: fraction, elapsed: elapsed, width: line.width, lang: lang, glyphs: glyphs))
    }

    /// Clears the bar, if one was drawn.
    func finish() {
        line.clear()
    }
}

/// The ruleset of a population command (`--ruleset`) and its `--set` overrides.
enum PopulationRulesChoice {
    /// Loads `reference` bound to `input` and applies the overrides; every problem is printed, then exit code 2.
    static func load(_ reference: String, overrides: ParameterOverrides, for input: PopulationInput, library: ScenarioLibrary,
                     lang: Lang) throws -> (PopulationRules, ParameterValues) {
        // A folder where the ruleset file is expected is named as such, as the other commands do
        // (a bare name such as `suspicion` stays a ruleset name, even beside a folder of that name).
        if reference.contains("/") || reference.hasSuffix(".yaml"), PathCheck.isFolder(reference) {
            StandardError.print(Strings.cliPathIsFolder.format(lang, reference))
            throw Exit(code: ExitStatus.badInput)
        }
        let (loaded, diagnostics) = PopulationRules.load(reference, library: library, for: input, lang: lang)
        for diagnostic in diagnostics where diagnostic.severity == .warning || loaded == nil { StandardError.print(diagnostic.render(lang)) }
        guard let rules = loaded else { throw Exit(code: ExitStatus.badInput) }
        let parameters = try overrides.applied(to: ParameterValues(defaultsOf: rules.ruleset), in: rules.ruleset, lang: lang)
        return (rules, parameters)
    }
}
