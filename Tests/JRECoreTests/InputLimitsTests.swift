import Foundation
import Testing
@testable import JRECore
import JREBundledScenarios
import JREText

/// Paths as the help says, a journal whose opening line is lost, and huge source lines under a diagnostic.
@Suite struct InputLimitsTests {
    /// `--ruleset /abs/path.yaml`: an absolute path is taken as it is, wherever the scenario lives.
    @Test func anAbsoluteRulesetPathIsAccepted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-abs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mine.yaml").path
        try #require(BundledScenarios.files["rulesets/cre-controle.yaml"]).write(toFile: path, atomically: true, encoding: .utf8)
        let library = ScenarioLibrary(bundled: BundledScenarios.files)
        let located = try #require(library.locateScenario("portefeuille"))
        let report = library.loadScenario(located, lang: .fr, rulesetReference: path)
        let simulation = try #require(report.simulation, "\(report.diagnostics.map { $0.render(.en) })")
        #expect(simulation.ruleset.source.path == path)
    }

    /// A journal whose only `opened` line is damaged still names its scenario: the fingerprint its
    /// decisions recorded finds it (what `debrief` does instead of failing).
    @Test func aLostOpeningLineIsRecoveredFromTheFingerprint() throws {
        let library = ScenarioLibrary(bundled: BundledScenarios.files)
        let located = try #require(library.locateScenario("portefeuille"))
        let record = DecisionRecord(day: 3, date: "2024-03-06", claimant: "gerard", claimantName: "Gérard Lemoine", decision: "aucune_action",
                                    decisionLabel: "Aucune action", justification: nil, evidence: [], alerts: [], levels: [:], scores: [:],
                                    parameters: [:], ruleset: "jre-standard", rulesetHash: "0", scenarioHash: located.file.fingerprint)
        let entries = [SessionEntry(kind: .clockMoved, day: 3), SessionEntry(kind: .decisionTaken, day: 3, decision: record)]
        let (recovered, name) = SessionJournal.recoveringOpening(entries, library: library)
        #expect(name == "portefeuille")
        #expect(recovered.first?.kind == .opened)
        #expect(recovered.first?.scenario == "portefeuille")
        #expect(Array(recovered.dropFirst()) == entries)
        #expect(SessionJournal.recoveringOpening(recovered, library: library).recovered == nil, "nothing missing, nothing added")
    }

    /// A 240,000-character line is quoted as a window around the spot, the marker still under it.
    @Test func aHugeSourceLineIsShownAsAWindow() {
        let line = "value: \"" + String(repeating: "1 + ", count: 60_000) + "x\""
        let column = line.unicodeScalars.count - 1
        let diagnostic = Diagnostic(.error, file: "f.yaml", line: 3, column: column, length: 1, message: LocalizedMessage(Strings.exprInvalid), sourceLine: line)
        let lines = diagnostic.render(.en).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.unicodeScalars.count < 500 })
        let quoted = lines[1], marker = lines[2]
        let caret = marker.unicodeScalars.firstIndex(of: "^").map { marker.unicodeScalars.distance(from: marker.unicodeScalars.startIndex, to: $0) }
        let spot = quoted.unicodeScalars.lastIndex(of: "x").map { quoted.unicodeScalars.distance(from: quoted.unicodeScalars.startIndex, to: $0) }
        #expect(caret != nil && caret == spot)
    }
}
