import JREConsole
import JRETerminal
import JREText

/// How a kiosk behaves: when it forgets a visitor, how the operator leaves, what it plays.
public struct KioskConfiguration: Sendable {
    /// Without a key for this long, the visitor is forgotten and the attract loop comes back.
    public var idleTimeout: Duration
    /// How long before the idle timeout a countdown warns the visitor.
    public var idleWarning: Duration
    /// How long the disclaimer shows at start-up before the attract loop.
    public var disclaimerDuration: Duration
    /// The operator's key sequence.
    public var exitKeys: ExitKeySequence
    /// The language preselected on the welcome screen.
    public var lang: Lang
    /// The scripts played by the attract loop and the guided run.
    public var scripts: KioskScripts

    public init(idleTimeout: Duration = .seconds(90), idleWarning: Duration = .seconds(15), disclaimerDuration: Duration = .seconds(12),
                exitKeys: ExitKeySequence = ExitKeySequence(keys: [.ctrl("x"), .ctrl("q")]), lang: Lang = .fr, scripts: KioskScripts) {
        self.idleTimeout = idleTimeout
        self.idleWarning = min(idleWarning, idleTimeout / 2)
        self.disclaimerDuration = disclaimerDuration
        self.exitKeys = exitKeys
        self.lang = lang
        self.scripts = scripts
    }

    /// The idle timeout from a number of seconds, checked against ``KioskError/idleRange``.
    public static func idleTimeout(seconds: Double) throws(KioskError) -> Duration {
        guard seconds.isFinite, KioskError.idleRange.contains(seconds) else { throw .badIdle(seconds) }
        return .milliseconds(Int64(seconds * 1000))
    }
}
