// The console's population screen: a synthetic population, its figures, and a threshold lab on a sample.

extension Strings {
    public static let popConsoleTitle = Phrase(
        fr: "Population synthétique · {0} personnes fictives ({1}) · jour {2}/{3} · {4}",
        en: "Synthetic population · {0} fictional people ({1}) · day {2}/{3} · {4}")
    public static let popConsoleSampleWord = Phrase(fr: "échantillon", en: "sample")
    public static let popConsoleFullWord = Phrase(fr: "population entière", en: "whole population")
    public static let popConsoleNotice = Phrase(
        fr: "Reconstitution illustrative : personnes tirées d'un modèle calé sur des chiffres publics, règles reconstituées — aucune donnée réelle.",
        en: "Illustrative reconstruction: people drawn from a model fitted to public figures, reconstructed rules — no real data.")
    public static let popConsoleComputing = Phrase(fr: "calcul…", en: "computing…")
    public static let popConsoleUpToDate = Phrase(fr: "à jour · {0}", en: "up to date · {0}")
    public static let popConsoleLabTitle = Phrase(fr: "Réglage {0}/{1}", en: "Setting {0}/{1}")
    public static let popConsoleStart = Phrase(fr: "départ {0}", en: "start {0}")
    public static let popConsoleRange = Phrase(fr: "de {0} à {1}", en: "from {0} to {1}")
    public static let popConsoleCurveHeader = Phrase(
        fr: "Part de l'échantillon signalée pour chaque valeur de {0} à {1} (les autres réglages tels quels)",
        en: "Share of the sample flagged for each value from {0} to {1} (the other settings as they are)")
    public static let popConsoleCurveComputing = Phrase(fr: "Courbe du réglage en calcul…", en: "The setting's chart is being computed…")
    public static let popConsolePaneFigures = Phrase(fr: "Chiffres", en: "Figures")
    public static let popConsolePaneGroups = Phrase(fr: "Groupes : {0}", en: "Groups: {0}")
    public static let popConsolePaneDistributions = Phrase(fr: "Distributions", en: "Distributions")
    public static let popConsoleWaiting = Phrase(fr: "Calcul des chiffres de l'échantillon…", en: "Computing the sample's figures…")
    public static let popConsoleFullRunning = Phrase(fr: "Population entière ({0}) : {1} · Échap : interrompre", en: "Whole population ({0}): {1} · Esc: stop")
    public static let popConsoleFullShown = Phrase(
        fr: "Chiffres de la population entière ({0} personnes), calculés en {1}",
        en: "Figures of the whole population ({0} people), computed in {1}")
    public static let popConsoleFullOffer = Phrase(
        fr: "Chiffres d'un échantillon de {0} : F pour la population entière ({1} personnes)",
        en: "Figures of a {0} sample: F for the whole population ({1} people)")
    public static let popConsoleFullStopped = Phrase(fr: "Calcul de la population entière interrompu.", en: "Whole-population run stopped.")
    public static let popConsoleFullStoppedSettings = Phrase(
        fr: "Réglage modifié : calcul de la population entière interrompu (F pour le relancer).",
        en: "Setting changed: whole-population run stopped (F to run it again).")
    public static let popConsoleFullUpToDate = Phrase(
        fr: "La population entière est déjà calculée pour ces réglages.",
        en: "The whole population is already computed for these settings.")
    public static let popConsoleRulesetNow = Phrase(fr: "Règles : {0} (réglages par défaut)", en: "Rules: {0} (default settings)")
    public static let popConsoleRulesetUnfit = Phrase(
        fr: "Les règles {0} ne s'appliquent pas à la population synthétique : {1}",
        en: "The {0} rules do not apply to the synthetic population: {1}")
    public static let popConsoleNoRuleset = Phrase(
        fr: "Aucun jeu de règles ne s'applique à la population synthétique.",
        en: "No ruleset applies to the synthetic population.")
    public static let popConsoleAdvisor = Phrase(
        fr: "Par conseiller ({0} à {1} personnes, IGF/IGAS 2023) : {2} à {3} signalées · {4} à {5} alertes nouvelles par semaine",
        en: "Per advisor ({0} to {1} people, IGF/IGAS 2023): {2} to {3} flagged · {4} to {5} new alerts a week")
    public static let popConsoleFalseAlerts = Phrase(
        fr: "Fausses alertes : {0} des personnes réellement en recherche active ({1}) ont au moins une alerte",
        en: "False alerts: {0} of the people really searching actively ({1}) have at least one alert")
    public static let popConsoleNational = Phrase(
        fr: "Projeté sur les {0} de personnes tenues de chercher (Insee 2025), un ordre de grandeur :",
        en: "Projected onto the {0} people required to search (Insee 2025), an order of magnitude:")
    public static let popConsoleGroupsLegend = Phrase(
        fr: "! ratio au groupe de référence hors de 0,8–1,25 (« quatre cinquièmes ») · g : autre attribut",
        en: "! ratio to the reference group outside 0.8–1.25 (« four fifths ») · g: another attribute")
    public static let popConsoleWithAlert = Phrase(fr: "avec alerte", en: "with alert")
    public static let popConsoleHistogramRange = Phrase(fr: "valeurs de {0} à {1}", en: "values from {0} to {1}")
    public static let popConsoleNever = Phrase(fr: "{0} sans valeur (jamais)", en: "{0} without a value (never)")

    public static let keyPopulation = Phrase(fr: "population", en: "population")
    public static let keyPopulationPrevious = Phrase(fr: "réglage préc.", en: "prev. setting")
    public static let keyPopulationNext = Phrase(fr: "réglage suiv.", en: "next setting")
    public static let keyPopulationPane = Phrase(fr: "vue", en: "view")
    public static let keyPopulationFull = Phrase(fr: "population entière", en: "whole population")
    public static let keyPopulationGrouping = Phrase(fr: "groupe", en: "group")
    public static let helpPopulation = Phrase(
        fr: "Population synthétique : les alertes à l'échelle de la France, par groupe",
        en: "Synthetic population: the alerts at France's scale, by group")
    public static let helpPopulationFromWorkshop = Phrase(
        fr: "Ces règles et ces réglages sur une population synthétique à l'échelle de la France",
        en: "These rules and settings on a synthetic population at France's scale")
    public static let helpPopulationPrevious = Phrase(fr: "Réglage précédent", en: "Previous setting")
    public static let helpPopulationNext = Phrase(fr: "Réglage suivant", en: "Next setting")
    public static let helpPopulationIncrease = Phrase(fr: "Augmenter le réglage (l'échantillon est recalculé)", en: "Raise the setting (the sample is recomputed)")
    public static let helpPopulationDecrease = Phrase(fr: "Baisser le réglage (l'échantillon est recalculé)", en: "Lower the setting (the sample is recomputed)")
    public static let helpPopulationPane = Phrase(
        fr: "Chiffres, groupes, distributions des scores ; avec un score entraîné, la capacité de contrôle",
        en: "Figures, groups, score distributions; with a trained score, the control capacity")
    public static let helpPopulationFull = Phrase(
        fr: "Calculer sur la population entière (barre de progression ; Échap interrompt)",
        en: "Compute over the whole population (progress bar; Esc stops it)")
    public static let helpPopulationGrouping = Phrase(fr: "Grouper par un autre attribut", en: "Group by another attribute")
    public static let helpPopulationRuleset = Phrase(fr: "Passer à un autre jeu de règles", en: "Switch to another ruleset")
}
