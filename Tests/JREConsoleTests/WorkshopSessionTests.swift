import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Sessions: everything the room does is on disk before the screen says so, and a restart resumes it.
struct WorkshopSessionTests {
    static func temporaryFolder() -> URL {
        URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jre-session-test-\(UUID().uuidString)")
    }

    /// A console program on `reference` at `day`, with its session in `folder`, as `jre-console run` starts it.
    static func program(_ folder: URL, reference: String = "portefeuille", day: Int? = nil) throws -> ConsoleProgram {
        var state = Console.atPicker(width: 120, height: 40)
        let opening = state.open(try Console.simulation(reference), day: day, reference: reference)
        var program = ConsoleProgram(state: state, sessionFolder: folder, library: Console.library)
        program.run(opening)
        return program
    }

    static func press(_ program: inout ConsoleProgram, _ keys: Key...) {
        for key in keys { program.handle(.key(key), at: .now) }
    }

    @Test func clockAndDecisionsSurviveARestart() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try Self.program(folder, day: 10)
        Self.press(&first, .char("n"), .char("n"), .char("d"), .enter, .enter)
        Self.press(&first, .char("j"), .char("d"), .enter, .enter)
        #expect(first.state.workshop?.day == 12)
        #expect(first.state.workshop?.session.decisions.count == 2)
        // The journal on disk has both decisions already (no clean shutdown happened).
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(problems.isEmpty)
        #expect(entries.filter { $0.kind == .decisionTaken }.count == 2)
        // A new process on the same session resumes the day and the decisions.
        let second = try Self.program(folder)
        #expect(second.state.workshop?.day == 12)
        #expect(second.state.workshop?.session.decisions.count == 2)
        #expect(second.state.screen == .board)
        #expect(second.state.status?.contains("Séance reprise : 2 décisions, jour 12") == true)
    }

    @Test func aTornLastLineIsReportedAndSkipped() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try Self.program(folder, day: 5)
        Self.press(&first, .char("n"))
        // The process dies in the middle of writing an entry.
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(SessionJournal.fileName))
        handle.seekToEndOfFile()
        handle.write(Data("{\"type\":\"clock_mo".utf8))
        try handle.close()
        let second = try Self.program(folder)
        #expect(second.state.workshop?.day == 6)
        #expect(second.state.session?.unreadableLines.count == 1)
        #expect(second.state.status?.contains("illisible") == true)
    }

    @Test func changedFilesAskBeforeGoingOn() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try SessionJournal(folder: folder)
        try journal.append(SessionEntry(kind: .opened, day: 20, ruleset: "jre-standard", scenario: "portefeuille",
                                        scenarioHash: "0000000000000000", rulesetHash: "0000000000000000"))
        var program = try Self.program(folder)
        #expect(program.state.modal == .filesChanged)
        #expect(program.state.text().contains("Les fichiers ont changé depuis cette séance"))
        // Other keys do nothing until the room answers.
        Self.press(&program, .char("j"), .char("t"))
        #expect(program.state.screen == .board)
        // n: a new session; the old one is archived beside it.
        Self.press(&program, .char("n"))
        #expect(program.state.modal == nil)
        #expect(program.state.workshop?.day == 1)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(siblings.contains { $0.hasPrefix(folder.lastPathComponent + "-") })
        for sibling in siblings where sibling.hasPrefix(folder.lastPathComponent + "-") {
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().appendingPathComponent(sibling))
        }
    }

    @Test func aSwitchedRulesetIsResumed() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try Self.program(folder, reference: "decouragement", day: 20)
        let alternatives = first.state.workshop?.rulesets.map(\.ruleset.id) ?? []
        try #require(alternatives.count >= 2, "decouragement names an alternative ruleset")
        Self.press(&first, .char("x"))
        let switched = try #require(first.state.workshop?.ruleset.id)
        #expect(switched != alternatives[0])
        let second = try Self.program(folder, reference: "decouragement")
        #expect(second.state.workshop?.ruleset.id == switched)
        #expect(second.state.workshop?.day == 20)
    }

    @Test func aReplayStepsTheRecordedSessionWithoutWritingToIt() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try Self.program(folder, day: 3)
        Self.press(&first, .char("n"), .char("d"), .enter, .enter, .char("N"))
        let (entries, _) = SessionJournal.read(folder: folder)
        let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(SessionJournal.fileName).path)[.size] as? Int
        var state = Console.atPicker(width: 120, height: 40)
        state.replay = ReplayState(entries: entries, interval: 1)
        let opening = state.open(try Console.simulation("portefeuille"), day: 3, reference: "portefeuille")
        var program = ConsoleProgram(state: state, sessionFolder: folder, library: Console.library)
        program.run(opening)
        let start = ContinuousClock.now
        for second in 0..<6 { program.handle(.tick, at: start + .seconds(second)) }
        #expect(program.state.workshop?.day == 11)
        #expect(program.state.workshop?.session.decisions.count == 1)
        #expect(program.state.replay?.isDone == true)
        let after = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(SessionJournal.fileName).path)[.size] as? Int
        #expect(after == size)
    }
}
