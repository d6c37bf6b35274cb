import ArgumentParser
import Foundation
import JREBundledScenarios
import JRECore
import JREText

/// `jre-console debrief SESSION_DIR --format md|html|csv|json [--out FILE] [--day N]`
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Write a workshop session's debrief for projection, printing or tools.",
        discussion: """
        Reads the session's journal, reopens the scenario it recorded and writes,
        for each claimant, the alert timeline, the decisions taken with the alerts
        that were showing and the hidden context; for the cohort, the alert counts
        over the days; the threshold changes and whom they moved.

        Formats: md (Markdown); html (one self-contained page with inline charts,
        no script, prints on A4); csv (a row per claimant and day); json
        (everything, for tools). A torn or unreadable journal line is reported on
        standard error with its number and skipped, as the console and replay do:
        only an empty or unreadable journal is an error (exit code 2). When the
        journal's opening line is the damaged one, the scenario is found by the
        fingerprint its decisions recorded.

        Examples:
          jre-console debrief ~/ateliers/mardi --format html --out debrief.html
          jre-console debrief ~/ateliers/mardi --format md --lang en
          jre-console debrief ~/ateliers/mardi --format csv --day 42 > debrief.csv
        """
    )

    /// The formats of the command line.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, json

        var exportFormat: DebriefExport.Format {
            switch self {
            case .md: return .markdown
            case .html: return .html
            case .csv: return .csv
            case .json: return .json
            }
        }
    }

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The session folder (the one given to --session, holding journal.jsonl).", valueName: "session-dir"))
    var session: String

    @Option(help: "Output format: md, html, csv or json.")
    var format: Format = .md

    @Option(name: .customLong("out"), help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "End the timelines on this day (default: the session's clock day).")
    var day: Int?

    func run() throws {
        let lang = try options.language
        let folder = URL(fileURLWithPath: session)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            try fail(Strings.exportCliNoFolder.format(lang, session))
        }
        let journal = folder.appendingPathComponent(SessionJournal.fileName).path
        guard FileManager.default.fileExists(atPath: journal) else {
            try fail(Strings.exportCliNoJournal.format(lang, session, SessionJournal.fileName))
        }
        let contents = SessionJournal.load(folder: folder)
        if let reason = contents.unreadable { try fail(Strings.journalCannotRead.format(lang, journal, reason)) }
        // Damaged lines: skipped and reported, as the console and replay do; only an empty journal is an error.
        if let notice = JournalProblem.notice(contents.problems, file: journal, lang: lang) { StandardError.print("jre-console: " + notice) }
        guard !contents.entries.isEmpty else { try fail(Strings.exportCliEmptyJournal.format(lang, journal)) }
        let library = options.library(bundled: BundledScenarios.files)
        let (entries, recovered) = SessionJournal.recoveringOpening(contents.entries, library: library)
        if let recovered { StandardError.print("jre-console: " + Strings.exportCliScenarioByHash.format(lang, recovered)) }

        let loaded: DebriefSession
        do throws(DebriefSessionError) {
            loaded = try DebriefExport.load(entries: entries, library: library, lang: lang, day: day)
        } catch {
            switch error {
            case .noOpenedEntry:
                try fail(Strings.exportCliNotOpened.format(lang, journal))
            case .scenarioNotFound(let reference, let names):
                let hint = Suggestion.closest(to: reference, in: names).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
                try fail(Strings.exportCliScenarioNotFound.format(lang, reference, names.joined(separator: ", "), hint))
            case .scenarioInvalid(let reference, let diagnostics):
                StandardError.print("jre-console: " + Strings.exportCliScenarioInvalid.format(lang, reference))
                for diagnostic in diagnostics { StandardError.print(diagnostic.render(lang)) }
                throw Exit(code: ExitStatus.badInput)
            case .dayOutOfRange(let day, let last):
                try fail(Strings.cliDayOutOfRange.format(lang, String(day), String(last)))
            }
        }
        for diagnostic in loaded.warnings { StandardError.print(diagnostic.render(lang)) }
        for file in loaded.changedFiles { StandardError.print("jre-console: " + Strings.exportCliFileChanged.format(lang, file)) }

        let text = loaded.export.render(format.exportFormat)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            try fail(Strings.exportCliCannotWrite.format(lang, output, error.localizedDescription))
        }
        StandardError.print(Strings.exportCliWritten.format(lang, output))
    }

    /// Prints `message` on standard error and ends with exit code 2.
    private func fail(_ message: String) throws -> Never {
        StandardError.print("jre-console: " + message)
        throw Exit(code: ExitStatus.badInput)
    }
}
