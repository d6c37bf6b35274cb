import JRECore
import Testing

/// Broken model files give a typed error naming the file and the place, never a crash.
@Suite struct ModelFileErrorTests {
    func error(_ bytes: [UInt8]) -> ModelFileError? {
        do {
            _ = try XGBoostModelReader.read(bytes: bytes, file: "broken.json")
            return nil
        } catch {
            return error
        }
    }

    @Test func theTinyModelIsValid() throws {
        let model = try XGBoostModelReader.read(bytes: TinyModel().bytes, file: "tiny.json")
        #expect(model.treeCount == 4)
        #expect(model.maxDepth == 3)
        #expect(model.featureNames == ["a", "b", "c"])
    }

    @Test func notJSONIsLocatedByLineAndColumn() {
        let found = error(Array("{\"learner\": {\n  oops }".utf8))
        #expect(found?.file == "broken.json")
        #expect(found?.place == .position(line: 2, column: 3))
        #expect(found?.message.hasPrefix("not JSON") == true)
    }

    @Test func aFrenchReaderGetsTheSyntaxAndShapeErrorsInFrench() {
        let syntax = error(Array("{\"learner\": [1, 2".utf8))
        #expect(syntax?.render(.fr) == "broken.json:1:18: error: ce n'est pas du JSON : le document s'arrête dans un tableau")
        let shape = error(Array("{\"learner\": 3}".utf8))
        #expect(shape?.render(.fr) == "broken.json: error at learner: un objet était attendu, trouvé : un nombre")
        #expect(shape?.render(.en) == "broken.json: error at learner: expected an object, found a number")
    }

    @Test func aTrainingRecipesErrorsAreLocatedInBothLanguages() {
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r\nscore: s\noutput: o\nhistory: sometimes\ntraining: {trees: 0}\n", file: "r.recipe.yaml")
            Issue.record("a bad history was read")
        } catch {
            #expect(error.render(.fr) == "r.recipe.yaml:4:10: error: « history » vaut targeted ou random")
            #expect(error.render(.en) == "r.recipe.yaml:4:10: error: 'history' must be targeted or random")
        }
        do {
            _ = try TrainingRecipe.read(text: "ruleset: r\nscore: s\noutput: o\ntraining: {trees: 0}\n", file: "r.recipe.yaml")
            Issue.record("zero trees were read")
        } catch {
            #expect(error.render(.fr) == "r.recipe.yaml:4:19: error: « trees » doit être un nombre entier de 1 à 5000, trouvé : « 0 »")
        }
    }

    @Test func childIndexOutOfRangeNamesTheJSONPath() {
        var model = TinyModel()
        model.setTree(3, "left_children", 7, to: 99)
        let found = error(model.bytes)
        #expect(found?.place == .jsonPath("learner.gradient_booster.model.trees[3].left_children[7]"))
        #expect(found?.description.hasPrefix("broken.json: error at learner.gradient_booster.model.trees[3].left_children[7]:") == true)
    }

    @Test func aCycleIsFound() {
        var model = TinyModel()
        model.setTree(1, "right_children", 3, to: 0)
        let found = error(model.bytes)
        #expect(found?.place == .jsonPath("learner.gradient_booster.model.trees[1].right_children[3]"))
        #expect(found?.message.contains("cycle") == true)
    }

    @Test func featureNamesThatDisagreeWithNumFeature() {
        let found = error(TinyModel(featureNames: ["a", "b"]).bytes)
        #expect(found?.place == .jsonPath("learner.feature_names"))
    }

    @Test func aSplitOnAFeatureThatDoesNotExist() {
        var model = TinyModel()
        model.setTree(0, "split_indices", 2, to: 5)
        #expect(error(model.bytes)?.place == .jsonPath("learner.gradient_booster.model.trees[0].split_indices[2]"))
    }

    @Test func anUnknownObjective() {
        let found = error(TinyModel(objective: "multi:softprob").bytes)
        #expect(found?.place == .jsonPath("learner.objective.name"))
        #expect(found?.message.contains("multi:softprob") == true)
    }

    @Test func aWrongTypeDeepInside() {
        var model = TinyModel()
        model.setTree(2, "sum_hessian", 4, to: "heavy")
        #expect(error(model.bytes)?.place == .jsonPath("learner.gradient_booster.model.trees[2].sum_hessian[4]"))
    }

    @Test func truncatedFilesNeverCrash() {
        let bytes = TinyModel().bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(error(Array(bytes[0..<length])) != nil)
        }
    }
}
