/// Trained scores in rulesets: diagnostics, explanations, `model train`.
extension Strings {
    // MARK: Loading a trained score

    public static let whatFeatures = Phrase(fr: "features", en: "features")
    public static let whatFeature = Phrase(fr: "feature", en: "feature")
    public static let ctxFeature = Phrase(fr: "variable « {0} »", en: "feature '{0}'")
    public static let diagScoreValueAndModel = Phrase(
        fr: "ce score a à la fois « value » et « model » : gardez l'un des deux (la valeur d'un score entraîné est la sortie de son modèle)",
        en: "this score has both 'value' and 'model': keep one (a trained score's value is its model's output)")
    public static let diagModelNeedsFeatures = Phrase(
        fr: "un score entraîné doit lister ses « features », dans l'ordre des variables du modèle",
        en: "a trained score must list its 'features', in the model's feature order")
    public static let diagFeaturesWithoutModel = Phrase(
        fr: "« features » sans « model » : nommez le fichier du modèle (models/NOM.json ou .yaml)",
        en: "'features' without 'model': name the model file (models/NAME.json or .yaml)")
    public static let diagModelFileMissing = Phrase(
        fr: "fichier de modèle « {0} » introuvable (cherché : {1}) ; il se place à côté du jeu de règles",
        en: "model file '{0}' not found (looked for: {1}); it goes beside the ruleset")
    public static let diagModelFileInvalid = Phrase(
        fr: "le fichier de modèle est invalide : {0}",
        en: "the model file is invalid: {0}")
    public static let diagModelFeatureCount = Phrase(
        fr: "le modèle a {0} variables ({1}) mais « features » en déclare {2} : une par variable du modèle, dans son ordre",
        en: "the model has {0} features ({1}) but 'features' declares {2}: one per model feature, in its order")
    public static let diagModelFeatureName = Phrase(
        fr: "la variable n° {0} du modèle s'appelle « {1} », pas « {2} » : mêmes noms, même ordre que le modèle",
        en: "the model's feature #{0} is named '{1}', not '{2}': same names, same order as the model")
    public static let diagFeatureNeedsCategories = Phrase(
        fr: "le modèle traite « {0} » comme catégorielle : donnez ses « categories » (la liste de ses valeurs texte, dans l'ordre des codes du modèle)",
        en: "the model treats '{0}' as categorical: give its 'categories' (its text values, in the order of the model's codes)")
    public static let diagFeatureNotCategorical = Phrase(
        fr: "« {0} » a des « categories » mais le modèle la traite comme un nombre : retirez « categories » ou utilisez des colonnes 0/1 (if(…, 1, 0))",
        en: "'{0}' has 'categories' but the model treats it as a number: remove 'categories' or use 0/1 columns (if(…, 1, 0))")
    public static let diagCategoryUnknown = Phrase(
        fr: "« {0} » n'est pas une des « categories » de cette variable ({1}){2}",
        en: "'{0}' is not one of this feature's 'categories' ({1}){2}")
    public static let diagCategoriesEmpty = Phrase(
        fr: "« categories » doit lister au moins une valeur, sans doublon",
        en: "'categories' must list at least one value, without duplicates")

    // MARK: Explaining a trained score

    public static let explainModelHeader = Phrase(
        fr: "Modèle {0} ({1}) : marge {2} = biais {3} + contributions ; score = {4}",
        en: "Model {0} ({1}): margin {2} = bias {3} + contributions; score = {4}")
    public static let explainContributionUp = Phrase(fr: "pousse vers le haut", en: "pushes up")
    public static let explainContributionDown = Phrase(fr: "pousse vers le bas", en: "pushes down")
    public static let explainContributionNone = Phrase(fr: "sans effet", en: "no effect")
    public static let explainFeatureMissing = Phrase(fr: "inconnue", en: "missing")
    public static let explainContributionsNote = Phrase(
        fr: "(contributions en log-odds : ce que le modèle a appris, ni une cause ni une preuve)",
        en: "(contributions in log-odds: what the model learnt, neither a cause nor a proof)")
    public static let modelKindTrees = Phrase(fr: "arbres XGBoost", en: "XGBoost trees")
    public static let modelKindScorecard = Phrase(fr: "grille logistique", en: "logistic scorecard")
}
