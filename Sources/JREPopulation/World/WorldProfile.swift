/// The hidden truth of the fraud world: what a person really did (never visible to the rules).
public enum FraudKind: String, Sendable, CaseIterable, Hashable {
    case none = "aucune"
    case fictitiousWork = "periode_fictive"
    case identityTheft = "usurpation"
    case undeclaredWork = "reprise_non_declaree"
}

/// Who chose the past controls: the earlier rules and reports (`targeted`), or chance (`random`).
public enum ControlHistoryMode: String, Sendable, CaseIterable, Hashable {
    case targeted
    case random
}

/// One person's past control by the fraud service: whether there was one, its day, and its result.
///
/// The result is the only label a model can learn from: it exists for controlled people only, a
/// control misses some frauds (``FraudModel/detectionRate``), and a control opened by the earlier
/// rules sometimes concludes to a fraud that is not there (``FraudModel/concludedBankAbroad`` …).
public struct ControlRecord: Sendable, Equatable, Hashable {
    public var controlled: Bool
    /// The day of the control (1 = first day of the run); 0 when not controlled.
    public var day: Int
    /// The control concluded to a fraud (« fraude constatée »), whether or not there was one. False when not controlled.
    public var fraudFound: Bool

    public init(controlled: Bool, day: Int, fraudFound: Bool) {
        self.controlled = controlled
        self.day = day
        self.fraudFound = fraudFound
    }

    public static let none = ControlRecord(controlled: false, day: 0, fraudFound: false)

    /// The label, for controlled people only: 1 when fraud was found, 0 when not; nil when not controlled.
    public var label: Int? { controlled ? (fraudFound ? 1 : 0) : nil }
}

/// One person's part of the fraud world: the profile attributes the article lists (visible to the
/// rules, see ``PopulationSchema``), what their logins and advisor reports showed, the hidden fraud,
/// and the control history.
public struct WorldProfile: Sendable, Equatable, Hashable {
    /// Indexes into the values of `nationalite`, `banque`, `contrat_fin`, `secteur`.
    public var nationality = 0
    public var bankAbroad = false
    public var contractDays = 0
    public var contractEnd = 0
    public var publicEmployer = false
    public var sector = 0
    public var rightsDays = 0
    public var employerStruckOff = false
    public var bankChanged = false
    /// Logins from abroad and advisor reports during the run (the events themselves are in the timeline).
    public var loginsAbroad = 0
    public var reports = 0
    /// What the person really did: never visible to the rules.
    public var fraud = FraudKind.none
    /// The past control under the population's history mode.
    public var control = ControlRecord.none
    /// Returns to work within six months after the last day of the run (``EmploymentOutcome``):
    /// the hidden outcome the `employabilite` model learns, never visible to the rules.
    public var returnsToWork = false

    public init() {}
}
