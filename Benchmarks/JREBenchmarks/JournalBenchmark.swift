import Foundation
import JRECore

/// The cost of a journal append, with and without its fsync: 200 appends each, in a folder of
/// `$JRE_BENCH_JOURNAL_DIR` (default: the temporary folder), medians printed.
func benchmarkJournalAppends() {
    let base = ProcessInfo.processInfo.environment["JRE_BENCH_JOURNAL_DIR"] ?? NSTemporaryDirectory()
    let folder = URL(fileURLWithPath: base).appendingPathComponent("jre-bench-journal-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    guard let journal = try? SessionJournal(folder: folder) else {
        print("journal appends: cannot open \(folder.path)")
        return
    }
    let record = DecisionRecord(
        day: 12, date: "2024-03-15", claimant: "gerard", claimantName: "Gérard Lemoine", decision: "aucune_action", decisionLabel: "Aucune action",
        justification: "Rien à faire cette semaine", evidence: [], alerts: ["dynamique_faible"], levels: ["dynamique": "faible"],
        scores: ["dynamique": 2.5], parameters: ["window": 30], ruleset: "jre-standard", rulesetHash: "0123456789abcdef", scenarioHash: "fedcba9876543210")
    let entry = SessionEntry(kind: .decisionTaken, day: 12, decision: record)
    report("journal: append a decision, flushed (write + fsync)", medianMilliseconds(runs: 200) {
        try? journal.append(entry, durable: true)
    }, runs: 200)
    report("journal: append an entry, not flushed (write only)", medianMilliseconds(runs: 200) {
        try? journal.append(entry, durable: false)
    }, runs: 200)
}
