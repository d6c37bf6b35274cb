import JREText

extension TrainedModel {
    /// A few lines describing the model, in English: kind, objective, features, trees and depth (or weights).
    public var summary: String { summary(.en) }

    /// A few lines describing the model in `lang`: kind, objective, features, trees and depth (or weights).
    ///
    /// Numbers stay as the file has them (`0.5`, `-2.89540148746218`): they are the model's own values,
    /// to compare with what XGBoost prints, not figures to read aloud.
    public func summary(_ lang: Lang) -> String {
        var lines: [String] = []
        switch self {
        case .treeEnsemble(let model):
            lines.append(Strings.summaryTreeKind(lang))
            if !model.writerVersion.isEmpty {
                lines.append(Strings.summaryWrittenBy.format(lang, model.writerVersion.map(String.init).joined(separator: ".")))
            }
            lines.append(Strings.summaryObjective.format(lang, model.objective.rawValue))
            lines.append(Strings.summaryBaseScore.format(lang, "\(model.baseScore)", "\(model.baseMargin)"))
            lines.append(Strings.summaryFeatures.format(lang, String(model.featureCount)))
            for (index, name) in model.featureNames.enumerated() {
                lines.append("  \(index): \(name)" + (model.categoricalFeatures.contains(index) ? Strings.summaryCategorical(lang) : ""))
            }
            lines.append(Strings.summaryTrees.format(lang, String(model.treeCount)))
            lines.append(Strings.summaryDepth.format(lang, String(model.maxDepth)))
            lines.append(Strings.summaryNodes.format(lang, String(model.nodes.count)))
            lines.append(Strings.summaryBias.format(lang, "\(model.bias)"))
        case .scorecard(let card):
            lines.append(Strings.summaryScorecardKind(lang))
            if let name = card.name { lines.append(Strings.summaryName.format(lang, name)) }
            lines.append(Strings.summaryObjective.format(lang, "binary:logistic"))
            lines.append(Strings.summaryIntercept.format(lang, "\(card.intercept)"))
            lines.append(Strings.summaryFeatures.format(lang, String(card.features.count)))
            for (index, feature) in card.features.enumerated() {
                var line = Strings.summaryWeight.format(lang, String(index), feature.name, "\(feature.weight)")
                if let status = feature.status {
                    line += " (" + (status == .documented ? Strings.consoleTagDocumented(lang) : Strings.consoleTagIllustrative(lang)) + ")"
                }
                if let label = feature.label { line += " — \(label)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
