import Foundation
import Testing
@testable import JRECore

/// The session journal: what is appended is read back, and a damaged file loses only the damaged line.
@Suite struct SessionJournalTests {
    /// A fresh, empty folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jre-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// One entry of every kind; the last is a decision whose text has multi-byte characters, so
    /// cuts fall inside UTF-8 sequences too.
    static let entries: [SessionEntry] = [
        SessionEntry(kind: .opened, at: "2024-03-04T09:00:00Z", day: 1, ruleset: "jre-standard", scenario: "portefeuille",
                     scenarioHash: "0123456789abcdef", rulesetHash: "fedcba9876543210"),
        SessionEntry(kind: .clockMoved, at: "2024-03-04T09:05:00Z", day: 22),
        SessionEntry(kind: .thresholdChanged, at: "2024-03-04T09:10:00Z", day: 22, parameter: "window", value: 21),
        SessionEntry(kind: .thresholdsReset, at: "2024-03-04T09:12:00Z", day: 22),
        SessionEntry(kind: .rulesetSwitched, at: "2024-03-04T09:13:00Z", day: 22, ruleset: "jre-strict"),
        SessionEntry(kind: .decisionTaken, at: "2024-03-04T09:20:00Z", day: 22, decision: DecisionRecord(
            day: 22, date: "2024-03-25", claimant: "gerard", claimantName: "Gérard Lemoine", decision: "signalement_controle",
            decisionLabel: "Signalement au contrôle", justification: "Aucune démarche visible depuis « trois semaines » — à vérifier",
            evidence: ["connexions", "candidatures"], alerts: ["dynamique_faible", "parcours_a_analyser"],
            levels: ["dynamique": "faible"], scores: ["dynamique": 1.5, "derniere_reponse": nil], parameters: ["window": 30],
            ruleset: "jre-standard", rulesetHash: "fedcba9876543210", scenarioHash: "0123456789abcdef")),
    ]

    static func writeJournal(_ entries: [SessionEntry], in folder: URL) throws {
        let journal = try SessionJournal(folder: folder)
        for entry in entries { try journal.append(entry) }
    }

    @Test func appendedEntriesReadBackUnchanged() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!SessionJournal.exists(folder: folder))
        try Self.writeJournal(Self.entries, in: folder)
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(problems.isEmpty)
        #expect(entries == Self.entries)
        #expect(SessionJournal.exists(folder: folder))
    }

    @Test func eachEntryIsOneLineOfJSON() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeJournal(Self.entries, in: folder)
        let text = try String(contentsOf: folder.appendingPathComponent(SessionJournal.fileName), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == Self.entries.count + 1)
        #expect(lines.last == "")
        #expect(lines[1].contains("\"type\":\"clock_moved\""))
        #expect(lines[5].contains("\"claimant_name\":\"Gérard Lemoine\""))
    }

    @Test func aFolderWithoutJournalReadsAsEmpty() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(entries.isEmpty)
        #expect(problems.isEmpty)
    }

    /// The process may die after any byte of the last line: every earlier entry survives, and the
    /// partial line is reported as torn (never fatal).
    @Test func cutAtEveryByteOfTheLastEntry() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeJournal(Self.entries, in: folder)
        let file = folder.appendingPathComponent(SessionJournal.fileName)
        let whole = try Data(contentsOf: file)
        let lastLineStart = try #require(whole.dropLast().lastIndex(of: UInt8(ascii: "\n"))) + 1
        let earlier = Array(Self.entries.dropLast())
        var cuts = 0
        for length in lastLineStart...whole.count {
            try whole.prefix(length).write(to: file)
            let (entries, problems) = SessionJournal.read(folder: folder)
            if length == lastLineStart {
                // Cut right after the previous line: nothing of the last entry was written.
                #expect(entries == earlier, "cut at \(length)")
                #expect(problems.isEmpty, "cut at \(length)")
            } else if length >= whole.count - 1 {
                // Only the newline (or nothing) is missing: the entry is complete.
                #expect(entries == Self.entries, "cut at \(length)")
                #expect(problems.isEmpty, "cut at \(length)")
            } else {
                #expect(entries == earlier, "cut at \(length)")
                #expect(problems == [JournalProblem(line: Self.entries.count, torn: true)], "cut at \(length)")
            }
            cuts += 1
        }
        #expect(cuts == whole.count - lastLineStart + 1)
    }

    /// After a crash mid-line, the next session appends its entries: they must not be glued to the
    /// torn fragment, which is moved aside to `journal.torn-…` (kept, not in the journal any more).
    @Test func anEntryAppendedAfterATornLineIsKept() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeJournal(Array(Self.entries.prefix(3)), in: folder)
        let file = folder.appendingPathComponent(SessionJournal.fileName)
        let whole = try Data(contentsOf: file)
        try whole.prefix(whole.count - 10).write(to: file)
        let lastLineStart = try #require(whole.prefix(whole.count - 10).lastIndex(of: UInt8(ascii: "\n"))) + 1
        try Self.writeJournal([Self.entries[3]], in: folder)
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(problems.isEmpty)
        #expect(entries == [Self.entries[0], Self.entries[1], Self.entries[3]])
        let torn = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(SessionJournal.tornPrefix) }
        #expect(torn.count == 1)
        let aside = try Data(contentsOf: folder.appendingPathComponent(try #require(torn.first)))
        #expect(aside == whole[lastLineStart..<(whole.count - 10)])
    }

    @Test func aCorruptMiddleLineIsReportedAndSkipped() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeJournal(Array(Self.entries.prefix(3)), in: folder)
        let file = folder.appendingPathComponent(SessionJournal.fileName)
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = "{\"type\":\"clock_moved\",\"day\":\u{0}garbage"
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(entries == [Self.entries[0], Self.entries[2]])
        #expect(problems == [JournalProblem(line: 2, torn: false)])
    }

    @Test func aLineOfAnUnknownKindIsReportedNotFatal() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeJournal([Self.entries[0]], in: folder)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(SessionJournal.fileName))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"type\":\"weather_changed\",\"at\":\"2024-03-04T10:00:00Z\"}\n".utf8))
        try handle.close()
        try Self.writeJournal([Self.entries[1]], in: folder)
        let (entries, problems) = SessionJournal.read(folder: folder)
        #expect(entries == [Self.entries[0], Self.entries[1]])
        #expect(problems == [JournalProblem(line: 2, torn: false)])
    }

    /// What one journal appended (and flushed) is visible at once to another reader and another writer.
    @Test func flushedEntriesAreReadableByASecondReader() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try SessionJournal(folder: folder)
        try first.append(Self.entries[0])
        #expect(SessionJournal.read(folder: folder).entries == [Self.entries[0]])
        let second = try SessionJournal(folder: folder)
        try second.append(Self.entries[1])
        try first.append(Self.entries[2])
        // A reader with its own descriptor, while both writers are still open.
        let descriptor = open(first.file.path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        let decoded = try lines.map { try JSONDecoder().decode(SessionEntry.self, from: Data($0)) }
        #expect(decoded == Array(Self.entries.prefix(3)))
        #expect(SessionJournal.read(folder: folder).entries == Array(Self.entries.prefix(3)))
    }

    @Test func archiveMovesTheSessionAsideWithItsDate() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("atelier")
        try Self.writeJournal(Self.entries, in: folder)
        let date = try #require(Calendar.current.date(from: DateComponents(year: 2024, month: 3, day: 4, hour: 14, minute: 5, second: 9)))
        try SessionJournal.archive(folder: folder, now: date)
        let archived = parent.appendingPathComponent("atelier-20240304-140509")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        #expect(SessionJournal.read(folder: archived).entries == Self.entries)
        // A new session starts empty in the old place.
        try Self.writeJournal([Self.entries[0]], in: folder)
        #expect(SessionJournal.read(folder: folder).entries == [Self.entries[0]])
        // Archiving twice in the same second cannot overwrite the first archive.
        #expect(throws: SessionError.self) { try SessionJournal.archive(folder: folder, now: date) }
        #expect(SessionJournal.read(folder: archived).entries == Self.entries)
    }

    @Test func defaultFolderHonoursXDGDataHome() {
        let xdg = SessionJournal.defaultFolder(scenario: "portefeuille", environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/anne"])
        #expect(xdg.path == "/srv/data/jre-console/sessions/portefeuille")
        let home = SessionJournal.defaultFolder(scenario: "aidante", environment: ["HOME": "/home/anne"])
        #expect(home.path == "/home/anne/.local/share/jre-console/sessions/aidante")
        let empty = SessionJournal.defaultFolder(scenario: "aidante", environment: ["XDG_DATA_HOME": "", "HOME": "/home/anne"])
        #expect(empty.path == "/home/anne/.local/share/jre-console/sessions/aidante")
    }

    @Test func aFolderThatCannotBeCreatedIsAnError() throws {
        let parent = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let blocker = parent.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: SessionError.self) { _ = try SessionJournal(folder: blocker.appendingPathComponent("session")) }
    }
}
