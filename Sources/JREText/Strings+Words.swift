/// Texts of the « words » work: event attribute values named in the ruleset, the debrief's sentences.
extension Strings {
    public static let whatEventAttribute = Phrase(fr: "attribut d'événement", en: "event attribute")
    public static let whatAttributeValues = Phrase(fr: "values (noms des valeurs de l'attribut)", en: "values (the attribute's value names)")
    public static let ctxEventAttribute = Phrase(fr: "attribut « {0} »", en: "attribute '{0}'")
}

extension Strings {
    /// The debrief's reason for an alert, in the sentence of « Pourquoi ? ».
    public static let debriefWhy = Phrase(fr: "Pourquoi, le jour {0} : {1}", en: "Why, on day {0}: {1}")
}
