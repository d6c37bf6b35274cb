import Foundation
import JREConsole
import JRETerminal

/// A terminal that does not end the kiosk by going away: when the input closes (a hung-up
/// terminal) it closes the backend, keeps the run loop ticking, and opens the terminal again
/// as soon as it can; SIGHUP is not passed on.
///
/// The run loop ends on an input close or a SIGHUP, which suits the console; the kiosk must
/// instead wait for its terminal to come back, so it runs on this wrapper. Only when the
/// terminal device itself is gone (a closed pseudo-terminal: tmux killed, SSH dropped) for
/// longer than `giveUpAfter` does the input close for good, so no kiosk lingers without a
/// screen; a virtual console (`/dev/tty1`) never goes, and is waited for as long as it takes.
///
/// ```swift
/// let backend = try KioskBackend { try NcursesBackend() }
/// try ConsoleLoop().run(&program, on: backend)
/// ```
public final class KioskBackend: TerminalBackend {
    /// Opens the terminal (again).
    public typealias Opener = () throws -> any TerminalBackend

    private let opener: Opener
    private let reopener: Opener
    private let pause: (Duration) -> Void
    private let clock: () -> ContinuousClock.Instant
    private let deviceExists: () -> Bool
    private let giveUpAfter: Duration
    private var lostAt: ContinuousClock.Instant?
    private var current: (any TerminalBackend)?
    private var lastSize: TerminalSize
    private var nextAttempt: ContinuousClock.Instant?
    private var retryDelay: Duration
    /// The longest wait between two attempts at opening the terminal again.
    public let maximumRetryDelay: Duration
    /// How many times the terminal was opened again after going away.
    public private(set) var reopenCount = 0
    /// How many times it went away.
    public private(set) var lossCount = 0

    /// Opens the terminal with `open`; later attempts use `reopen` (by default `open` too).
    /// `deviceExists` tells whether the terminal device is still there (by default: always).
    ///
    /// - Throws: what `open` throws: without a terminal at start-up there is nothing to wait for.
    public init(retryDelay: Duration = .seconds(1), maximumRetryDelay: Duration = .seconds(10), giveUpAfter: Duration = .seconds(30),
                pause: @escaping (Duration) -> Void = { duration in Thread.sleep(forTimeInterval: Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) },
                clock: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now },
                deviceExists: @escaping () -> Bool = { true },
                open: @escaping Opener, reopen: Opener? = nil) throws {
        self.opener = open
        self.reopener = reopen ?? open
        self.pause = pause
        self.clock = clock
        self.deviceExists = deviceExists
        self.giveUpAfter = giveUpAfter
        self.retryDelay = retryDelay
        self.maximumRetryDelay = max(retryDelay, maximumRetryDelay)
        let backend = try open()
        current = backend
        lastSize = backend.size
    }

    /// Whether a terminal is open now.
    public var isConnected: Bool { current != nil }

    public var size: TerminalSize { current?.size ?? lastSize }

    public func present(_ grid: CellGrid) {
        current?.present(grid)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        guard let backend = current else { return reconnect(timeoutMilliseconds: timeoutMilliseconds) }
        let event = backend.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        switch event {
        case .inputClosed:
            lastSize = backend.size
            backend.shutdown()
            current = nil
            lossCount += 1
            lostAt = clock()
            nextAttempt = clock().advanced(by: retryDelay)
            return .tick
        case .signal(.hangup):
            return .tick
        default:
            return event
        }
    }

    /// Whether the terminal device has been gone long enough to stop waiting for it.
    public private(set) var gaveUp = false

    /// Tries to open the terminal again when it is time; waits a tick otherwise; gives up
    /// (the input closes) when the device has been gone for `giveUpAfter`.
    private func reconnect(timeoutMilliseconds: Int) -> InputEvent {
        let now = clock()
        if gaveUp { return .inputClosed }
        if let lostAt, now - lostAt >= giveUpAfter, !deviceExists() {
            gaveUp = true
            return .inputClosed
        }
        if let nextAttempt, now < nextAttempt {
            pause(min(.milliseconds(max(0, timeoutMilliseconds)), nextAttempt - now))
            return .tick
        }
        if let backend = try? reopener() {
            current = backend
            reopenCount += 1
            nextAttempt = nil
            lostAt = nil
            lastSize = backend.size
            return .resize(width: backend.size.width, height: backend.size.height)
        }
        retryDelay = min(maximumRetryDelay, retryDelay * 2)
        nextAttempt = now.advanced(by: retryDelay)
        pause(.milliseconds(max(0, timeoutMilliseconds)))
        return .tick
    }

    public func shutdown() {
        current?.shutdown()
        current = nil
    }
}
