/// Why a claimant got each score, level, alert and advice on one day: the data of « Pourquoi ? ».
public struct ClaimantExplanation: Sendable {
    public var claimantIndex: Int
    public var claimantId: String
    public var claimantName: String
    public var day: Int
    public var date: CivilDate
    public var parameters: [ParameterUse]
    public var scores: [ScoreExplanation]
    public var alerts: [RuleExplanation]
    public var advice: [RuleExplanation]
    public var fault: EvaluationFault?
}

/// A parameter's value in force, its default, and whether this claimant's rules read it.
public struct ParameterUse: Sendable {
    public var index: Int
    public var id: String
    public var value: Double
    public var defaultValue: Double
    public var isUsed: Bool
}

/// One score: its value with the expression tree, and each level's condition.
public struct ScoreExplanation: Sendable {
    public var index: Int
    public var id: String
    public var value: Double?
    public var tree: ExplainedNode
    public var levels: [LevelExplanation]
    public var chosenLevel: Int?
    /// For a trained score: what each feature added to the model's margin.
    public var contributions: ModelContributions? = nil
    /// For a `recompute: monthly` score: the day its value was computed on (the 1st of the month).
    public var computedOn: Int? = nil
    /// For a trained score with a `counterfactual` feature: the score if it changed (``ScoreCounterfactual``).
    public var counterfactuals: [ScoreCounterfactual] = []
}

/// A trained score explained: one contribution per feature (TreeSHAP, or weight × value) and the bias,
/// in margin space (log-odds), adding up to the margin; the score is the margin through the model's link.
public struct ModelContributions: Sendable {
    /// One input of the model: the person's value and how much it pushed the margin.
    public struct Feature: Sendable {
        public var index: Int
        public var name: String
        /// The value as the rules computed it (a number, a yes/no, a category), or a fault for a missing one.
        public var value: ExplainedValue
        public var isMissing: Bool
        public var contribution: Double
    }

    public var features: [Feature]
    public var bias: Double
    public var margin: Double
    public var score: Double

    /// The features by how much they moved the margin, largest first (ties in feature order).
    public var ranked: [Feature] {
        features.enumerated().sorted { a, b in
            abs(a.element.contribution) != abs(b.element.contribution) ? abs(a.element.contribution) > abs(b.element.contribution) : a.offset < b.offset
        }.map(\.element)
    }

    init(model: ScoreModel, trained: TrainedModel, features explained: [ExplainedNode], row: [Float]) {
        let result = trained.explain(row)
        features = model.features.enumerated().map { index, feature in
            Feature(index: index, name: feature.name, value: explained[index].value, isMissing: row[index].isNaN, contribution: result.contributions[index])
        }
        bias = result.bias
        margin = result.margin
        score = result.score
    }
}

/// One level of a score: whether its condition held, and how far it is when it did not.
public struct LevelExplanation: Sendable {
    public var index: Int
    public var name: String
    public var severity: Severity
    /// Nil for the last, unconditional level.
    public var condition: ExplainedNode?
    public var holds: Bool?
    public var isChosen: Bool
    /// For a level not chosen: what would make its condition hold.
    public var distance: FiringDistance?
}

/// An alert or an advice entry: fired or not, the tree, and how far from firing it is.
public struct RuleExplanation: Sendable {
    public var index: Int
    public var id: String
    public var fired: Bool
    public var tree: ExplainedNode
    public var distance: FiringDistance?
    /// For an alert chosen by rank: where the claimant stands (then `tree` is who may be ranked).
    public var rank: RankStanding? = nil
}

/// One evaluated sub-expression.
public struct ExplainedNode: Sendable {
    /// The sub-expression as written.
    public var text: String
    public var value: ExplainedValue
    /// False for the branches that lazy `if`/`and`/`or` did not need.
    public var evaluated: Bool
    public var detail: Detail
    public var children: [ExplainedNode]

    /// What kind of sub-expression this is, with what it read.
    public enum Detail: Sendable {
        case literal
        case parameter(id: String, defaultValue: Double)
        case score(id: String)
        case level(scoreId: String)
        case levelSubject
        case today
        case daysRegistered(registered: Double?)
        case profile(key: String, display: String?)
        /// An operator or function, named by its symbol (`+`, `and`, `min`…).
        case operation(String)
        case aggregate(AggregateDetail)
    }
}

/// A value as shown in explanations.
public enum ExplainedValue: Sendable, Equatable {
    case number(Double)
    case bool(Bool)
    case text(String)
    /// An evaluation fault at or below this node.
    case fault(EvaluationFault.Kind)
}

/// What an event function looked at: the window and the exact events.
public struct AggregateDetail: Sendable {
    public var function: String
    public var selector: String
    public var attribute: String?
    /// The window length in days, nil for "everything up to today".
    public var window: Double?
    /// The first day inside the window (nil without window).
    public var firstDay: Int?
    public var lastDay: Int
    /// The events counted or matched (for `days_since` and `last`: the one used).
    public var events: [EventReference]
    /// Matching events that left the window in the last seven days.
    public var leftWindow: [EventReference]
}

/// One dated event, as cited by an explanation.
public struct EventReference: Sendable, Hashable {
    public var index: Int
    public var day: Int
    public var date: CivilDate
    public var type: String
    public var attributes: [String]
    public var note: LocalizedText?
    /// The attributes as people read them, in both languages (``EventWords``); `attributes` keeps `name=value`.
    public var words: [LocalizedText] = []
}

/// How far a false condition is from holding (or a true one from failing).
public indirect enum FiringDistance: Sendable {
    /// A number that must cross a threshold: `subject op threshold`, now `current`.
    case gap(subject: String, current: Double, op: String, threshold: Double, change: Double)
    /// Every part must change.
    case all([FiringDistance])
    /// Any one of these is enough.
    case any([FiringDistance])
    /// A score must reach a level; what its condition needs.
    case level(score: String, target: String, current: String, needs: FiringDistance?)
    /// No number to move: the condition as written.
    case condition(String)
}
