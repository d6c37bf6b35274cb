import JRECore

/// What is open over the screen and takes every key until it closes: at most one at a time.
///
/// The key context (``AppState/inputContext``), the renderer (``ModalView``) and the mouse handler
/// all read this one value, so what wins over what is decided here and nowhere else.
public enum Modal: Sendable, Equatable {
    /// The `?` overlay: the current screen's keys.
    case help
    /// « Quit and lose the typed text? », over the decision dialog it would lose.
    case confirmQuit(DecisionDialog)
    /// The advisor's decision dialog (board).
    case decision(DecisionDialog)
    /// Typing the name filter after `/` (the text is the board's `search`).
    case search
    /// The digits typed after `g` (jump to a day).
    case dayEntry(String)
    /// A value being typed in the lab for the selected setting.
    case labEntry(String)
    /// The scenario's pause for the room, until dismissed.
    case checkpoint(Checkpoint)
    /// The scenario or ruleset files changed since the session was recorded: ask before going on.
    case filesChanged
    /// Quitting would lose journal entries not yet on disk (a full disk, a stick pulled): ask first.
    case unsavedQuit

    /// The keys in force while this is open.
    var keyContext: KeyContext {
        switch self {
        case .help: return .help
        case .confirmQuit, .unsavedQuit: return .confirmQuit
        case .decision(let dialog):
            switch dialog.step {
            case .choose: return .decisionChoice
            case .justify: return .decisionJustification
            case .evidence: return .decisionEvidence
            }
        case .search: return .search
        case .dayEntry: return .dayEntry
        case .labEntry: return .labEntry
        case .checkpoint: return .checkpoint
        case .filesChanged: return .filesChanged
        }
    }

    /// Whether it takes typed text (a justification, a search, a day, a value).
    public var takesText: Bool {
        switch keyContext {
        case .decisionJustification, .search, .dayEntry, .labEntry: return true
        default: return false
        }
    }

    /// The decision dialog, open or under the quit question.
    public var dialog: DecisionDialog? {
        switch self {
        case .decision(let dialog), .confirmQuit(let dialog): return dialog
        default: return nil
        }
    }
}

extension Modal {
    public static func == (lhs: Modal, rhs: Modal) -> Bool {
        switch (lhs, rhs) {
        case (.help, .help), (.search, .search), (.filesChanged, .filesChanged), (.unsavedQuit, .unsavedQuit): return true
        case (.confirmQuit(let a), .confirmQuit(let b)), (.decision(let a), .decision(let b)): return a == b
        case (.dayEntry(let a), .dayEntry(let b)), (.labEntry(let a), .labEntry(let b)): return a == b
        case (.checkpoint(let a), .checkpoint(let b)): return a.day == b.day && a.prompt == b.prompt
        default: return false
        }
    }
}
