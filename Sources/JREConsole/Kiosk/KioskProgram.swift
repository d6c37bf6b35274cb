import Foundation
import JRECore
import JREText
import JRETerminal

/// The kiosk as a terminal program: ``KioskState`` updated by every event, with its effects
/// performed before each render — the visitor's session journal written, and deleted when
/// the visitor is forgotten.
///
/// Nothing is written outside `sessionFolder`: the visitor's journal is `journal.jsonl` in
/// it, erased at start-up (a previous run may have crashed with a visitor), whenever a
/// visitor leaves, and whenever the visitor opens another scenario.
///
/// ```swift
/// var program = KioskProgram(state: KioskState(configuration: configuration, catalog: catalog, now: time.now),
///                            sessionFolder: folder, library: library)
/// try ConsoleLoop(time: time).run(&program, on: backend)
/// ```
public struct KioskProgram: TerminalProgram {
    public private(set) var kiosk: KioskState
    /// Where the visitor's journal lives.
    public let sessionFolder: URL
    /// Where the scenarios' alternative rulesets are loaded from.
    public let library: ScenarioLibrary?
    /// Performs the visitor console's effects (the journal); replaced for each visitor.
    private var console: ConsoleProgram
    /// The last journal deletion that failed, if any (shown to nobody: logged by the launcher).
    public private(set) var purgeProblem: String?

    public init(state: KioskState, sessionFolder: URL, library: ScenarioLibrary? = nil) {
        kiosk = state
        self.sessionFolder = sessionFolder
        self.library = library
        console = ConsoleProgram(state: state.visitor, sessionFolder: sessionFolder, library: library)
        purgeJournal()
        performEffects()
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        kiosk.handle(event, at: now)
        performEffects()
    }

    /// Performs the kiosk's effects, then the visitor console's, in order.
    mutating func performEffects() {
        while !kiosk.pendingEffects.isEmpty {
            switch kiosk.pendingEffects.removeFirst() {
            case .forgetVisitor:
                // Dropping the console program closes the journal before it is deleted.
                console = ConsoleProgram(state: kiosk.visitor, sessionFolder: sessionFolder, library: library)
                purgeJournal()
            }
        }
        guard !kiosk.visitor.pendingEffects.isEmpty else { return }
        var state = kiosk.visitor
        // Each scenario a visitor opens starts an empty session; nothing is ever archived.
        if state.pendingEffects.contains(where: { $0 == .openSession || $0 == .startNewSession }) {
            state.pendingEffects = state.pendingEffects.map { $0 == .startNewSession ? .openSession : $0 }
            console = ConsoleProgram(state: state, sessionFolder: sessionFolder, library: library)
            purgeJournal()
        }
        console.state = state
        console.performEffects()
        kiosk.visitor = console.state
    }

    /// Forgets the visitor as the kiosk ends (operator keys, SIGTERM): the journal is closed
    /// and deleted.
    public mutating func shutDown() {
        console = ConsoleProgram(state: kiosk.visitor, sessionFolder: sessionFolder, library: library)
        purgeJournal()
    }

    /// Deletes the visitor's journal (the session folder itself stays).
    private mutating func purgeJournal() {
        let file = sessionFolder.appendingPathComponent(SessionJournal.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do {
            try FileManager.default.removeItem(at: file)
            purgeProblem = nil
        } catch {
            purgeProblem = Strings.kioskSessionPurgeFailed.format(kiosk.lang, file.path, error.localizedDescription)
        }
    }

    public func render(width: Int, height: Int, glyphs: Glyphs) -> CellGrid {
        KioskRenderer.render(kiosk, width: width, height: height, glyphs: glyphs)
    }

    public var isFinished: Bool { kiosk.isFinished }
}
