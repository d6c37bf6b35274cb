// The workshop loop: threshold lab, sweeps, decisions, sessions, debrief.

extension Strings {
    public static let sweepTitle = Phrase(fr: "Balayage de {0} ({1}) — jour {2}, {3}", en: "Sweep of {0} ({1}) — day {2}, {3}")
    public static let sweepRange = Phrase(fr: "de {0} à {1} par pas de {2} · valeur actuelle {3} (défaut {4}) ◀", en: "from {0} to {1} in steps of {2} · current value {3} (default {4}) ◀")
    public static let cliUnknownParameter = Phrase(fr: "paramètre inconnu « {0} »{1} (paramètres : {2})", en: "unknown parameter '{0}'{1} (parameters: {2})")
}

extension Strings {
    // Keys of the workshop screens.
    public static let keyDecide = Phrase(fr: "décider", en: "decide")
    public static let helpDecide = Phrase(fr: "Prendre une décision de conseiller pour ce demandeur (enregistrée avec ce que l'écran montre)", en: "Take an advisor's decision for this claimant (recorded with what the screen shows)")
    public static let keyLab = Phrase(fr: "seuils", en: "thresholds")
    public static let helpLab = Phrase(fr: "Laboratoire des seuils : changer les paramètres et voir qui est signalé", en: "Threshold lab: change the parameters and see who gets flagged")
    public static let keyDebrief = Phrase(fr: "débriefing", en: "debrief")
    public static let helpDebrief = Phrase(fr: "Débriefing : alertes, décisions et situations réelles côte à côte", en: "Debrief: alerts, decisions and real lives side by side")
    public static let keyIncrease = Phrase(fr: "+ pas", en: "+ step")
    public static let helpIncrease = Phrase(fr: "Augmenter le paramètre d'un pas (ou tapez une valeur puis Entrée)", en: "Raise the parameter one step (or type a value then Enter)")
    public static let keyDecrease = Phrase(fr: "− pas", en: "− step")
    public static let helpDecrease = Phrase(fr: "Baisser le paramètre d'un pas", en: "Lower the parameter one step")
    public static let keyResetOne = Phrase(fr: "rétablir", en: "reset")
    public static let helpResetOne = Phrase(fr: "Rétablir la valeur de départ de ce paramètre", en: "Put this parameter back to its starting value")
    public static let keyResetAll = Phrase(fr: "tout rétablir", en: "reset all")
    public static let helpResetAll = Phrase(fr: "Rétablir tous les paramètres", en: "Put every parameter back")
    public static let keyNextClaimant = Phrase(fr: "demandeur suivant", en: "next claimant")
    public static let helpNextClaimant = Phrase(fr: "Point de bascule : passer au demandeur suivant", en: "Tipping point: next claimant")
    public static let keyPreviousClaimant = Phrase(fr: "demandeur précédent", en: "previous claimant")
    public static let helpPreviousClaimant = Phrase(fr: "Point de bascule : demandeur précédent", en: "Tipping point: previous claimant")

    // The decision dialog.
    public static let dialogTitle = Phrase(fr: "Décision pour {0} — jour {1}", en: "Decision for {0} — day {1}")
    public static let dialogChoose = Phrase(fr: "↑↓ choisir · Entrée valider · Échap annuler", en: "↑↓ choose · Enter confirm · Esc cancel")
    public static let dialogShowing = Phrase(fr: "À l'écran : {0}", en: "On screen: {0}")
    public static let dialogNoAlert = Phrase(fr: "aucune alerte", en: "no alert")
    public static let dialogJustifyRequired = Phrase(fr: "Justification écrite (obligatoire) :", en: "Written justification (required):")
    public static let dialogJustifyOptional = Phrase(fr: "Justification (facultative) — Entrée pour continuer :", en: "Justification (optional) — Enter to go on:")
    public static let dialogEvidenceTitle = Phrase(fr: "Indices (au moins {0}, de {1} domaines distincts) — Espace coche, Entrée valide :", en: "Indices (at least {0}, from {1} distinct domains) — Space ticks, Enter confirms:")
    public static let dialogEvidenceRule = Phrase(fr: "« Un indice isolé ne permet aucune conclusion. »", en: "\"A single index allows no conclusion.\"")
    public static let dialogJustificationRequired = Phrase(fr: "Cette décision exige une justification écrite.", en: "This decision requires a written justification.")
    public static let dialogEvidenceMissing = Phrase(fr: "Pas assez d'indices, ou pas assez de domaines distincts.", en: "Not enough indices, or not from enough distinct domains.")
    public static let dialogSaved = Phrase(fr: "Décision enregistrée sur le disque.", en: "Decision saved to disk.")
    public static let dialogNoDecisions = Phrase(fr: "Ce jeu de règles ne propose aucune décision.", en: "This ruleset offers no decision.")
    public static let dialogRequired = Phrase(fr: "justification obligatoire", en: "justification required")
    public static let dialogGuardRail = Phrase(fr: "{0} indices, {1} domaines", en: "{0} indices, {1} domains")
    public static let confirmQuit = Phrase(fr: "Quitter sans enregistrer la décision en cours ? o : oui · autre touche : non", en: "Quit without saving the decision being written? y: yes · any other key: no")
    public static let filesChangedTitle = Phrase(fr: "Les fichiers ont changé depuis cette séance", en: "The files changed since this session")
    public static let filesChangedBody = Phrase(fr: "Le scénario ou le jeu de règles n'est plus celui avec lequel les décisions de cette séance ont été prises. Entrée : continuer avec les fichiers actuels · n : nouvelle séance (l'ancienne est archivée) · q : quitter.", en: "The scenario or ruleset is not the one this session's decisions were taken with. Enter: go on with the current files · n: new session (the old one is archived) · q: quit.")
    public static let sessionResumed = Phrase(fr: "Séance reprise : {0}, jour {1}.", en: "Session resumed: {0}, day {1}.")
    public static let sessionWriteFailed = Phrase(fr: "Impossible d'enregistrer la séance : {0}", en: "Cannot save the session: {0}")
    public static let sessionNewStarted = Phrase(fr: "Nouvelle séance ; l'ancienne est archivée.", en: "New session; the old one is archived.")
    public static let decisionShort = Phrase(fr: "Décision", en: "Decision")
}

extension Strings {
    public static let labTitle = Phrase(fr: "Laboratoire des seuils — jour {0} · point de bascule : {1} (Tab)", en: "Threshold lab — day {0} · tipping point: {1} (Tab)")
    public static let labNoParameters = Phrase(fr: "Ce jeu de règles n'a aucun paramètre réglable.", en: "This ruleset has no tunable parameter.")
    public static let labColumnParameter = Phrase(fr: "Paramètre", en: "Parameter")
    public static let labColumnValue = Phrase(fr: "Valeur", en: "Value")
    public static let labColumnStart = Phrase(fr: "Départ", en: "Start")
    public static let labColumnRange = Phrase(fr: "Plage", en: "Range")
    public static let labStep = Phrase(fr: "pas {0}", en: "step {0}")
    public static let labRangeTitle = Phrase(fr: "{0} : demandeurs signalés sur toute la plage", en: "{0}: claimants flagged across the whole range")
    public static let labCountNow = Phrase(fr: "{0} maintenant", en: "{0} now")
    public static let labTipping = Phrase(fr: "Bascule pour {0} :", en: "Tipping point for {0}:")
    public static let labNeverInRange = Phrase(fr: "jamais dans la plage", en: "never in range")
    public static let labFlipsAt = Phrase(fr: "bascule à {0}", en: "flips at {0}")
    public static let labTippingLine = Phrase(fr: "{0} : {1}", en: "{0}: {1}")
    /// Who this parameter alone moves, against its starting value.
    public static let labChangeHeader = Phrase(fr: "À {0} (départ : {1}), ce seuil à lui seul change :", en: "At {0} (start: {1}), this threshold alone changes:")
    /// `{0}` people, `{1}` the alert, `{2}` their names.
    public static let labGained = PluralPhrase(one: Phrase(fr: "{0} personne de plus sous « {1} » : {2}", en: "{0} more person under \"{1}\": {2}"),
                                               other: Phrase(fr: "{0} personnes de plus sous « {1} » : {2}", en: "{0} more people under \"{1}\": {2}"))
    public static let labLost = PluralPhrase(one: Phrase(fr: "{0} personne n'est plus sous « {1} » : {2}", en: "{0} person no longer under \"{1}\": {2}"),
                                             other: Phrase(fr: "{0} personnes ne sont plus sous « {1} » : {2}", en: "{0} people no longer under \"{1}\": {2}"))
    public static let labNoChange = Phrase(fr: "Par rapport à sa valeur de départ, ce seuil ne fait gagner ni perdre d'alerte à personne.", en: "Compared with its starting value, this threshold makes nobody gain or lose an alert.")
    public static let labRefused = Phrase(fr: "« {0} » refusé : la valeur doit être un nombre entre {1} et {2}.", en: "'{0}' refused: the value must be a number between {1} and {2}.")
}

extension Strings {
    public static let debriefTitle = Phrase(fr: "Débriefing — jusqu'au jour {0} (↑↓ demandeur · PgUp/PgDn défiler · Échap retour)", en: "Debrief — up to day {0} (↑↓ claimant · PgUp/PgDn scroll · Esc back)")
    /// « 3 décisions, dont 1 prise sous une alerte. 43 jours d'alerte au total (…) : 12 sur…, 20 sur… (fausses alertes). »
    public static let debriefCohort = Phrase(
        fr: "{0}, {1}. {2} : {3} sur des personnes dont la vie explique le signal (aidance, maladie, contrat, formation), {4} sur des personnes qui cherchaient activement (fausses alertes).",
        en: "{0}, {1}. {2}: {3} on people whose life explains the signal (caring, illness, a contract, a training), {4} on people who were actively searching (false alerts).")
    public static let debriefDecisions = PluralPhrase(one: Phrase(fr: "{0} décision", en: "{0} decision"), other: Phrase(fr: "{0} décisions", en: "{0} decisions"))
    public static let debriefUnderAlert = PluralPhrase(one: Phrase(fr: "dont {0} prise sous une alerte", en: "{0} of them taken under an alert"),
                                                       other: Phrase(fr: "dont {0} prises sous une alerte", en: "{0} of them taken under an alert"))
    /// What the debrief counts: one person under one alert for one day is one « jour d'alerte ».
    public static let debriefAlertDays = PluralPhrase(
        one: Phrase(fr: "{0} jour d'alerte en tout (une personne sous une alerte pendant un jour compte pour un)", en: "{0} alert-day in all (one person under one alert for one day counts as one)"),
        other: Phrase(fr: "{0} jours d'alerte en tout (une personne sous une alerte pendant un jour compte pour un)", en: "{0} alert-days in all (one person under one alert for one day counts as one)"))
    public static let debriefReset = Phrase(fr: "jour {0} : seuils rétablis", en: "day {0}: thresholds reset")
    /// « jour 22 : Fenêtre d'observation 30 jours → 21 jours (2 personnes changent d'alerte) ».
    public static let debriefChange = Phrase(fr: "jour {0} : {1} {2} → {3} ({4})", en: "day {0}: {1} {2} → {3} ({4})")
    public static let debriefMoved = PluralPhrase(one: Phrase(fr: "{0} personne change d'alerte", en: "{0} person changes alert"),
                                                  other: Phrase(fr: "{0} personnes changent d'alerte", en: "{0} people change alert"))
    public static let debriefNobodyMoved = Phrase(fr: "personne ne change d'alerte", en: "nobody changes alert")
    public static let debriefPosition = Phrase(fr: "{0}/{1}", en: "{0}/{1}")
    public static let debriefNoDecision = Phrase(fr: "Aucune décision prise pour cette personne.", en: "No decision taken for this person.")
    public static let debriefDecision = Phrase(fr: "Jour {0} : {1} — alertes à l'écran : {2}", en: "Day {0}: {1} — alerts on screen: {2}")
    public static let debriefContext = Phrase(fr: "Ce qu'aucune donnée ne montrait :", en: "What no data showed:")
    public static let situationActiveOnline = Phrase(fr: "recherche active en ligne", en: "active search online")
    public static let situationActiveOffline = Phrase(fr: "recherche active hors ligne", en: "active search offline")
    public static let situationCaring = Phrase(fr: "aidant·e d'un proche", en: "caring for a relative")
    public static let situationIll = Phrase(fr: "malade", en: "ill")
    public static let situationDiscouraged = Phrase(fr: "découragement", en: "discouraged")
    public static let situationShortContract = Phrase(fr: "contrat court", en: "short contract")
    public static let situationTraining = Phrase(fr: "en formation", en: "in training")
    public static let situationInactive = Phrase(fr: "peu de recherche", en: "little searching")
    public static let situationOther = Phrase(fr: "autre", en: "other")
}

extension Strings {
    public static let fileLastDecision = Phrase(fr: "Dernière décision : {0} (jour {1})", en: "Last decision: {0} (day {1})")
}

extension Strings {
    public static let keySwitchRuleset = Phrase(fr: "changer de règles", en: "switch rules")
    public static let helpSwitchRuleset = Phrase(fr: "Voir les mêmes personnes, le même jour, avec l'autre jeu de règles (ex. le contrôleur)", en: "See the same people on the same day through the other ruleset (e.g. the controller's)")
    public static let keyCompare = Phrase(fr: "comparer", en: "compare")
    public static let helpCompare = Phrase(fr: "Vue partagée : le verdict du conseiller et celui du contrôleur côte à côte", en: "Split view: the advisor's and the controller's verdicts side by side")
    public static let keySources = Phrase(fr: "sources", en: "sources")
    public static let helpSources = Phrase(fr: "Sources : chaque règle, documentée ou reconstituée, et d'où elle vient", en: "Sources: each rule, documented or reconstructed, and where it comes from")
    public static let rulesetSwitched = Phrase(fr: "Règles : {0} (mêmes personnes, même jour).", en: "Rules: {0} (same people, same day).")
    public static let rulesetNoAlternative = Phrase(fr: "Ce scénario n'a pas d'autre jeu de règles (alternative_rulesets).", en: "This scenario has no other ruleset (alternative_rulesets).")
    public static let compareTitle = Phrase(fr: "Mêmes données, autres règles — jour {0} (x : changer de règles · Échap : retour)", en: "Same data, other rules — day {0} (x: switch rules · Esc: back)")
    public static let sourcesTitle = Phrase(fr: "Sources — {0}", en: "Sources — {0}")
    public static let sourcesLegend = Phrase(fr: "[documenté] : attesté par une source publique · [reconstitution] : reconstitution pédagogique, pas la règle de France Travail", en: "[documented]: attested by a public source · [reconstruction]: a teaching reconstruction, not France Travail's rule")
    public static let sourcesRuleset = Phrase(fr: "jeu de règles", en: "ruleset")
    public static let sourcesScore = Phrase(fr: "score", en: "score")
    public static let sourcesAlert = Phrase(fr: "alerte", en: "alert")
    public static let sourcesAdvice = Phrase(fr: "conseil", en: "advice")
    public static let sourcesDecision = Phrase(fr: "décision", en: "decision")
    public static let sourcesParameter = Phrase(fr: "seuil", en: "threshold")
    public static let sourcesSignal = Phrase(fr: "signal intermédiaire", en: "intermediate signal")
    public static let fileHoursTitle = Phrase(fr: "Heures d'activité déclarées par semaine :", en: "Activity hours declared per week:")
    public static let fileWeekHours = Phrase(fr: "S{0} : {1} h", en: "W{0}: {1} h")
}

extension Strings {
    public static let replayStatus = Phrase(fr: "Relecture : étape {0}/{1} · Espace : pause · q : quitter", en: "Replay: step {0}/{1} · Space: pause · q: quit")
    public static let replayPaused = Phrase(fr: "(en pause)", en: "(paused)")
    public static let cliSessionEmpty = Phrase(fr: "{0} : aucune séance enregistrée ici (journal.jsonl absent ou vide)", en: "{0}: no session recorded here (journal.jsonl missing or empty)")
    public static let cliSessionNoScenario = Phrase(fr: "{0} : le journal ne dit pas quel scénario a été ouvert", en: "{0}: the journal does not say which scenario was opened")
}
