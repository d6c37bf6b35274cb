import JREText

/// A trained score's counterfactuals in words, for `explain`, « Pourquoi ? » and the lab: a heading,
/// then per counterfactual what changes, the score now → with the change, and the level now → with it.
public enum CounterfactualText {
    public static func lines(_ score: ScoreExplanation, _ definition: Score, _ lang: Lang, indent: String = "  ") -> [String] {
        guard !score.counterfactuals.isEmpty, let model = definition.model else { return [] }
        var lines = [indent + Strings.counterfactualHeading(lang)]
        for entry in score.counterfactuals {
            let what = model.features[entry.feature].counterfactual?.label.resolve(lang) ?? model.features[entry.feature].name
            let now = NumberText.decimal(entry.current, lang, decimals: 2), then = NumberText.decimal(entry.changed, lang, decimals: 2)
            if let current = entry.currentLevel, let changed = entry.changedLevel, current < definition.levels.count, changed < definition.levels.count {
                lines.append(indent + "  " + Strings.counterfactualLine.format(
                    lang, what, now, then, definition.levels[current].displayLabel(lang), definition.levels[changed].displayLabel(lang)))
            } else {
                lines.append(indent + "  " + Strings.counterfactualLineNoLevel.format(lang, what, now, then))
            }
        }
        return lines
    }
}
