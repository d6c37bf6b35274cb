// The debrief export (Markdown, HTML, CSV, JSON) and the `debrief` command.

extension Strings {
    // MARK: Header

    public static let exportTitle = Phrase(fr: "Débriefing — {0}", en: "Debrief — {0}")
    public static let exportNotice = Phrase(
        fr: "Simulation pédagogique : les personnes sont fictives et les règles sont une reconstitution (les règles réelles de France Travail ne sont pas publiques). Ce document ne décrit personne.",
        en: "Teaching simulation: the people are fictional and the rules are a reconstruction (France Travail's real rules are not public). This document describes no one.")
    public static let exportScenarioLine = Phrase(fr: "Scénario : {0} ({1}) · Règles : {2} ({3})", en: "Scenario: {0} ({1}) · Rules: {2} ({3})")
    public static let exportPeriodLine = Phrase(fr: "Du jour 1 ({0}) au jour {1} ({2})", en: "From day 1 ({0}) to day {1} ({2})")
    public static let exportStripNote = Phrase(
        fr: "Les frises et les effectifs sont calculés avec les seuils en vigueur à la fin de la séance ; chaque décision montre les alertes que l'écran affichait au moment où elle a été prise.",
        en: "The strips and counts use the thresholds in force at the end of the session; each decision shows the alerts the screen was showing when it was taken.")

    // MARK: Cohort

    public static let exportCohortHeading = Phrase(fr: "La cohorte", en: "The cohort")
    public static let exportCohortClaimants = PluralPhrase(one: Phrase(fr: "{0} demandeur", en: "{0} claimant"), other: Phrase(fr: "{0} demandeurs", en: "{0} claimants"))
    public static let exportCohortFlagged = PluralPhrase(one: Phrase(fr: "dont {0} signalé au moins un jour", en: "{0} of them flagged on at least one day"),
                                                         other: Phrase(fr: "dont {0} signalés au moins un jour", en: "{0} of them flagged on at least one day"))
    public static let exportCohortDecisions = PluralPhrase(one: Phrase(fr: "{0} décision prise par la salle", en: "{0} decision taken by the room"),
                                                           other: Phrase(fr: "{0} décisions prises par la salle", en: "{0} decisions taken by the room"))
    public static let exportCohortUnderAlert = PluralPhrase(one: Phrase(fr: "dont {0} alors qu'une alerte était affichée", en: "{0} of them while an alert was showing"),
                                                            other: Phrase(fr: "dont {0} alors qu'une alerte était affichée", en: "{0} of them while an alert was showing"))
    public static let exportCohortAlertDays = PluralPhrase(
        one: Phrase(fr: "{0} jour d'alerte en tout (une personne sous une alerte pendant un jour compte pour un)", en: "{0} alert-day in all (one person under one alert for one day counts as one)"),
        other: Phrase(fr: "{0} jours d'alerte en tout (une personne sous une alerte pendant un jour compte pour un)", en: "{0} alert-days in all (one person under one alert for one day counts as one)"))
    public static let exportCohortExplained = Phrase(
        fr: "{0} sur des personnes dont la vie réelle explique le signal (aidance, maladie, contrat court, formation)",
        en: "{0} on people whose real life explains the signal (caring, illness, a short contract, a training)")
    public static let exportCohortActiveSearch = Phrase(fr: "{0} sur des personnes qui cherchaient en fait activement (fausses alertes)", en: "{0} on people who were in fact searching actively (false alerts)")
    /// `{0}` is the number of claimants, `{1}` how many have a known true situation.
    public static let exportCohortSituations = PluralPhrase(one: Phrase(fr: "situation réelle connue pour {1} demandeur sur {0}", en: "true situation known for {1} of {0} claimant"),
                                                            other: Phrase(fr: "situation réelle connue pour {1} demandeurs sur {0}", en: "true situation known for {1} of {0} claimants"))

    // MARK: Alert counts

    public static let exportCountsHeading = Phrase(fr: "Les alertes au fil des jours", en: "Alerts over the days")
    public static let exportCountsColumnAlert = Phrase(fr: "Alerte", en: "Alert")
    public static let exportCountsColumnPeak = Phrase(fr: "Maximum (jour)", en: "Peak (day)")
    public static let exportCountsColumnLast = Phrase(fr: "Jour {0}", en: "Day {0}")
    public static let exportCountsColumnShape = Phrase(fr: "Évolution (une colonne par jour)", en: "Shape (one column a day)")
    public static let exportCountsChangesHeading = Phrase(fr: "Jours où les effectifs changent", en: "Days when the counts change")
    public static let exportCountsNone = Phrase(fr: "Personne n'a été signalé pendant la période.", en: "Nobody was flagged during the period.")
    public static let exportChartCounts = Phrase(fr: "{0} : nombre de demandeurs signalés chaque jour (sur {1})", en: "{0}: claimants flagged each day (out of {1})")
    public static let exportChartDayAxis = Phrase(fr: "jour", en: "day")

    // MARK: Thresholds and parameters

    public static let exportThresholdsHeading = Phrase(fr: "Seuils modifiés pendant la séance", en: "Thresholds changed during the session")
    public static let exportThresholdsNone = Phrase(fr: "Aucun seuil n'a été modifié pendant la séance.", en: "No threshold was changed during the session.")
    public static let exportColumnDay = Phrase(fr: "Jour", en: "Day")
    public static let exportColumnChange = Phrase(fr: "Modification", en: "Change")
    public static let exportColumnMoved = Phrase(fr: "Qui change d'alerte ce jour-là", en: "Who moved that day")
    public static let exportThresholdSet = Phrase(fr: "{0} : {1} → {2}", en: "{0}: {1} → {2}")
    public static let exportThresholdsReset = Phrase(fr: "tous les seuils remis aux valeurs de départ", en: "all thresholds reset to their starting values")
    public static let exportGained = Phrase(fr: "entrent dans « {0} » : {1}", en: "now under \"{0}\": {1}")
    public static let exportLost = Phrase(fr: "sortent de « {0} » : {1}", en: "no longer under \"{0}\": {1}")
    public static let exportNobodyMoved = Phrase(fr: "personne ne change d'alerte", en: "nobody changes alert")
    public static let exportParametersHeading = Phrase(fr: "Paramètres en vigueur à la fin, et valeurs par défaut", en: "Parameters in force at the end, and defaults")
    /// `{0}` is the number of changed parameters, `{1}` of all parameters.
    public static let exportParametersSummary = PluralPhrase(one: Phrase(fr: "{0} paramètre sur {1} diffère de la valeur par défaut du jeu de règles", en: "{0} of {1} parameters differs from the ruleset's default"),
                                                             other: Phrase(fr: "{0} paramètres sur {1} diffèrent de la valeur par défaut du jeu de règles", en: "{0} of {1} parameters differ from the ruleset's default"))
    public static let exportColumnParameter = Phrase(fr: "Paramètre", en: "Parameter")
    public static let exportColumnInForce = Phrase(fr: "En vigueur", en: "In force")
    public static let exportColumnDefault = Phrase(fr: "Défaut", en: "Default")
    public static let exportChangedMark = Phrase(fr: "modifié", en: "changed")

    // MARK: Claimants

    public static let exportClaimantsHeading = Phrase(fr: "Les demandeurs", en: "The claimants")
    public static let exportSituationLine = Phrase(fr: "Situation réelle : {0}", en: "True situation: {0}")
    public static let exportSituationUnknown = Phrase(fr: "non renseignée dans le scénario", en: "not given in the scenario")
    public static let exportExplainsSignal = Phrase(fr: "explique le signal", en: "explains the signal")
    public static let exportFalseAlerts = Phrase(fr: "une alerte ici est une fausse alerte", en: "an alert here is a false alert")
    public static let exportNeverFlagged = Phrase(fr: "Jamais signalé·e pendant la période.", en: "Never flagged during the period.")
    /// `{0}` is the number of days, `{1}` the alert, `{2}` the days.
    public static let exportAlertDays = PluralPhrase(one: Phrase(fr: "{1} : {0} jour — {2}", en: "{1}: {0} day — {2}"), other: Phrase(fr: "{1} : {0} jours — {2}", en: "{1}: {0} days — {2}"))
    public static let exportAlertNever = Phrase(fr: "{0} : jamais", en: "{0}: never")
    public static let exportDaysList = PluralPhrase(one: Phrase(fr: "jour {1}", en: "day {1}"), other: Phrase(fr: "jours {1}", en: "days {1}"))
    public static let exportDecisionsHeading = Phrase(fr: "Décisions de la salle", en: "The room's decisions")
    public static let exportNoDecision = Phrase(fr: "aucune décision", en: "no decision")
    public static let exportDecisionLine = Phrase(fr: "jour {0} ({1}) : {2}", en: "day {0} ({1}): {2}")
    public static let exportDecisionAlerts = Phrase(fr: "alertes affichées : {0}", en: "alerts showing: {0}")
    public static let exportDecisionNoAlert = Phrase(fr: "aucune alerte affichée", en: "no alert showing")
    public static let exportDecisionJustification = Phrase(fr: "justification : « {0} »", en: "justification: \"{0}\"")
    public static let exportDecisionEvidence = Phrase(fr: "indices nommés : {0}", en: "indices named: {0}")
    public static let exportContextHeading = Phrase(fr: "Contexte caché", en: "Hidden context")
    public static let exportNoContext = Phrase(fr: "Le scénario n'écrit pas de contexte pour cette personne.", en: "The scenario gives no context for this person.")
    public static let exportStripDecisions = Phrase(fr: "Décisions", en: "Decisions")
    public static let exportStripLegend = Phrase(fr: "▲ jour d'une décision ; une case par jour, une ligne par alerte.", en: "▲ day of a decision; one cell a day, one row per alert.")
    public static let exportStripTitle = Phrase(fr: "Frise des alertes — {0}", en: "Alert timeline — {0}")

    // MARK: True situations

    public static let exportSituationActiveOnline = Phrase(fr: "recherche active, visible en ligne", en: "active search, visible online")
    public static let exportSituationActiveOffline = Phrase(fr: "recherche active hors ligne, que le journal ne voit pas", en: "active search offline, which the journal does not see")
    public static let exportSituationCaring = Phrase(fr: "aide un proche", en: "caring for someone close")
    public static let exportSituationIll = Phrase(fr: "malade ou hospitalisé·e", en: "ill or in hospital")
    public static let exportSituationDiscouraged = Phrase(fr: "découragé·e", en: "discouraged")
    public static let exportSituationShortContract = Phrase(fr: "en contrat court", en: "on a short work contract")
    public static let exportSituationTraining = Phrase(fr: "en formation", en: "in training")
    public static let exportSituationInactive = Phrase(fr: "ne cherche pas", en: "not searching")
    public static let exportSituationOther = Phrase(fr: "autre situation (voir le contexte)", en: "another situation (see the context)")

    // MARK: The debrief command

    public static let exportCliNoFolder = Phrase(fr: "dossier de séance « {0} » introuvable", en: "session folder '{0}' not found")
    public static let exportCliNoJournal = Phrase(fr: "« {0} » n'est pas un dossier de séance : pas de {1} dedans", en: "'{0}' is not a session folder: no {1} in it")
    public static let exportCliEmptyJournal = Phrase(fr: "le journal {0} ne contient aucune entrée lisible : rien à débriefer", en: "the journal {0} holds no readable entry: nothing to debrief")
    public static let exportCliNotOpened = Phrase(fr: "le journal {0} ne dit pas quel scénario a été ouvert (aucune ligne « opened »)", en: "the journal {0} does not say which scenario was opened (no 'opened' line)")
    public static let exportCliScenarioNotFound = Phrase(fr: "le scénario de la séance, « {0} », est introuvable{2} (scénarios connus : {1}) ; ajoutez son dossier avec --scenarios DIR", en: "the session's scenario, '{0}', cannot be found{2} (known scenarios: {1}); add its folder with --scenarios DIR")
    public static let exportCliScenarioInvalid = Phrase(fr: "le scénario de la séance, « {0} », ne se charge plus :", en: "the session's scenario, '{0}', no longer loads:")
    public static let exportCliFileChanged = Phrase(fr: "attention : {0} a changé depuis la séance ; le débriefing utilise la version actuelle", en: "warning: {0} changed since the session; the debrief uses the current version")
    public static let exportCliCannotWrite = Phrase(fr: "impossible d'écrire {0} : {1}", en: "cannot write {0}: {1}")
    public static let exportCliWritten = Phrase(fr: "débriefing écrit dans {0}", en: "debrief written to {0}")
}

extension Strings {
    // MARK: CSV header (one row per claimant and day, for a spreadsheet)

    public static let exportCsvDay = Phrase(fr: "jour", en: "day")
    public static let exportCsvDate = Phrase(fr: "date", en: "date")
    public static let exportCsvClaimant = Phrase(fr: "code du demandeur", en: "claimant code")
    public static let exportCsvName = Phrase(fr: "nom", en: "name")
    public static let exportCsvSituation = Phrase(fr: "situation réelle", en: "true situation")
    public static let exportCsvAlert = Phrase(fr: "alerte : {0} (1 = active)", en: "alert: {0} (1 = on)")
    public static let exportCsvDecisionCode = Phrase(fr: "code de la décision", en: "decision code")
    public static let exportCsvDecision = Phrase(fr: "décision", en: "decision")
    public static let exportCsvDecisionAlerts = Phrase(fr: "alertes affichées lors de la décision", en: "alerts showing at the decision")
    public static let exportCsvJustification = Phrase(fr: "justification", en: "justification")
}
