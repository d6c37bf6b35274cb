import JRETerminal

extension AppState {
    /// The screens of the console; a screen's own state (its scroll, its selection) is its payload,
    /// fresh each time the screen opens.
    ///
    /// The one place that maps a screen to its keys (``keyContext``), its update (``performOnScreen(_:effects:)``)
    /// and its view (``ScreenRenderer/drawScreen(_:into:)``): a new screen is one case here and one line in each switch.
    public enum Screen: Sendable, Equatable {
        case picker
        /// The scenario's briefing, read to the room before day 1.
        case briefing(BriefingScreen)
        case board
        /// The threshold lab (its selection stays with the workshop: the population screen starts from it).
        case lab
        /// The debrief: alerts, decisions and hidden lives side by side.
        case debrief(DebriefScreen)
        /// The advisor's and the other rulesets' verdicts side by side.
        case compare(CompareScreen)
        /// Each rule of the ruleset with its provenance.
        case sources(SourcesScreen)
        /// A synthetic population at France's scale, its figures and a threshold lab on it.
        case population
        /// A trained score read as a control policy: capacity, rates per group, archetypes.
        case model(ModelScreen)

        /// The screen's keys: its footer hints, its `?` help, what its keys do.
        public var keyContext: KeyContext {
            switch self {
            case .picker: return .picker
            case .briefing: return .briefing
            case .board: return .board
            case .lab: return .lab
            case .debrief: return .debrief
            case .compare: return .compare
            case .sources: return .sources
            case .population: return .population
            case .model: return .model
            }
        }
    }

    /// The screen's keys: its footer hints and its `?` help.
    public var keyContext: KeyContext { screen.keyContext }

    /// An action on the current screen (nothing open over it).
    mutating func performOnScreen(_ action: ConsoleAction, effects: inout [ConsoleEffect]) {
        switch screen {
        case .picker: performOnPicker(action, effects: &effects)
        case .briefing(let briefing): performOnBriefing(action, briefing)
        case .board: performOnBoard(action, effects: &effects)
        case .lab: performOnLab(action, effects: &effects)
        case .debrief(let debrief): performOnDebrief(action, debrief)
        case .compare(let compare): performOnCompare(action, compare, effects: &effects)
        case .sources(let sources): performOnSources(action, sources)
        case .population: performOnPopulation(action, effects: &effects)
        case .model(let model): performOnModel(action, model, effects: &effects)
        }
    }
}

extension ScreenRenderer {
    /// Draws the current screen under the footer and what is open over it.
    static func drawScreen(_ state: AppState, into grid: inout CellGrid) {
        switch state.screen {
        case .picker: PickerView.draw(state, into: &grid)
        case .briefing(let briefing): BriefingView.draw(state, briefing, into: &grid)
        case .board: BoardView.draw(state, into: &grid)
        case .lab: LabView.draw(state, into: &grid)
        case .debrief(let debrief): DebriefView.draw(state, debrief, into: &grid)
        case .compare(let compare): CompareView.draw(state, compare, into: &grid)
        case .sources(let sources): SourcesView.draw(state, sources, into: &grid)
        case .population: PopulationView.draw(state, into: &grid)
        case .model(let model): ModelView.draw(state, model, into: &grid)
        }
    }
}
