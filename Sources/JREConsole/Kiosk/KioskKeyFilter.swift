import JRETerminal

/// Which visitor keys reach the console in free play.
///
/// Ctrl chords and function keys (but F1, the help) never do; `q` only while text is being
/// typed (a justification, a search). Whatever gets through, ``KioskState/deliver(_:to:)``
/// still refuses a change that would end the console or ask to quit.
enum KioskKeyFilter {
    static func allows(_ key: Key, in state: AppState) -> Bool {
        switch key {
        case .ctrl: return false
        case .function(let number): return number == 1
        case .char("q"), .char("Q"): return isTyping(state)
        default: return true
        }
    }

    /// Whether the console is taking text (a justification, a search, a day, a value).
    static func isTyping(_ state: AppState) -> Bool {
        guard let workshop = state.workshop, !state.isTooSmall, !state.showsHelp else { return false }
        return workshop.dialog?.step == .justify || workshop.isSearching || workshop.dayEntry != nil || workshop.labEntry != nil
    }
}
