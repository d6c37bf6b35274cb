import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREConsole
import JREText

/// Options of the interactive console.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var asciiOption: ASCIIOption

    @Option(help: ArgumentHelp("The session folder (default: one per scenario in ~/.local/share/jre-console/sessions).", valueName: "dir"))
    var session: String?

    @Flag(name: .customLong("new-session"), help: "Start a new session; the scenario's previous one is archived beside it.")
    var newSession = false

    @Flag(name: .customLong("read-only"), help: "Open the session without writing anything: it resumes from the journal it can read, marked « lecture seule » (without it, a journal that cannot be written refuses the start with exit code 2).")
    var readOnly = false

    /// The launch with these options applied.
    func applied(to launch: ConsoleLaunch) -> ConsoleLaunch {
        var launch = launch
        launch.readOnly = readOnly
        return launch
    }
}

/// `jre-console` with no subcommand: the console, on the scenario picker.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console on the scenario picker (the default).",
        shouldDisplay: false
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        let lang = try options.language
        let launch = ConsoleLaunch(library: options.library(bundled: BundledScenarios.files), lang: lang, ascii: consoleOptions.asciiOption.ascii, scenario: nil, day: nil,
                                   sessionFolder: consoleOptions.session, freshSession: consoleOptions.newSession)
        let code = ConsoleLauncher.run(consoleOptions.applied(to: launch))
        if code != 0 { throw Exit(code: code) }
    }
}

/// `jre-console run SCENARIO [--day N]`: the console, straight on one scenario.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the console on one scenario (its briefing first, unless --day is given).",
        discussion: """
        Examples:
          jre-console run portefeuille
          jre-console run Scenarios/aidante.yaml --day 22 --lang en
        """
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    @Argument(help: ArgumentHelp("A scenario file or bundled scenario name.", valueName: "scenario"))
    var scenario: String

    @Option(help: "Open on this day, skipping the briefing.")
    var day: Int?

    func run() throws {
        let lang = try options.language
        let simulation = try ScenarioOpening.open(scenario, options: options, lang: lang)
        if let day { _ = try ScenarioOpening.day(day, in: simulation, lang: lang) }
        let launch = ConsoleLaunch(library: options.library(bundled: BundledScenarios.files), lang: lang, ascii: consoleOptions.asciiOption.ascii, scenario: simulation,
                                   reference: scenario, day: day, sessionFolder: consoleOptions.session, freshSession: consoleOptions.newSession)
        let code = ConsoleLauncher.run(consoleOptions.applied(to: launch))
        if code != 0 { throw Exit(code: code) }
    }
}
