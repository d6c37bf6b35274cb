/// Phrases of the model-file readers: JSON syntax, JSON shapes and CSV feature tables.
extension Strings {
    // What a JSON value is, as a message names it.
    public static let jsonKindNull = Phrase(fr: "null", en: "null")
    public static let jsonKindBoolean = Phrase(fr: "un booléen", en: "a boolean")
    public static let jsonKindNumber = Phrase(fr: "un nombre", en: "a number")
    public static let jsonKindString = Phrase(fr: "une chaîne", en: "a string")
    public static let jsonKindArray = Phrase(fr: "un tableau", en: "an array")
    public static let jsonKindObject = Phrase(fr: "un objet", en: "an object")

    // The shape the reader expected at a JSON path.
    public static let jsonMemberMissing = Phrase(fr: "le membre « {0} » manque", en: "the member '{0}' is missing")
    public static let jsonExpectedObject = Phrase(fr: "un objet était attendu, trouvé : {0}", en: "expected an object, found {0}")
    public static let jsonExpectedArray = Phrase(fr: "un tableau était attendu, trouvé : {0}", en: "expected an array, found {0}")
    public static let jsonExpectedString = Phrase(fr: "une chaîne était attendue, trouvé : {0}", en: "expected a string, found {0}")
    public static let jsonExpectedNumber = Phrase(fr: "un nombre était attendu, trouvé : {0}", en: "expected a number, found {0}")
    public static let jsonExpectedInteger = Phrase(fr: "un entier était attendu, trouvé : {0}", en: "expected an integer, found {0}")
    public static let jsonExpectedIntegerText = Phrase(fr: "un entier était attendu, trouvé : « {0} »", en: "expected an integer, found '{0}'")
    public static let jsonExpectedFlag = Phrase(fr: "0, 1, true ou false était attendu, trouvé : {0}", en: "expected 0, 1, true or false, found {0}")

    // JSON syntax.
    public static let jsonTextAfterDocument = Phrase(fr: "du texte suit la fin du document JSON", en: "unexpected text after the JSON document")
    public static let jsonEndsBeforeValue = Phrase(fr: "le document s'arrête là où une valeur était attendue", en: "the document ends where a value was expected")
    public static let jsonUnexpectedCharacter = Phrase(fr: "caractère inattendu là où une valeur était attendue", en: "unexpected character where a value was expected")
    public static let jsonUnexpectedWord = Phrase(fr: "mot inattendu là où une valeur était attendue", en: "unexpected word where a value was expected")
    public static let jsonTooDeep = Phrase(fr: "imbrication trop profonde", en: "nested too deeply")
    public static let jsonExpectedMemberName = Phrase(fr: "un nom de membre entre guillemets était attendu", en: "expected a quoted member name")
    public static let jsonExpectedColon = Phrase(fr: "« : » était attendu après un nom de membre", en: "expected ':' after a member name")
    public static let jsonEndsInObject = Phrase(fr: "le document s'arrête dans un objet", en: "the document ends inside an object")
    public static let jsonExpectedCommaOrBrace = Phrase(fr: "« , » ou « } » était attendu dans un objet", en: "expected ',' or '}' in an object")
    public static let jsonEndsInArray = Phrase(fr: "le document s'arrête dans un tableau", en: "the document ends inside an array")
    public static let jsonExpectedCommaOrBracket = Phrase(fr: "« , » ou « ] » était attendu dans un tableau", en: "expected ',' or ']' in an array")
    public static let jsonNotANumber = Phrase(fr: "« {0} » n'est pas un nombre", en: "'{0}' is not a number")
    public static let jsonControlCharacter = Phrase(fr: "un caractère de contrôle dans une chaîne", en: "a control character inside a string")
    public static let jsonUnknownEscape = Phrase(fr: "un échappement inconnu dans une chaîne", en: "an unknown escape in a string")
    public static let jsonEndsInString = Phrase(fr: "le document s'arrête dans une chaîne", en: "the document ends inside a string")
    public static let jsonBadUnicodeEscape = Phrase(fr: "un échappement \\u invalide dans une chaîne", en: "a bad \\u escape in a string")

    // CSV tables of feature values (`model predict --input`).
    public static let tableEmpty = Phrase(
        fr: "le fichier est vide (il faut une ligne d'en-tête qui nomme les variables)",
        en: "the file is empty (a header naming the features is needed)")
    public static let tableMissingColumn = Phrase(
        fr: "l'en-tête n'a pas de colonne « {0} » (le modèle a besoin de : {1})",
        en: "the header has no column '{0}' (the model needs {1})")
    public static let tableCellCount = Phrase(fr: "nombre de cellules : {0}, mais l'en-tête en a {1}", en: "number of cells: {0}, but the header has {1}")
    public static let tableNotANumber = Phrase(fr: "« {0} » n'est pas un nombre (colonne « {1} »)", en: "'{0}' is not a number (column '{1}')")
    public static let tableQuoteNotClosed = Phrase(fr: "une cellule entre guillemets n'est pas fermée", en: "a quoted cell is not closed")
}

/// Phrases of `model show`'s description of a model.
extension Strings {
    public static let summaryTreeKind = Phrase(fr: "genre : forêt d'arbres boostés (XGBoost gbtree)", en: "kind: tree-ensemble (XGBoost gbtree)")
    public static let summaryScorecardKind = Phrase(fr: "genre : grille logistique", en: "kind: logistic-scorecard")
    public static let summaryWrittenBy = Phrase(fr: "écrit par : XGBoost {0}", en: "written by: XGBoost {0}")
    public static let summaryName = Phrase(fr: "nom : {0}", en: "name: {0}")
    public static let summaryObjective = Phrase(fr: "objectif : {0}", en: "objective: {0}")
    public static let summaryBaseScore = Phrase(fr: "score de départ : {0} (marge {1})", en: "base score: {0} (margin {1})")
    public static let summaryFeatures = Phrase(fr: "variables : {0}", en: "features: {0}")
    public static let summaryCategorical = Phrase(fr: " (catégorielle)", en: " (categorical)")
    public static let summaryTrees = Phrase(fr: "arbres : {0}", en: "trees: {0}")
    public static let summaryDepth = Phrase(fr: "profondeur : {0} au plus", en: "depth: {0} at most")
    public static let summaryNodes = Phrase(fr: "nœuds : {0}", en: "nodes: {0}")
    public static let summaryBias = Phrase(fr: "biais (marge attendue) : {0}", en: "bias (expected margin): {0}")
    public static let summaryIntercept = Phrase(fr: "constante : {0}", en: "intercept: {0}")
    public static let summaryWeight = Phrase(fr: "  {0} : {1} poids {2}", en: "  {0}: {1} weight {2}")
}

/// Phrases of a training recipe's errors (`model train --recipe`).
extension Strings {
    public static let recipeExpectedMapping = Phrase(
        fr: "un dictionnaire était attendu ({0})", en: "expected a mapping ({0})")
    public static let recipeUnknownKey = Phrase(fr: "clé inconnue « {0} » (attendues : {1})", en: "unknown key '{0}' (expected {1})")
    public static let recipeMissingKey = Phrase(fr: "la clé « {0} » manque", en: "the key '{0}' is missing")
    public static let recipeMustBeText = Phrase(fr: "« {0} » doit être un texte", en: "'{0}' must be a text")
    public static let recipeMustBeWholeNumber = Phrase(
        fr: "« {0} » doit être un nombre entier de {1} à {2}, trouvé : « {3} »",
        en: "'{0}' must be a whole number from {1} to {2}, found '{3}'")
    public static let recipeMustBeNumber = Phrase(
        fr: "« {0} » doit être un nombre de {1} à {2}, trouvé : « {3} »",
        en: "'{0}' must be a number from {1} to {2}, found '{3}'")
    public static let recipeMustBeMapping = Phrase(fr: "« {0} » doit être un dictionnaire", en: "'{0}' must be a mapping")
    public static let recipeFolderText = Phrase(
        fr: "« folder » doit être un texte (un dossier de population)", en: "'folder' must be a text (a population folder)")
    public static let recipeFolderOrGenerated = Phrase(
        fr: "« {0} » sert à une population générée : donnez « folder » ou bien size, seed et days, pas les deux",
        en: "'{0}' is for a generated population: give 'folder' or size, seed and days, not both")
    public static let recipeHistoryWithFolder = Phrase(
        fr: "« history » sert à une population générée : l'historique d'un dossier est son controls.csv",
        en: "'history' is for a generated population: a folder's controls.csv is its history")
    public static let recipeHistoryValue = Phrase(fr: "« history » vaut targeted ou random", en: "'history' must be targeted or random")
    public static let recipeLabelsValue = Phrase(
        fr: "« labels » vaut controls ou return_to_work, trouvé : « {0} »", en: "'labels' must be controls or return_to_work, found '{0}'")
    public static let recipeLabelsNeedGenerated = Phrase(
        fr: "« labels: return_to_work » demande une population générée (size, seed, days), pas un dossier",
        en: "'labels: return_to_work' needs a generated population (size, seed, days), not a folder")
}
