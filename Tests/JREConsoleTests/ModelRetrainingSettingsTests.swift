import Foundation
import Testing
import JRECore
import JREConsole
import JREText
import JREBundledScenarios

/// The model screen's retraining: it learns with the bundled recipe's settings and says which, and
/// it says plainly when a history gives too few « fraud found » labels to learn from.
@Suite struct ModelRetrainingSettingsTests {
    /// The screen's text with line breaks and indents as single spaces (wrapped sentences read whole).
    static func flat(_ state: AppState) -> String { state.text().split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func theRetrainingUsesTheBundledRecipesSettingsAndTheScreenNamesThem() throws {
        let text = try #require(BundledScenarios.models["rulesets/models/suspicion.recipe.yaml"], "the recipe is bundled")
        let recipe = try TrainingRecipe.read(text: text, file: "suspicion.recipe.yaml")
        #expect(ModelTrainingJob.trees == recipe.trees && ModelTrainingJob.depth == recipe.depth && ModelTrainingJob.eta == recipe.eta,
                "the screen retrains as the bundled model was made")
        let french = try TrainedScoreConsoleTests.modelScreen()
        #expect(Self.flat(french).contains("Réentraînement (T) : \(recipe.trees) arbres de profondeur \(recipe.depth), taux d'apprentissage 0,1"))
        let english = try TrainedScoreConsoleTests.modelScreen(lang: .en)
        #expect(Self.flat(english).contains("Retraining (T): \(recipe.trees) trees of depth \(recipe.depth), learning rate 0.1"))
    }

    /// The screen after a retraining whose history had `positives` « fraud found » among 4,000 controls.
    static func retrained(positives: Int, lang: Lang) throws -> AppState {
        var state = try TrainedScoreConsoleTests.modelScreen(lang: lang)
        guard case .trainModel(let job)? = state.press(.char("T")).first, case .model(let model) = state.screen, let audit = model.audit else {
            Issue.record("T asked for no retraining")
            return state
        }
        let ruleset = try #require(state.workshop?.ruleset)
        _ = state.update(.modelTraining(.trained(id: job.id, audit: audit, ruleset: ruleset, seconds: 2.5, people: 100_000,
                                                 labels: 4_000, positives: positives)))
        return state
    }

    @Test func aRetrainingOnFewPositiveLabelsSaysTheModelLearnsNoise() throws {
        let french = Self.flat(try Self.retrained(positives: 35, lang: .fr))
        #expect(french.contains("Étiquettes : 4 000 personnes contrôlées"), "\(french.prefix(1200))")
        #expect(french.contains("dont 35 « fraude constatée »"))
        #expect(french.contains("Peu d'étiquettes positives : 35 fraudes constatées seulement"))
        #expect(french.contains("le modèle apprend surtout du bruit"))
        let english = Self.flat(try Self.retrained(positives: 35, lang: .en))
        #expect(english.contains("Labels: 4,000 people controlled in this history"))
        #expect(english.contains("Few positive labels: only 35 frauds found"))
        #expect(english.contains("the model mostly learns noise"))
    }

    @Test func aRetrainingOnEnoughPositiveLabelsGivesTheCountsWithoutTheWarning() throws {
        let french = Self.flat(try Self.retrained(positives: 400, lang: .fr))
        #expect(french.contains("dont 400 « fraude constatée »"))
        #expect(!french.contains("Peu d'étiquettes positives"))
    }
}
