import JRECore
import JREPopulation

/// The population screen: a synthetic population evaluated off the screen's thread, its figures,
/// and a threshold lab acting on a sample of it (the whole population on demand).
///
/// Pure state: moving a setting asks for new jobs through the effects ``AppState/update(_:)`` returns; results come
/// back as ``ConsoleEvent/populationJob(_:)`` events. At most one job of each kind runs at a time: a setting
/// moved while the sample is being evaluated is evaluated once that run ends.
public struct PopulationScreen: Sendable {
    /// The sections under the lab, one shown at a time (Tab).
    public enum Pane: Int, Sendable, CaseIterable {
        /// `capacity` only for a ruleset with a trained score (``hasTrainedScore``).
        case figures, groups, distributions, capacity
    }

    /// Whether the ruleset in force has a score computed by a model: the capacity pane is offered.
    public var hasTrainedScore: Bool { CapacityRun.trainedScore(rules) != nil }

    /// The panes Tab goes through, in order.
    public var panes: [Pane] { hasTrainedScore ? Pane.allCases : [.figures, .groups, .distributions] }

    /// Where Esc goes back to.
    public var returnTo: AppState.Screen
    /// The rulesets that can be applied (x), bound to the population's vocabulary.
    public var rulesets: [PopulationRules]
    public var rulesetIndex = 0
    /// The sample recomputed while settings move, and the whole population computed on demand.
    public var sample: SyntheticPopulation
    public var full: SyntheticPopulation
    public var day: Int
    public var parameters: ParameterValues
    /// The values `r` and `R` go back to.
    public var startingParameters: ParameterValues
    /// The parameter the lab moves.
    public var selection = 0
    public var pane: Pane = .figures
    /// The grouping the groups pane shows (g cycles through them).
    public var grouping = 0
    public var scroll = 0
    /// The latest figures of the sample, and of the whole population.
    public var figures: PopulationFigures?
    public var fullFigures: PopulationFigures?
    public var curve: PopulationCurve?
    /// Jobs running, by kind (their numbers), and the whole population's progress.
    public var sampleJob: Int?
    public var sweepJob: Int?
    public var fullJob: Int?
    public var fullProgress: (fraction: Double, elapsed: Duration)?
    /// The last job that failed, for the footer.
    public var problem: String?
    private var nextJob = 1

    /// The population's size for the « whole population » run: the national figure.
    public static let fullSize = PopulationReport.nationalClaimants
    /// The sample moved with the settings.
    public static let sampleSize = 100_000
    /// The most values a lab chart computes (a parameter with more steps is sampled evenly).
    public static let maximumCurveValues = 25

    /// `parameters` are the settings to start from and `startingParameters` what `r`/`R` go back to
    /// (both default to the first ruleset's defaults; values of another length are ignored).
    public init(rulesets: [PopulationRules], parameters: ParameterValues? = nil, startingParameters: ParameterValues? = nil,
                selection: Int = 0, sample: SyntheticPopulation, full: SyntheticPopulation, day: Int? = nil, returnTo: AppState.Screen) {
        precondition(!rulesets.isEmpty, "a population screen needs a ruleset")
        self.rulesets = rulesets
        self.sample = sample
        self.full = full
        self.day = min(max(1, day ?? sample.days), sample.days)
        self.returnTo = returnTo
        let defaults = ParameterValues(defaultsOf: rulesets[0].ruleset)
        let fitting = { (values: ParameterValues?) in values.flatMap { $0.values.count == defaults.values.count ? $0 : nil } }
        let start = fitting(parameters) ?? defaults
        self.parameters = start
        self.startingParameters = fitting(startingParameters) ?? start
        self.selection = min(max(0, selection), max(0, defaults.values.count - 1))
        // Digital access first: the gap the workshop most often asks about.
        grouping = PopulationInput.synthetic(sample).groupings.firstIndex { $0.attribute == Self.firstGrouping } ?? 0
    }

    /// The grouping shown first.
    public static let firstGrouping = "acces_numerique"

    public var rules: PopulationRules { rulesets[rulesetIndex] }
    public var ruleset: Ruleset { rules.ruleset }

    /// The groupings offered by the population (every categorical attribute, then the hidden situation).
    public var groupings: [PopulationGrouping] { PopulationInput.synthetic(sample).groupings }

    /// Whether `figures` were computed for the settings in force.
    public func isCurrent(_ figures: PopulationFigures?) -> Bool {
        guard let figures else { return false }
        return figures.rulesetID == ruleset.id && figures.parameters == parameters
    }

    /// The figures to show: the whole population's when they match the settings, else the sample's.
    public var shownFigures: PopulationFigures? { isCurrent(fullFigures) ? fullFigures : figures }

    /// Whether the figures shown lag behind the settings (a recomputation is on its way).
    public var isRecomputing: Bool { !isCurrent(shownFigures) }

    /// The lab chart, when it was drawn for the selected parameter and the other settings in force.
    public var currentCurve: PopulationCurve? {
        guard let curve, curve.fits(rulesetID: ruleset.id, parameter: selection, parameters: parameters) else { return nil }
        return curve
    }

    // MARK: Jobs

    /// The jobs the settings in force need and that are not running yet.
    mutating func neededJobs() -> [PopulationJob] {
        var jobs: [PopulationJob] = []
        if sampleJob == nil, !isCurrent(figures) {
            let job = makeJob(.sample, population: sample)
            sampleJob = job.id
            jobs.append(job)
        }
        if sweepJob == nil, currentCurve == nil, selection < ruleset.parameters.count {
            var values = curveValues(selection)
            // The value in force and the starting one are always on the chart, exactly.
            for value in [parameters[selection], startingParameters[selection]] where !values.contains(value) { values.append(value) }
            let job = makeJob(.sweep(parameter: selection, values: values.sorted()), population: sample)
            sweepJob = job.id
            jobs.append(job)
        }
        return jobs
    }

    /// Starts the whole population's evaluation (nil when it runs already or is up to date).
    mutating func fullJobToStart() -> PopulationJob? {
        guard fullJob == nil, !isCurrent(fullFigures) else { return nil }
        let job = makeJob(.full, population: full)
        fullJob = job.id
        fullProgress = (0, .zero)
        return job
    }

    private mutating func makeJob(_ kind: PopulationJob.Kind, population: SyntheticPopulation) -> PopulationJob {
        defer { nextJob += 1 }
        return PopulationJob(id: nextJob, kind: kind, population: population, rules: rules, day: day, parameters: parameters,
                             groupBy: kind == .full || kind == .sample ? figureGroupings : [])
    }

    /// The groupings the figures are broken down by: those offered, and for a trained score the model
    /// card's (nationality first) that the capacity pane reads.
    var figureGroupings: [String] {
        let offered = groupings.map(\.attribute)
        guard hasTrainedScore else { return offered }
        // The synthetic population has every one of them (the fraud world's are offered to the rules, not to `g`).
        return offered + ModelCardMetrics.cardGroupings.filter { !offered.contains($0) }
    }

    /// The values a chart of parameter `index` computes: every step of its range, or an even sample of them.
    public func curveValues(_ index: Int) -> [Double] {
        let parameter = ruleset.parameters[index]
        let step = parameter.step > 0 ? parameter.step : 1
        let steps = Int(((parameter.max - parameter.min) / step).rounded(.down))
        guard steps >= 0 else { return [parameter.min] }
        let count = min(steps + 1, Self.maximumCurveValues)
        if count <= 1 { return [parameter.min] }
        return (0..<count).map { position in
            let stepIndex = (Double(position) * Double(steps) / Double(count - 1)).rounded()
            return min(parameter.max, parameter.min + stepIndex * step)
        }
    }

    /// Takes a job's report; one from a job no longer wanted (an older one, a stopped one) changes nothing.
    mutating func receive(_ event: PopulationJobEvent) {
        switch event {
        case .progress(let id, let fraction, let elapsed):
            if id == fullJob { fullProgress = (fraction, elapsed) }
        case .evaluated(let id, let result):
            if id == sampleJob { sampleJob = nil; figures = result }
            if id == fullJob { fullJob = nil; fullProgress = nil; fullFigures = result }
        case .swept(let id, let result):
            if id == sweepJob { sweepJob = nil; curve = result }
        case .cancelled(let id), .failed(let id, _):
            if case .failed(_, let message) = event { problem = message }
            if id == sampleJob { sampleJob = nil }
            if id == sweepJob { sweepJob = nil }
            if id == fullJob { fullJob = nil; fullProgress = nil }
        }
    }

    /// Forgets the whole population's run (the caller stops it): its number, if one was running.
    mutating func dropFullRun() -> Int? {
        defer { fullJob = nil; fullProgress = nil }
        return fullJob
    }

    /// Every job still running (to stop them when the screen closes).
    var runningJobs: [Int] { [sampleJob, sweepJob, fullJob].compactMap { $0 } }

    // MARK: Settings

    /// Moves the selected parameter by one step (within its range); true when it changed.
    mutating func step(by direction: Double) -> Bool {
        guard selection < ruleset.parameters.count else { return false }
        let parameter = ruleset.parameters[selection]
        let step = parameter.step > 0 ? parameter.step : 1
        return set(selection, to: min(parameter.max, max(parameter.min, parameters[selection] + direction * step)))
    }

    /// Sets parameter `index`; false when the value is out of its range or unchanged.
    mutating func set(_ index: Int, to value: Double) -> Bool {
        guard index < ruleset.parameters.count, value.isFinite, ruleset.parameters[index].accepts(value), parameters[index] != value else { return false }
        parameters[index] = value
        return true
    }

    /// The next ruleset, its parameters at their defaults; the figures of the previous one are dropped.
    mutating func switchRuleset() {
        guard rulesets.count > 1 else { return }
        rulesetIndex = (rulesetIndex + 1) % rulesets.count
        parameters = ParameterValues(defaultsOf: ruleset)
        startingParameters = parameters
        selection = 0
        figures = nil
        curve = nil
        if !panes.contains(pane) { pane = .figures }
    }
}
