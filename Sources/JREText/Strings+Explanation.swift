/// Plain explanations: sentences that say why a claimant is flagged, and the profile card.
extension Strings {
    // MARK: Loading
    public static let whatProfileSection = Phrase(fr: "profile (libellés du profil)", en: "profile (profile labels)")
    public static let whatProfileAttribute = Phrase(fr: "attribut du profil", en: "profile attribute")
    public static let whatProfileValues = Phrase(fr: "values (noms des valeurs)", en: "values (value names)")
    public static let ctxProfileAttribute = Phrase(fr: "attribut du profil « {0} »", en: "profile attribute '{0}'")
    public static let diagUnknownPlaceholder = Phrase(
        fr: "« {{0}} » n'est ni un score, ni un paramètre, ni {value}, {level} ou {reasons}{1}",
        en: "'{{0}}' is neither a score, a parameter, nor {value}, {level} or {reasons}{1}")

    // MARK: Comparisons: (held, not held) for each operator, {0} the threshold
    public static let plainAtLeastHeld = Phrase(fr: "seuil\u{00A0}: {0}", en: "threshold: {0}")
    public static let plainAtLeastNot = Phrase(fr: "sous le seuil de {0}", en: "below the threshold of {0}")
    public static let plainMoreThanHeld = Phrase(fr: "seuil\u{00A0}: plus de {0}", en: "threshold: more than {0}")
    public static let plainMoreThanNot = Phrase(fr: "pas plus de {0}", en: "not more than {0}")
    public static let plainLessThanHeld = Phrase(fr: "moins de {0}", en: "below {0}")
    public static let plainLessThanNot = Phrase(fr: "pas moins de {0}", en: "not below {0}")
    public static let plainAtMostHeld = Phrase(fr: "au plus {0}", en: "at most {0}")
    public static let plainAtMostNot = Phrase(fr: "plus de {0}", en: "more than {0}")
    public static let plainNot = Phrase(fr: "pas {0}", en: "not {0}")
    public static let plainAnd = Phrase(fr: " et ", en: " and ")
    public static let plainCapReached = Phrase(fr: "plafond de {0} atteint", en: "cap of {0} reached")
    public static let plainFloorReached = Phrase(fr: "plancher de {0}", en: "floor of {0}")
    public static let plainGiven = Phrase(fr: "{0}\u{00A0}: renseigné", en: "{0}: given")
    public static let plainNotGiven = Phrase(fr: "{0}\u{00A0}: non renseigné", en: "{0}: not given")
    public static let plainYes = Phrase(fr: "oui", en: "yes")
    public static let plainNo = Phrase(fr: "non", en: "no")
    public static let plainLabelValue = Phrase(fr: "{0}\u{00A0}: {1}", en: "{0}: {1}")
    public static let plainLevelIs = Phrase(fr: "{0} « {1} »", en: "{0} « {1} »")
    public static let plainValueAndReason = Phrase(fr: "{0}, {1}", en: "{0}, {1}")
    public static let plainDaysRegistered = Phrase(fr: "inscrit depuis {0}", en: "registered for {0}")
    public static let plainToday = Phrase(fr: "jour {0}", en: "day {0}")
    public static let plainSomeCondition = Phrase(fr: "une condition de la règle", en: "a condition of the rule")

    // MARK: Event functions
    public static let plainDaysAgo = Phrase(fr: "{0}\u{00A0}: il y a {1} (le {2})", en: "{0}: {1} ago ({2})")
    public static let plainNoEvent = Phrase(fr: "{0}\u{00A0}: jamais", en: "{0}: never")
    public static let plainLastValue = Phrase(fr: "{0}, dernière valeur de « {1} »\u{00A0}: {2}", en: "{0}, latest « {1} »: {2}")
    public static let plainHighest = Phrase(fr: "{0}, plus haute valeur de « {1} »\u{00A0}: {2}", en: "{0}, highest « {1} »: {2}")
    public static let plainLowest = Phrase(fr: "{0}, plus basse valeur de « {1} »\u{00A0}: {2}", en: "{0}, lowest « {1} »: {2}")
    public static let plainSum = Phrase(fr: "{1} au total\u{00A0}: {2}", en: "total {1}: {2}")
    public static let plainDistinct = Phrase(fr: "{0}, « {1} » différents\u{00A0}: {2}", en: "{0}, different « {1} »: {2}")
    public static let plainNone = Phrase(fr: "aucune valeur", en: "no value")
    public static let plainWindow = Phrase(fr: "Sur les {0} derniers jours (du {1} au {2}).", en: "Over the last {0} days ({1} to {2}).")
    public static let plainWindowBeforeStart = Phrase(
        fr: "Sur les {0} derniers jours (le journal ne commence que le {1}\u{00A0}: la fenêtre n'est pas encore pleine).",
        en: "Over the last {0} days (the journal only begins on {1}: the window is not full yet).")
    public static let plainSinceStart = Phrase(fr: "Depuis le début du journal ({0}).", en: "Since the journal began ({0}).")
    public static let plainEventsOfType = Phrase(fr: "{0}\u{00A0}: {1}.", en: "{0}: {1}.")
    public static let plainMoreEvents = Phrase(fr: "et {0} autres", en: "and {0} more")
    public static let plainTimesOnDay = Phrase(fr: "{0} ({1} fois)", en: "{0} ({1} times)")
    public static let plainOneMoreEvent = Phrase(fr: "et 1 autre", en: "and 1 more")
    public static let plainClauseSeparator = Phrase(fr: " ; ", en: "; ")
    public static let plainLeftWindow = Phrase(fr: "Sorti de la fenêtre ces derniers jours\u{00A0}: {0}.", en: "Left the window in the last few days: {0}.")
    public static let plainEventOn = Phrase(fr: "{0} le {1}", en: "{0} on {1}")
    public static let plainNoEvents = Phrase(fr: "Aucun événement retenu.", en: "No event counted.")

    // MARK: Whole explanation
    public static let plainAlertsTitle = Phrase(fr: "Alertes", en: "Alerts")
    public static let plainScoresTitle = Phrase(fr: "Scores", en: "Scores")
    public static let plainSignalsTitle = Phrase(fr: "Signaux intermédiaires", en: "Intermediate signals")
    public static let plainAdviceTitle = Phrase(fr: "Conseils personnalisés envoyés", en: "Personalised advice sent")
    public static let plainAlertFired = Phrase(fr: "{0}\u{00A0}: {1}.", en: "{0}: {1}.")
    public static let plainAlertNotFired = Phrase(fr: "{0} — non déclenchée\u{00A0}: {1}.", en: "{0} — off: {1}.")
    public static let plainAdviceBecause = Phrase(fr: "« {0} » — parce que\u{00A0}: {1}.", en: "« {0} » — because: {1}.")
    public static let plainNoAdvice = Phrase(fr: "Aucun conseil ce jour-là.", en: "No advice that day.")
    public static let plainScoreHead = Phrase(fr: "{0}\u{00A0}: {1}", en: "{0}: {1}")
    public static let plainScoreLevel = Phrase(fr: "{0}\u{00A0}: {1} → « {2} » ({3})", en: "{0}: {1} → « {2} » ({3})")
    public static let plainScoreLevelBare = Phrase(fr: "{0}\u{00A0}: {1} → « {2} »", en: "{0}: {1} → « {2} »")
    public static let plainPoints = Phrase(fr: "D'où viennent les points\u{00A0}:", en: "Where the points come from:")
    public static let plainBecause = Phrase(fr: "Pourquoi\u{00A0}:", en: "Why:")
    public static let plainBehind = Phrase(fr: "D'où cela vient\u{00A0}:", en: "Where it comes from:")
    public static let plainModelStart = Phrase(fr: "Modèle entraîné ({0})\u{00A0}: ce qui a le plus pesé, du plus au moins fort\u{00A0}:", en: "Trained model ({0}): what weighed most, strongest first:")
    public static let plainModelFeature = Phrase(fr: "{0}\u{00A0}: {1} ({2})", en: "{0}: {1} ({2})")
    public static let plainFaultFile = Phrase(fr: "Calcul impossible ce jour-là\u{00A0}: {0}", en: "Cannot be computed that day: {0}")
    public static let plainFormulasHint = Phrase(
        fr: "Le calcul complet, formule par formule\u{00A0}: ajoutez --formulas.",
        en: "The full calculation, formula by formula: add --formulas.")
    public static let plainProvenance = Phrase(fr: "Provenance des règles\u{00A0}: {0}.", en: "Where the rules come from: {0}.")

    // MARK: Console
    public static let keyFormulas = Phrase(fr: "formules", en: "formulas")
    public static let helpFormulas = Phrase(
        fr: "Dans « Pourquoi ? » : passer des phrases aux formules complètes (et retour)",
        en: "In \"Why?\": switch from sentences to the full formulas (and back)")
    public static let whyFormulasHint = Phrase(fr: "F : phrases", en: "F: sentences")
    public static let whyPlainHint = Phrase(fr: "F : formules", en: "F: formulas")

    // MARK: Profile card
    public static let profileRegistered = Phrase(fr: "Inscription", en: "Registration")
    public static let profileAge = Phrase(fr: "Âge", en: "Age")
    public static let cardSince = Phrase(fr: "{0} ({1})", en: "{0} ({1})")
    public static let cardInFuture = Phrase(fr: "{0} (dans {1})", en: "{0} (in {1})")
    public static let durationDays = Phrase(fr: "{0} jours", en: "{0} days")
    public static let durationDay = Phrase(fr: "{0} jour", en: "{0} day")
    public static let durationMonths = Phrase(fr: "{0} mois", en: "{0} months")
    public static let durationMonth = Phrase(fr: "{0} mois", en: "{0} month")
    public static let durationYears = Phrase(fr: "{0} ans", en: "{0} years")
}
