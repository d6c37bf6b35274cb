import JRETerminal

/// A key class a prompt accepts as typed text, or every key (an overlay any key closes).
public enum KeyClass: Sendable, Equatable {
    /// Any key at all.
    case any
    /// Any printable character, typed as text.
    case text
    /// Digits, typed as text.
    case digits
    /// Digits, `.` and `,`, typed as text.
    case decimal

    /// The character `key` types in this class, if it is one of it.
    func typed(_ key: Key) -> Character? {
        guard case .char(let character) = key else { return nil }
        switch self {
        case .any, .text: return character
        case .digits: return character.isNumber ? character : nil
        case .decimal: return character.isNumber || character == "." || character == "," ? character : nil
        }
    }
}

/// One binding of a prompt or overlay: keys, or a class of keys, and what they do there.
///
/// Prompt bindings have no footer label or help line: the prompt itself says what to type.
public struct PromptBinding: Sendable {
    public var keys: [Key]
    /// Keys of a class: `.insert(character)` for text classes, `action` for `.any`.
    public var accepts: KeyClass?
    public var action: ConsoleAction
    public var contexts: Set<KeyContext>

    init(_ keys: [Key], accepts: KeyClass? = nil, _ action: ConsoleAction, in contexts: Set<KeyContext>) {
        self.keys = keys
        self.accepts = accepts
        self.action = action
        self.contexts = contexts
    }

    /// What `key` does under this binding, if it matches.
    func action(for key: Key) -> ConsoleAction? {
        if keys.contains(key) { return action }
        guard let accepts else { return nil }
        if accepts == .any { return action }
        return accepts.typed(key).map { .insert($0) }
    }
}

extension Keymap {
    /// The keys of prompts and overlays, in order of precedence within a context (first match wins).
    ///
    /// A context missing a key ignores it: whatever is open keeps the keyboard until it closes.
    public static let promptBindings: [PromptBinding] = [
        PromptBinding([.char("q"), .ctrl("c")], .quitNow, in: [.tooSmall]),
        PromptBinding([.char(" ")], .togglePause, in: [.replay]),
        // The help overlay: q still quits, any other key closes it.
        PromptBinding([.char("q")], .quit, in: [.help]),
        PromptBinding([], accepts: .any, .dismiss, in: [.help]),
        // « Quit and lose the typed text? »: yes quits, anything else goes back to the dialog.
        PromptBinding([.char("o"), .char("y"), .char("q")], .quitNow, in: [.confirmQuit]),
        PromptBinding([], accepts: .any, .dismiss, in: [.confirmQuit]),
        // The files changed since the session: go on, start a new session, or quit.
        PromptBinding([.enter], .dismiss, in: [.filesChanged]),
        PromptBinding([.char("n")], .startNewSession, in: [.filesChanged]),
        PromptBinding([.char("q"), .escape], .quitNow, in: [.filesChanged]),
        PromptBinding([.enter, .escape, .char(" ")], .dismiss, in: [.checkpoint]),
        // The decision dialog, step by step.
        PromptBinding([.ctrl("c")], .quit, in: [.decisionChoice, .decisionJustification, .decisionEvidence]),
        PromptBinding([.up, .char("k")], .moveUp, in: [.decisionChoice, .decisionEvidence]),
        PromptBinding([.down, .char("j")], .moveDown, in: [.decisionChoice, .decisionEvidence]),
        PromptBinding([.char(" "), .char("x")], .toggleMark, in: [.decisionEvidence]),
        PromptBinding([.enter], .confirm, in: [.decisionChoice, .decisionJustification, .decisionEvidence, .search, .dayEntry, .labEntry]),
        PromptBinding([.escape], .back, in: [.decisionChoice, .decisionJustification, .decisionEvidence, .search, .dayEntry, .labEntry]),
        PromptBinding([.backspace], .deleteBackward, in: [.decisionJustification, .search, .dayEntry, .labEntry]),
        PromptBinding([], accepts: .text, .insert(" "), in: [.decisionJustification, .search]),
        PromptBinding([], accepts: .digits, .insert("0"), in: [.dayEntry]),
        PromptBinding([], accepts: .decimal, .insert("0"), in: [.labEntry]),
        // A digit on the lab starts typing the selected setting's value.
        PromptBinding([], accepts: .digits, .insert("0"), in: [.lab]),
    ]
}
