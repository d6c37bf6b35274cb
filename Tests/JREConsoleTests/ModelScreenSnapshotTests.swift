import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Snapshots of the model screen (`M` on the board of the suspicion test scenario, day 60, Anna
/// Kowalska selected) at 80×24 and 120×40, in French and English: as it opens (the sample being
/// drawn), with its figures, and during a retraining.
///
/// They show the bundled suspicion model's figures on the fraud world's sample: retraining the
/// bundled model or changing the fraud world changes them (re-record with `JRE_RECORD_SNAPSHOTS=1`
/// and read the diff).
@Suite struct ModelScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    static func board(_ lang: Lang, _ size: (Int, Int)) throws -> AppState {
        var state = try TrainedScoreConsoleTests.board(width: size.0, height: size.1, lang: lang)
        state.selectOnBoard("Anna Kowalska")
        return state
    }

    @Test(arguments: Lang.allCases, sizes)
    func opened(lang: Lang, size: (Int, Int)) throws {
        var state = try Self.board(lang, size)
        let effects = state.press(.char("M"))
        Snapshot.check(state.grid(), named: "model-computing-\(lang.rawValue)-unicode-\(size.0)x\(size.1)")
        state.runModelJobs(effects)
        Snapshot.check(state.grid(), named: "model-\(lang.rawValue)-unicode-\(size.0)x\(size.1)")
    }

    /// A retraining's progress line, as the job reports it (the job itself is not run here).
    @Test(arguments: Lang.allCases)
    func retraining(lang: Lang) throws {
        var state = try Self.board(lang, (80, 24))
        state.runModelJobs(state.press(.char("M")))
        guard case .trainModel(let job)? = state.press(.char("T")).first else {
            Issue.record("T asked for no retraining")
            return
        }
        _ = state.update(.modelTraining(.progress(id: job.id, stage: .training(.learning(tree: 23, trees: 60)))))
        Snapshot.check(state.grid(), named: "model-retraining-\(lang.rawValue)-unicode-80x24")
    }
}
