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
        scoreRules = compiled.scoreValues.map { compiler.compileRule($0) }
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

    /// Frees the instructions (once, when the owner is done with every evaluator of this code).
    package func deallocate() {
        program.instructions.deallocate()
    }
}
