import Foundation

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
            models.append(ModelProgram(model: model, features: features, strings: compiled.strings, code: compiler.code, ruleset: compiled.ruleset))
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
    ///
    /// The hot path reads only raw memory: a feature of one of the common forms (`profile.x`,
    /// `count(selector, N)`, `if(profile.x = 'v', 1, 0)`, `if(profile.flag, 1, 0)`) is a
    /// ``FeatureShortcut`` read without the machine, with the very value and missing value the
    /// machine gives; the trees or the scorecard's weights are held outside the ``TrainedModel``
    /// enum, so scoring a row copies and retains nothing.
    package final class ModelProgram: @unchecked Sendable {
        package let trained: TrainedModel
        package let features: [Range<Int>]
        /// For a categorical feature, the string ids of its categories (the model gets the index); nil for a number.
        package let categoryIds: [[Double]?]
        /// Per feature: how to read it, and its categories' ids (`categoryCounts[i]` of them from `categoryStarts[i]`; 0: a number).
        let shortcuts: UnsafeMutablePointer<FeatureShortcut>
        let featureBounds: UnsafeMutablePointer<Int>
        let categoryStarts: UnsafeMutablePointer<Int>
        let categoryCounts: UnsafeMutablePointer<Int>
        let categoryValues: UnsafeMutablePointer<Double>
        let featureCount: Int
        /// A tree ensemble's nodes (kept alive here; read unretained), base margin and objective; or a
        /// scorecard's intercept and weights.
        let trees: FlatNodes?
        private let unretainedTrees: Unmanaged<FlatNodes>?
        private let unretainedBinned: Unmanaged<BinnedForest>?
        let treeFeatureCount: Int
        let baseMargin: Double
        let objective: ModelObjective
        let weights: UnsafeMutablePointer<Double>
        /// Per scorecard weight: the index of the ruleset parameter it is (`weight: NAME`), or −1 for the file's weight.
        let weightParameters: UnsafeMutablePointer<Int>
        let weightCount: Int

        init(model: ScoreModel, features: [Range<Int>], strings: StringPool, code: [Instruction], ruleset: Ruleset) {
            trained = model.trained
            self.features = features
            categoryIds = model.features.map { feature in feature.categories?.map { Double(strings.lookup($0) ?? -1) } }
            featureCount = features.count
            shortcuts = .allocate(capacity: max(1, features.count))
            featureBounds = .allocate(capacity: max(2, features.count * 2))
            categoryStarts = .allocate(capacity: max(1, features.count))
            categoryCounts = .allocate(capacity: max(1, features.count))
            let allIds = categoryIds.flatMap { $0 ?? [] }
            categoryValues = .allocate(capacity: max(1, allIds.count))
            if !allIds.isEmpty { categoryValues.initialize(from: allIds, count: allIds.count) }
            var start = 0
            for (index, range) in features.enumerated() {
                (shortcuts + index).initialize(to: FeatureShortcut(code, range))
                featureBounds[index * 2] = range.lowerBound
                featureBounds[index * 2 + 1] = range.upperBound
                categoryStarts[index] = start
                categoryCounts[index] = categoryIds[index]?.count ?? 0
                start += categoryCounts[index]
            }
            switch model.trained {
            case .treeEnsemble(let ensemble):
                trees = ensemble.flat
                unretainedTrees = Unmanaged.passUnretained(ensemble.flat)
                unretainedBinned = ensemble.flat.binned.map { Unmanaged.passUnretained($0) }
                treeFeatureCount = ensemble.featureCount
                baseMargin = ensemble.baseMargin
                objective = ensemble.objective
                weights = .allocate(capacity: 1)
                weightParameters = .allocate(capacity: 1)
                weightCount = 0
            case .scorecard(let card):
                trees = nil
                unretainedTrees = nil
                unretainedBinned = nil
                treeFeatureCount = 0
                baseMargin = card.intercept
                objective = .binaryLogistic
                weights = .allocate(capacity: max(1, card.features.count))
                weightParameters = .allocate(capacity: max(1, card.features.count))
                weightCount = card.features.count
                let tunable = model.weightParameters(in: ruleset)
                for (index, feature) in card.features.enumerated() {
                    weights[index] = feature.weight
                    weightParameters[index] = tunable[index] ?? -1
                }
            }
        }

        deinit {
            shortcuts.deallocate()
            featureBounds.deallocate()
            categoryStarts.deallocate()
            categoryCounts.deallocate()
            categoryValues.deallocate()
            weights.deallocate()
            weightParameters.deallocate()
        }

        /// The model's score of `row` (one value per feature, NaN missing): ``TrainedModel/score(_:)-(UnsafeBufferPointer<Float>)``'s
        /// number, a scorecard's tunable weights read from `parameters` (the frame's parameter slots).
        @inline(__always)
        func score(_ row: UnsafePointer<Float>, parameters: UnsafePointer<Double>) -> Double {
            if let binned = unretainedBinned, binned._withUnsafeGuaranteedRef({ $0.featureCount }) == treeFeatureCount {
                return objective.score(margin: baseMargin + binned._withUnsafeGuaranteedRef { $0.leafSum(row) })
            }
            if let trees = unretainedTrees {
                return objective.score(margin: baseMargin + trees._withUnsafeGuaranteedRef { $0.leafSum(row, count: treeFeatureCount) })
            }
            var margin = baseMargin
            for index in 0..<weightCount where !row[index].isNaN {
                // A weight that is a parameter is the one in force (0 removes its feature).
                let parameter = weightParameters[index]
                margin += (parameter < 0 ? weights[index] : parameters[parameter]) * Double(row[index])
            }
            return 1 / (1 + Foundation.exp(-margin))
        }
    }

    /// A feature rule of a common form, read without the machine (``BytecodeMachine``), or `.general`.
    struct FeatureShortcut {
        enum Form: UInt8 {
            /// Run the rule's instructions.
            case general
            /// `profile.x`: the value, NaN (missing) when absent.
            case profile
            /// `count(selector)` / `count(selector, N)` with a constant window.
            case countAll, countWindow
            /// `if(profile.x = v, a, b)`: missing when absent.
            case profileEquals
            /// `if(profile.x, a, b)`: missing when absent.
            case profileTruth
        }

        var form: Form = .general
        /// The profile slot or the selector.
        var slot: Int = 0
        /// The window, or the compared value.
        var value: Double = 0
        /// The results of an `if`: when the condition holds, and when not.
        var then: Double = 0
        var otherwise: Double = 0

        /// The shortcut of the rule at `range` of `program` (jumps are absolute indexes into it).
        init(_ program: [Instruction], _ range: Range<Int>) {
            let code = Array(program[range]), start = Int32(range.lowerBound)
            switch code.map(\.operation) {
            case [.profile]:
                form = .profile
                slot = Int(code[0].a)
            case [.countAll]:
                form = .countAll
                slot = Int(code[0].a)
            case [.constant, .countWindow]:
                form = .countWindow
                slot = Int(code[1].a)
                value = code[0].value
            // if(profile.x = v, a, b): the condition, to the else branch if false, a, to the end, b.
            case [.profile, .constant, .equal, .jumpIfFalse, .constant, .jump, .constant] where code[3].a == start + 6 && code[5].a == start + 7:
                form = .profileEquals
                slot = Int(code[0].a)
                value = code[1].value
                then = code[4].value
                otherwise = code[6].value
            case [.profile, .jumpIfFalse, .constant, .jump, .constant] where code[1].a == start + 4 && code[3].a == start + 5:
                form = .profileTruth
                slot = Int(code[0].a)
                then = code[2].value
                otherwise = code[4].value
            default:
                form = .general
            }
        }
    }

    /// Frees the instructions (once, when the owner is done with every evaluator of this code).
    package func deallocate() {
        program.instructions.deallocate()
    }
}
