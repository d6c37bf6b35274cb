import JRECore

/// The profile columns of a synthetic population (`claimants.csv`), in file order.
///
/// The hidden true situation and the hidden fraud are not among them: they live in `situations.csv`
/// and `controls.csv`, which the rules never read. The columns from `nationalite` on are the fraud
/// world's (`docs/population-model.md` § 1.5): reports do not group by them unless asked to.
public enum PopulationSchema {
    /// One profile column.
    public struct Attribute: Sendable {
        public var name: String
        public var type: ValueType
        /// The categories of a text or yes/no column, in display order; empty for numbers.
        public var values: [String]
        /// Part of the fraud world: not among the groupings a report uses when none is named.
        public var world = false
    }

    public static let registered = 0, age = 1, ageBand = 2, income = 3, access = 4, carer = 5, health = 6, seniority = 7
    public static let nationality = 8, bank = 9, contractDays = 10, contractEnd = 11, publicEmployer = 12, sector = 13
    public static let rightsDays = 14, employerStruckOff = 15, bankChanged = 16

    public static let attributes: [Attribute] = [
        Attribute(name: "registered", type: .number, values: []),
        Attribute(name: "age", type: .number, values: []),
        Attribute(name: "tranche_age", type: .text, values: ["moins_26", "26_49", "50_plus"]),
        Attribute(name: "revenus", type: .text, values: ["modestes", "intermediaires", "aises"]),
        Attribute(name: "acces_numerique", type: .text, values: ["fiable", "non_fiable"]),
        Attribute(name: "aidant", type: .bool, values: ["false", "true"]),
        Attribute(name: "probleme_sante", type: .bool, values: ["false", "true"]),
        Attribute(name: "anciennete", type: .text, values: ["moins_1_an", "1_an_et_plus"]),
        Attribute(name: "nationalite", type: .text, values: ["francaise", "ue", "hors_ue"], world: true),
        Attribute(name: "banque", type: .text, values: ["france", "etranger"], world: true),
        Attribute(name: "contrat_duree", type: .number, values: [], world: true),
        Attribute(name: "contrat_fin", type: .text,
                  values: ["fin_cdd", "fin_mission", "licenciement", "rupture_conventionnelle", "demission"], world: true),
        Attribute(name: "employeur_public", type: .bool, values: ["false", "true"], world: true),
        Attribute(name: "secteur", type: .text,
                  values: ["commerce", "industrie", "construction", "services", "sante_social", "hotellerie_restauration", "transport_logistique"],
                  world: true),
        Attribute(name: "droits_jours", type: .number, values: [], world: true),
        Attribute(name: "employeur_radie", type: .bool, values: ["false", "true"], world: true),
        Attribute(name: "rib_modifie", type: .bool, values: ["false", "true"], world: true),
    ]

    /// The columns a report groups by when none is named: every categorical one outside the fraud world.
    public static var defaultGroupings: [String] { standardGroupings.map(\.attribute) }

    /// The groupings a synthetic population offers by default (the fraud world's are available by name).
    static var standardGroupings: [PopulationGrouping] {
        attributes.filter { !$0.values.isEmpty && !$0.world }.map { PopulationGrouping(attribute: $0.name, values: $0.values) }
    }

    /// Every categorical column as a grouping, the fraud world's included.
    static var allGroupings: [PopulationGrouping] {
        attributes.filter { !$0.values.isEmpty }.map { PopulationGrouping(attribute: $0.name, values: $0.values) }
    }

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
    /// The person's intensity (mean 1, from 0 to 2): multiplies every rate of their events.
    public var intensity: Double
    /// The fraud world: its profile attributes, its hidden fraud and the control history.
    public var world: WorldProfile

    public init() {
        registered = 0; age = 0; ageBand = 0; income = 0; access = 0; carer = false; health = false; seniority = 0
        situation = .activeOnline; careerChange = false; intensity = 1; world = WorldProfile()
    }

    /// The value of schema attribute `attribute` as the rules read it.
    public func value(_ attribute: Int) -> ScalarValue {
        switch attribute {
        case PopulationSchema.registered, PopulationSchema.age, PopulationSchema.contractDays, PopulationSchema.rightsDays:
            return .number(number(attribute))
        case PopulationSchema.carer, PopulationSchema.health, PopulationSchema.publicEmployer, PopulationSchema.employerStruckOff,
             PopulationSchema.bankChanged:
            return .bool(category(attribute) == 1)
        default: return .text(PopulationSchema.attributes[attribute].values[category(attribute)])
        }
    }

    /// The value of a number attribute (0 for the others).
    @inline(__always)
    public func number(_ attribute: Int) -> Double {
        switch attribute {
        case PopulationSchema.registered: return Double(registered)
        case PopulationSchema.age: return Double(age)
        case PopulationSchema.contractDays: return Double(world.contractDays)
        case PopulationSchema.rightsDays: return Double(world.rightsDays)
        default: return 0
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
        case PopulationSchema.nationality: return world.nationality
        case PopulationSchema.bank: return world.bankAbroad ? 1 : 0
        case PopulationSchema.contractEnd: return world.contractEnd
        case PopulationSchema.publicEmployer: return world.publicEmployer ? 1 : 0
        case PopulationSchema.sector: return world.sector
        case PopulationSchema.employerStruckOff: return world.employerStruckOff ? 1 : 0
        case PopulationSchema.bankChanged: return world.bankChanged ? 1 : 0
        default: return 0
        }
    }
}
