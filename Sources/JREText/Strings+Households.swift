/// Texts of the CAF's household scores: scorecard weights as parameters, monthly recomputation, overpayments.
extension Strings {
    // MARK: Loading
    public static let diagWeightUnknownParameter = Phrase(
        fr: "le poids de « {0} » nomme le paramètre « {1} », qui n'existe pas : déclarez-le dans « parameters » ou corrigez le nom{2}",
        en: "the weight of '{0}' names the parameter '{1}', which does not exist: declare it under 'parameters' or fix the name{2}")
    public static let diagWeightNotScorecard = Phrase(
        fr: "« weight » ne vaut que pour une grille logistique (.yaml) : les poids d'une forêt d'arbres ne sont pas des paramètres",
        en: "'weight' only applies to a logistic scorecard (.yaml): a tree ensemble's weights are not parameters")
    public static let diagWeightDiffers = Phrase(
        fr: "le paramètre « {0} » vaut {1} mais la grille donne à « {2} » le poids {3} : mettez la même valeur aux deux endroits",
        en: "the parameter '{0}' is {1} but the scorecard gives '{2}' the weight {3}: write the same value in both places")
    public static let diagBadRecompute = Phrase(
        fr: "« recompute » vaut « monthly » (recalcul le 1er de chaque mois) ; trouvé « {0} »",
        en: "'recompute' is 'monthly' (recomputed on the 1st of each month); found '{0}'")
    public static let scorecardBadStatus = Phrase(
        fr: "« status » vaut « documented » ou « reconstruction » ; trouvé « {0} »",
        en: "'status' is 'documented' or 'reconstruction'; found '{0}'")
    public static let diagBadOverpayment = Phrase(
        fr: "« overpayment » : « amount » est un nombre (en euros, négatif quand la CAF devait de l'argent au foyer) et « cause » l'une de : {0}",
        en: "'overpayment': 'amount' is a number (euros, negative when the CAF owed the household money) and 'cause' one of: {0}")

    // MARK: Explanations and debrief
    public static let explainRecomputedMonthly = Phrase(
        fr: "score du mois : calculé le {0} (recalcul le 1er de chaque mois)",
        en: "this month's score: computed on {0} (recomputed on the 1st of each month)")
    public static let weightDocumented = Phrase(fr: "poids documenté", en: "documented weight")
    public static let weightReconstructed = Phrase(fr: "poids reconstitué", en: "reconstructed weight")
    public static let explainWeightFrom = Phrase(fr: "poids {0} ({1}, paramètre « {2} »)", en: "weight {0} ({1}, parameter '{2}')")
    public static let debriefOverpaymentHeader = Phrase(fr: "Ce qu'un contrôle trouverait (indu réel, illustratif)", en: "What a check would find (real overpayment, illustrative)")
    public static let debriefOverpaymentLine = Phrase(fr: "{0} : {1} — {2}", en: "{0}: {1} — {2}")
    public static let overpaymentNone = Phrase(fr: "aucun indu", en: "no overpayment")
    public static let overpaymentOwed = Phrase(fr: "la CAF lui devait {0} €", en: "the CAF owed them €{0}")
    public static let overpaymentAmount = Phrase(fr: "indu de {0} €", en: "overpayment of €{0}")
    public static let causeCafError = Phrase(fr: "erreur de la CAF", en: "the CAF's own error")
    public static let causeLateDeclaration = Phrase(fr: "changement déclaré en retard", en: "a change declared late")
    public static let causeDeclarationError = Phrase(fr: "erreur de déclaration de bonne foi", en: "an honest declaration mistake")
    public static let causeFraud = Phrase(fr: "fraude", en: "fraud")
    public static let causeNone = Phrase(fr: "rien à régulariser", en: "nothing to correct")
}
