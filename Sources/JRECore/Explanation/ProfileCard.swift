import JREText

/// A claimant's profile as a card: each attribute's label and its value as people write it.
///
/// « Âge : 58 ans », « Inscrit depuis le 22 déc. 2022 (14 mois) », with labels declared in the ruleset's
/// or the scenario's `profile:` section (the scenario's win), the same in French and English.
public struct ProfileCard: Sendable {
    /// One line of the card: a label and a value, or (for an attribute with a `phrase`) a whole sentence.
    public struct Line: Sendable, Equatable {
        /// Nil when `value` is a whole sentence.
        public var label: String?
        public var value: String

        /// The line as text: « Âge : 58 ans ».
        public func text(_ lang: Lang) -> String {
            label.map { Strings.plainLabelValue.format(lang, $0, value) } ?? value
        }
    }

    public var lines: [Line]

    /// The card of `claimant` as seen on `day` (durations such as « 14 mois » are counted up to that day).
    public init(simulation: Simulation, claimant: Int, day: Int, lang: Lang) {
        let words = PlainWords(simulation: simulation, lang: lang)
        lines = simulation.scenario.claimants[claimant].profile.map { entry in
            let value = words.profileValue(entry, day: day)
            if let phrase = words.profileAttribute(entry.key)?.phrase?.resolve(lang), !phrase.isEmpty {
                return Line(label: nil, value: phrase.replacingOccurrences(of: "{value}", with: value))
            }
            return Line(label: words.profileLabel(entry.key), value: value)
        }
    }
}
