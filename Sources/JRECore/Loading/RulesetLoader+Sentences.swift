import JREText
import Yams

extension RulesetLoader {
    /// Refuses a placeholder of an alert's or a level's `sentence` that names neither a score, a
    /// parameter, nor `{value}`, `{level}`, `{reasons}`, at the sentence's line and column.
    func checkSentences(alerts: Node?, scores: Node?, in ruleset: Ruleset) {
        var sentences: [Node] = []
        for (_, alert) in alerts?.mapping ?? [:] {
            if let sentence = alert.mapping?["sentence"] { sentences.append(sentence) }
        }
        for (_, score) in scores?.mapping ?? [:] {
            for level in score.mapping?["levels"]?.sequence ?? [] {
                if let sentence = level.mapping?["sentence"] { sentences.append(sentence) }
            }
        }
        let names = ruleset.scores.map(\.id) + ruleset.parameters.map(\.id) + ["value", "level", "reasons"]
        for node in sentences {
            let texts = node.scalar.map { [$0.string] } ?? (node.mapping?.compactMap { $0.value.scalar?.string } ?? [])
            for text in texts {
                for name in SentenceTemplate.placeholders(in: text) where !SentenceTemplate.isKnown(name, in: ruleset) {
                    reader.report(at: node, LocalizedMessage(Strings.diagUnknownPlaceholder, name, suggestion(name, names)))
                }
            }
        }
    }
}
