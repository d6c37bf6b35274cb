import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Faults a workshop room produces — a full disk, a failing flush, a journal that cannot be opened,
/// a torn journal — injected through the journal's storage: in each, the footer, the board and the
/// journal read back from disk agree, and « enregistrée » is said only of what is on disk.
struct JournalFaultTests {
    static func temporaryFolder() -> URL {
        URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jre-fault-test-\(UUID().uuidString)")
    }

    /// The console on portefeuille at day 10, 120×40 (board and file side by side), its session in `folder`.
    static func program(_ folder: URL, storage: any JournalStorage, readOnly: Bool = false) throws -> ConsoleProgram {
        let launch = ConsoleLaunch(library: Console.library, lang: .fr, ascii: false, scenario: try Console.simulation("portefeuille"),
                                   reference: "portefeuille", day: 10, sessionFolder: folder.path)
        var withOptions = launch
        withOptions.readOnly = readOnly
        return ConsoleLauncher.opened(withOptions, width: 120, height: 40, storage: storage)
    }

    static func press(_ program: inout ConsoleProgram, _ keys: Key...) {
        for key in keys { program.handle(.key(key), at: .now) }
    }

    /// Takes « Aucune action » for the selected claimant, then moves to the next one.
    static func decide(_ program: inout ConsoleProgram) {
        press(&program, .char("d"), .enter, .enter)
    }

    static func screen(_ program: ConsoleProgram) -> String {
        program.render(width: 120, height: 40, glyphs: .unicode).plainText()
    }

    static func footer(_ program: ConsoleProgram) -> String {
        screen(program).split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// The decisions on disk, by claimant id, and the unreadable lines.
    static func reloaded(_ folder: URL) -> (decisions: [String], problems: [JournalProblem]) {
        let (entries, problems) = SessionJournal.read(folder: folder)
        return (entries.compactMap { $0.decision?.claimant }, problems)
    }

    /// The claimants the board marks ✓ (saved) and ✗ (not saved), from the screen's text.
    static func boardMarks(_ program: ConsoleProgram) -> (saved: Set<String>, unsaved: Set<String>) {
        guard let workshop = program.state.workshop else { return ([], []) }
        var saved = Set<String>(), unsaved = Set<String>()
        for line in screen(program).split(separator: "\n") {
            let board = line.split(separator: "│").first.map(String.init) ?? ""
            for claimant in workshop.scenario.claimants where board.contains(claimant.name) {
                if board.contains(claimant.name + " ✓") { saved.insert(claimant.id) }
                if board.contains(claimant.name + " ✗") { unsaved.insert(claimant.id) }
            }
        }
        return (saved, unsaved)
    }

    /// The disk fills up in the middle of a decision: the footer says it is NOT saved, the board marks
    /// it ✗, nothing torn is left in the journal; once space is back it is written on the next key,
    /// and the screen, the board and the reloaded journal agree on every decision.
    @Test func aFullDiskThenSpaceBack() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = FaultyJournalStorage()
        var program = try Self.program(folder, storage: disk)
        Self.decide(&program)
        #expect(Self.footer(program).contains("Décision enregistrée sur le disque."))
        let first = try #require(program.state.workshop?.session.decisions.last?.claimant)

        disk.spaceLeft = 40 // less than one line: the write stops in the middle
        Self.press(&program, .char("j"))
        Self.decide(&program)
        let second = try #require(program.state.workshop?.session.decisions.last?.claimant)
        #expect(Self.footer(program).contains("Décision NON enregistrée : No space left on device"))
        #expect(!Self.footer(program).contains("Décision enregistrée"))
        #expect(Self.boardMarks(program).unsaved == [second])
        #expect(Self.boardMarks(program).saved == [first])
        let during = Self.reloaded(folder)
        #expect(during.decisions == [first])
        #expect(during.problems.isEmpty, "the partial line was cut back")

        disk.spaceLeft = nil
        Self.press(&program, .char("k"))
        #expect(Self.footer(program).contains("Enregistré après coup : 1 entrée en attente est maintenant sur le disque."))
        #expect(Self.boardMarks(program).unsaved.isEmpty)
        #expect(Self.boardMarks(program).saved == [first, second])
        let after = Self.reloaded(folder)
        #expect(after.decisions == [first, second])
        #expect(after.problems.isEmpty)
        #expect(program.state.workshop?.session.decisions.map(\.claimant) == after.decisions)
    }

    /// Entries that wait belong to this session's journal: leaving for the picker is refused until they are written.
    @Test func waitingEntriesKeepTheSessionOpen() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = FaultyJournalStorage()
        var program = try Self.program(folder, storage: disk)
        disk.spaceLeft = 40
        Self.decide(&program)
        let claimant = try #require(program.state.workshop?.session.decisions.last?.claimant)
        Self.press(&program, .escape)
        #expect(program.state.screen == .board, "Esc must not leave a session whose decisions are not written")
        #expect(Self.footer(program).contains("cette séance reste ouverte"))
        #expect(Self.reloaded(folder).decisions.isEmpty)

        disk.spaceLeft = nil
        Self.press(&program, .char("k"))
        #expect(Self.reloaded(folder).decisions == [claimant])
        Self.press(&program, .escape)
        #expect(program.state.screen == .picker)
    }

    /// A failed fsync is a failed save: the entry is cut back out of the file, kept in memory, and the
    /// retry tick writes it once the flush works again (without a duplicate).
    @Test func aFailingFlushIsNotSavedAndIsRetriedOnTheTick() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = FaultyJournalStorage()
        var program = try Self.program(folder, storage: disk)
        disk.syncFailure = "Input/output error"
        Self.decide(&program)
        let claimant = try #require(program.state.workshop?.session.decisions.last?.claimant)
        #expect(Self.footer(program).contains("Décision NON enregistrée : Input/output error"))
        #expect(Self.reloaded(folder).decisions.isEmpty)
        // Nothing pressed: the footer keeps saying so after the status line is gone.
        program.handle(.tick, at: .now)
        disk.syncFailure = nil
        for _ in 0..<JournalStatus.retryTicks { program.handle(.tick, at: .now) }
        #expect(Self.reloaded(folder).decisions == [claimant])
        #expect(Self.boardMarks(program).saved == [claimant])
        #expect(program.state.journal.pending.isEmpty)
        // Further ticks write nothing twice.
        for _ in 0..<(3 * JournalStatus.retryTicks) { program.handle(.tick, at: .now) }
        #expect(Self.reloaded(folder).decisions == [claimant])
    }

    /// While entries wait, the footer keeps one line saying how many and why, whatever key was pressed.
    @Test func waitingEntriesStayInTheFooter() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = FaultyJournalStorage()
        var program = try Self.program(folder, storage: disk)
        disk.spaceLeft = 0
        Self.decide(&program)
        Self.press(&program, .char("j"))
        #expect(Self.footer(program).contains("1 entrée NON enregistrée (1 décision) : No space left on device"))
    }

    /// A journal that cannot be opened for appending refuses the session with the path and the reason;
    /// with --read-only the session opens marked « lecture seule » and resumes what it can read.
    @Test func aJournalThatCannotBeOpenedIsRefusedOrReadOnly() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var recorded = try Self.program(folder, storage: FileJournalStorage())
        Self.decide(&recorded)
        let disk = FaultyJournalStorage(openFailure: "Read-only file system")
        let refused = try Self.program(folder, storage: disk)
        let refusal = try #require(refused.state.journal.refusal)
        #expect(refusal.contains(folder.appendingPathComponent("journal.jsonl").path))
        #expect(refusal.contains("Read-only file system"))
        #expect(refusal.contains("--read-only"))

        var readOnly = try Self.program(folder, storage: disk, readOnly: true)
        #expect(readOnly.state.journal.refusal == nil)
        #expect(readOnly.state.workshop?.session.decisions.count == 1, "resumed from the journal it can read")
        Self.press(&readOnly, .char("j"))
        #expect(Self.footer(readOnly).contains("LECTURE SEULE"))
        #expect(Self.screen(readOnly).split(separator: "\n").first?.contains("LECTURE SEULE") == true)
        Self.decide(&readOnly)
        #expect(Self.footer(readOnly).contains("Décision NON enregistrée : séance en lecture seule."))
        #expect(Self.boardMarks(readOnly).unsaved.count == 1)
        #expect(Self.reloaded(folder).decisions.count == 1, "nothing written")
    }

    /// The real file system: `journal.jsonl` is a folder. The session is refused naming it, never opened
    /// at day 1 as if there were no journal; --read-only opens it marked, with nothing to resume.
    @Test func aFolderWhereTheJournalShouldBe() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("journal.jsonl"), withIntermediateDirectories: true)
        let refused = try Self.program(folder, storage: FileJournalStorage())
        let refusal = try #require(refused.state.journal.refusal)
        #expect(refusal.contains("journal.jsonl"))
        #expect(refusal.contains(String(cString: strerror(EISDIR))))
        #expect(refused.state.workshop == nil)

        var readOnly = try Self.program(folder, storage: FileJournalStorage(), readOnly: true)
        Self.press(&readOnly, .char("j"))
        #expect(Self.footer(readOnly).contains("LECTURE SEULE"))
        #expect(Self.footer(readOnly).contains(String(cString: strerror(EISDIR))))
        Self.decide(&readOnly)
        #expect(!Self.footer(readOnly).contains("Décision enregistrée"))
        #expect(Self.boardMarks(readOnly).saved.isEmpty)
    }

    /// A journal torn by a crash: on opening, the torn line is reported on screen with its number;
    /// the next entry goes onto a line of its own (the torn bytes moved aside to journal.torn-…), and a
    /// reload finds every decision the screen shows.
    @Test func aTornTailThenAppendThenReload() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var first = try Self.program(folder, storage: FileJournalStorage())
        Self.decide(&first)
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(SessionJournal.fileName))
        handle.seekToEndOfFile()
        handle.write(Data("{\"type\":\"decision_taken\",\"decision\":{\"day\":1".utf8))
        try handle.close()
        let tornLine = try String(contentsOf: folder.appendingPathComponent(SessionJournal.fileName), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count

        var second = try Self.program(folder, storage: FileJournalStorage())
        #expect(Self.footer(second).contains("ligne \(tornLine) : dernière ligne coupée"))
        Self.press(&second, .char("j"))
        Self.decide(&second)
        #expect(Self.footer(second).contains("Décision enregistrée sur le disque."))
        let reloaded = Self.reloaded(folder)
        #expect(reloaded.problems.isEmpty)
        #expect(reloaded.decisions == second.state.workshop?.session.decisions.map(\.claimant))
        #expect(reloaded.decisions.count == 2)
        #expect(Self.boardMarks(second).saved == Set(reloaded.decisions))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(SessionJournal.tornPrefix) }
        #expect(aside.count == 1)

        let third = try Self.program(folder, storage: FileJournalStorage())
        #expect(third.state.workshop?.session.decisions.count == 2)
        #expect(!Self.footer(third).contains("ligne"), "nothing torn any more")
    }
}

/// Quitting while entries wait in memory asks first; once they are on disk, q quits at once.
struct JournalQuitTests {
    @Test func quittingWithUnsavedEntriesAsksFirst() throws {
        let folder = JournalFaultTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let disk = FaultyJournalStorage()
        var program = try JournalFaultTests.program(folder, storage: disk)
        disk.spaceLeft = 0
        JournalFaultTests.decide(&program)
        JournalFaultTests.press(&program, .char("q"))
        #expect(!program.state.isFinished)
        #expect(program.state.modal == .unsavedQuit)
        #expect(JournalFaultTests.screen(program).contains("1 entrée NON enregistrée (No space left on device)"))
        JournalFaultTests.press(&program, .escape)
        #expect(program.state.modal == nil)
        #expect(!program.state.isFinished)
        disk.spaceLeft = nil
        for _ in 0..<JournalStatus.retryTicks { program.handle(.tick, at: .now) }
        #expect(program.state.journal.pending.isEmpty)
        JournalFaultTests.press(&program, .char("q"))
        #expect(program.state.isFinished)
        #expect(JournalFaultTests.reloaded(folder).decisions.count == 1)
    }
}
