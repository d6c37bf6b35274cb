import JRECore
import JREText

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

        public init(reference: String, title: LocalizedText, summary: LocalizedText?, claimantCount: Int, days: Int,
                    simulation: Simulation?, problem: String?) {
            self.reference = reference
            self.title = title
            self.summary = summary
            self.claimantCount = claimantCount
            self.days = days
            self.simulation = simulation
            self.problem = problem
        }
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
