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
    /// In French every word up to a preposition loses a final « s » (« contacts employeurs » →
    /// « contact employeur »); in English the noun before « per »/« of »… or the last word does
    /// (« job codes » → « job code »); words that end in « s » in the singular stay (« mois »).
    public static func unit(_ unit: String, for value: Double, _ lang: Lang) -> String {
        let singular = lang == .fr ? value.magnitude < 2 : value.magnitude == 1
        guard singular, !unit.isEmpty else { return unit }
        let irregular = lang == .en ? ["criteria": "criterion", "people": "person", "children": "child"] : [:]
        var words = unit.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let first = words.first, let one = irregular[first] { words[0] = one; return words.joined(separator: " ") }
        let keep: Set<String> = lang == .fr ? ["rendez-vous", "mois", "fois", "cours", "temps", "plus", "pas", "sous", "dans", "sans", "jours-alertes"] : ["this", "plus", "less", "was", "has", "is"]
        func drop(_ word: String) -> String {
            guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss"), !keep.contains(word.lowercased()),
                  word.first?.isLowercase ?? false else { return word }
            return String(word.dropLast())
        }
        if lang == .fr {
            // Up to a preposition: « candidatures par code » → « candidature par code ».
            for index in words.indices {
                if ["par", "de", "du", "des", "d'", "en", "(1"].contains(words[index]) || words[index].hasPrefix("(") { break }
                words[index] = drop(words[index])
            }
        } else {
            let stop = words.firstIndex { ["per", "of", "out", "from", "below", "above", "in", "a", "an", "on", "with"].contains($0) } ?? words.count
            if stop > 0 { words[stop - 1] = drop(words[stop - 1]) }
        }
        return words.joined(separator: " ")
    }
}
