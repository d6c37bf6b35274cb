import JREBundledScenarios
import JRECore
import JREText

/// Finds and loads a scenario for a headless command, or prints why not and exits with 2.
enum ScenarioOpening {
    static func open(_ reference: String, options: CommonOptions, ruleset: String? = nil, lang: Lang) throws -> Simulation {
        let library = options.library(bundled: BundledScenarios.files)
        // A folder where a file is expected is named as such, not « not found ».
        for path in [reference, ruleset].compactMap({ $0 }) where PathCheck.isFolder(path) {
            StandardError.print(Strings.cliPathIsFolder.format(lang, path))
            throw Exit(code: ExitStatus.badInput)
        }
        guard let located = library.locateScenario(reference) else {
            let names = library.scenarioNames
            let hint = Suggestion.closest(to: reference, in: names).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
            StandardError.print(Strings.cliScenarioNotFound.format(lang, reference, names.joined(separator: ", "), hint))
            throw Exit(code: ExitStatus.badInput)
        }
        let report = library.loadScenario(located, lang: lang, rulesetReference: ruleset)
        for diagnostic in report.diagnostics where diagnostic.severity == .warning {
            StandardError.print(diagnostic.render(lang))
        }
        guard let simulation = report.simulation else {
            for diagnostic in report.diagnostics where diagnostic.severity == .error {
                StandardError.print(diagnostic.render(lang))
            }
            throw Exit(code: ExitStatus.badInput)
        }
        return simulation
    }

    /// The day asked for, checked against the run (default: the last day).
    static func day(_ requested: Int?, in simulation: Simulation, lang: Lang) throws -> Int {
        let day = requested ?? simulation.scenario.days
        guard (1...simulation.scenario.days).contains(day) else {
            StandardError.print("jre-console: " + Strings.cliDayOutOfRange.format(lang, String(day), String(simulation.scenario.days)))
            throw Exit(code: ExitStatus.badInput)
        }
        return day
    }

}
