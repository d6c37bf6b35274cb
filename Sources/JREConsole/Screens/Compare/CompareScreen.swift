import JRECore
import JRETerminal

/// The compare screen's own state: how far the claimants are scrolled.
public typealias CompareScreen = ListScroll

extension AppState {
    /// The compare screen: scroll, move the clock, switch ruleset, go back.
    mutating func performOnCompare(_ action: ConsoleAction, _ compare: CompareScreen, effects: inout [ConsoleEffect]) {
        guard var workshop else { return }
        var compare = compare
        if compare.follow(action, page: max(1, height - 6)) {
            screen = .compare(compare)
            return
        }
        switch action {
        case .back:
            screen = .board
            return
        case .nextDay, .previousDay:
            if let reached = workshop.perform(action, pageSize: 1, wide: true, effects: &effects) { modal = .checkpoint(reached) }
        case .switchRuleset:
            if let next = workshop.nextRuleset { workshop.switchRuleset(to: next, effects: &effects) }
        default: break
        }
        self.workshop = workshop
    }
}
