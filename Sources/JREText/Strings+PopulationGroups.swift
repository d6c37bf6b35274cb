/// The synthetic population's groupings and their values in words, for the screens a room reads
/// (« Tranche d'âge : moins de 26 ans » rather than `tranche_age: moins_26`). Headless CSV and JSON
/// keep the identifiers.
extension Strings {
    /// A grouping attribute's label, or nil for one this table does not know (shown as written).
    public static func groupingLabel(_ attribute: String) -> Phrase? {
        switch attribute {
        case "tranche_age": Phrase(fr: "Tranche d'âge", en: "Age band")
        case "revenus": Phrase(fr: "Revenus", en: "Income")
        case "acces_numerique": Phrase(fr: "Accès numérique", en: "Digital access")
        case "aidant": Phrase(fr: "Aidant·e d'un proche", en: "Caring for someone")
        case "probleme_sante": Phrase(fr: "Problème de santé", en: "Health problem")
        case "anciennete": Phrase(fr: "Ancienneté d'inscription", en: "Time registered")
        case "situation": Phrase(fr: "Situation réelle (cachée)", en: "Actual situation (hidden)")
        case "nationalite": Phrase(fr: "Nationalité", en: "Nationality")
        default: worldGroupingLabel(attribute)
        }
    }

    /// A grouping value's label (the category names shared with the model screen, ``categoryLabel(_:)``,
    /// plus the population's own), or nil for one no table knows (shown as written).
    public static func groupValueLabel(_ attribute: String, _ value: String) -> Phrase? {
        switch (attribute, value) {
        case ("anciennete", "moins_1_an"): Phrase(fr: "moins d'un an", en: "under a year")
        case ("anciennete", "1_an_et_plus"): Phrase(fr: "un an et plus", en: "a year or more")
        case (_, "true"): Phrase(fr: "oui", en: "yes")
        case (_, "false"): Phrase(fr: "non", en: "no")
        case ("situation", let code): situationLabel(code)
        default: worldGroupValueLabel(attribute, value) ?? categoryLabel(value)
        }
    }

    /// « Tranche d'âge » / "Age group", or the attribute as written.
    public static func groupingText(_ attribute: String, _ lang: Lang) -> String {
        groupingLabel(attribute)?(lang) ?? attribute
    }

    /// « moins de 26 ans » / "under 26", or the value as written.
    public static func groupValueText(_ attribute: String, _ value: String, _ lang: Lang) -> String {
        groupValueLabel(attribute, value)?(lang) ?? value
    }

    private static func situationLabel(_ code: String) -> Phrase? {
        switch code {
        case "active_online": Phrase(fr: "cherche activement, en ligne", en: "searching actively, online")
        case "active_offline": Phrase(fr: "cherche activement, hors ligne", en: "searching actively, offline")
        case "caring": Phrase(fr: "s'occupe d'un proche", en: "caring for someone")
        case "ill": Phrase(fr: "malade", en: "ill")
        case "discouraged": Phrase(fr: "découragé·e", en: "discouraged")
        case "short_contract": Phrase(fr: "contrat court", en: "short contract")
        case "training": Phrase(fr: "en formation", en: "in training")
        case "inactive": Phrase(fr: "sans recherche", en: "not searching")
        case "other": Phrase(fr: "autre", en: "other")
        case "fraud": Phrase(fr: "fraude réelle", en: "actual fraud")
        default: nil
        }
    }
}
