import Foundation
import JREConsole
import JRECore
import JRETerminal
import JREText

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
    /// Performs the visitor console's effects (the journal, the population jobs); replaced for each visitor.
    private var visitorEffects: ConsoleEffectRunner
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
        visitorEffects = Self.runner(lang: state.lang, sessionFolder: sessionFolder, library: library, sizes: populationSizes, mode: populationMode)
        purgeJournal()
    }

    public mutating func handle(_ event: InputEvent, at now: ContinuousClock.Instant) {
        run(kiosk.handle(event, at: now))
        collectPopulationReports()
    }

    /// Hands the visitor's population figures, computed in the background, to the visitor's console.
    private mutating func collectPopulationReports() {
        guard visitorEffects.populationRunner.isBusy || visitorEffects.modelTrainer.isBusy else { return }
        // Inline jobs report at once, and their reports can ask for more jobs: a few rounds at most.
        for _ in 0..<4 {
            let events = visitorEffects.drainPopulationReports()
            guard !events.isEmpty else { return }
            for event in events { run(kiosk.receive(event)) }
        }
    }

    public var preferredTickMilliseconds: Int? { visitorEffects.populationRunner.isBusy || visitorEffects.modelTrainer.isBusy ? 50 : nil }

    /// Performs the kiosk's effects in order; what the visitor console's effects found goes back to it.
    mutating func run(_ effects: [KioskEffect]) {
        var queue = effects
        while !queue.isEmpty {
            switch queue.removeFirst() {
            case .forgetVisitor:
                forgetVisitor()
            case .visitor(let effect):
                // Each scenario a visitor opens starts an empty session; nothing is ever archived.
                switch effect {
                case .openSession, .startNewSession: forgetVisitor()
                default: break
                }
                if let result = visitorEffects.perform(effect) { queue += kiosk.receive(result) }
            }
        }
    }

    /// A new runner for the next visitor (dropping the previous one closes its journal and stops its
    /// population jobs), then the journal deleted.
    private mutating func forgetVisitor() {
        visitorEffects = Self.runner(lang: kiosk.visitor.lang, sessionFolder: sessionFolder, library: library, sizes: populationSizes, mode: populationMode)
        purgeJournal()
    }

    private static func runner(lang: Lang, sessionFolder: URL, library: ScenarioLibrary?, sizes: PopulationSizes,
                               mode: PopulationJobRunner.Mode) -> ConsoleEffectRunner {
        ConsoleEffectRunner(lang: lang, sessionFolder: sessionFolder, archives: false, library: library,
                            populationRunner: PopulationJobRunner(mode: mode, lang: lang), populationSizes: sizes)
    }

    /// Forgets the visitor as the kiosk ends (operator keys, SIGTERM): the journal is closed
    /// and deleted.
    public mutating func shutDown() {
        forgetVisitor()
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
