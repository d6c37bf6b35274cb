import JRECore

/// The profile columns of a synthetic population (`claimants.csv`), in file order.
///
/// The hidden true situation is not among them: it lives in `situations.csv`, which the rules never read.
public enum PopulationSchema {
    /// One profile column.
    public struct Attribute: Sendable {
        public var name: String
        public var type: ValueType
        /// The categories of a text or yes/no column, in display order; empty for numbers.
        public var values: [String]
    }

    public static let registered = 0, age = 1, ageBand = 2, income = 3, access = 4, carer = 5, health = 6, seniority = 7

    public static let attributes: [Attribute] = [
        Attribute(name: "registered", type: .number, values: []),
        Attribute(name: "age", type: .number, values: []),
        Attribute(name: "tranche_age", type: .text, values: ["moins_26", "26_49", "50_plus"]),
        Attribute(name: "revenus", type: .text, values: ["modestes", "intermediaires", "aises"]),
        Attribute(name: "acces_numerique", type: .text, values: ["fiable", "non_fiable"]),
        Attribute(name: "aidant", type: .bool, values: ["false", "true"]),
        Attribute(name: "probleme_sante", type: .bool, values: ["false", "true"]),
        Attribute(name: "anciennete", type: .text, values: ["moins_1_an", "1_an_et_plus"]),
    ]

    /// The columns a report groups by when none is named: every categorical one.
    public static var defaultGroupings: [String] { attributes.filter { !$0.values.isEmpty }.map(\.name) }

    /// Each profile column's type, as the expression checker wants it.
    static var profileTypes: [String: ValueType] {
        Dictionary(uniqueKeysWithValues: attributes.map { ($0.name, $0.type) })
    }
}

/// One synthetic claimant's profile and hidden truth.
public struct SyntheticProfile: Sendable, Equatable {
    /// Day of registration (day 1 is the first day of the run; 0 or less is before it).
    public var registered: Int
    public var age: Int
    /// Indexes into each categorical attribute's `values` (see ``PopulationSchema``).
    public var ageBand: Int
    public var income: Int
    public var access: Int
    public var carer: Bool
    public var health: Bool
    public var seniority: Int
    /// What the person is really doing: never visible to the rules.
    public var situation: TrueSituation
    /// An active searcher changing career: applications spread over several jobs and sectors.
    public var careerChange: Bool

    public init() {
        registered = 0; age = 0; ageBand = 0; income = 0; access = 0; carer = false; health = false; seniority = 0
        situation = .activeOnline; careerChange = false
    }

    /// The value of schema attribute `attribute` as the rules read it.
    public func value(_ attribute: Int) -> ScalarValue {
        switch attribute {
        case PopulationSchema.registered: return .number(Double(registered))
        case PopulationSchema.age: return .number(Double(age))
        case PopulationSchema.carer: return .bool(carer)
        case PopulationSchema.health: return .bool(health)
        default: return .text(PopulationSchema.attributes[attribute].values[category(attribute)])
        }
    }

    /// The category index of a categorical attribute (0 for numbers).
    @inline(__always)
    public func category(_ attribute: Int) -> Int {
        switch attribute {
        case PopulationSchema.ageBand: return ageBand
        case PopulationSchema.income: return income
        case PopulationSchema.access: return access
        case PopulationSchema.carer: return carer ? 1 : 0
        case PopulationSchema.health: return health ? 1 : 0
        case PopulationSchema.seniority: return seniority
        default: return 0
        }
    }
}
