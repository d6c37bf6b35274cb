import JREConsole
import JRETerminal
import JREText

/// The operator's way out of the kiosk: a short key sequence typed within a time window.
///
/// Visitors mashing the keyboard are very unlikely to type it (two Ctrl chords in order by
/// default); every key is still handled normally, so the first key of the sequence never
/// has to be "eaten".
///
/// ```swift
/// var exit = try ExitKeySequence(parsing: "Ctrl-X Ctrl-Q")
/// exit.note(.ctrl("x"), at: now)           // false
/// exit.note(.ctrl("q"), at: now + .seconds(1))  // true: the operator leaves
/// ```
public struct ExitKeySequence: Sendable, Equatable {
    /// The keys, in order.
    public let keys: [Key]
    /// How long the whole sequence may take, from its first key.
    public let window: Duration
    /// How many keys of the sequence have been typed so far.
    public private(set) var progress = 0
    private var startedAt: ContinuousClock.Instant?

    /// The default sequence: Ctrl-X then Ctrl-Q within 2 seconds.
    public static let defaultText = "Ctrl-X Ctrl-Q"

    public init(keys: [Key], window: Duration = .seconds(2)) {
        self.keys = keys
        self.window = window
    }

    /// Reads a sequence of key names in the ``KeyScript`` spelling (`"Ctrl-X Ctrl-Q"`, `"F12 F12 Enter"`).
    ///
    /// - Throws: a message in `lang` naming the problem (a misspelt key comes with a suggestion).
    public init(parsing text: String, window: Duration = .seconds(2), lang: Lang = .en) throws(KioskError) {
        var keys: [Key] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            let script: KeyScript
            do {
                script = try KeyScript.parse("0 " + word)
            } catch {
                throw .badExitKeys(text, error.summary(lang))
            }
            for step in script.steps {
                guard case .key(let key) = step.event else { throw .badExitKeys(text, Strings.kioskExitKeysNotKeys(lang)) }
                keys.append(key)
            }
        }
        guard keys.count >= 2 else { throw .badExitKeys(text, Strings.kioskExitKeysEmpty(lang)) }
        self.init(keys: keys, window: window)
    }

    /// Notes a key typed at `now`; true when it completes the sequence in time.
    public mutating func note(_ key: Key, at now: ContinuousClock.Instant) -> Bool {
        if progress > 0, let startedAt, now - startedAt > window { progress = 0 }
        if key == keys[progress] {
            if progress == 0 { startedAt = now }
            progress += 1
        } else {
            progress = key == keys[0] ? 1 : 0
            startedAt = progress == 1 ? now : nil
        }
        if progress == keys.count {
            progress = 0
            startedAt = nil
            return true
        }
        return false
    }
}
