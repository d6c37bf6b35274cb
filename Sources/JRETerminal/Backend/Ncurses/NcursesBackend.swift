import CNcursesw
import Foundation
import Synchronization

/// The real terminal: ncurses (wide-character build) behind the ``TerminalBackend`` protocol.
///
/// The only type that talks to ncurses. It refuses to start, with a one-line message pointing
/// to the headless commands, when the standard streams are not a terminal, `TERM` is missing
/// or unknown (it uses `newterm`, never `initscr`, so ncurses cannot exit the process). It
/// then sets up cbreak/noecho/nonl input with keypad decoding and a short Escape delay,
/// colours per ``Role`` (or monochrome attributes under `NO_COLOR`), mouse clicks and wheel,
/// and a ``TerminalGuard`` so that signals arrive as events and crashes restore the terminal.
///
/// ```swift
/// let backend = try NcursesBackend()            // throws TerminalError
/// defer { backend.shutdown() }
/// backend.present(grid)
/// let event = backend.nextEvent(timeoutMilliseconds: 200)
/// ```
///
/// Only one can be open at a time in a process, and it must be used from one thread.
public final class NcursesBackend: TerminalBackend {
    /// The current screen size (updated when a resize event is returned).
    public private(set) var size: TerminalSize
    /// Whether roles are shown in colour (`false`: monochrome attributes).
    public var usesColor: Bool { styles.usesColor }
    /// Whether ``shutdown()`` has run.
    public private(set) var isShutDown = false
    /// How many cells the last ``present(_:)`` painted.
    public internal(set) var cellsWrittenLastPresent = 0

    /// The ncurses screen (`SCREEN *`).
    let screen: OpaquePointer
    /// The screen's main window (`WINDOW *`).
    let window: UnsafeMutablePointer<WINDOW>
    let styles: NcursesStyles
    let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let ownsFiles: Bool
    let terminalGuard: TerminalGuard?
    let keyCodes = KeyCodes.ncurses
    let mouseMasks: MouseMasks?
    /// Whether the locale cannot show non-ASCII text (see ``ASCIIFallback``).
    let asciiOnly: Bool
    /// The grid shown last, which the next present is compared with.
    var lastGrid: CellGrid?
    /// Whether the next present repaints everything (first frame, after a resize).
    var needsFullRepaint = true
    /// Whether the hardware cursor is shown (`nil` until first set).
    var cursorVisible: Bool?
    /// The read timeout last given to `wtimeout` (-2: none yet).
    var currentTimeout: Int32 = -2
    /// Consecutive reads that failed at once instead of waiting: a sign of end of input.
    var quickErrors = 0
    /// Whether the input is gone for good.
    var inputClosed = false

    /// Whether a backend is open in this process (ncurses has one current screen).
    private static let active = Mutex(false)

    /// Starts ncurses on the terminal described by `options`.
    ///
    /// - Throws: ``TerminalError`` when there is no usable terminal; nothing is left changed.
    public init(options: Options = Options()) throws(TerminalError) {
        if options.requireTerminal, options.device == .standardStreams,
           isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 {
            throw .notATerminal
        }
        guard let type = options.terminalType ?? options.environment["TERM"], !type.isEmpty else {
            throw .terminalTypeMissing
        }
        guard Self.claim() else { throw .alreadyActive }

        let files: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)
        switch options.device {
        case .standardStreams:
            files = (jre_stdin(), jre_stdout())
        case .paths(let inputPath, let outputPath):
            guard let input = fopen(inputPath, "r") else {
                Self.release()
                throw .cannotOpen(inputPath)
            }
            guard let output = fopen(outputPath, "w") else {
                fclose(input)
                Self.release()
                throw .cannotOpen(outputPath)
            }
            files = (input, output)
        }
        let ownsFiles = options.device != .standardStreams
        if options.requireTerminal, isatty(fileno(files.input)) != 1 || isatty(fileno(files.output)) != 1 {
            if ownsFiles {
                fclose(files.input)
                fclose(files.output)
            }
            Self.release()
            throw .notATerminal
        }

        setlocale(LC_ALL, "")
        let terminalGuard = options.handleSignals
            ? TerminalGuard(inputFD: fileno(files.input), outputFD: fileno(files.output)) : nil
        fflush(files.output)
        guard let screen = newterm(type, files.output, files.input) else {
            terminalGuard?.restore()
            if ownsFiles {
                fclose(files.input)
                fclose(files.output)
            }
            Self.release()
            throw .unknownTerminalType(type)
        }
        set_term(screen)
        let window: UnsafeMutablePointer<WINDOW> = jre_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, false)
        scrollok(window, false)
        set_escdelay(Int32(max(0, options.escapeDelayMilliseconds)))

        let wantsColor = switch options.colorMode {
        case .monochrome: false
        case .color: true
        case .automatic: (options.environment["NO_COLOR"] ?? "").isEmpty
        }
        self.styles = NcursesStyles(wantsColor: wantsColor)

        var masks: MouseMasks?
        if options.mouse {
            let wanted = MouseMasks.ncurses
            var previous: mmask_t = 0
            if mousemask(mmask_t(wanted.all), &previous) != 0 {
                mouseinterval(0)
                masks = wanted
            }
        }
        self.mouseMasks = masks
        self.asciiOnly = jre_locale_is_utf8() == 0
        self.screen = screen
        self.window = window
        self.inputFile = files.input
        self.outputFile = files.output
        self.ownsFiles = ownsFiles
        self.terminalGuard = terminalGuard
        self.size = TerminalSize(width: Int(jre_getmaxx(window)), height: Int(jre_getmaxy(window)))
        setCursorVisible(false)
    }

    deinit {
        shutdown()
    }

    /// Ends ncurses (`endwin`), restores the terminal settings and signal handling, and lets
    /// another backend open. Idempotent.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if mouseMasks != nil {
            var previous: mmask_t = 0
            mousemask(0, &previous)
        }
        curs_set(1)
        // Keys typed but not read must not reach the shell after the console ends.
        flushinp()
        endwin()
        delscreen(screen)
        if ownsFiles {
            fclose(inputFile)
            fclose(outputFile)
        } else {
            fflush(outputFile)
        }
        terminalGuard?.restore()
        Self.release()
    }

    // MARK: - Screen size

    /// Reads the window size after ncurses resized it.
    func refreshSize() {
        size = TerminalSize(width: Int(jre_getmaxx(window)), height: Int(jre_getmaxy(window)))
        needsFullRepaint = true
    }

    /// Resizes the virtual terminal as a SIGWINCH would (for tests drawing to a file).
    func resizeForTesting(width: Int, height: Int) {
        resizeterm(Int32(height), Int32(width))
        refreshSize()
    }

    // MARK: - One backend per process

    private static func claim() -> Bool {
        active.withLock { active in
            guard !active else { return false }
            active = true
            return true
        }
    }

    private static func release() {
        active.withLock { $0 = false }
    }
}
