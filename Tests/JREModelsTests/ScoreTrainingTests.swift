import Foundation
@testable import JRECore
import JRETestSupport
import JRETraining
import Testing

/// `model train`: the same recipe gives the same model bytes and card; the bundled model is what
/// its bundled recipe makes.
@Suite struct ScoreTrainingTests {
    /// The bundled suspicion recipe, its paths resolved as `model train --recipe` resolves them.
    static func bundledRecipe() throws -> TrainingRecipe { try BundledRecipe.named("suspicion") }

    @Test func trainingTwiceGivesTheSameBytesAndTheModelReadsTheRulesetsFeatures() throws {
        var recipe = try Self.bundledRecipe()
        recipe.size = 8_000
        recipe.trees = 10
        let first = try ScoreTrainer.train(recipe: recipe), second = try ScoreTrainer.train(recipe: recipe)
        #expect(first.model == second.model)
        #expect(first.card == second.card)
        let model = try TrainedModel.read(text: String(decoding: first.model, as: UTF8.self), file: "s.json")
        #expect(model.featureNames.first == "age" && model.featureNames.count == 10)
        guard case .treeEnsemble(let trees) = model else { Issue.record("not a tree ensemble"); return }
        #expect(trees.treeCount == 10)
        #expect(trees.categoricalFeatures == [1, 4], "nationalite and contrat_fin are categorical")
        // The card says what the model was learnt from, with the held-out figures.
        for needle in ["controlled:", "positive_share:", "auc:", "precision_at_capacity:", "nationalite:", "selection_flag:", "false_positive_rate:", "targeted control history"] {
            #expect(first.card.contains(needle), "\(needle)")
        }
        // Another seed of XGBoost changes nothing in what the rules compute, but another history changes the labels.
        recipe.history = "random"
        #expect(try ScoreTrainer.train(recipe: recipe).model != first.model)
    }

    @Test func aRecipeWithABadValueIsLocated() {
        #expect(throws: ModelFileError.self) { try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\ntraining: {depth: 40}\n", file: "r.recipe.yaml") }
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\ntraining: {depth: 40}\n", file: "r.recipe.yaml")
        } catch {
            #expect(error.description.hasPrefix("r.recipe.yaml:4:19: error: 'depth' must be"), "\(error.description)")
        }
    }
}

/// Retraining from the bundled recipe (300,000 people) gives the committed model, byte for byte.
@Suite(.tags(.slow)) struct ScoreTrainingSlowTests {
    @Test func theBundledModelIsWhatItsRecipeMakes() throws {
        try BundledRecipe.expectItMakesTheCommittedFiles("suspicion")
    }
}
