import Foundation
import JREText

/// Why the interactive screen could not start, as a one-line message that points to the
/// headless commands.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal (piped, redirected, run by CI).
    case notATerminal
    /// `TERM` is unset or empty.
    case terminalTypeMissing
    /// ncurses does not know the terminal type (`newterm` failed).
    case unknownTerminalType(String)
    /// Another ``NcursesBackend`` is open in this process.
    case alreadyActive
    /// A device given in the options could not be opened.
    case cannotOpen(String)

    /// The message in `lang`, one line.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .notATerminal: Strings.termNotATerminal(lang)
        case .terminalTypeMissing: Strings.termTypeMissing(lang)
        case .unknownTerminalType(let type): Strings.termUnknownType.format(lang, type)
        case .alreadyActive: Strings.termAlreadyActive(lang)
        case .cannotOpen(let path): Strings.termCannotOpen.format(lang, path)
        }
    }
}

extension TerminalError: LocalizedError {
    public var errorDescription: String? { message(Lang.fromEnvironment()) }
}
