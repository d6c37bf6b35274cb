import JREText

/// A workshop script: a cohort of fictional claimants with dated events, over a run of days.
public struct Scenario: Sendable {
    /// The file name without `.yaml`.
    public var id: String
    public var source: SourceFile
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var language: Lang
    /// The ruleset as written (`jre-standard`, `rules/mine.yaml`).
    public var rulesetReference: String
    public var rulesetPosition: SourcePosition
    public var alternativeRulesets: [String]
    /// Where each alternative ruleset is named in the file.
    public var alternativeRulesetPositions: [SourcePosition] = []
    public var start: CivilDate
    public var days: Int
    public var parameterOverrides: [ParameterOverride]
    public var briefing: LocalizedText?
    public var checkpoints: [Checkpoint]
    public var claimants: [Claimant]
    /// The scenario's own profile labels (`profile:` at the top level); they win over the ruleset's.
    public var profileAttributes: [ProfileAttribute] = []

    package init(id: String, source: SourceFile, title: LocalizedText, summary: LocalizedText?, language: Lang,
                 rulesetReference: String, rulesetPosition: SourcePosition, alternativeRulesets: [String],
                 alternativeRulesetPositions: [SourcePosition] = [], start: CivilDate, days: Int,
                 parameterOverrides: [ParameterOverride], briefing: LocalizedText?, checkpoints: [Checkpoint], claimants: [Claimant]) {
        self.id = id
        self.source = source
        self.title = title
        self.summary = summary
        self.language = language
        self.rulesetReference = rulesetReference
        self.rulesetPosition = rulesetPosition
        self.alternativeRulesets = alternativeRulesets
        self.alternativeRulesetPositions = alternativeRulesetPositions
        self.start = start
        self.days = days
        self.parameterOverrides = parameterOverrides
        self.briefing = briefing
        self.checkpoints = checkpoints
        self.claimants = claimants
    }

    /// The real date of clock day `day` (day 1 is `start`).
    public func date(ofDay day: Int) -> CivilDate { start.adding(days: day - 1) }

    /// The clock day of a date (may be outside 1...days).
    public func day(of date: CivilDate) -> Int { date.daysSinceEpoch - start.daysSinceEpoch + 1 }

    /// Week number of a day (week 1 = days 1–7).
    public static func week(ofDay day: Int) -> Int { (day - 1) / 7 + 1 }
}

/// What a claimant's life really is, which no event shows: the debrief compares it with the alerts.
public enum TrueSituation: String, Sendable, CaseIterable, Codable {
    case activeOnline = "active_online"
    case activeOffline = "active_offline"
    case caring
    case ill
    case discouraged
    case shortContract = "short_contract"
    case training
    case inactive
    /// Really defrauding (the `suspicion` scenario's hidden truth): an alert here is borne out, not a
    /// false alert; in a scenario that has one, an alert on anyone else is a false alert of fraud.
    case fraud
    /// Last: population files without a situation count here.
    case other

    /// Searching actively: an alert on this person is a false alert.
    public var isActiveSearch: Bool { self == .activeOnline || self == .activeOffline }

    /// A life event (caring, illness, a contract, a training) that explains a drop in the signals.
    public var explainsSignal: Bool { [.caring, .ill, .shortContract, .training].contains(self) }

    /// Really defrauding: the one situation in which a fraud alert is borne out.
    public var isActualFraud: Bool { self == .fraud }
}

/// What a check of a household's file would really find, hidden until the debrief (the `allocataires`
/// scenario: the amount and its cause; ILLUSTRATIVE).
public struct Overpayment: Sendable, Hashable {
    /// Why the amount was (not) owed.
    public enum Cause: String, Sendable, CaseIterable {
        /// The CAF's own processing error or delay.
        case cafError = "caf_error"
        /// A change of situation or income declared late.
        case lateDeclaration = "late_declaration"
        /// An honest mistake in a declaration.
        case declarationError = "declaration_error"
        case fraud
        /// Nothing to correct.
        case none
    }

    /// In euros: what the household owes back; negative when the CAF owed the household money; 0 for nothing.
    public var amount: Double
    public var cause: Cause
}

/// A value a scenario (or the command line) gives a parameter instead of its default.
public struct ParameterOverride: Sendable {
    public var name: String
    public var value: Double
    public var position: SourcePosition
}

/// A facilitator pause on a given day.
public struct Checkpoint: Sendable {
    public var day: Int
    public var prompt: LocalizedText
    public var position: SourcePosition
}

/// One fictional claimant.
public struct Claimant: Sendable {
    public var id: String
    public var name: String
    /// Profile attributes in file order; dates are turned into day indexes.
    public var profile: [ProfileEntry]
    public var context: LocalizedText?
    /// The true situation behind the data, hidden until the debrief (see ``TrueSituation``).
    public var situation: TrueSituation?
    /// Events sorted by day, file order kept for equal days.
    public var events: [Event]
    public var position: SourcePosition
    /// What a check would really find (hidden until the debrief), when the scenario says.
    public var overpayment: Overpayment? = nil
    /// Whether the person returned to work within six months (`returned_to_work`), hidden until the
    /// debrief like the situation; nil when the scenario does not say.
    public var returnedToWork: Bool? = nil

    package init(id: String, name: String, profile: [ProfileEntry], context: LocalizedText?, situation: TrueSituation?,
                 events: [Event], position: SourcePosition) {
        self.id = id
        self.name = name
        self.profile = profile
        self.context = context
        self.situation = situation
        self.events = events
        self.position = position
    }

    public func profileValue(_ key: String) -> ScalarValue? { profile.first { $0.key == key }?.value }
}

/// One profile attribute: its value for rules, and as written for people.
public struct ProfileEntry: Sendable {
    public var key: String
    /// What rules read (for a `{fr, en}` text: the scenario language's version).
    public var value: ScalarValue
    /// What people see, in either language.
    public var display: LocalizedText

    package init(key: String, value: ScalarValue, display: LocalizedText) {
        self.key = key
        self.value = value
        self.display = display
    }
}

/// One dated event of a claimant's timeline.
public struct Event: Sendable {
    public var day: Int
    public var type: String
    /// What the timeline says beside the event, in French, English or both.
    public var note: LocalizedText?
    public var attributes: [String: ScalarValue]
    /// Attribute names in file order, for display.
    public var attributeOrder: [String]
    /// Free-text attribute values written in both languages (`title: {fr: "…", en: "…"}`), for display;
    /// `attributes` holds the scenario language's version, which rules read.
    public var attributeTexts: [String: LocalizedText] = [:]
    public var position: SourcePosition

    package init(day: Int, type: String, note: LocalizedText?, attributes: [String: ScalarValue], attributeOrder: [String], position: SourcePosition) {
        self.day = day
        self.type = type
        self.note = note
        self.attributes = attributes
        self.attributeOrder = attributeOrder
        self.position = position
    }
}
