import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of progress on standard error, redrawn in place, only when standard error is a terminal.
///
/// The headless commands' progress bars go through it, so the escape sequences that redraw and
/// clear the line stay in the terminal layer. Drawing and clearing may come from any thread.
///
/// ```swift
/// let line = TerminalProgressLine(quiet: options.quiet)
/// if line.isEnabled { line.draw("[#####.....]  50 %  ~4 s left") }
/// line.clear()   // before printing the result
/// ```
public final class TerminalProgressLine: @unchecked Sendable {
    /// Moves to the start of the line and erases it.
    static let eraseLine = "\r\u{1B}[K"

    /// Whether anything is drawn: the stream is a terminal and the caller did not ask for quiet.
    public let isEnabled: Bool
    private let handle: FileHandle
    private let lock = NSLock()
    private var drawn = false

    /// A progress line on `fileDescriptor` (standard error unless told); `enabled` overrides the
    /// terminal check (tests draw into a pipe).
    public init(quiet: Bool = false, fileDescriptor: Int32 = STDERR_FILENO, enabled: Bool? = nil) {
        handle = FileHandle(fileDescriptor: fileDescriptor, closeOnDealloc: false)
        isEnabled = !quiet && (enabled ?? (isatty(fileDescriptor) == 1))
    }

    /// The width to fit the line in: `COLUMNS` when set, else 80.
    public var width: Int {
        Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }

    /// Replaces the line with `text` (which should fit in ``width``); nothing when not enabled.
    public func draw(_ text: String) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        drawn = true
        handle.write(Data((Self.eraseLine + text).utf8))
    }

    /// Erases the line, if one was drawn, so that what follows starts on a clean line.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { handle.write(Data(Self.eraseLine.utf8)) }
        drawn = false
    }
}
