import Foundation
import JREText
import Yams

extension RulesetLoader {
    /// `rank: {score: NAME, top: N | PARAMETER}` on an alert; the names are resolved when the ruleset is compiled (``RankCheck``).
    func rank(_ node: Node) -> AlertRank? {
        guard let pairs = reader.mapping(node, known: ["score", "top"], required: ["score", "top"], what: LocalizedMessage(Strings.whatRank)) else { return nil }
        var score: (String, SourcePosition)?, top: (AlertRank.Top, SourcePosition)?
        for (field, _, content) in pairs {
            switch field {
            case "score":
                if let name = reader.string(content) { score = (name, reader.position(of: content)) }
            case "top":
                guard let text = reader.string(content) else { continue }
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if let number = Double(trimmed) {
                    guard number.isFinite, number >= 0, number == number.rounded(), number < 1e9 else {
                        reader.report(at: content, LocalizedMessage(Strings.diagRankBadTop, text))
                        continue
                    }
                    top = (.count(Int(number)), reader.position(of: content))
                } else if let name = reader.identifier(content, allowDash: false) {
                    top = (.parameter(name), reader.position(of: content))
                }
            default: break
            }
        }
        guard let score, let top else { return nil }
        return AlertRank(score: score.0, scorePosition: score.1, top: top.0, topPosition: top.1, position: reader.position(of: node))
    }
}
