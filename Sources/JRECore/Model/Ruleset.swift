import JREText

/// The "algorithm": event vocabulary, tunable thresholds, scores, alerts, advice and decisions.
public struct Ruleset: Sendable {
    /// The file name without `.yaml`.
    public var id: String
    public var source: SourceFile
    public var title: LocalizedText
    public var description: LocalizedText?
    public var language: Lang
    public var provenance: Provenance
    public var eventTypes: [EventType]
    public var parameters: [Parameter]
    public var scores: [Score]
    public var alerts: [Alert]
    public var advice: [Advice]
    public var decisions: [Decision]
    /// The indices the room may name to support a decision that requires evidence (the guard-rail).
    public var evidence: [EvidenceIndex] = []
    /// How people read the claimants' profile attributes (labels, units, value names, kinds).
    public var profile: [ProfileAttribute] = []

    public func eventType(_ id: String) -> EventType? { eventTypes.first { $0.id == id } }
    public func parameterIndex(_ id: String) -> Int? { parameters.firstIndex { $0.id == id } }
    public func scoreIndex(_ id: String) -> Int? { scores.firstIndex { $0.id == id } }
}

/// Where a definition sits in its file.
public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static let unknown = SourcePosition(line: 0, column: 0)
}

/// One event type of the vocabulary.
public struct EventType: Sendable {
    public var id: String
    public var label: LocalizedText
    /// Declared attributes (name → label), or nil when the ruleset does not declare them.
    public var attributes: [(name: String, label: LocalizedText)]?
    public var position: SourcePosition
    /// How plain explanations count one and several of them (« candidature », « candidatures »).
    public var noun: LocalizedText? = nil
    public var plural: LocalizedText? = nil
    /// Names for coded attribute values (`outcome: refus` → « refus » / "rejection"), by attribute, in file order.
    public var attributeValues: [String: [(code: String, label: LocalizedText)]] = [:]

    /// An attribute's value as people read it: its declared name, else nil (the caller writes it as it is).
    public func valueLabel(_ attribute: String, _ code: String) -> LocalizedText? {
        attributeValues[attribute]?.first { $0.code == code }?.label
    }
}

/// A tunable threshold.
public struct Parameter: Sendable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    public var value: Double
    public var min: Double
    public var max: Double
    public var step: Double
    public var unit: LocalizedText?
    public var provenance: Provenance
    public var position: SourcePosition

    /// Whether `candidate` lies in `[min, max]`.
    public func accepts(_ candidate: Double) -> Bool { candidate >= min && candidate <= max }
}

/// How alarming a level is.
public enum Severity: String, Sendable, Hashable, CaseIterable {
    case ok
    case watch
    case alert
}

/// An expression as written in a file, with what is needed to point into it.
public struct ExpressionSource: Sendable {
    public var text: String
    public var anchor: TextAnchor
}

/// One named level of a score.
public struct Level: Sendable {
    public var name: String
    public var label: LocalizedText?
    public var condition: ExpressionSource?
    public var severity: Severity
    public var provenance: Provenance?
    public var position: SourcePosition
    /// The plain explanation's reason for this level, as a template (``SentenceTemplate``).
    public var sentence: LocalizedText? = nil

    public func displayLabel(_ lang: Lang) -> String {
        let text = label?.resolve(lang) ?? ""
        return text.isEmpty ? name : text
    }
}

/// A score: a number computed from the claimant's events, optionally sorted into levels.
public struct Score: Sendable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    public var value: ExpressionSource
    public var levels: [Level]
    public var provenance: Provenance
    public var position: SourcePosition
    /// For a trained score: the model file and the features it reads; its value is the model's output.
    public var model: ScoreModel? = nil
    /// The unit of its value, for people (« mois », « points »).
    public var unit: LocalizedText? = nil
    /// How a plain explanation names this value in a sentence, `{value}` standing for it (« inscrit depuis {value} »).
    public var phrase: LocalizedText? = nil
    /// `recompute: monthly`: the value is computed on the 1st of the month (``MonthStarts``) and holds all month.
    public var recomputeMonthly: Bool = false
}

/// A trained score's model (a file beside the ruleset) and the named expressions that feed it.
public struct ScoreModel: Sendable {
    /// The file as the ruleset names it (`models/suspicion.json`), relative to the ruleset's folder.
    public var reference: String
    /// The file as messages name it (a disk path, or `bundled:rulesets/models/…`).
    public var path: String
    public var trained: TrainedModel
    /// In the model's feature order.
    public var features: [ModelFeature]
    public var position: SourcePosition

    /// Feature index → parameter index, for a scorecard whose weights name ruleset parameters (`weight: NAME`).
    public func weightParameters(in ruleset: Ruleset) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (index, feature) in features.enumerated() {
            if let name = feature.weightParameter, let parameter = ruleset.parameterIndex(name) { result[index] = parameter }
        }
        return result
    }

    /// The model with the weights in force: a scorecard's tunable weights read from `parameters`; the file's model otherwise.
    public func trained(with parameters: ParameterValues, in ruleset: Ruleset) -> TrainedModel {
        guard case .scorecard(let card) = trained else { return trained }
        let tunable = weightParameters(in: ruleset)
        guard !tunable.isEmpty else { return trained }
        return .scorecard(card.replacingWeights(tunable.mapValues { parameters.values.indices.contains($0) ? parameters[$0] : 0 }))
    }
}

/// One input of a trained score: an expression of the rule language, with what a person reads about it.
public struct ModelFeature: Sendable {
    public var name: String
    public var value: ExpressionSource
    public var label: LocalizedText
    public var unit: LocalizedText?
    public var provenance: Provenance
    /// For a categorical feature: the texts it may take; the model receives the index in this list.
    public var categories: [String]?
    public var position: SourcePosition
    /// `weight: NAME`: a scorecard weight that is the ruleset parameter NAME (the lab moves it), and where it is written.
    public var weightParameter: String? = nil
    public var weightPosition: SourcePosition? = nil
    /// « What if »: this feature given the value of another one (the « métiers en tension » counterfactual).
    public var counterfactual: FeatureCounterfactual? = nil

    /// A feature written `if(condition, 1, 0)`: a yes/no indicator, said « oui » / « non » rather than 1 / 0.
    public var isIndicator: Bool {
        let text = value.text.replacingOccurrences(of: " ", with: "")
        return text.hasPrefix("if(") && text.hasSuffix(",1,0)")
    }
}

/// A feature's counterfactual (`counterfactual: {takes: OTHER, label: …}`): the score if this
/// feature had the value of feature `takes` — for the « métiers en tension » one, every
/// application retargeted to a shortage occupation.
public struct FeatureCounterfactual: Sendable {
    /// The other feature of the same score whose value this one takes.
    public var takes: String
    /// What the change means, for people (« si toutes ses candidatures visaient un métier en tension »).
    public var label: LocalizedText
    public var position: SourcePosition
}

/// An alert shown on the advisor's board.
public struct Alert: Sendable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    public var when: ExpressionSource
    public var provenance: Provenance
    public var position: SourcePosition
    /// The plain explanation of why it fired, as a template (``SentenceTemplate``); the generic sentence otherwise.
    public var sentence: LocalizedText? = nil
    /// Chosen by rank among the claimants (`rank:`); `when` is then who may be ranked.
    public var rank: AlertRank? = nil
}

/// One of the « conseils personnalisés ».
public struct Advice: Sendable {
    public var id: String
    public var when: ExpressionSource
    public var text: LocalizedText
    public var provenance: Provenance
    public var position: SourcePosition
}

/// Something the advisor may decide for a claimant.
public struct Decision: Sendable {
    /// Whether a written justification is required, optional.
    public enum Justification: String, Sendable, CaseIterable {
        case required
        case optional
    }

    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText?
    public var justification: Justification
    /// When set: at least `count` indices, from at least `domains` distinct domains, must be named.
    public var evidence: EvidenceRequirement?
    public var provenance: Provenance
    public var position: SourcePosition
}

/// The guard-rail of a decision: « un indice isolé ne permet aucune conclusion ».
public struct EvidenceRequirement: Sendable, Hashable {
    public var count: Int
    public var domains: Int

    public init(count: Int, domains: Int) {
        self.count = count
        self.domains = domains
    }
}

/// One index (indice) the room can name, and the domain it belongs to.
public struct EvidenceIndex: Sendable {
    public var id: String
    public var label: LocalizedText
    public var domain: String
    public var domainLabel: LocalizedText?
    public var position: SourcePosition
}
