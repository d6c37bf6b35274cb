import Foundation
import JRECore
import JREPopulation
import JREText

extension ScoreTrainer {
    /// Trains what `recipe` says (its `ruleset`, `output` and `folder` already resolved against the
    /// current folder) on the control history of a generated population or of a population folder;
    /// the ruleset's diagnostics when it does not load.
    public static func train(recipe: TrainingRecipe) throws -> Outcome {
        guard let located = ScenarioLibrary.locateFile(recipe.ruleset) else { throw Failure(LocalizedMessage(Strings.trainCannotReadRuleset, recipe.ruleset)) }
        // The model being trained may not exist yet: each trained score gets a placeholder while its features are evaluated.
        let (ruleset, diagnostics) = RulesetLoader(file: located.file, lang: .en, models: ModelFileSource(placeholders: true)).load(id: located.id)
        guard let ruleset, !diagnostics.hasErrors else {
            throw Failure.diagnostics(Array(diagnostics), under: Strings.trainRulesetErrors)
        }
        let modelFileName = (recipe.output as NSString).lastPathComponent
        if recipe.labels == .returnToWork { return try trainOnReturnToWork(ruleset: ruleset, recipe: recipe, modelFileName: modelFileName) }
        if let folder = recipe.folder {
            return try train(ruleset: ruleset, score: recipe.score, folder: folder, recipe: recipe, modelFileName: modelFileName)
        }
        guard let history = ControlHistoryMode(rawValue: recipe.history) else { throw Failure(LocalizedMessage(Strings.trainHistoryValue)) }
        let population = SyntheticPopulation(size: recipe.size, seed: recipe.seed, days: recipe.days, history: history)
        let world = FraudWorldLabels(population: population)
        return try train(ruleset: ruleset, score: recipe.score, population: population, labels: world.source,
                         labelSourceName: "the fraud world's \(history.rawValue) control history (what each control found)",
                         truth: world.truth, recipe: recipe, modelFileName: modelFileName)
    }
}

extension ScoreTrainer {
    /// Trains on the synthetic world's return to work within six months (`labels: return_to_work`).
    static func trainOnReturnToWork(ruleset: Ruleset, recipe: TrainingRecipe, modelFileName: String) throws -> Outcome {
        guard recipe.folder == nil else { throw Failure(LocalizedMessage(Strings.trainReturnToWorkNoFolder)) }
        // The control history plays no part here (the card does not name it: ModelCardWriter.Wording).
        var recipe = recipe
        recipe.history = ControlHistoryMode.random.rawValue
        let population = SyntheticPopulation(size: recipe.size, seed: recipe.seed, days: recipe.days, history: .random)
        let world = EmploymentLabels(population: population)
        return try train(ruleset: ruleset, score: recipe.score, population: population, labels: world.source,
                         labelSourceName: "the synthetic world's return to work within six months after the last day (ILLUSTRATIVE outcome model)",
                         recipe: recipe, modelFileName: modelFileName)
    }
}
