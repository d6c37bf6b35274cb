import JRECore
import JREText

/// Evaluates a ruleset over a whole population on one day: every core, constant memory, counts only.
public enum PopulationRun {
    /// The counts of one evaluation, the groupings they are broken down by, and what reading met.
    public struct Outcome: Sendable {
        public var tally: PopulationTally
        public var groupings: [PopulationGrouping]
        public var warnings: [Diagnostic]
        /// The trained score's histograms for control capacities, when asked for (`capacityScore`).
        public var capacity: CapacityRun.Outcome? = nil
    }

    /// A grouping that cannot be used: unknown, or with too many values.
    public struct GroupingError: Error, Sendable {
        public var message: LocalizedMessage
    }

    /// Counts alerts, levels, advice and groups for every claimant on `day` (and alerts on `day − 7`,
    /// to count those that appeared during the week). With `capacityScore` (a trained score, see
    /// ``CapacityRun``), the same walk also counts that score by group and hidden fraud, which the
    /// source must know (a synthetic population; elsewhere every claimant counts as honest).
    public static func evaluate(_ input: PopulationInput, rules: PopulationRules, day: Int, parameters: ParameterValues,
                                groupBy names: [String], capacityScore: Int? = nil, progress: ProgressSink? = nil,
                                cancellation: PopulationCancellation? = nil) throws -> Outcome {
        let groupings = try resolve(names, in: input)
        let shape = shape(rules.program, groupings)
        let sizes = groupings.map(\.values.count)
        let (visitors, warnings) = try walk(input, program: rules.program, groupings: names, parameters: parameters,
                                            progress: progress, cancellation: cancellation) {
            TallyVisitor(tally: PopulationTally(shape: shape), day: day, capacity: capacityScore.map { CapacityCounts(score: $0, sizes: sizes) })
        }
        var total = PopulationTally(shape: shape)
        var capacity = capacityScore.map { CapacityCounts(score: $0, sizes: sizes) }
        for visitor in visitors {
            total.merge(visitor.tally)
            if let counts = visitor.capacity { capacity?.merge(counts) }
        }
        return Outcome(tally: total, groupings: groupings, warnings: warnings, capacity: capacity?.outcome(groupings))
    }

    /// Counts for each value of parameter `parameter` (the others as in `parameters`), re-evaluating
    /// only the rules that read it. Alerts « new this week » are not counted in a sweep.
    public static func sweep(_ input: PopulationInput, rules: PopulationRules, day: Int, parameters: ParameterValues,
                             parameter: Int, values: [Double], groupBy names: [String] = [],
                             progress: ProgressSink? = nil, cancellation: PopulationCancellation? = nil) throws -> [PopulationTally] {
        guard !values.isEmpty else { return [] }
        let groupings = try resolve(names, in: input)
        let shape = shape(rules.program, groupings)
        let dependencies = ParameterDependencies(parameter: parameter, compiled: rules.compiled)
        let (visitors, _) = try walk(input, program: rules.program, groupings: names, parameters: parameters,
                                     progress: progress, cancellation: cancellation) {
            SweepVisitor(tallies: values.map { _ in PopulationTally(shape: shape) }, day: day, parameter: parameter, values: values, dependencies: dependencies)
        }
        var totals = values.map { _ in PopulationTally(shape: shape) }
        for visitor in visitors {
            for index in totals.indices { totals[index].merge(visitor.tallies[index]) }
        }
        return totals
    }

    /// Every claimant's full results on `day`, by claimant index (for tests and small samples).
    static func results(_ input: PopulationInput, rules: PopulationRules, day: Int, parameters: ParameterValues) throws -> [ClaimantResult] {
        let (visitors, _) = try walk(input, program: rules.program, groupings: [], parameters: parameters, progress: nil) {
            ResultsVisitor(day: day)
        }
        return visitors.flatMap(\.results).sorted { $0.claimant < $1.claimant }.map(\.result)
    }

    /// The groupings asked for, checked against what the population offers.
    static func resolve(_ names: [String], in input: PopulationInput) throws(GroupingError) -> [PopulationGrouping] {
        let offered = input.groupings
        return try names.map { name throws(GroupingError) in
            if let grouping = offered.first(where: { $0.attribute == name }) { return grouping }
            if case .synthetic = input, let grouping = PopulationSchema.allGroupings.first(where: { $0.attribute == name }) { return grouping }
            if case .files(let files) = input, let column = files.claimants.column(named: name) {
                let grouping = files.claimants.grouping(column)
                guard grouping.values.count <= ClaimantTable.maximumGroups else {
                    throw GroupingError(message: LocalizedMessage(Strings.popTooManyGroups, name, String(grouping.values.count), String(ClaimantTable.maximumGroups)))
                }
                return grouping
            }
            let names = offered.map(\.attribute)
            let hint = Suggestion.closest(to: name, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
            throw GroupingError(message: LocalizedMessage(Strings.popUnknownGrouping, [.text(name), .text(names.joined(separator: ", ")), .message(hint)]))
        }
    }

    static func shape(_ program: PopulationProgram, _ groupings: [PopulationGrouping]) -> PopulationTally.Shape {
        PopulationTally.Shape(alerts: program.code.alertRules.count, advice: program.code.adviceRules.count,
                              levelCounts: program.code.levelCounts, groupSizes: groupings.map(\.values.count))
    }

    /// Visits every claimant of `input` once, on every core, with one visitor per worker.
    static func walk<Visitor: ClaimantVisitor>(_ input: PopulationInput, program: PopulationProgram, groupings: [String],
                                               parameters: ParameterValues, progress: ProgressSink?,
                                               cancellation: PopulationCancellation? = nil,
                                               makeVisitor: () -> Visitor) throws -> ([Visitor], [Diagnostic]) {
        switch input {
        case .synthetic(let population):
            let binding = SyntheticBinding(program: program, groupings: groupings)
            let states = try ParallelBlocks.run(blocks: SyntheticReader.blockCount(population), progress: progress,
                                                cancellation: cancellation, makeState: {
                (SyntheticReader(population: population, binding: binding, layout: program.layout),
                 ClaimantEvaluator(program: program, parameters: parameters), makeVisitor())
            }, body: { state, block in
                try state.0.read(block: block, into: state.1, visitor: &state.2)
            })
            return (states.map(\.2), [])
        case .files(let files):
            return try files.walk(program: program, groupings: groupings, parameters: parameters, progress: progress,
                                  cancellation: cancellation, makeVisitor: makeVisitor)
        }
    }
}
