import ArgumentParser
import JRECore
import JREText

/// `jre-console report SCENARIO [--day N] [--set NAME=VALUE]... [--format text|json|csv]`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the advisor's board for every claimant on one day.",
        discussion: """
        SCENARIO is a .yaml file or the name of a bundled scenario. Without --day, the last day of the run.
        Exit code: 0 success, 1 evaluation error (the board is still printed), 2 bad input.

        Examples:
          jre-console report portefeuille --day 30
          jre-console report portefeuille --day 30 --set window=21 --format json
          jre-console report Scenarios/aidante.yaml --format csv --lang en > board.csv
        """
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var rulesetOption: RulesetOption

    @Argument(help: ArgumentHelp("A scenario file or bundled scenario name.", valueName: "scenario"))
    var scenario: String

    @Option(help: "The clock day (1 … days of the run).")
    var day: Int?

    @OptionGroup var overrides: ParameterOverrides

    @Option(help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    func run() throws {
        let lang = try options.language
        let simulation = try ScenarioOpening.open(scenario, options: options, ruleset: rulesetOption.ruleset, lang: lang)
        let day = try ScenarioOpening.day(day, in: simulation, lang: lang)
        let parameters = try overrides.applied(to: simulation.startingParameters, in: simulation.ruleset, lang: lang)
        let report = BoardReport(simulation: simulation, day: day, parameters: parameters, lang: lang)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
        let faults = report.faults
        if !faults.isEmpty {
            StandardError.print(Strings.cliEvaluationErrors.format(lang, count: faults.count))
            for (claimant, fault) in faults {
                StandardError.print("  \(claimant.id): " + FaultText.describe(fault, lang: lang))
            }
            throw Exit(code: ExitStatus.evaluationError)
        }
    }
}
