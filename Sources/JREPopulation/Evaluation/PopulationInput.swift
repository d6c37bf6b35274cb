import JRECore

/// A population to evaluate: drawn by the generator, or read from a folder of CSV files.
public enum PopulationInput: Sendable {
    case synthetic(SyntheticPopulation)
    case files(PopulationFiles)

    /// How many claimants.
    public var claimantCount: Int {
        switch self {
        case .synthetic(let population): return population.size
        case .files(let files): return files.claimants.count
        }
    }

    /// The last day of the run: the default evaluation day.
    public var days: Int {
        switch self {
        case .synthetic(let population): return population.days
        case .files(let files): return files.days
        }
    }

    /// Whether each claimant's hidden situation is known (for false-alert rates).
    public var knowsSituations: Bool {
        switch self {
        case .synthetic: return true
        case .files(let files): return files.situations != nil
        }
    }

    /// The attributes reports can group by, each with its values in display order.
    public var groupings: [PopulationGrouping] {
        var result: [PopulationGrouping]
        switch self {
        case .synthetic:
            result = PopulationSchema.standardGroupings
        case .files(let files):
            result = files.claimants.groupings
        }
        if knowsSituations { result.append(PopulationGrouping.situation) }
        return result
    }

    /// The groupings used when none is asked for: every categorical profile attribute (outside the
    /// fraud world for a generated population or folder), then the hidden situation.
    public var defaultGroupings: [String] {
        let offered = groupings.map(\.attribute)
        guard case .files(let files) = self, let chosen = files.manifest?.defaultGroupings else { return offered }
        return offered.filter { chosen.contains($0) || $0 == PopulationGrouping.situationName }
    }

    /// The type of each profile attribute, for checking the rules' expressions.
    var profileTypes: [String: ValueType] {
        switch self {
        case .synthetic: return PopulationSchema.profileTypes
        case .files(let files): return files.claimants.profileTypes
        }
    }

    /// The event types and attribute slots of the source, for a ruleset.
    func vocabulary(for ruleset: Ruleset) -> SourceVocabulary {
        switch self {
        case .synthetic: return .generated
        case .files(let files): return files.events.vocabulary(for: ruleset)
        }
    }
}

/// An attribute a report groups claimants by, and its values in display order.
public struct PopulationGrouping: Sendable, Hashable {
    public var attribute: String
    public var values: [String]

    public init(attribute: String, values: [String]) {
        self.attribute = attribute
        self.values = values
    }

    /// The name of the hidden situation as a grouping (never visible to the rules).
    public static let situationName = "situation"
    public static let situation = PopulationGrouping(attribute: situationName, values: TrueSituation.allCases.map(\.rawValue))
}
