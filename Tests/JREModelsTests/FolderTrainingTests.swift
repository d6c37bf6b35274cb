import Foundation
import JRECore
import JREPopulation
import JRETestSupport
import JRETraining
import Testing

/// `model train --population DIR`: a folder written from a generated population trains the same
/// model as the population in memory; a folder without its control history says what to do.
@Suite struct FolderTrainingTests {
    static func folder(_ name: String = #function) -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent("jre-folder-training-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    }

    /// The bundled recipe, made small: 3,000 people, 10 trees.
    static func smallRecipe() throws -> TrainingRecipe {
        var recipe = try ScoreTrainingTests.bundledRecipe()
        recipe.size = 3_000
        recipe.trees = 10
        return recipe
    }

    /// A card without the lines that name where its population came from.
    static func figures(_ card: String) -> [Substring] {
        card.split(separator: "\n").filter { !$0.hasPrefix("population:") && !$0.hasPrefix("labels:") }
    }

    @Test func aFolderTrainsTheSameModelAsThePopulationItWasWrittenFrom() throws {
        let recipe = try Self.smallRecipe()
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let history = try #require(ControlHistoryMode(rawValue: recipe.history))
        _ = try PopulationWriter.write(SyntheticPopulation(size: recipe.size, seed: recipe.seed, days: recipe.days, history: history), to: folder)
        var fromFolder = recipe
        fromFolder.folder = folder
        let inMemory = try ScoreTrainer.train(recipe: recipe), fromFiles = try ScoreTrainer.train(recipe: fromFolder)
        #expect(fromFiles.model == inMemory.model, "the same people, controls and features must give the same model bytes")
        // The same figures: held-out AUC and precision, group rates, and the hidden truth read back from fraudes.csv.
        #expect(Self.figures(fromFiles.card) == Self.figures(inMemory.card))
        #expect(fromFiles.card.contains("population: {folder: \"\(folder)\", size: 3000, days: \(recipe.days)}"))
        #expect(fromFiles.card.contains("controls.csv"))
        #expect(fromFiles.card.contains("false_positive_rate:"), "fraudes.csv gives the card its hidden-truth figures")

        // Without fraudes.csv the model is the same; the card has no hidden-truth figures.
        try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent("fraudes.csv"))
        let withoutTruth = try ScoreTrainer.train(recipe: fromFolder)
        #expect(withoutTruth.model == inMemory.model)
        #expect(!withoutTruth.card.contains("false_positive_rate:") && inMemory.card.contains("false_positive_rate:"))
    }

    @Test func aFolderWithoutControlsOrNoFolderAtAllSaysWhatToDo() throws {
        var recipe = try Self.smallRecipe()
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        recipe.folder = folder
        do {
            _ = try ScoreTrainer.train(recipe: recipe)
            Issue.record("a missing folder trained")
        } catch let failure as ScoreTrainer.Failure {
            #expect(failure.message.contains(folder), "\(failure.message)")
        }
        _ = try PopulationWriter.write(SyntheticPopulation(size: 200, seed: 3, days: 30), to: folder)
        try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent("controls.csv"))
        do {
            _ = try ScoreTrainer.train(recipe: recipe)
            Issue.record("a folder without controls.csv trained")
        } catch let failure as ScoreTrainer.Failure {
            #expect(failure.message.contains("has no controls.csv"), "\(failure.message)")
            #expect(failure.message.contains("generate it with `population generate`, or give controls.csv"), "\(failure.message)")
        }
    }

    @Test func aRecipeGivesAFolderOrAGeneratedPopulationNotBoth() throws {
        let recipe = try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\npopulation: {folder: pop}\n", file: "r.recipe.yaml")
        #expect(recipe.folder == "pop")
        #expect(try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\n", file: "r.recipe.yaml").folder == nil)
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r.yaml\nscore: s\noutput: o.json\npopulation: {folder: pop, size: 500}\n", file: "r.recipe.yaml")
            Issue.record("folder and size were both accepted")
        } catch {
            #expect(error.description.hasPrefix("r.recipe.yaml:4:"), "\(error.description)")
            #expect(error.description.contains("'size' is for a generated population"), "\(error.description)")
        }
    }
}
