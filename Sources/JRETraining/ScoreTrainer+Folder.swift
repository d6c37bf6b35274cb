import Foundation
import JRECore
import JREPopulation
import JREText

extension ScoreTrainer {
    /// Trains `scoreId` on a population folder's `controls.csv`: each controlled person's features
    /// evaluated through the population path on the day of their control, in one pass; the card's
    /// hidden-truth figures from `fraudes.csv` when the folder has it.
    public static func train(ruleset: Ruleset, score scoreId: String, folder: String, recipe: TrainingRecipe, modelFileName: String) throws -> Outcome {
        guard let scoreIndex = ruleset.scoreIndex(scoreId), let model = ruleset.scores[scoreIndex].model else {
            throw Failure.noTrainedScore(ruleset, scoreId)
        }
        let files: PopulationFiles, truth: [Bool]?
        do {
            files = try PopulationFiles.open(folder)
            truth = try files.hiddenFraud()
        } catch {
            throw Failure.diagnostics(error.diagnostics)
        }
        guard let controls = files.controls else {
            throw Failure(LocalizedMessage(Strings.trainNoControls, folder))
        }
        let input = PopulationInput.files(files)
        let (bound, diagnostics) = PopulationRules.bind(ruleset, to: input, lang: .en)
        guard let rules = bound else {
            throw Failure.doesNotFit(Strings.trainRulesetDoesNotFitFolder, diagnostics)
        }
        let parameters = ParameterValues(defaultsOf: ruleset)
        let width = model.features.count
        let extract = inputExtractor(scoreIndex, width: width)
        let days = controls.map { $0.controlled ? min(max(1, $0.day), files.days) : nil }
        let placed: [[Float]?], everyone: [[Float]]
        do {
            placed = try PopulationRun.rows(input, rules: rules, days: days, parameters: parameters, extract: extract)
            everyone = try PopulationRun.rows(input, rules: rules, day: files.days, parameters: parameters, extract: extract).rows
        } catch let error as PopulationFileError {
            throw Failure.diagnostics(error.diagnostics)
        }
        let claimants = controls.indices.filter { controls[$0].controlled }
        let targets = claimants.map { controls[$0].fraudFound }
        try checkLabels(claimants.count, targets)
        var recipe = recipe
        recipe.size = input.claimantCount
        recipe.days = files.days
        let table = TrainingTable(
            claimants: claimants, targets: targets, inputs: claimants.flatMap { placed[$0] ?? [Float](repeating: .nan, count: width) },
            count: everyone.count, everyone: everyone.flatMap { $0 },
            controls: controls.map { $0.controlled ? ($0.fraudFound ? 1 : 0) : nil }, truth: truth,
            profile: { files.profileTexts($0) })
        return try fit(table, ruleset: ruleset, model: model, recipe: recipe,
                       labelSourceName: "the control history of the population folder (controls.csv: what each control found)", modelFileName: modelFileName)
    }
}
