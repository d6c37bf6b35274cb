import JREText

/// An event's attributes as people read them: value names from the ruleset, yes/no, numbers in the reader's way.
///
/// A text value is shown by its declared name (`outcome: refus` → « refus » / "rejection"), else by its
/// own words when the scenario wrote it in both languages, else as written; a yes/no or a number goes
/// with the attribute's label (« Présent·e : oui », « Heures : 20 »). The formula view keeps `name=value`.
public enum EventWords {
    /// One text per attribute, in file order.
    public static func attributes(of event: Event, type: EventType?, lang: Lang) -> [String] {
        event.attributeOrder.compactMap { name in
            guard let value = event.attributes[name] else { return nil }
            return attribute(name, value, written: event.attributeTexts[name], type: type, lang: lang)
        }
    }

    /// Both languages of ``attributes(of:type:lang:)``, one text per attribute.
    public static func localizedAttributes(of event: Event, type: EventType?) -> [LocalizedText] {
        let fr = attributes(of: event, type: type, lang: .fr), en = attributes(of: event, type: type, lang: .en)
        return zip(fr, en).map { LocalizedText(fr: $0, en: $1) }
    }

    static func attribute(_ name: String, _ value: ScalarValue, written: LocalizedText?, type: EventType?, lang: Lang) -> String {
        switch value {
        case .text(let code):
            if let named = type?.valueLabel(name, code) { return named.resolve(lang) }
            return written?.resolve(lang) ?? code
        case .bool(let flag):
            return Strings.plainLabelValue.format(lang, label(name, type, lang), flag ? Strings.plainYes(lang) : Strings.plainNo(lang))
        case .number(let number):
            if let named = type?.valueLabel(name, ScalarValue.number(number).description) { return named.resolve(lang) }
            return Strings.plainLabelValue.format(lang, label(name, type, lang), NumberText.decimal(number, lang))
        }
    }

    /// The attribute's label, else its name in words.
    static func label(_ name: String, _ type: EventType?, _ lang: Lang) -> String {
        guard let label = type?.attributes?.first(where: { $0.name == name })?.label.resolve(lang), !label.isEmpty else {
            return PlainWords.capitalized(name.replacingOccurrences(of: "_", with: " "))
        }
        return label
    }
}
