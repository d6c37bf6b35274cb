import JRECore
import JREText

/// A journal entry asked for but not yet confirmed on disk, numbered in the order it was taken.
public struct PendingEntry: Sendable, Equatable {
    public var sequence: Int
    public var entry: SessionEntry

    public init(sequence: Int, entry: SessionEntry) {
        self.sequence = sequence
        self.entry = entry
    }
}

/// What the console knows of its journal's writes: what waits to be written, and why it could not be.
///
/// Entries wait here, in order, until the effect runner says they are on disk; one that failed is
/// kept (never dropped) and sent again with every later write and on the retry tick.
public struct JournalStatus: Sendable, Equatable {
    /// Entries not yet confirmed written, oldest first.
    public var pending: [PendingEntry] = []
    public var nextSequence = 1
    /// Why the last write failed, while entries wait.
    public var failure: String?
    /// `--read-only`, or a journal that could only be read: nothing is ever written.
    public var readOnly = false
    /// Why the session is read-only (shown in the footer).
    public var readOnlyReason: String?
    /// The newest waiting entry whose failure the footer already said (retries of it stay quiet).
    public var reportedThrough = 0
    /// Ticks since the last retry (a retry every ``retryTicks`` ticks while entries wait).
    public var ticksSinceRetry = 0
    /// The session's journal could not be opened for writing (and `--read-only` was not asked): the
    /// launcher refuses to start with this message.
    public var refusal: String?

    /// About two seconds at the loop's 200 ms tick.
    public static let retryTicks = 10

    public init() {}

    /// Claimant ids whose last decision is not yet on disk.
    public var unsavedClaimants: Set<String> {
        Set(pending.compactMap { $0.entry.decision?.claimant })
    }

    /// The number of decisions waiting.
    public var pendingDecisions: Int { pending.filter { $0.entry.kind == .decisionTaken }.count }

    /// Entries that could not be written wait for this session's folder: leaving it would send them to another's.
    public var holdsSession: Bool { !pending.isEmpty && failure != nil && !readOnly }

    /// Queues an entry; returns it numbered.
    mutating func enqueue(_ entry: SessionEntry) {
        pending.append(PendingEntry(sequence: nextSequence, entry: entry))
        nextSequence += 1
    }

    /// The line the footer keeps while something is wrong: read-only, or entries waiting.
    func notice(_ lang: Lang) -> String? {
        if readOnly { return Strings.journalReadOnly.format(lang, readOnlyReason ?? "--read-only") }
        guard !pending.isEmpty, let failure else { return nil }
        return Strings.journalPending.format(lang, count: pending.count, Strings.journalDecisions.format(lang, count: pendingDecisions), failure)
    }
}
