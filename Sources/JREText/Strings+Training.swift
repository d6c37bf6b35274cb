/// Trained scores' file errors and training messages: the XGBoost JSON reader, the YAML scorecard
/// reader, the trainer and the `model check|show|train|predict` commands.
extension Strings {
    // MARK: Any model file

    /// A message given as it is (a library's own words, an English-only detail).
    public static let modelVerbatim = Phrase(fr: "{0}", en: "{0}")
    public static let modelCannotRead = Phrase(fr: "impossible de lire le fichier", en: "cannot read the file")
    public static let modelFileEmpty = Phrase(fr: "le fichier est vide", en: "the file is empty")
    /// `FILE:LINE:COLUMN: error: ` or `FILE: error at PATH: ` then the message (the same skeleton as the diagnostics').
    public static let modelErrorLocated = Phrase(fr: "{0}{1}", en: "{0}{1}")

    // MARK: XGBoost JSON models

    public static let modelNotJSON = Phrase(fr: "ce n'est pas du JSON : {0}", en: "not JSON: {0}")
    public static let modelNegativeFeatureCount = Phrase(fr: "num_feature ne peut pas être négatif", en: "num_feature must not be negative")
    public static let modelMultiClass = Phrase(
        fr: "les modèles multi-classes ne sont pas pris en charge (num_class {0})",
        en: "multi-class models are not supported (num_class {0})")
    public static let modelMultiTarget = Phrase(
        fr: "les modèles à plusieurs cibles ne sont pas pris en charge (num_target {0})",
        en: "multi-target models are not supported (num_target {0})")
    public static let modelUnknownObjective = Phrase(
        fr: "objectif inconnu « {0} » (attendu : binary:logistic ou reg:squarederror)",
        en: "unknown objective '{0}' (expected binary:logistic or reg:squarederror)")
    public static let modelBaseScoreRange = Phrase(
        fr: "base_score {0} n'est pas une probabilité strictement comprise entre 0 et 1",
        en: "base_score {0} is not a probability strictly between 0 and 1")
    public static let modelBaseScoreNotNumber = Phrase(fr: "base_score « {0} » n'est pas un nombre", en: "base_score '{0}' is not a number")
    public static let modelFeatureNamesCount = Phrase(
        fr: "{0} noms de variables déclarés, mais num_feature vaut {1}",
        en: "{0} feature names declared but num_feature is {1}")
    public static let modelFeatureTypesCount = Phrase(
        fr: "{0} types de variables déclarés, mais num_feature vaut {1}",
        en: "{0} feature types declared but num_feature is {1}")
    public static let modelUnsupportedBooster = Phrase(
        fr: "booster « {0} » non pris en charge (seul gbtree est lu)",
        en: "unsupported booster '{0}' (only gbtree is read)")
    public static let modelTreeInfoCount = Phrase(fr: "{0} entrées pour {1} arbres", en: "{0} entries for {1} trees")
    public static let modelEmptyTree = Phrase(fr: "un arbre doit avoir au moins un nœud", en: "a tree needs at least one node")
    public static let modelEntriesVersus = Phrase(fr: "{0} entrées, mais {1} en a {2}", en: "{0} entries but {1} has {2}")
    public static let modelNodeCount = Phrase(
        fr: "num_nodes vaut {0}, mais l'arbre a {1} nœuds",
        en: "num_nodes is {0} but the tree has {1} nodes")
    public static let modelChildOutOfRange = Phrase(
        fr: "l'indice d'enfant {0} est hors limites (l'arbre a {1} nœuds)",
        en: "child index {0} is out of range (the tree has {1} nodes)")
    public static let modelNodeTwice = Phrase(
        fr: "le nœud {0} est atteint deux fois : l'arbre a un cycle ou un nœud partagé",
        en: "node {0} is reached twice: the tree has a cycle or a shared node")
    public static let modelTooDeep = Phrase(
        fr: "l'arbre a plus de {0} niveaux, ce qui n'est pas pris en charge",
        en: "the tree is deeper than {0} levels, which is not supported")
    public static let modelFeatureOutOfRange = Phrase(
        fr: "l'indice de variable {0} est hors limites (num_feature vaut {1})",
        en: "feature index {0} is out of range (num_feature is {1})")
    public static let modelNodeOutOfRange = Phrase(
        fr: "le nœud {0} est hors limites (l'arbre a {1} nœuds)",
        en: "node {0} is out of range (the tree has {1} nodes)")
    public static let modelCategoriesOutOfRange = Phrase(
        fr: "les catégories {0}..<{1} sont hors limites ({2} catégories)",
        en: "categories {0}..<{1} are out of range ({2} categories)")
    public static let modelCategoryOutOfRange = Phrase(
        fr: "la catégorie {0} est hors limites (de 0 à 2^24 - 1)",
        en: "category {0} is out of range (0 to 2^24 - 1)")

    // MARK: YAML scorecards

    public static let modelNotYAML = Phrase(fr: "ce n'est pas du YAML : {0}", en: "not YAML: {0}")
    public static let scorecardExpectedMapping = Phrase(
        fr: "attendu : un tableau associatif avec intercept et features",
        en: "expected a mapping with intercept and features")
    public static let scorecardUnknownKey = Phrase(fr: "clé inconnue « {0} » (attendu : {1})", en: "unknown key '{0}' (expected {1})")
    public static let scorecardMissingKey = Phrase(fr: "la clé « {0} » manque", en: "the key '{0}' is missing")
    public static let scorecardExpectedList = Phrase(fr: "attendu : une liste de variables", en: "expected a list of features")
    public static let scorecardExpectedFeature = Phrase(
        fr: "attendu : une variable avec name et weight",
        en: "expected a feature with name and weight")
    public static let scorecardMissingName = Phrase(fr: "le « name » de la variable manque", en: "the feature's 'name' is missing")
    public static let scorecardListedTwice = Phrase(fr: "la variable « {0} » figure deux fois", en: "the feature '{0}' is listed twice")
    public static let scorecardNoWeight = Phrase(fr: "la variable « {0} » n'a pas de « weight »", en: "the feature '{0}' has no 'weight'")
    public static let scorecardExpectedText = Phrase(fr: "attendu : un texte", en: "expected text")
    public static let scorecardExpectedNumber = Phrase(fr: "attendu : un nombre, trouvé « {0} »", en: "expected a number, found '{0}'")

    // MARK: Training (`model train`, the model screen's retraining)

    public static let trainNoTrainedScore = Phrase(
        fr: "le jeu de règles n'a pas de score entraîné « {0} » (scores entraînés : {1})",
        en: "the ruleset has no trained score '{0}' (trained scores: {1})")
    public static let trainNone = Phrase(fr: "aucun", en: "none")
    public static let trainRulesetDoesNotFit = Phrase(
        fr: "le jeu de règles ne s'applique pas à la population : {0}",
        en: "the ruleset does not fit the population: {0}")
    public static let trainRulesetDoesNotFitFolder = Phrase(
        fr: "le jeu de règles ne s'applique pas au dossier de population : {0}",
        en: "the ruleset does not fit the population folder: {0}")
    public static let trainTooFewLabels = Phrase(
        fr: "trop peu d'étiquettes pour apprendre : {0} personnes contrôlées, dont {1} avec une fraude constatée (il en faut au moins 10, avec et sans fraude)",
        en: "too few labels to learn from: {0} controlled people, {1} with fraud found (at least 10 are needed, with and without fraud)")
    public static let trainCannotReadRuleset = Phrase(fr: "impossible de lire le jeu de règles « {0} »", en: "cannot read the ruleset '{0}'")
    public static let trainRulesetErrors = Phrase(fr: "le jeu de règles a des erreurs :\n{0}", en: "the ruleset has errors:\n{0}")
    public static let trainHistoryValue = Phrase(fr: "history vaut targeted ou random", en: "history must be targeted or random")
    public static let trainNoControls = Phrase(
        fr: "le dossier de population « {0} » n'a pas de controls.csv : un modèle apprend des contrôles passés (le produire avec `population generate`, ou fournir controls.csv : id,controle,jour,fraude_constatee)",
        en: "the population folder '{0}' has no controls.csv: a model learns from past controls (generate it with `population generate`, or give controls.csv: id,controle,jour,fraude_constatee)")
    public static let trainLibrary = Phrase(fr: "libxgboost a échoué : {0}", en: "libxgboost failed: {0}")

    // MARK: `model` commands

    public static let modelCannotReadInput = Phrase(fr: "{0}: error: impossible de lire le fichier", en: "{0}: error: cannot read the file")
    public static let modelCheckOK = Phrase(fr: "{0} : correct", en: "{0}: ok")
    public static let trainCommandPrefix = Phrase(fr: "jre-console model train : {0}", en: "jre-console model train: {0}")
    public static let trainCannotReadRecipe = Phrase(fr: "impossible de lire la recette « {0} »", en: "cannot read the recipe '{0}'")
    public static let trainNeedsRecipe = Phrase(
        fr: "donner --recipe FICHIER, ou --ruleset, --score et --output",
        en: "give --recipe FILE, or --ruleset, --score and --output")
    public static let trainFolderOrGenerator = Phrase(
        fr: "{0} décrivent une population générée : donner soit un dossier de population (--population ou population: {folder: DOSSIER} dans la recette), soit les options du générateur, pas les deux",
        en: "{0} describe a generated population: give either a population folder (--population or the recipe's population: {folder: DIR}) or the generator options, not both")
    public static let trainBadHistory = Phrase(
        fr: "--history vaut targeted ou random, pas « {0} »",
        en: "--history must be targeted or random, not '{0}'")
    public static let trainOutOfRange = Phrase(
        fr: "une valeur est hors limites (size ≥ 100, days ≥ 7, trees ≥ 1, depth de 1 à 16, threads ≥ 1, 0 < capacity ≤ 1, eta > 0)",
        en: "a value is out of range (size ≥ 100, days ≥ 7, trees ≥ 1, depth 1–16, threads ≥ 1, 0 < capacity ≤ 1, eta > 0)")
    public static let trainCannotWrite = Phrase(
        fr: "impossible d'écrire « {0} » ou « {1} »",
        en: "cannot write '{0}' or '{1}'")
    public static let trainWrote = Phrase(fr: "{0} : {1} octets", en: "{0}: {1} bytes")
}
