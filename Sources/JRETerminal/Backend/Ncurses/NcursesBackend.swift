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
    public private(set) var cellsWrittenLastPresent = 0

    /// The ncurses screen (`SCREEN *`).
    let screen: OpaquePointer
    /// The screen's main window (`WINDOW *`).
    let window: UnsafeMutablePointer<WINDOW>
    let styles: NcursesStyles
    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    private let ownsFiles: Bool
    private let terminalGuard: TerminalGuard?
    private let keyCodes = KeyCodes.ncurses
    private let mouseMasks: MouseMasks?
    private var lastGrid: CellGrid?
    private var needsFullRepaint = true
    private var cursorVisible: Bool?
    private var currentTimeout: Int32 = -2
    private var quickErrors = 0
    private var inputClosed = false

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

    // MARK: - Painting

    public func present(_ grid: CellGrid) {
        guard !isShutDown else { return }
        let runs: [CellRun]
        if needsFullRepaint || lastGrid?.size != grid.size {
            werase(window)
            runs = grid.allRuns()
        } else if let lastGrid {
            runs = grid.diff(from: lastGrid)
        } else {
            runs = grid.allRuns()
        }
        var painted = 0
        for run in runs {
            painted += paint(run)
        }
        if let cursor = grid.cursor, cursor.row >= 0, cursor.row < size.height, cursor.col >= 0, cursor.col < size.width {
            wmove(window, Int32(cursor.row), Int32(cursor.col))
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
        }
        wnoutrefresh(window)
        doupdate()
        lastGrid = grid
        needsFullRepaint = false
        cellsWrittenLastPresent = painted
    }

    /// Paints one run, clipped to the window; returns the number of cells painted.
    ///
    /// `mvwadd_wchnstr` neither wraps nor moves the cursor, so the bottom-right cell is safe.
    private func paint(_ run: CellRun) -> Int {
        let windowWidth = size.width
        guard run.row >= 0, run.row < size.height, run.col >= 0, run.col < windowWidth else { return 0 }
        var buffer: [cchar_t] = []
        buffer.reserveCapacity(run.cells.count)
        var col = run.col
        var painted = 0
        for cell in run.cells {
            defer { col += 1 }
            if cell.isContinuation {
                if col < windowWidth { painted += 1 }
                continue
            }
            guard col < windowWidth else { break }
            if cell.width == 2, col + 1 >= windowWidth {
                // A wide character cut by the right edge of a smaller terminal.
                buffer.append(makeCell(" ", role: cell.role))
            } else {
                buffer.append(makeCell(cell.text, role: cell.role))
            }
            painted += 1
        }
        guard !buffer.isEmpty else { return painted }
        mvwadd_wchnstr(window, Int32(run.row), Int32(run.col), &buffer, Int32(buffer.count))
        return painted
    }

    /// The ncurses cell for a grapheme: its first code point and up to four combining marks.
    private func makeCell(_ text: String, role: Role) -> cchar_t {
        var characters: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if characters.isEmpty {
                characters.append(wchar_t(bitPattern: scalar.value))
            } else if characters.count < 5, DisplayWidth.kind(of: scalar) == .zero {
                characters.append(wchar_t(bitPattern: scalar.value))
            } else {
                break
            }
        }
        if characters.isEmpty { characters.append(32) }
        characters.append(0)
        var cell = cchar_t()
        let attributes = styles.attributes(for: role)
        let pair = styles.pair(for: role)
        if setcchar(&cell, characters, attributes, pair, nil) != jre_ok() {
            setcchar(&cell, [63, 0], attributes, pair, nil)
        }
        return cell
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        guard !isShutDown else { return .inputClosed }
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(max(0, timeoutMilliseconds)))
        while true {
            if let signal = terminalGuard?.signals?.next() { return .signal(signal) }
            if inputClosed { return .inputClosed }
            // Wait in short slices so a signal is noticed quickly.
            let remaining = max(0, (deadline - ContinuousClock.now).wholeMilliseconds)
            let slice = Int32(min(remaining, 50))
            setTimeout(slice)
            let started = ContinuousClock.now
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            let decoded: DecodedInput
            if status == jre_key_code_yes() {
                decoded = KeyDecoder.decode(.keyCode(Int32(truncatingIfNeeded: character)), codes: keyCodes)
            } else if status == jre_ok() {
                decoded = KeyDecoder.decode(.character(UInt32(character)), codes: keyCodes)
            } else {
                noteNoInput(slice: slice, waited: ContinuousClock.now - started)
                if ContinuousClock.now >= deadline, !inputClosed {
                    return terminalGuard?.signals?.next().map { .signal($0) } ?? .tick
                }
                continue
            }
            quickErrors = 0
            switch decoded {
            case .event(let event):
                return event
            case .resize:
                refreshSize()
                return .resize(width: size.width, height: size.height)
            case .mouse:
                if let event = readMouse() { return event }
            case .ignored:
                break
            }
            if ContinuousClock.now >= deadline { return .tick }
        }
    }

    private func setTimeout(_ milliseconds: Int32) {
        guard currentTimeout != milliseconds else { return }
        currentTimeout = milliseconds
        wtimeout(window, milliseconds)
    }

    /// Notes a read that returned nothing, and decides whether the input is gone: the
    /// terminal hung up, or reads keep failing at once instead of waiting (end of file).
    private func noteNoInput(slice: Int32, waited: Duration) {
        if slice > 0, waited < .milliseconds(Int64(slice) / 2) {
            quickErrors += 1
        } else {
            quickErrors = 0
        }
        var descriptor = pollfd(fd: fileno(inputFile), events: Int16(POLLIN), revents: 0)
        let hungUp = poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        if hungUp || quickErrors >= 3 {
            inputClosed = true
        }
    }

    private func readMouse() -> InputEvent? {
        guard let mouseMasks else { return nil }
        var event = MEVENT()
        guard getmouse(&event) == jre_ok() else { return nil }
        return MouseDecoder.decode(
            buttonState: UInt(event.bstate), row: Int(event.y), col: Int(event.x), masks: mouseMasks
        )
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
