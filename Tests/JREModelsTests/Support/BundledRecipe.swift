import Foundation
@testable import JRECore
import JRETraining
import Testing

/// The bundled training recipes (`Scenarios/rulesets/models/NAME.recipe.yaml`) and the check that each
/// makes its committed model and card.
enum BundledRecipe {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

    /// Recipe `name`, its paths resolved as `model train --recipe` resolves them.
    static func named(_ name: String) throws -> TrainingRecipe {
        let path = scenarios.appendingPathComponent("rulesets/models/\(name).recipe.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var recipe = try TrainingRecipe.read(text: text, file: path)
        let folder = (path as NSString).deletingLastPathComponent
        recipe.ruleset = ((folder as NSString).appendingPathComponent(recipe.ruleset) as NSString).standardizingPath
        recipe.output = ((folder as NSString).appendingPathComponent(recipe.output) as NSString).standardizingPath
        return recipe
    }

    /// Retrains from recipe `name` and expects the committed model and its card (`NAME.card.yaml`), byte for byte.
    static func expectItMakesTheCommittedFiles(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let recipe = try named(name)
        let outcome = try ScoreTrainer.train(recipe: recipe)
        let committed = try Data(contentsOf: URL(fileURLWithPath: recipe.output))
        #expect(Data(outcome.model) == committed, "retrain with: jre-console model train --recipe Scenarios/rulesets/models/\(name).recipe.yaml",
                sourceLocation: sourceLocation)
        let cardPath = (recipe.output.hasSuffix(".json") ? String(recipe.output.dropLast(5)) : recipe.output) + ".card.yaml"
        let card = try String(contentsOfFile: cardPath, encoding: .utf8)
        #expect(outcome.card == card, sourceLocation: sourceLocation)
    }
}
