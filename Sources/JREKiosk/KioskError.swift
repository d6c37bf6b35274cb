import JREConsole
import JRETerminal
import JREText

/// Why the kiosk cannot start, in words an operator can act on.
public enum KioskError: Error, Equatable, Sendable {
    /// `--exit-keys` could not be read: the text given and why.
    case badExitKeys(String, String)
    /// A built-in script (attract loop, guided run) is malformed: its name and the problem.
    case badScript(name: String, problem: String)
    /// `--idle` out of range.
    case badIdle(Double)
    /// None of the scenarios loaded.
    case noScenario
    /// A scenario named on the command line does not load: its name and its rendered diagnostics.
    case scenarioBroken(String, String)

    /// The shortest and longest idle time accepted, in seconds.
    public static let idleRange: ClosedRange<Double> = 10...86_400

    /// The message in `lang`.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .badExitKeys(let text, let reason):
            return Strings.kioskBadExitKeys.format(lang, text, reason)
        case .badScript(let name, let problem):
            return Strings.kioskScriptInvalid.format(lang, name, problem)
        case .badIdle(let value):
            return Strings.kioskBadIdle.format(lang, "\(value)", "\(Int(Self.idleRange.lowerBound))", "\(Int(Self.idleRange.upperBound))")
        case .noScenario:
            return Strings.kioskNoScenario(lang)
        case .scenarioBroken(let name, let diagnostics):
            return Strings.kioskScenarioBroken.format(lang, name) + "\n" + diagnostics
        }
    }
}

extension KioskError: CustomStringConvertible {
    public var description: String { message(Lang.fromEnvironment()) }
}
