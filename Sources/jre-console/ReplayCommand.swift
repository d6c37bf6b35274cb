import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREConsole
import JREText

/// `jre-console replay SESSION [--speed N]`: re-steps a recorded session in the console.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-step a recorded session in the console (clock, thresholds, ruleset, decisions).",
        discussion: """
        Opens the session's scenario and replays its journal one entry at a time, at the chosen speed;
        Space pauses, every other key works as in the console. Nothing is written to the session.

        Examples:
          jre-console replay ~/.local/share/jre-console/sessions/portefeuille
          jre-console replay atelier-mardi --speed 4 --lang en
        """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The session folder.", valueName: "session"))
    var session: String

    @Option(help: "Steps per second (default 1).")
    var speed: Double = 1

    @OptionGroup var asciiOption: ASCIIOption

    func run() throws {
        let lang = try options.language
        let folder = URL(fileURLWithPath: session)
        let contents = SessionJournal.load(folder: folder)
        let entries = contents.entries
        if let reason = contents.unreadable {
            StandardError.print("jre-console: " + Strings.journalCannotRead.format(lang, contents.path, reason))
            throw Exit(code: ExitStatus.badInput)
        }
        // Damaged lines: skipped, reported on standard error and on the screen (the same policy as the console and debrief).
        if let notice = JournalProblem.notice(contents.problems, file: contents.path, lang: lang) { StandardError.print("jre-console: " + notice) }
        let notice = JournalProblem.notice(contents.problems, file: SessionJournal.fileName, lang: lang)
        guard !entries.isEmpty else {
            StandardError.print("jre-console: " + Strings.cliSessionEmpty.format(lang, session))
            throw Exit(code: ExitStatus.badInput)
        }
        guard let opened = entries.first(where: { $0.kind == .opened }), let reference = opened.scenario else {
            StandardError.print("jre-console: " + Strings.cliSessionNoScenario.format(lang, session))
            throw Exit(code: ExitStatus.badInput)
        }
        let simulation = try ScenarioOpening.open(reference, options: options, lang: lang)
        guard speed > 0, speed.isFinite else { throw ValidationError("--speed > 0") }
        let launch = ConsoleLaunch(library: options.library(bundled: BundledScenarios.files), lang: lang, ascii: asciiOption.ascii,
                                   scenario: simulation, reference: reference, day: opened.day ?? 1,
                                   replay: ReplayState(entries: entries, interval: 1 / speed))
        var withNotice = launch
        withNotice.notice = notice
        let code = ConsoleLauncher.run(withNotice)
        if code != 0 { throw Exit(code: code) }
    }
}
