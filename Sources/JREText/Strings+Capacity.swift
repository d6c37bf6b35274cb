/// `population evaluate --capacity`: a trained score read as a national control capacity.
extension Strings {
    public static let capHeader = Phrase(
        fr: "Capacité de contrôle : {0} contrôles, soit {1} des {2} de personnes tenues de rechercher un emploi — {3}",
        en: "Control capacity: {0} controls, {1} of the {2} people required to search for a job — {3}")
    public static let capSource2024 = Phrase(
        fr: "ordre de grandeur : les contrôles de la recherche d'emploi de 2024 (610 780)",
        en: "order of magnitude: the 2024 job-search controls (610,780)")
    public static let capSource2027 = Phrase(
        fr: "ordre de grandeur : l'objectif de 1,5 million de contrôles en 2027",
        en: "order of magnitude: the target of 1.5 million controls by 2027")
    public static let capSourceChosen = Phrase(fr: "capacité choisie", en: "chosen capacity")
    public static let capNotPublic = Phrase(
        fr: "La capacité du service de lutte contre la fraude n'est pas publique : ces capacités sont d'autres contrôles, un ordre de grandeur seulement.",
        en: "The fraud service's own capacity is not public: these capacities are other controls, an order of magnitude only.")
    public static let capCut = Phrase(
        fr: "  Contrôlés : les scores « {0} » les plus hauts, à partir de {1} (à 1/{2} près, ex aequo compris) : {3} de l'échantillon",
        en: "  Controlled: the highest « {0} » scores, from {1} (to 1/{2}, ties included): {3} of the sample")
    public static let capNational = Phrase(
        fr: "  Projection sur la France — contrôlées : {0} ; honnêtes parmi elles : {1} ({2}) ; qui fraudaient : {3} ; fraudeurs non contrôlés : {4}",
        en: "  Projected onto France — controlled: {0}; honest among them: {1} ({2}); defrauding: {3}; defrauders not controlled: {4}")
    public static let capGroupHeader = Phrase(fr: "  Par groupe : {0} (référence : {1})", en: "  By group: {0} (reference: {1})")
    public static let capControlled = Phrase(fr: "contrôlés", en: "controlled")
    public static let capFalsePositives = Phrase(fr: "faux positifs", en: "false pos.")
    public static let capHonestControlled = Phrase(fr: "honnêtes contrôlés (France)", en: "honest controlled (France)")
    public static let capLegend = Phrase(
        fr: "  faux positifs = part des personnes honnêtes du groupe qui sont contrôlées (fraude cachée de la population synthétique) ; ! ratio au groupe de référence hors de 0,8–1,25",
        en: "  false pos. = share of the group's honest people who are controlled (the synthetic population's hidden fraud); ! ratio to the reference group outside 0.8–1.25")
    public static let capNoTrainedScore = Phrase(
        fr: "--capacity : les règles {0} n'ont aucun score calculé par un modèle (model:) ; essayez --ruleset suspicion",
        en: "--capacity: ruleset {0} has no score computed by a model (model:); try --ruleset suspicion")
    public static let capNeedsSynthetic = Phrase(
        fr: "--capacity demande une population tirée en mémoire (--size) : la fraude cachée n'est connue que de la population synthétique",
        en: "--capacity needs a population drawn in memory (--size): the hidden fraud is known only for the synthetic population")
    public static let capBadValue = Phrase(
        fr: "--capacity {0} : un nombre de contrôles entre 1 et {1} est attendu",
        en: "--capacity {0}: a number of controls between 1 and {1} is expected")

    // MARK: The population screen's capacity pane

    public static let capPane = Phrase(fr: "Capacité", en: "Capacity")
    public static let capConsoleTitle = Phrase(
        fr: "« {0} » lu comme une capacité de contrôle : les scores les plus hauts sont contrôlés (contrôles par an, France)",
        en: "« {0} » read as a control capacity: the highest scores are controlled (controls a year, France)")
    public static let capConsoleTruth = Phrase(
        fr: "Comparé à la fraude cachée de la population synthétique (reconstitution) : {0} des {1} personnes évaluées fraudent.",
        en: "Compared with the synthetic population's hidden fraud (reconstruction): {0} of the {1} people evaluated defraud.")
    public static let capConsoleCapacity = Phrase(
        fr: "{0} contrôles par an ({1} des {2}) — {3}",
        en: "{0} controls a year ({1} of {2}) — {3}")
    public static let capConsoleCut = Phrase(
        fr: "  contrôlés à partir d'un score de {0} : {1} des personnes évaluées",
        en: "  controlled from a score of {0}: {1} of the people evaluated")
    public static let capConsoleHonest = Phrase(
        fr: "  honnêtes contrôlés en France : {0} ({1} des contrôlés)",
        en: "  honest people controlled in France: {0} ({1} of those controlled)")
    public static let capConsolePrecision = Phrase(
        fr: "  précision {0} (fraudeurs parmi les contrôlés) · rappel {1} (fraudeurs contrôlés)",
        en: "  precision {0} (defrauders among the controlled) · recall {1} (defrauders controlled)")
    public static let capConsoleGroups = Phrase(fr: "  {0} (référence : {1})", en: "  {0} (reference: {1})")
    public static let capConsoleSelection = Phrase(fr: "sélection", en: "selection")
    public static let capConsoleFalsePositives = Phrase(fr: "faux pos.", en: "false pos.")
    public static let capConsoleLegend = Phrase(
        fr: "sélection = part du groupe contrôlée ; faux pos. = part des honnêtes du groupe contrôlés ; ! ratio au groupe de référence hors de 0,8–1,25 (règle des quatre cinquièmes)",
        en: "selection = share of the group controlled; false pos. = share of the group's honest people controlled; ! ratio to the reference group outside 0.8–1.25 (four-fifths rule)")
    public static let capConsoleComputing = Phrase(
        fr: "Calcul de la capacité de contrôle sur l'échantillon…",
        en: "Computing the control capacity over the sample…")
    public static let capConsoleRunning = Phrase(
        fr: "Population entière en cours : {0}",
        en: "Whole population running: {0}")
}
