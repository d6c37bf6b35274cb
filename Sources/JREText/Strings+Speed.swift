/// The model screen's retraining: which settings it uses, and how many labels it learnt from.
extension Strings {
    public static let modelRetrainingParameters = Phrase(
        fr: "Réentraînement (T) : {0} arbres de profondeur {1}, taux d'apprentissage {2} — les réglages de la recette du modèle fourni (suspicion.recipe.yaml), 1 fil XGBoost.",
        en: "Retraining (T): {0} trees of depth {1}, learning rate {2} — the settings of the bundled model's recipe (suspicion.recipe.yaml), 1 XGBoost thread.")

    static let modelRetrainedLabelsPhrase = PluralPhrase(
        one: Phrase(
            fr: "Étiquettes : {0} personne contrôlée dans cet historique (la seule dont on connaît l'issue), dont {1} « fraude constatée ».",
            en: "Labels: {0} person controlled in this history (the only one whose outcome is known), {1} of them « fraud found »."),
        other: Phrase(
            fr: "Étiquettes : {0} personnes contrôlées dans cet historique (les seules dont on connaît l'issue), dont {1} « fraude constatée ».",
            en: "Labels: {0} people controlled in this history (the only ones whose outcome is known), {1} of them « fraud found »."))

    /// « Étiquettes : 5 002 personnes contrôlées…, dont 35 « fraude constatée ». »
    public static func modelRetrainedLabels(_ labels: Int, _ positives: Int, _ lang: Lang) -> String {
        modelRetrainedLabelsPhrase.format(lang, count: labels, NumberText.count(positives, lang))
    }

    /// Below this many « fraud found » labels, the screen says the model learns noise.
    public static let fewPositiveLabels = 100

    public static let modelFewLabels = PluralPhrase(
        one: Phrase(
            fr: "Peu d'étiquettes positives : {0} fraude constatée seulement. Avec si peu d'exemples, le modèle apprend surtout du bruit (les hasards de ce tirage) : un autre historique donnerait d'autres arbres et d'autres chiffres.",
            en: "Few positive labels: only {0} fraud found. With so few examples the model mostly learns noise (the accidents of this draw): another history would give other trees and other figures."),
        other: Phrase(
            fr: "Peu d'étiquettes positives : {0} fraudes constatées seulement. Avec si peu d'exemples, le modèle apprend surtout du bruit (les hasards de ce tirage) : un autre historique donnerait d'autres arbres et d'autres chiffres.",
            en: "Few positive labels: only {0} frauds found. With so few examples the model mostly learns noise (the accidents of this draw): another history would give other trees and other figures."))
}
