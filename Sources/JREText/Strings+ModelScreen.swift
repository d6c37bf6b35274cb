/// The console's trained-score views: the ranked bars of « Pourquoi ? », the model screen, archetypes.
extension Strings {
    // MARK: « Pourquoi ? » for a trained score

    public static let whyBarsTitle = Phrase(
        fr: "Ce qui a pesé, du plus fort au plus faible ({0}) :",
        en: "What weighed, strongest first ({0}):")
    public static let whyBarsLegend = Phrase(
        fr: "barre à droite du trait : pousse vers le contrôle ; à gauche : en éloigne",
        en: "bar right of the line: pushes towards control; left: away from it")
    public static let whyBarsStart = Phrase(
        fr: "Point de départ (une personne dont on ne sait rien) : {0}",
        en: "Starting point (a person about whom nothing is known): {0}")
    public static let whyBarsResult = Phrase(
        fr: "Probabilité obtenue : {0}",
        en: "Resulting probability: {0}")
    /// Between a label and its value: « Âge : 41 ans », « Age: 41 years ».
    public static let labelSeparator = Phrase(fr: " : ", en: ": ")
    /// After a label that ends its line: « Âge : », « Age: ».
    public static let labelColon = Phrase(fr: " :", en: ":")
    public static let whyBarsUp = Phrase(fr: "vers le contrôle", en: "towards control")
    public static let whyBarsDown = Phrase(fr: "éloigne du contrôle", en: "away from control")
    public static let whyBarsNone = Phrase(fr: "sans effet", en: "no effect")
    public static let whyBarsYes = Phrase(fr: "oui", en: "yes")
    public static let whyBarsNo = Phrase(fr: "non", en: "no")
    public static let whyBarsMissing = Phrase(fr: "inconnue", en: "missing")
    public static let whyBarsEvents = PluralPhrase(one: Phrase(fr: "{0} événement derrière ce chiffre :", en: "{0} event behind this figure:"),
                                                   other: Phrase(fr: "{0} événements derrière ce chiffre :", en: "{0} events behind this figure:"))
    public static let whyBarsMoreEvents = Phrase(fr: "… et {0} de plus", en: "… and {0} more")
    public static let whyBarsNote = Phrase(
        fr: "Contributions du modèle (log-odds, TreeSHAP) : ce qu'il a appris des contrôles passés, ni une cause ni une preuve. Modèle, données et seuil : reconstitution.",
        en: "The model's contributions (log-odds, TreeSHAP): what it learnt from past controls, neither a cause nor a proof. Model, data and threshold: reconstruction.")

    /// A category code as people read it (nationality groups, contract ends); nil for an unknown code.
    public static func categoryLabel(_ code: String) -> Phrase? {
        switch code {
        case "francaise": Phrase(fr: "française", en: "French")
        case "ue": Phrase(fr: "Union européenne", en: "European Union")
        case "hors_ue": Phrase(fr: "hors Union européenne", en: "outside the European Union")
        case "fin_cdd": Phrase(fr: "fin de CDD", en: "end of a fixed-term contract")
        case "fin_mission": Phrase(fr: "fin de mission d'intérim", en: "end of a temping assignment")
        case "licenciement": Phrase(fr: "licenciement", en: "dismissal")
        case "rupture_conventionnelle": Phrase(fr: "rupture conventionnelle", en: "agreed termination")
        case "demission": Phrase(fr: "démission", en: "resignation")
        case "france": Phrase(fr: "France", en: "France")
        case "etranger": Phrase(fr: "étranger", en: "abroad")
        case "moins_26": Phrase(fr: "moins de 26 ans", en: "under 26")
        case "26_49": Phrase(fr: "26 à 49 ans", en: "26 to 49")
        case "50_plus": Phrase(fr: "50 ans et plus", en: "50 and over")
        case "modestes": Phrase(fr: "modestes", en: "low")
        case "intermediaires": Phrase(fr: "intermédiaires", en: "middle")
        case "aises": Phrase(fr: "aisés", en: "high")
        case "fiable": Phrase(fr: "fiable", en: "reliable")
        case "non_fiable": Phrase(fr: "non fiable", en: "unreliable")
        default: nil
        }
    }

    // MARK: The model screen

    public static let modelTitle = Phrase(fr: "Modèle — {0} ({1}, {2})", en: "Model — {0} ({1}, {2})")
    public static let modelProvenance = Phrase(
        fr: "Documenté : les variables et la technique (arbres de décision sélectionnés via XGBoost ; La Quadrature du Net, 25 juin 2024). Reconstitué : le modèle, les données, la capacité et le seuil.",
        en: "Documented: the variables and the technique (decision trees selected via XGBoost; La Quadrature du Net, 25 June 2024). Reconstructed: the model, the data, the capacity and the threshold.")
    public static let modelSample = Phrase(
        fr: "Échantillon : {0} personnes fictives du monde de la fraude synthétique (graine {1}, historique de contrôles {2}), au jour {3}.",
        en: "Sample: {0} fictional people of the synthetic fraud world (seed {1}, {2} control history), on day {3}.")
    public static let modelHistoryTargeted = Phrase(fr: "ciblé", en: "targeted")
    public static let modelHistoryRandom = Phrase(fr: "aléatoire", en: "random")
    public static let modelHistoryNote = Phrase(
        fr: "h : historique ciblé / aléatoire — qui a été contrôlé par le passé (par les anciennes règles et les signalements, ou au hasard) ; T réentraîne le modèle sur cet historique (Échap l'interrompt).",
        en: "h: targeted / random history — who was controlled in the past (by earlier rules and reports, or at random); T retrains the model on this history (Esc stops it).")
    public static let keyRetrain = Phrase(fr: "réentraîner", en: "retrain")
    public static let helpRetrain = Phrase(
        fr: "Réentraîner le modèle sur l'historique affiché (ciblé ou aléatoire), en arrière-plan",
        en: "Retrain the model on the history shown (targeted or random), in the background")
    public static let modelTrainingLine = Phrase(
        fr: "Réentraînement sur l'historique {0} de {1} personnes fictives — {2} (Échap : annuler)",
        en: "Retraining on the {0} history of {1} fictional people — {2} (Esc: cancel)")
    public static let modelStageQueued = Phrase(fr: "en attente…", en: "waiting…")
    public static let modelStageDrawing = Phrase(fr: "Tirage de l'historique… {0}", en: "Drawing the history… {0}")
    public static let modelStageFeatures = Phrase(
        fr: "Calcul des variables des personnes contrôlées… {0}",
        en: "Evaluating the controlled people's features… {0}")
    public static let modelStageLearning = Phrase(fr: "Apprentissage : arbre {0}/{1}", en: "Learning: tree {0}/{1}")
    public static let modelStageCard = Phrase(fr: "Fiche du modèle… {0}", en: "Model card… {0}")
    public static let modelStageScoring = Phrase(fr: "Notation de l'échantillon…", en: "Scoring the sample…")
    public static let modelTrainingCancelled = Phrase(
        fr: "Réentraînement annulé : les chiffres ci-dessous restent ceux du modèle d'avant.",
        en: "Retraining cancelled: the figures below are still the previous model's.")
    public static let modelBusyTraining = Phrase(
        fr: "Un réentraînement est en cours : attendre sa fin, ou Échap pour l'annuler.",
        en: "A retraining is under way: wait for it, or press Esc to cancel it.")
    public static let modelSampleComputing = Phrase(fr: "calcul de l'échantillon…", en: "computing the sample…")
    public static let modelRetrained = Phrase(
        fr: "Modèle réentraîné sur l'historique {1} de {0} personnes fictives en {2} s : les chiffres et les archétypes ci-dessous sont les siens (le tableau garde le modèle fourni).",
        en: "Model retrained on the {1} history of {0} fictional people in {2} s: the figures and archetypes below are its own (the board keeps the bundled model).")
    public static let modelTrainingFailed = Phrase(fr: "Réentraînement impossible : {0}", en: "Retraining failed: {0}")
    public static let keyHistory = Phrase(fr: "historique", en: "history")
    public static let helpHistory = Phrase(
        fr: "Historique de contrôles ciblé / aléatoire : qui a une étiquette dans l'échantillon",
        en: "Targeted / random control history: who has a label in the sample")
    public static let modelFailure = Phrase(
        fr: "Pas de chiffres : ce jeu de règles ne s'applique pas à la population synthétique ({0}).",
        en: "No figures: this ruleset does not fit the synthetic population ({0}).")
    public static let modelCapacityTitle = Phrase(fr: "Capacité de contrôle", en: "Control capacity")
    public static let modelCapacity = Phrase(fr: "{0} contrôles par mois", en: "{0} controls a month")
    public static let modelCapacityShare = Phrase(
        fr: "{0} de l'échantillon ; revient à un seuil de {1} sur le score",
        en: "{0} of the sample; amounts to a threshold of {1} on the score")
    public static let modelSelected = Phrase(
        fr: "Sélectionnées : {0} · dont déjà contrôlées par le passé : {1} · fraude trouvée chez {2}",
        en: "Selected: {0} · of whom controlled in the past: {1} · fraud found for {2}")
    public static let modelPrecisionRecall = Phrase(
        fr: "Parmi les personnes déjà contrôlées : précision {0} · rappel {1}",
        en: "Among the people controlled before: precision {0} · recall {1}")
    public static let modelPrecisionHelp = Phrase(
        fr: "(précision : part des sélectionnées contrôlées dont le contrôle a trouvé une fraude ; rappel : part des fraudes trouvées que la sélection reprend)",
        en: "(precision: share of the selected controlled people whose control found fraud; recall: share of the frauds found that the selection picks up)")
    public static let modelTruth = Phrase(
        fr: "Vérité cachée (la simulation seule la connaît) : {0} fraudeurs parmi les {1} sélectionnés, donc {2} personnes honnêtes contrôlées ; {3} fraudeurs dans tout l'échantillon.",
        en: "Hidden truth (only the simulation knows it): {0} fraudsters among the {1} selected, so {2} honest people controlled; {3} fraudsters in the whole sample.")
    public static let modelGroupsTitle = Phrase(fr: "Taux par groupe", en: "Rates per group")
    public static let modelGroupsHeader = Phrase(fr: "personnes  sélection  faux positifs", en: "people  selected  false positives")
    public static let modelFourFifthsFlag = Phrase(fr: "! 4/5", en: "! 4/5")
    public static let modelFourFifthsNote = Phrase(
        fr: "! 4/5 : le taux de sélection ou de faux positifs du groupe, rapporté à celui du groupe le plus nombreux, sort de 0,8–1,25 (règle des quatre cinquièmes et son inverse). Faux positifs : personnes honnêtes sélectionnées, sur les personnes honnêtes du groupe (vérité cachée de la simulation).",
        en: "! 4/5: the group's selection or false-positive rate, over the largest group's, is outside 0.8–1.25 (the four-fifths rule and its inverse). False positives: honest people selected, over the group's honest people (the simulation's hidden truth).")
    public static let modelArchetypesTitle = Phrase(
        fr: "Archétypes — {0}, jour {1} : le même dossier, une seule variable changée",
        en: "Archetypes — {0}, day {1}: the same file, one variable changed")
    public static let modelArchetypesCurrent = Phrase(fr: "Tel quel : {0}", en: "As it is: {0}")
    public static let modelArchetypesNone = Phrase(
        fr: "Pas d'archétype : ce dossier ne donne pas de valeur au modèle ce jour-là.",
        en: "No archetype: this file gives the model no value on that day.")
    public static let modelArchetypesNote = Phrase(
        fr: "{0} : la valeur du dossier. Ce que le modèle a appris des contrôles passés, pas ce que la personne a fait.",
        en: "{0}: the file's own value. What the model learnt from past controls, not what the person did.")
    public static let modelNoTrainedScore = Phrase(
        fr: "Ce jeu de règles n'a pas de score entraîné : l'écran du modèle ne s'ouvre qu'avec un score appris (ex. « suspicion »).",
        en: "This ruleset has no trained score: the model screen opens only with a learnt score (e.g. « suspicion »).")

    // MARK: Keys

    public static let keyModel = Phrase(fr: "modèle", en: "model")
    public static let helpModel = Phrase(
        fr: "Écran du modèle (score entraîné) : capacité de contrôle, taux par groupe, archétypes",
        en: "Model screen (trained score): control capacity, rates per group, archetypes")
    public static let keyCapacityMore = Phrase(fr: "+ contrôles", en: "+ controls")
    public static let keyCapacityLess = Phrase(fr: "− contrôles", en: "− controls")
    /// The capacity keys' footer labels when the full ones do not fit (80 columns keep « Échap retour »).
    public static let keyCapacityMoreShort = Phrase(fr: "plus", en: "more")
    public static let keyCapacityLessShort = Phrase(fr: "moins", en: "fewer")
    public static let helpCapacityMore = Phrase(fr: "Plus de contrôles par mois", en: "More controls a month")
    public static let helpCapacityLess = Phrase(fr: "Moins de contrôles par mois", en: "Fewer controls a month")
    public static let helpModelScroll = Phrase(fr: "Faire défiler l'écran du modèle", en: "Scroll the model screen")
}
