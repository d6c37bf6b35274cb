import Testing
import JRECore
import JREConsole
import JRETestSupport

/// Retraining from the model screen (`T`): a real libxgboost training, hence slow.
@Suite(.tags(.slow)) struct TrainedScoreRetrainingSlowTests {
    @Test func tRetrainsOffTheScreensThreadAndTheScreenShowsTheNewModelsFigures() throws {
        func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var state = try TrainedScoreConsoleTests.modelScreen()
        state.runModelJobs(state.press(.char("h")))
        let before = state.lines().first { $0.contains("revient à un seuil de") }
        let effects = state.press(.char("T"))
        guard case .trainModel(var job)? = effects.first else {
            Issue.record("T asked for no training: \(effects)")
            return
        }
        #expect(job.history == .random, "it learns from the history the screen shows")
        #expect(flat(state).contains("Réentraînement sur l'historique aléatoire de 100 000 personnes fictives — en attente… (Échap : annuler)"))
        #expect(state.press(.char("T")).isEmpty, "one retraining at a time")
        #expect(state.status?.contains("Un réentraînement est en cours") == true)
        // The job as the runner does it, on a smaller history so the test stays quick.
        job.trainingSize = 20_000
        let reports = state.runModelJobs([.trainModel(job)])
        guard case .trained? = reports.last else {
            Issue.record("no trained report: \(reports)")
            return
        }
        #expect(flat(state).contains("Modèle réentraîné sur l'historique aléatoire de 20 000 personnes fictives"))
        #expect(!flat(state).contains("Réentraînement sur"))
        #expect(state.lines().first { $0.contains("revient à un seuil de") } != before, "the new model scores the same sample differently")
        #expect(TrainedScoreConsoleTests.selectedCount(state) == 200)
        // Another retraining, cancelled: the screen still says whose figures these are.
        let retrainedLine = state.lines().first { $0.contains("revient à un seuil de") }
        state.press(.char("T"))
        state.press(.escape)
        #expect(flat(state).contains("Modèle réentraîné sur l'historique aléatoire de 20 000 personnes fictives"))
        #expect(flat(state).contains("Réentraînement annulé"))
        #expect(state.lines().first { $0.contains("revient à un seuil de") } == retrainedLine)
        // The other history's sample is scored by the retrained model; the line still names the history it learnt from.
        state.runModelJobs(state.press(.char("h")))
        #expect(flat(state).contains("historique de contrôles ciblé"))
        #expect(flat(state).contains("Modèle réentraîné sur l'historique aléatoire"))
    }
}
