import JREConsole
import JRETerminal

/// Which visitor keys reach the console in free play.
///
/// Ctrl chords and function keys (but F1, the help) never do; `q` only while text is being
/// typed (a justification, a search). Whatever gets through, ``KioskState/deliver(_:to:)``
/// still refuses a change that would end the console or ask to quit.
enum KioskKeyFilter {
    static func allows(_ key: Key, in state: AppState) -> Bool {
        !KioskKeymap.withholds(key, by: KioskKeymap.withheld, typing: isTyping(state))
    }

    /// Whether the console is taking text (a justification, a search, a day, a value).
    static func isTyping(_ state: AppState) -> Bool {
        guard state.workshop != nil, !state.isTooSmall else { return false }
        return state.modal?.takesText == true
    }
}
