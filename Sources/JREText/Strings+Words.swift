/// Texts of the « words » work: event attribute values named in the ruleset, the debrief's sentences.
extension Strings {
    public static let whatEventAttribute = Phrase(fr: "attribut d'événement", en: "event attribute")
    public static let whatAttributeValues = Phrase(fr: "values (noms des valeurs de l'attribut)", en: "values (the attribute's value names)")
    public static let ctxEventAttribute = Phrase(fr: "attribut « {0} »", en: "attribute '{0}'")
}

extension Strings {
    /// The debrief's reason for an alert, in the sentence of « Pourquoi ? ».
    public static let debriefWhy = Phrase(fr: "Pourquoi, le jour {0}\u{00A0}: {1}", en: "Why, on day {0}: {1}")
}

extension Strings {
    /// The labels of the synthetic world's fraud-side groupings (`--by banque`, `--by secteur`…).
    static func worldGroupingLabel(_ attribute: String) -> Phrase? {
        switch attribute {
        case "banque": Phrase(fr: "Compte bancaire", en: "Bank account")
        case "contrat_fin": Phrase(fr: "Fin du dernier contrat", en: "End of the last contract")
        case "employeur_public": Phrase(fr: "Employeur public", en: "Public employer")
        case "secteur": Phrase(fr: "Secteur", en: "Sector")
        case "employeur_radie": Phrase(fr: "Employeur radié", en: "Employer struck off")
        case "rib_modifie": Phrase(fr: "Coordonnées bancaires modifiées", en: "Bank details changed")
        default: nil
        }
    }

    /// The values of those groupings that no shared table names.
    static func worldGroupValueLabel(_ attribute: String, _ value: String) -> Phrase? {
        switch (attribute, value) {
        case ("secteur", "construction"): Phrase(fr: "construction", en: "construction")
        case ("secteur", "commerce"): Phrase(fr: "commerce", en: "retail")
        case ("secteur", "industrie"): Phrase(fr: "industrie", en: "industry")
        case ("secteur", "services"): Phrase(fr: "services", en: "services")
        case ("secteur", "sante_social"): Phrase(fr: "santé et social", en: "health and social work")
        case ("secteur", "hotellerie_restauration"): Phrase(fr: "hôtellerie-restauration", en: "hotels and catering")
        case ("secteur", "transport_logistique"): Phrase(fr: "transport et logistique", en: "transport and logistics")
        default: nil
        }
    }
}
