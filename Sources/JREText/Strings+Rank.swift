/// Texts of alerts chosen by rank (`rank: {score, top}`): loading, explanations, the board, the debrief.
extension Strings {
    // MARK: Loading
    public static let whatRank = Phrase(fr: "sélection par rang (« rank »)", en: "rank selection ('rank')")
    public static let diagRankUnknownScore = Phrase(
        fr: "« rank » classe les dossiers selon le score « {0} », qui n'existe pas : nommez un des scores de « scores » ({1}){2}",
        en: "'rank' orders claimants by the score '{0}', which does not exist: name one of the scores under 'scores' ({1}){2}")
    public static let diagRankNotAValue = Phrase(
        fr: "« rank » classe selon la valeur d'un score : écrivez « score: {0} », pas « {1} » (un niveau n'est pas un nombre)",
        en: "'rank' orders by a score's value: write 'score: {0}', not '{1}' (a level is not a number)")
    public static let diagRankUnknownParameter = Phrase(
        fr: "« top » nomme le paramètre « {0} », qui n'existe pas : déclarez-le dans « parameters », corrigez le nom ou écrivez un nombre{1}",
        en: "'top' names the parameter '{0}', which does not exist: declare it under 'parameters', fix the name or write a number{1}")
    public static let diagRankBadTop = Phrase(
        fr: "« top » est le nombre de dossiers retenus : un nombre entier positif ou nul, ou le nom d'un paramètre ; trouvé « {0} »",
        en: "'top' is how many files are selected: a whole number, 0 or more, or a parameter's name; found '{0}'")
    public static let diagRankParameterNotWhole = Phrase(
        fr: "« top » nomme le paramètre « {0} », qui doit compter des dossiers : sa valeur, son « min » et son « step » doivent être des nombres entiers, « min » 0 ou plus (trouvé value {1}, min {2}, step {3})",
        en: "'top' names the parameter '{0}', which must count files: its value, 'min' and 'step' must be whole numbers, 'min' 0 or more (found value {1}, min {2}, step {3})")
    public static let diagRankPopulation = Phrase(
        fr: "l'alerte « {0} » est choisie par rang (les {1} scores « {2} » les plus hauts parmi tous les dossiers) : le mode population évalue chaque personne seule et ne peut pas la classer, ce jeu de règles n'y est donc pas utilisable. Pour lire qui N contrôles retiendraient dans une population, copiez le jeu de règles sans cette alerte (ou avec un seuil dans « when ») et utilisez --capacity N : les N scores « {2} » les plus hauts",
        en: "the alert '{0}' is chosen by rank (the {1} highest '{2}' scores among all files): population mode evaluates each person alone and cannot rank them, so this ruleset cannot be used there. To read whom N checks would select in a population, copy the ruleset without this alert (or with a threshold in 'when') and use --capacity N: the N highest '{2}' scores")
}

/// Texts of rank explanations: « 2e score le plus haut des 13 dossiers ce mois-ci ».
extension Strings {
    /// « 1er », « 2e » / "1st", "2nd", "3rd", "4th", "11th".
    public static func ordinal(_ number: Int, _ lang: Lang) -> String {
        if lang == .fr { return number == 1 ? "1er" : "\(number)e" }
        let tens = number % 100, units = number % 10
        let suffix = (11...13).contains(tens) ? "th" : units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th"
        return "\(number)\(suffix)"
    }

    public static let rankThisMonth = Phrase(fr: "ce mois-ci", en: "this month")
    public static let rankThatDay = Phrase(fr: "ce jour-là", en: "that day")
    public static let rankFiles = Phrase(fr: "des {0} dossiers", en: "of the {0} files")
    public static let rankFilesRanked = Phrase(fr: "des {0} dossiers classés (sur {1})", en: "of the {0} files ranked (out of {1})")
    /// {0} ordinal, {1} « des 13 dossiers », {2} « ce mois-ci », {3} the score's label, {4} its value.
    public static let rankPosition = Phrase(fr: "{0} score le plus haut {1} {2} ({3} : {4})", en: "{0} highest score {1} {2} ({3}: {4})")
    public static let rankKeeps = Phrase(fr: "la sélection en retient {0}", en: "the selection keeps {0}")
    public static let rankKeepsOnly = Phrase(fr: "la sélection n'en retient que {0}", en: "the selection keeps only {0}")
    public static let rankKeepsNone = Phrase(fr: "la sélection n'en retient aucun", en: "the selection keeps none")
    public static let rankParameterNote = Phrase(fr: " (paramètre « {0} »)", en: " (parameter: {0})")
    /// {0} the value, {1} the ordinal of the file whose score it is.
    public static let rankWouldLeave = Phrase(
        fr: "un score sous {0}, celui du {1} dossier, l'aurait laissé hors de la sélection",
        en: "a score below {0}, that of the {1} file, would have left it out")
    public static let rankWouldEnter = Phrase(
        fr: "un score au-dessus de {0}, celui du {1} dossier, l'aurait fait retenir",
        en: "a score above {0}, that of the {1} file, would have selected it")
    public static let rankAllKept = Phrase(fr: "tous les dossiers classés sont retenus", en: "every file ranked is selected")
    public static let rankTie = Phrase(fr: "à score égal, l'ordre des dossiers du scénario départage", en: "on equal scores, the scenario's order of files decides")
    public static let rankNotRanked = Phrase(fr: "pas classé : {0}", en: "not ranked: {0}")
    public static let rankNoScore = Phrase(fr: "pas classé : le score n'a pas pu être calculé", en: "not ranked: the score could not be computed")
    /// The formula view: « rang : 2e sur 13 (risque = 0.41) ; retenus : 3 (controles_mois) → retenu ».
    public static let explainRankLine = Phrase(fr: "rang : {0} sur {1} ({2} = {3}) ; retenus : {4} → {5}", en: "rank: {0} of {1} ({2} = {3}); selected: {4} → {5}")
    public static let explainRankSelected = Phrase(fr: "retenu", en: "selected")
    public static let explainRankLeftOut = Phrase(fr: "pas retenu", en: "not selected")
    public static let explainRankUnranked = Phrase(fr: "rang : pas classé (condition « when » fausse ou score non calculé)", en: "rank: not ranked (the 'when' condition is false or the score was not computed)")
    public static let explainRankBoundary = Phrase(fr: "limite : {0} ({1} dossier)", en: "boundary: {0} ({1} file)")
    public static let explainRankRule = Phrase(fr: "choisie par rang : les {0} scores « {1} » les plus hauts du jour, parmi les dossiers où la règle ci-dessous tient", en: "chosen by rank: the day's {0} highest '{1}' scores, among the files where the rule below holds")
}

/// The debrief CSV's hidden-truth columns (overpayments of the CAF households, return to work).
extension Strings {
    public static let exportCsvOverpaymentAmount = Phrase(fr: "indu réel (€, négatif : dû au foyer ; illustratif)", en: "real overpayment (€, negative: owed to the household; illustrative)")
    public static let exportCsvOverpaymentCause = Phrase(fr: "cause de l'indu", en: "cause of the overpayment")
    public static let exportCsvReturnedToWork = Phrase(fr: "retour à l'emploi sous six mois (1 = oui)", en: "returned to work within six months (1 = yes)")
}
