import Foundation
import JREText

/// Why a recorded session could not be turned into a debrief.
public enum DebriefSessionError: Error, Sendable {
    /// The journal has no `opened` entry, so the scenario is unknown.
    case noOpenedEntry
    /// The scenario the session opened cannot be found (the reference, and the names that can be opened).
    case scenarioNotFound(String, [String])
    /// The scenario (or its ruleset) no longer loads; the diagnostics say why.
    case scenarioInvalid(String, [Diagnostic])
    /// `--day` outside the scenario's days (the day, the last day).
    case dayOutOfRange(Int, Int)
}

/// A recorded session ready to export, with what changed since it was recorded.
public struct DebriefSession: Sendable {
    public var export: DebriefExport
    /// Files (scenario, ruleset) whose fingerprint differs from the one the session recorded.
    public var changedFiles: [String]
    /// Warnings from loading the scenario.
    public var warnings: [Diagnostic]
}

extension DebriefExport {
    /// Loads the scenario and ruleset a session journal opened, replays its entries and builds the debrief.
    ///
    /// The scenario is the last `opened` entry's reference (a bundled name or a path), located in
    /// `library`; the ruleset is the one in force at the end of the journal (after any switch).
    /// `day` ends the timelines (default: the session's clock day).
    public static func load(entries: [SessionEntry], library: ScenarioLibrary, lang: Lang, day: Int? = nil) throws(DebriefSessionError) -> DebriefSession {
        guard let opened = entries.last(where: { $0.kind == .opened }), let reference = opened.scenario else {
            throw .noOpenedEntry
        }
        guard let located = library.locateScenario(reference) else {
            throw .scenarioNotFound(reference, library.scenarioNames)
        }
        let snapshot = SessionSnapshot(entries: entries)
        var report = library.loadScenario(located, lang: lang)
        if let ruleset = snapshot.ruleset, let simulation = report.simulation, simulation.ruleset.id != ruleset {
            report = library.loadScenario(located, lang: lang, rulesetReference: ruleset)
        }
        guard let simulation = report.simulation else {
            throw .scenarioInvalid(reference, report.diagnostics.filter { $0.severity == .error })
        }
        if let day, !(1...simulation.scenario.days).contains(day) {
            throw .dayOutOfRange(day, simulation.scenario.days)
        }
        var changed: [String] = []
        if let hash = opened.scenarioHash, hash != located.file.fingerprint { changed.append(located.file.path) }
        if let hash = opened.rulesetHash, opened.ruleset == simulation.ruleset.id, hash != simulation.ruleset.source.fingerprint {
            changed.append(simulation.ruleset.source.path)
        }
        let export = DebriefExport(simulation: simulation, session: snapshot, lastDay: day, lang: lang)
        return DebriefSession(export: export, changedFiles: changed, warnings: report.diagnostics.filter { $0.severity == .warning })
    }
}
