/// The `fraud` true situation (someone really defrauding) as the debrief names and counts it.
extension Strings {
    /// The mark beside the situation, the same in every language and in ASCII terminals.
    public static let fraudSituationMark = "(!)"
    /// The debrief screen's short label.
    public static let situationFraud = Phrase(fr: "(!) fraude réelle", en: "(!) actual fraud")
    /// The exports' situation text (« Situation réelle : … »).
    public static let exportSituationFraud = Phrase(fr: "(!) fraude réelle", en: "(!) actual fraud")
    /// After the situation of a person who really defrauded.
    public static let exportFraudAlertBorneOut = Phrase(
        fr: "une alerte ici est fondée : cette personne fraudait",
        en: "an alert here is borne out: this person was defrauding")
    /// After the situation of an honest person, in a scenario where someone really defrauded.
    public static let exportHonestFalseAlert = Phrase(
        fr: "personne honnête : une alerte de fraude ici est une fausse alerte",
        en: "an honest person: a fraud alert here is a false alert")

    // MARK: Cohort figures of a scenario with actual frauds

    public static let exportCohortFrauds = PluralPhrase(
        one: Phrase(fr: "{0} personne fraudait réellement, dont {1} signalée au moins un jour",
                    en: "{0} person really defrauding, {1} of them flagged on at least one day"),
        other: Phrase(fr: "{0} personnes fraudaient réellement, dont {1} signalées au moins un jour",
                      en: "{0} people really defrauding, {1} of them flagged on at least one day"))
    public static let exportCohortHonestFlagged = PluralPhrase(
        one: Phrase(fr: "{0} personne honnête sur {1} signalée au moins un jour",
                    en: "{0} of {1} honest people flagged on at least one day"),
        other: Phrase(fr: "{0} personnes honnêtes sur {1} signalées au moins un jour",
                      en: "{0} of {1} honest people flagged on at least one day"))
    public static let exportCohortOnFraud = Phrase(
        fr: "{0} sur des personnes qui fraudaient réellement (alertes fondées)",
        en: "{0} on people who were really defrauding (alerts borne out)")
    public static let exportCohortOnHonest = Phrase(
        fr: "{0} sur des personnes honnêtes (fausses alertes de fraude)",
        en: "{0} on honest people (false fraud alerts)")
}

extension Strings {
    /// The debrief screen's summary when someone really defrauded: alerts borne out vs false fraud alerts.
    public static let debriefCohortWithFraud = Phrase(
        fr: "{0}, {1}. {2} : {3} sur des personnes qui fraudaient réellement (alertes fondées), {4} sur des personnes honnêtes (fausses alertes de fraude).",
        en: "{0}, {1}. {2}: {3} on people who were really defrauding (alerts borne out), {4} on honest people (false fraud alerts).")
}
