import Dispatch
import Foundation
import Synchronization

extension TerminationSignal {
    /// The POSIX signal number.
    public var number: Int32 {
        switch self {
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        case .hangup: SIGHUP
        }
    }
}

/// Receives SIGINT, SIGTERM and SIGHUP as queued values instead of letting them kill the
/// process, so the program can save its work and restore the terminal first.
///
/// The signals are ignored at the C level (which also keeps ncurses from installing its own
/// handlers, which would exit without our cleanup) and observed through dispatch signal
/// sources on a private queue. ``stop()`` restores the previous dispositions.
public final class TerminationSignals: Sendable {
    private let pending = PendingSignals()
    private let sources: Mutex<[any DispatchSourceSignal]>
    private let previousHandlers: Mutex<[Int32: sigaction]>

    /// Starts receiving the termination signals.
    public init() {
        let queue = DispatchQueue(label: "jre-terminal.signals")
        var sources: [any DispatchSourceSignal] = []
        var previousHandlers: [Int32: sigaction] = [:]
        for signal in TerminationSignal.allCases {
            var previous = sigaction()
            sigaction(signal.number, nil, &previous)
            previousHandlers[signal.number] = previous
            Foundation.signal(signal.number, SIG_IGN)
            sources.append(Self.makeSource(for: signal, on: queue, into: pending))
        }
        self.sources = Mutex(sources)
        self.previousHandlers = Mutex(previousHandlers)
        Self.waitForRegistration()
    }

    /// Waits (at most 200 ms) until dispatch has taken over the signals.
    ///
    /// Sources register asynchronously; until then an ignored signal is simply lost. On Linux
    /// dispatch installs its own handler when it registers, which is what this watches for.
    private static func waitForRegistration() {
        let ignore = unsafeBitCast(SIG_IGN, to: Int.self)
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(200))
        while ContinuousClock.now < deadline {
            let pending = TerminationSignal.allCases.filter { signal in
                var current = sigaction()
                sigaction(signal.number, nil, &current)
                return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == ignore
            }
            if pending.isEmpty { return }
            usleep(1000)
        }
    }

    private static func makeSource(
        for signal: TerminationSignal, on queue: DispatchQueue, into pending: PendingSignals
    ) -> any DispatchSourceSignal {
        let source = DispatchSource.makeSignalSource(signal: signal.number, queue: queue)
        source.setEventHandler { @Sendable in
            pending.append(signal)
        }
        source.resume()
        return source
    }

    /// The oldest signal received and not yet taken, if any.
    public func next() -> TerminationSignal? {
        pending.takeFirst()
    }

    /// Whether a signal is waiting.
    public var hasPending: Bool { pending.hasAny }

    /// Stops receiving the signals and restores their previous dispositions. Idempotent.
    public func stop() {
        let active = sources.withLock { sources in
            defer { sources.removeAll() }
            return sources
        }
        for source in active { source.cancel() }
        let handlers = previousHandlers.withLock { handlers in
            defer { handlers.removeAll() }
            return handlers
        }
        for (number, handler) in handlers {
            var previous = handler
            sigaction(number, &previous, nil)
        }
    }

    deinit {
        stop()
    }
}

/// The signals received and not yet taken, shared with the dispatch handlers.
private final class PendingSignals: Sendable {
    private let signals = Mutex<[TerminationSignal]>([])

    func append(_ signal: TerminationSignal) {
        signals.withLock { $0.append(signal) }
    }

    func takeFirst() -> TerminationSignal? {
        signals.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    var hasAny: Bool { signals.withLock { !$0.isEmpty } }
}
