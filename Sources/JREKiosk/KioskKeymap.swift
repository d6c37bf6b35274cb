import JRETerminal

/// What a key does on the kiosk's own screens: the welcome screen and the guided tour.
enum KioskAction: Sendable, Equatable {
    /// French ↔ English.
    case switchLanguage
    case chooseFrench, chooseEnglish
    /// Highlight the guided tour, or free play.
    case chooseGuided, chooseFree
    /// Start what is highlighted (welcome), or go on to the next step (guided tour).
    case goOn
}

/// Where a kiosk binding applies.
enum KioskKeyContext: Sendable, Hashable {
    case welcome, guided
}

/// Keys a visitor's console never gets, whatever screen it is on.
enum WithheldKeys: Sendable, Equatable {
    /// Every Ctrl chord.
    case ctrlChords
    /// Function keys but these (F1 is the help).
    case functionKeys(except: [Int])
    /// These keys, unless the console is taking typed text.
    case unlessTyping([Key])

    func withholds(_ key: Key, typing: Bool) -> Bool {
        switch (self, key) {
        case (.ctrlChords, .ctrl): return true
        case (.functionKeys(let kept), .function(let number)): return !kept.contains(number)
        case (.unlessTyping(let keys), _): return !typing && keys.contains(key)
        default: return false
        }
    }
}

/// The kiosk's keymap: its own screens' keys, and the keys free play keeps from the console.
///
/// The console's keys stay in ``Keymap``; these come first while the kiosk's screens show.
enum KioskKeymap {
    static let bindings: [(keys: [Key], action: KioskAction, contexts: Set<KioskKeyContext>)] = [
        ([.left, .right, .tab, .backTab], .switchLanguage, [.welcome]),
        ([.char("f"), .char("F")], .chooseFrench, [.welcome]),
        ([.char("e"), .char("E"), .char("a"), .char("A")], .chooseEnglish, [.welcome]),
        ([.up, .char("k"), .char("1")], .chooseGuided, [.welcome]),
        ([.down, .char("j"), .char("2")], .chooseFree, [.welcome]),
        ([.enter, .char(" ")], .goOn, [.welcome, .guided]),
    ]

    /// Kept from the visitor's console in free play: `q` only reaches it while text is typed.
    static let withheld: [WithheldKeys] = [.ctrlChords, .functionKeys(except: [1]), .unlessTyping([.char("q"), .char("Q")])]

    /// Never played by a script: keys that could quit or suspend something.
    static let unplayable: [WithheldKeys] = [.ctrlChords, .unlessTyping([.char("q")])]

    static func action(for key: Key, in context: KioskKeyContext) -> KioskAction? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Whether `rules` keep `key` from the console.
    static func withholds(_ key: Key, by rules: [WithheldKeys], typing: Bool) -> Bool {
        rules.contains { $0.withholds(key, typing: typing) }
    }
}
