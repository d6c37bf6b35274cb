/// The « score d'employabilité » (issue 16, part 1): training on the employment outcome and the
/// « métiers en tension » counterfactual, in « Pourquoi ? », the lab and `explain`.
extension Strings {
    // MARK: Training on the employment outcome

    public static let trainReturnToWorkNoFolder = Phrase(
        fr: "labels: return_to_work apprend sur une population générée (size, seed, days), pas sur un dossier",
        en: "labels: return_to_work learns on a generated population (size, seed, days), not on a folder")
}

extension Strings {
    // MARK: Loading a feature's counterfactual

    public static let whatCounterfactual = Phrase(fr: "counterfactual", en: "counterfactual")
    public static let diagCounterfactualTakes = Phrase(
        fr: "« {0} » n'est pas une autre variable de ce score : le contrefactuel de « {1} » prend la valeur d'une autre variable ({2})",
        en: "'{0}' is not another feature of this score: the counterfactual of '{1}' takes the value of another feature ({2})")

    // MARK: The counterfactual, in « Pourquoi ? », the lab and `explain`

    /// `explain` and « Pourquoi ? »: the heading of the counterfactual lines.
    public static let counterfactualHeading = Phrase(fr: "Et si… (contrefactuel, reconstitution)", en: "What if… (counterfactual, reconstruction)")
    /// One counterfactual: {0} what changes, {1} the score now, {2} the score with the change, {3} the level now, {4} the level with it.
    public static let counterfactualLine = Phrase(
        fr: "{0} : {1} → {2} ({3} → {4})",
        en: "{0}: {1} → {2} ({3} → {4})")
    /// The same when the score has no levels.
    public static let counterfactualLineNoLevel = Phrase(fr: "{0} : {1} → {2}", en: "{0}: {1} → {2}")
}

extension Strings {
    // MARK: The debrief: who returned to work (the scenario's hidden `returned_to_work`)

    public static let debriefReturnedToWork = Phrase(
        fr: "A retrouvé un emploi dans les six mois (ce que le score ne savait pas)",
        en: "Found work within six months (what the score did not know)")
    public static let debriefNotReturnedToWork = Phrase(
        fr: "N'a pas retrouvé d'emploi dans les six mois",
        en: "Did not find work within six months")
}
