import ArgumentParser
import JRECore
import JREText

/// `jre-console explain SCENARIO CLAIMANT [--day N] [--set NAME=VALUE]...`
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one claimant's scores, levels, alerts and advice on one day.",
        discussion: """
        By default, in sentences: each alert with the signals behind it, their values and thresholds,
        each score's points and where they came from, and the dated events counted. With --formulas,
        each rule's expression with every intermediate value, the parameters used, the exact dated
        events counted (and those that just left the window), and for what did not fire, how far it is.

        Examples:
          jre-console explain portefeuille camille --day 30
          jre-console explain portefeuille camille --day 30 --formulas
          jre-console explain portefeuille camille --day 30 --set window=21 --lang en
        """
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var rulesetOption: RulesetOption

    @Argument(help: ArgumentHelp("A scenario file or bundled scenario name.", valueName: "scenario"))
    var scenario: String

    @Argument(help: ArgumentHelp("The claimant's id.", valueName: "claimant"))
    var claimant: String

    @Option(help: "The clock day (1 … days of the run).")
    var day: Int?

    @Flag(help: "Show every formula with its intermediate values instead of sentences.")
    var formulas = false

    @OptionGroup var overrides: ParameterOverrides
    @OptionGroup var asciiOption: ASCIIOption

    func run() throws {
        let lang = try options.language
        let simulation = try ScenarioOpening.open(scenario, options: options, ruleset: rulesetOption.ruleset, lang: lang)
        let ids = simulation.scenario.claimants.map(\.id)
        guard let index = ids.firstIndex(of: claimant) else {
            let hint = Suggestion.closest(to: claimant, in: ids).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
            StandardError.print("jre-console: " + Strings.cliClaimantNotFound.format(lang, claimant, hint, ids.joined(separator: ", ")))
            throw Exit(code: ExitStatus.badInput)
        }
        let day = try ScenarioOpening.day(day, in: simulation, lang: lang)
        let parameters = try overrides.applied(to: simulation.startingParameters, in: simulation.ruleset, lang: lang)
        let explanation = simulation.explain(claimant: index, day: day, parameters: parameters)
        if formulas {
            let text = ExplanationText(simulation: simulation, lang: lang, glyphs: asciiOption.reportGlyphs)
            print(text.render(explanation).joined(separator: "\n"))
        } else {
            let text = PlainExplanation(simulation: simulation, lang: lang, glyphs: asciiOption.reportGlyphs)
            print(text.render(explanation).joined(separator: "\n"))
        }
        if let fault = explanation.fault {
            StandardError.print(FaultText.describe(fault, lang: lang))
            throw Exit(code: ExitStatus.evaluationError)
        }
    }
}
