import JREText

/// An author's sentence for an alert or a level, with placeholders filled from the explanation.
///
/// `{value}`: the score's value with its unit (in a level's sentence); `{level}`: its level's label;
/// `{reasons}`: the generic explanation; `{NAME}`: the value of score or parameter `NAME` with its unit;
/// `{NAME.level}`: that score's level label. A placeholder that names nothing is refused at loading.
struct SentenceTemplate {
    let words: PlainWords
    let explanation: ClaimantExplanation

    /// The placeholder names a template uses, in order (`{a}`, `{b.level}` → `a`, `b.level`).
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" { current = "" } else if character == "}" {
                if let name = current, !name.isEmpty { names.append(name) }
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }

    /// Whether `name` can be filled for `ruleset`.
    static func isKnown(_ name: String, in ruleset: Ruleset) -> Bool {
        if ["value", "level", "reasons"].contains(name) { return true }
        if name.hasSuffix(".level") { return ruleset.scoreIndex(String(name.dropLast(6))) != nil }
        return ruleset.scoreIndex(name) != nil || ruleset.parameterIndex(name) != nil
    }

    func fill(_ template: LocalizedText, score: Int?, reasons: () -> String) -> String {
        var text = template.resolve(words.lang)
        for name in Self.placeholders(in: text) {
            text = text.replacingOccurrences(of: "{" + name + "}", with: value(name, score: score, reasons: reasons))
        }
        return text
    }

    func value(_ name: String, score: Int?, reasons: () -> String) -> String {
        let ruleset = words.ruleset
        switch name {
        case "reasons": return reasons()
        case "value": return score.map(scoreValue) ?? ""
        case "level": return score.map(levelLabel) ?? ""
        default:
            if name.hasSuffix(".level"), let index = ruleset.scoreIndex(String(name.dropLast(6))) { return levelLabel(index) }
            if let index = ruleset.scoreIndex(name) { return scoreValue(index) }
            if let index = ruleset.parameterIndex(name), let use = explanation.parameters.first(where: { $0.index == index }) {
                return words.number(use.value, unit: ruleset.parameters[index].unit)
            }
            return "{" + name + "}"
        }
    }

    func scoreValue(_ index: Int) -> String {
        words.number(explanation.scores[index].value ?? .nan, unit: words.ruleset.scores[index].unit)
    }

    func levelLabel(_ index: Int) -> String {
        let score = explanation.scores[index]
        return score.chosenLevel.map { words.levelLabel(score: index, name: score.levels[$0].name) } ?? "—"
    }
}
