import JRETerminal

/// The debrief's own state: the claimant shown and how far their story is scrolled.
public struct DebriefScreen: Sendable, Equatable {
    public var selection: Int
    public var scroll = 0

    public init(selection: Int, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Shows another claimant's story, from its top.
    mutating func select(_ claimant: Int) {
        selection = claimant
        scroll = 0
    }
}

extension AppState {
    /// The debrief screen: move between claimants, scroll, go back.
    mutating func performOnDebrief(_ action: ConsoleAction, _ debrief: DebriefScreen) {
        guard let workshop else { return }
        let total = workshop.scenario.claimants.count
        var debrief = debrief
        switch action {
        case .back:
            screen = .board
            return
        case .moveUp: debrief.select(max(0, debrief.selection - 1))
        case .moveDown: debrief.select(min(total - 1, debrief.selection + 1))
        case .moveTop: debrief.select(0)
        case .moveBottom: debrief.select(total - 1)
        case .pageDown: debrief.scroll += max(1, height / 2)
        case .pageUp: debrief.scroll = max(0, debrief.scroll - max(1, height / 2))
        default: break
        }
        screen = .debrief(debrief)
    }
}
