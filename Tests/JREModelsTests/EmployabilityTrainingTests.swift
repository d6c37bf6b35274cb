import Foundation
@testable import JRECore
import JRETestSupport
import JRETraining
import Testing

/// `model train` with `labels: return_to_work`: the employability model is learnt from the synthetic
/// world's employment outcome, reproducibly; the bundled model is what its bundled recipe makes.
@Suite struct EmployabilityTrainingTests {
    /// The bundled employability recipe, its paths resolved as `model train --recipe` resolves them.
    static func bundledRecipe() throws -> TrainingRecipe { try BundledRecipe.named("employabilite") }

    @Test func theRecipeLearnsReturnToWorkAndItsCardSaysSo() throws {
        var recipe = try Self.bundledRecipe()
        #expect(recipe.labels == .returnToWork)
        recipe.size = 4_000
        recipe.trees = 8
        let first = try ScoreTrainer.train(recipe: recipe), second = try ScoreTrainer.train(recipe: recipe)
        #expect(first.model == second.model)
        #expect(first.card.contains("return to work within six months"))
        #expect(first.card.contains("controlled: 4000      # everyone is labelled"), "everyone has a label, not only the controlled")
        #expect(!first.card.contains("fraud"), "no fraud words on the employability card")
        // The share of people who return is near the sourced order of magnitude (35.8 % of registrants in categories A or B).
        let line = try #require(first.card.components(separatedBy: "\n").first { $0.contains("positive_share:") })
        let share = try #require(Double(line.split(separator: ":")[1].split(separator: "#")[0].trimmingCharacters(in: .whitespaces)))
        #expect((0.28...0.42).contains(share), "\(share)")
    }

    @Test func aLabelSourceThatDoesNotExistIsLocated() {
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\nlabels: chomage\n", file: "r.recipe.yaml")
            Issue.record("accepted an unknown label source")
        } catch {
            #expect(error.description.hasPrefix("r.recipe.yaml:4:9: error: 'labels' must be controls or return_to_work"), "\(error.description)")
        }
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\nlabels: return_to_work\npopulation: {folder: pop}\n", file: "r.recipe.yaml")
            Issue.record("accepted return_to_work on a folder")
        } catch {
            #expect(error.description.contains("needs a generated population"), "\(error.description)")
        }
    }
}

/// Retraining from the bundled recipe (50,000 people) gives the committed model and card, byte for byte.
@Suite(.tags(.slow)) struct EmployabilityTrainingSlowTests {
    @Test func theBundledModelIsWhatItsRecipeMakes() throws {
        try BundledRecipe.expectItMakesTheCommittedFiles("employabilite")
    }
}
