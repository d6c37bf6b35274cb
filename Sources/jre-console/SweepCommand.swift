import ArgumentParser
import JRECore
import JREText

/// `jre-console sweep SCENARIO --param NAME [--day N] [--set NAME=VALUE]... [--format text|csv|json]`
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Show how many claimants each alert flags across a threshold's whole range.",
        discussion: """
        Evaluates every claimant on one day for each value of the parameter (min to max by step), the other
        parameters as given, and prints the alert counts and who is flagged at each value.

        Examples:
          jre-console sweep portefeuille --param window --day 42
          jre-console sweep portefeuille --param seuil_dynamique_faible --format csv > sweep.csv
        """
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var rulesetOption: RulesetOption

    @Argument(help: ArgumentHelp("A scenario file or bundled scenario name.", valueName: "scenario"))
    var scenario: String

    @Option(name: .customLong("param"), help: "The parameter to sweep.")
    var parameter: String

    @Option(help: "The clock day (default: the last day).")
    var day: Int?

    @OptionGroup var overrides: ParameterOverrides

    @Option(help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    func run() throws {
        let lang = try options.language
        let simulation = try ScenarioOpening.open(scenario, options: options, ruleset: rulesetOption.ruleset, lang: lang)
        let names = simulation.ruleset.parameters.map(\.id)
        guard let index = simulation.ruleset.parameterIndex(parameter) else {
            let hint = Suggestion.closest(to: parameter, in: names).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
            StandardError.print("jre-console: " + Strings.cliUnknownParameter.format(lang, parameter, hint, names.joined(separator: ", ")))
            throw Exit(code: ExitStatus.badInput)
        }
        let day = try ScenarioOpening.day(day, in: simulation, lang: lang)
        let parameters = try overrides.applied(to: simulation.startingParameters, in: simulation.ruleset, lang: lang)
        let sweep = simulation.sweep(parameter: index, day: day, parameters: parameters)
        let report = SweepReport(simulation: simulation, sweep: sweep, lang: lang)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
    }
}
