import ArgumentParser

/// `jre-console`: the advisor console, and the headless commands over the same core.
struct JREConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jre-console",
        abstract: "A workshop simulator of the JRE advisor console (fictional claimants, reconstructed rules).",
        discussion: """
        Without a subcommand, opens the console on the scenario picker.

        Examples:
          jre-console                         # the console, in French
          jre-console run portefeuille --day 22 --lang en
          jre-console check Scenarios/*.yaml
          jre-console report portefeuille --day 30 --format json
          jre-console explain portefeuille camille --day 30
        """,
        subcommands: [ConsoleCommand.self, RunCommand.self, CheckCommand.self, ReportCommand.self, ExplainCommand.self, SweepCommand.self, ReplayCommand.self, DebriefCommand.self, KioskCommand.self, PopulationCommand.self, ModelCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )
}
