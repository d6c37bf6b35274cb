import JREText

/// How people read one profile attribute of the claimants: its label, unit, value names and kind.
///
/// Declared in a ruleset's `profile:` section (for every scenario using it) or a scenario's own
/// `profile:` section (which wins, key by key).
public struct ProfileAttribute: Sendable {
    /// What the value is, which decides how it is written.
    public enum Kind: String, Sendable, CaseIterable {
        /// A number, written with its unit (« 58 ans »).
        case number
        /// A text, written as is or through `values` (« Aucun (téléphone fixe) »).
        case text
        /// A day index of the run (or a date), written as a date with the time elapsed (« 22 déc. 2022 (14 mois) »).
        case date
        /// A yes/no (« oui », « non »).
        case flag
    }

    public var key: String
    public var label: LocalizedText
    public var unit: LocalizedText?
    /// Nil: decided from the value.
    public var kind: Kind?
    /// Names for coded values (`eu: {fr: "Union européenne"}`), in file order.
    public var values: [(code: String, label: LocalizedText)]
    /// The card's line as a template, `{value}` standing for the written value (« Inscrit depuis le {value} »).
    public var phrase: LocalizedText?
    public var position: SourcePosition

    public init(key: String, label: LocalizedText, unit: LocalizedText? = nil, kind: Kind? = nil,
                values: [(code: String, label: LocalizedText)] = [], phrase: LocalizedText? = nil, position: SourcePosition = .unknown) {
        self.key = key
        self.label = label
        self.unit = unit
        self.kind = kind
        self.values = values
        self.phrase = phrase
        self.position = position
    }
}
