/// A counted phrase with a singular and a plural form: « 1 décision », « 3 décisions », "0 decisions".
///
/// French takes the singular for 0 and 1, English for 1 only. `{0}` is the count (written by
/// ``NumberText/count(_:_:)``); further placeholders are `{1}`, `{2}`… filled from `arguments`.
public struct PluralPhrase: Sendable, Hashable {
    public let one: Phrase
    public let other: Phrase

    public init(one: Phrase, other: Phrase) {
        self.one = one
        self.other = other
    }

    /// The form for `count` in `lang`, its count and other placeholders filled.
    public func format(_ lang: Lang, count: Int, _ arguments: String...) -> String {
        let phrase = PluralPhrase.isSingular(count, lang) ? one : other
        return phrase.format(lang, arguments: [NumberText.count(count, lang)] + arguments)
    }

    /// Whether `count` takes the singular in `lang` (French: 0 and 1; English: 1).
    public static func isSingular(_ count: Int, _ lang: Lang) -> Bool {
        lang == .fr ? count.magnitude < 2 : count == 1
    }
}

extension Strings {
    /// Text between the quotation marks of `lang`: « texte » in French, "text" in English.
    public static func quoted(_ text: String, _ lang: Lang) -> String {
        lang == .fr ? "« " + text + " »" : "\"" + text + "\""
    }
}

extension Strings {
    /// A unit written in the plural (as rulesets write them: « jours », « candidatures par code »)
    /// in the form `value` takes: « 1 jour », « 1,5 jour », "1 day", "1.5 days", « 3 mois ».
    ///
    /// Only the first word changes, and only when it ends in « s » and is not invariable
    /// (« mois », « fois »…); "criteria" and "people" have their singular.
    public static func unit(_ unit: String, for value: Double, _ lang: Lang) -> String {
        let singular = lang == .fr ? value.magnitude < 2 : value == 1
        guard singular, !unit.isEmpty else { return unit }
        let first = unit.prefix { !$0.isWhitespace }
        let rest = unit.dropFirst(first.count)
        let irregular = ["criteria": "criterion", "people": "person"]
        if let word = irregular[String(first)] { return word + String(rest) }
        let invariable: Set<String> = ["mois", "fois", "pas", "cas", "temps", "ROME", "plus", "moins"]
        guard first.count > 2, first.hasSuffix("s"), !invariable.contains(String(first)) else { return unit }
        return String(first.dropLast()) + String(rest)
    }
}
