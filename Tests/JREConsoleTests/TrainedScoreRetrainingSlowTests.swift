import Testing
import JRECore
import JREConsole
import JRETestSupport

/// Retraining from the model screen (`T`): a real libxgboost training of a few seconds, hence slow.
@Suite(.tags(.slow)) struct TrainedScoreRetrainingSlowTests {
    @Test func tRetrainsOffTheScreensThreadAndTheScreenShowsTheNewModelsFigures() throws {
        func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var state = try TrainedScoreConsoleTests.modelScreen()
        state.press(.char("h"))
        let before = state.lines().first { $0.contains("revient à un seuil de") }
        let effects = state.press(.char("T"))
        guard case .trainModel(var job)? = effects.first else {
            Issue.record("T asked for no training: \(effects)")
            return
        }
        #expect(job.history == .random, "it learns from the history the screen shows")
        #expect(flat(state).contains("Réentraînement en cours (étape 1/2"))
        #expect(state.press(.char("T")).isEmpty, "one retraining at a time")
        // The job as the runner does it, on a smaller history so the test stays quick.
        job.trainingSize = 5_000
        let runner = ModelTrainingRunner(mode: .inline)
        runner.start(job)
        let events = runner.drain()
        #expect(events.count == 3, "two steps, then the result")
        for event in events { _ = state.update(.modelTraining(event)) }
        #expect(flat(state).contains("Modèle réentraîné sur l'historique aléatoire de 5 000 personnes fictives"))
        #expect(!flat(state).contains("Réentraînement en cours"))
        #expect(state.lines().first { $0.contains("revient à un seuil de") } != before, "the new model scores the same sample differently")
        #expect(TrainedScoreConsoleTests.selectedCount(state) == 200)
    }
}
