import Foundation

/// Runs numbered blocks of work on every core: each worker keeps its own state (scratch memory,
/// counts) and takes the next block until none is left; the states are returned for adding up.
package enum ParallelBlocks {
    /// How many worker threads: the machine's cores (at most 8), or 1 for tiny jobs.
    package static func workers(for blocks: Int) -> Int {
        max(1, min(blocks, ProcessInfo.processInfo.activeProcessorCount, 8))
    }

    /// Runs `body(&state, block)` for every block in `0..<blocks`; the first error (by block) is rethrown.
    /// Once `cancellation` is raised no new block starts and ``PopulationRunCancelled`` is thrown.
    package static func run<State>(blocks: Int, progress: ProgressSink?, cancellation: PopulationCancellation? = nil, makeState: () -> State,
                                   body: (inout State, Int) throws -> Void) throws -> [State] {
        let shared = SharedProgress(blocks: blocks, sink: progress, cancellation: cancellation)
        let states = perform(blocks: blocks, shared: shared, makeState: makeState) { state, block in
            do {
                try body(&state, block)
            } catch {
                shared.fail(block, error)
            }
        }
        if let error = shared.firstError { throw error }
        if cancellation?.isCancelled == true { throw PopulationRunCancelled() }
        return states
    }

    /// Runs `body(&state, block)` for every block in `0..<blocks`, without progress or cancellation.
    package static func run<State>(blocks: Int, makeState: () -> State, body: (inout State, Int) -> Void) -> [State] {
        perform(blocks: blocks, shared: SharedProgress(blocks: blocks, sink: nil, cancellation: nil), makeState: makeState, body: body)
    }

    private static func perform<State>(blocks: Int, shared: SharedProgress, makeState: () -> State,
                                       body: (inout State, Int) -> Void) -> [State] {
        let results = ResultBox<State>()
        // Each worker calls `makeState` once and then only touches its own state.
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(body) { body in
                let work = WorkerClosures(makeState: makeState, body: body)
                DispatchQueue.concurrentPerform(iterations: workers(for: blocks)) { _ in
                    var state = work.makeState()
                    while let block = shared.next() {
                        work.body(&state, block)
                        shared.done()
                    }
                    results.add(state)
                }
            }
        }
        return results.states
    }
}

/// The per-worker closures, shared with the worker threads: each worker makes its own state and
/// only ever touches that one, so handing the closures over is safe.
private struct WorkerClosures<State>: @unchecked Sendable {
    let makeState: () -> State
    let body: (inout State, Int) -> Void
}

/// Receives the share of the work done (0 to 1), from any thread, a few times a second at most.
public typealias ProgressSink = @Sendable (Double) -> Void

/// The shared block counter, progress and first error of a ``ParallelBlocks`` run.
private final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let blocks: Int
    private let sink: ProgressSink?
    private let cancellation: PopulationCancellation?
    private var taken = 0
    private var finished = 0
    private var stopped = false
    private var lastReport = ContinuousClock.now
    private(set) var firstError: (any Error)?
    private var firstErrorBlock = Int.max

    init(blocks: Int, sink: ProgressSink?, cancellation: PopulationCancellation?) {
        self.blocks = blocks
        self.sink = sink
        self.cancellation = cancellation
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, taken < blocks, cancellation?.isCancelled != true else { return nil }
        taken += 1
        return taken - 1
    }

    func done() {
        lock.lock()
        finished += 1
        let now = ContinuousClock.now
        let report = sink != nil && (now - lastReport > .milliseconds(100) || finished == blocks)
        if report { lastReport = now }
        let fraction = Double(finished) / Double(max(1, blocks))
        lock.unlock()
        if report { sink?(fraction) }
    }

    /// Records an error; blocks already taken finish (so the earliest error in the file wins), no new ones start.
    func fail(_ block: Int, _ error: any Error) {
        lock.lock()
        stopped = true
        if block < firstErrorBlock {
            firstErrorBlock = block
            firstError = error
        }
        lock.unlock()
    }
}

/// Collects the workers' final states under a lock.
private final class ResultBox<State>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var states: [State] = []

    func add(_ state: State) {
        lock.lock()
        states.append(state)
        lock.unlock()
    }
}
