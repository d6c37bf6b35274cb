import JRECore
import JREText

/// Everything the console shows, as a value: the views are pure functions of it.
public struct AppState: Sendable {
    /// The screens of the console.
    public enum Screen: Sendable, Equatable {
        /// The advisor's and the other rulesets' verdicts side by side.
        case compare
        /// Each rule of the ruleset with its provenance.
        case sources
        case picker
        case briefing
        case board
        /// The threshold lab.
        case lab
        /// The debrief: alerts, decisions and hidden lives side by side.
        case debrief
        /// A synthetic population at France's scale, its figures and a threshold lab on it.
        case population
    }

    public var lang: Lang
    public var screen: Screen
    public var width: Int
    public var height: Int
    public var picker: PickerState
    public var workshop: WorkshopState?
    /// The population screen, once opened (kept while it is open).
    public var population: PopulationScreen?
    /// The help overlay over the current screen.
    public var showsHelp = false
    /// A one-line message in the footer (errors, confirmations).
    public var status: String?
    public var isFinished = false
    /// Effects the last updates asked for, performed by ``ConsoleProgram``.
    public var pendingEffects: [ConsoleEffect] = []
    /// The session in use, once opened.
    public var session: SessionStatus?
    /// Asking "quit and lose the typed text?" (y/n).
    public var confirmingQuit = false
    /// How far the briefing is scrolled.
    public var briefingScroll = 0
    /// Re-stepping a recorded session (`jre-console replay`); nothing is written then.
    public var replay: ReplayState?

    public init(lang: Lang, picker: PickerState, width: Int = 80, height: Int = 24) {
        self.lang = lang
        self.screen = .picker
        self.picker = picker
        self.width = width
        self.height = height
    }

    /// The smallest terminal the console draws on.
    public static let minimumWidth = 60
    public static let minimumHeight = 20

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}

/// The scenario picker: what can be opened, and which line is selected.
public struct PickerState: Sendable {
    /// One openable scenario (or one that failed to load, with its first error).
    public struct Entry: Sendable {
        public var reference: String
        public var title: LocalizedText
        public var summary: LocalizedText?
        public var claimantCount: Int
        public var days: Int
        public var simulation: Simulation?
        public var problem: String?
    }

    public var entries: [Entry]
    public var selection = 0

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Loads every scenario of the library for the picker (broken ones listed with their error).
    public static func load(from library: ScenarioLibrary, lang: Lang) -> PickerState {
        let entries = library.scenarioNames.compactMap { name -> Entry? in
            guard let located = library.locateScenario(name) else { return nil }
            let report = library.loadScenario(located, lang: lang)
            if let simulation = report.simulation {
                let scenario = simulation.scenario
                return Entry(reference: name, title: scenario.title, summary: scenario.summary, claimantCount: scenario.claimants.count,
                             days: scenario.days, simulation: simulation, problem: nil)
            }
            let problem = report.diagnostics.errors.first?.headline(lang) ?? name
            return Entry(reference: name, title: LocalizedText(fr: name), summary: nil, claimantCount: 0, days: 0, simulation: nil, problem: problem)
        }
        var state = PickerState(entries: entries)
        // The default scenario first when present.
        if let index = entries.firstIndex(where: { $0.reference == "portefeuille" }) { state.selection = index }
        return state
    }
}
