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

    /// The population screen's sizes, and where its jobs run (inline in tests).
    private let populationSizes: PopulationSizes
    private let populationMode: PopulationJobRunner.Mode

    public init(state: KioskState, sessionFolder: URL, library: ScenarioLibrary? = nil,
                populationSizes: PopulationSizes = PopulationSizes(), populationMode: PopulationJobRunner.Mode = .background) {
        kiosk = state
        self.sessionFolder = sessionFolder
        self.library = library
        self.populationSizes = populationSizes
        self.populationMode = populationMode
        console = Self.console(state.visitor, sessionFolder: sessionFolder, library: library, sizes: populationSizes, mode: populationMode)
        purgeJournal()
        performEffects()
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        kiosk.handle(event, at: now)
        performEffects()
        collectPopulationReports()
    }

    /// Hands the visitor's population figures, computed in the background, to the visitor's console.
    private mutating func collectPopulationReports() {
        guard console.populationRunner.isBusy else { return }
        console.state = kiosk.visitor
        console.collectPopulationReports()
        kiosk.visitor = console.state
    }

    public var preferredTickMilliseconds: Int? { console.preferredTickMilliseconds }

    /// Performs the kiosk's effects, then the visitor console's, in order.
    mutating func performEffects() {
        while !kiosk.pendingEffects.isEmpty {
            switch kiosk.pendingEffects.removeFirst() {
            case .forgetVisitor:
                // Dropping the console program closes the journal before it is deleted.
                console = makeConsole(kiosk.visitor)
                purgeJournal()
            }
        }
        guard !kiosk.visitor.pendingEffects.isEmpty else { return }
        var state = kiosk.visitor
        // Each scenario a visitor opens starts an empty session; nothing is ever archived.
        if state.pendingEffects.contains(where: { $0 == .openSession || $0 == .startNewSession }) {
            state.pendingEffects = state.pendingEffects.map { $0 == .startNewSession ? .openSession : $0 }
            console = makeConsole(state)
            purgeJournal()
        }
        console.state = state
        console.performEffects()
        kiosk.visitor = console.state
    }

    /// A console program for the visitor's state; dropping the previous one stops its population jobs.
    private func makeConsole(_ state: AppState) -> ConsoleProgram {
        Self.console(state, sessionFolder: sessionFolder, library: library, sizes: populationSizes, mode: populationMode)
    }

    private static func console(_ state: AppState, sessionFolder: URL, library: ScenarioLibrary?, sizes: PopulationSizes,
                                mode: PopulationJobRunner.Mode) -> ConsoleProgram {
        ConsoleProgram(state: state, sessionFolder: sessionFolder, library: library,
                       populationRunner: PopulationJobRunner(mode: mode, lang: state.lang), populationSizes: sizes)
    }

    /// Forgets the visitor as the kiosk ends (operator keys, SIGTERM): the journal is closed
    /// and deleted.
    public mutating func shutDown() {
        console = makeConsole(kiosk.visitor)
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
