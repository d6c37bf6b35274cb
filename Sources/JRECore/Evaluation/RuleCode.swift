/// A compiled ruleset turned into bytecode: every rule as a range of one instruction array.
///
/// Built the same way for the per-claimant engine (``Simulation``) and the population path, so both
/// evaluate the very same instructions. The owner calls ``deallocate()`` when it is done.
package struct RuleCode {
    let program: BytecodeProgram
    package let scoreRules: [Range<Int>]
    /// Each score's level conditions end to end (`levelStarts[score]`…), nil for the last level.
    package let levelRules: [Range<Int>?]
    package let levelStarts: [Int]
    package let levelCounts: [Int]
    package let alertRules: [Range<Int>]
    package let adviceRules: [Range<Int>]
    package let levelNameIds: [Double]
    /// Per score: its trained model and feature rules, nil for a score written as an expression.
    package let models: [ModelProgram?]

    package init(compiled: CompiledRuleset, builder: TimelineBuilder) {
        let parameterCount = compiled.ruleset.parameters.count, scoreCount = compiled.scoreValues.count
        var compiler = BytecodeCompiler(seriesSlots: builder.seriesSlots, profileSlots: builder.profileSlots) { kind in
            switch kind {
            case .today: return EvaluationFrame.todaySlot
            case .levelSubject: return EvaluationFrame.subjectSlot
            case .parameter(let index): return 2 + index
            case .score(let index): return 2 + parameterCount + index
            case .level(let index): return 2 + parameterCount + scoreCount + index
            default: return nil
            }
        }
        var scoreRules: [Range<Int>] = [], models: [ModelProgram?] = []
        for (index, node) in compiled.scoreValues.enumerated() {
            guard case .model = node.kind, let model = compiled.ruleset.scores[index].model else {
                scoreRules.append(compiler.compileRule(node))
                models.append(nil)
                continue
            }
            let start = compiler.code.count
            scoreRules.append(start..<start)
            let features = node.children.map { compiler.compileRule($0) }
            models.append(ModelProgram(model: model, features: features, strings: compiled.strings, ruleset: compiled.ruleset))
        }
        self.scoreRules = scoreRules
        self.models = models
        var levels: [Range<Int>?] = [], starts: [Int] = [], counts: [Int] = []
        for conditions in compiled.levelConditions {
            starts.append(levels.count)
            counts.append(conditions.count)
            levels += conditions.map { $0.map { compiler.compileRule($0) } }
        }
        levelRules = levels
        levelStarts = starts
        levelCounts = counts
        alertRules = compiled.alertConditions.map { compiler.compileRule($0) }
        adviceRules = compiled.adviceConditions.map { compiler.compileRule($0) }
        program = compiler.program()
        levelNameIds = compiled.levelNameIds.flatMap { $0.map(Double.init) }
    }

    /// A trained score as the evaluator runs it: each feature's rule, then the model on their values.
    package final class ModelProgram: Sendable {
        package let trained: TrainedModel
        package let features: [Range<Int>]
        /// For a categorical feature, the string ids of its categories (the model gets the index); nil for a number.
        package let categoryIds: [[Double]?]
        /// For a scorecard whose weights are parameters: the intercept, and per feature its fixed weight or its parameter's index.
        package let tunable: (intercept: Double, weights: [Double], parameters: [Int?])?

        init(model: ScoreModel, features: [Range<Int>], strings: StringPool, ruleset: Ruleset) {
            trained = model.trained
            self.features = features
            categoryIds = model.features.map { feature in feature.categories?.map { Double(strings.lookup($0) ?? -1) } }
            let parameters = model.weightParameters(in: ruleset)
            if case .scorecard(let card) = model.trained, !parameters.isEmpty {
                tunable = (card.intercept, card.features.map(\.weight), card.features.indices.map { parameters[$0] })
            } else {
                tunable = nil
            }
        }
    }

    /// Frees the instructions (once, when the owner is done with every evaluator of this code).
    package func deallocate() {
        program.instructions.deallocate()
    }
}
