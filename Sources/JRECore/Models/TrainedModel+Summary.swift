extension TrainedModel {
    /// A few lines describing the model: kind, objective, features, trees and depth (or weights).
    public var summary: String {
        var lines: [String] = []
        switch self {
        case .treeEnsemble(let model):
            lines.append("kind: tree-ensemble (XGBoost gbtree)")
            if !model.writerVersion.isEmpty {
                lines.append("written by: XGBoost " + model.writerVersion.map(String.init).joined(separator: "."))
            }
            lines.append("objective: \(model.objective.rawValue)")
            lines.append("base score: \(model.baseScore) (margin \(model.baseMargin))")
            lines.append("features: \(model.featureCount)")
            for (index, name) in model.featureNames.enumerated() {
                lines.append("  \(index): \(name)" + (model.categoricalFeatures.contains(index) ? " (categorical)" : ""))
            }
            lines.append("trees: \(model.treeCount)")
            lines.append("depth: \(model.maxDepth) at most")
            lines.append("nodes: \(model.nodes.count)")
            lines.append("bias (expected margin): \(model.bias)")
        case .scorecard(let card):
            lines.append("kind: logistic-scorecard")
            if let name = card.name { lines.append("name: \(name)") }
            lines.append("objective: binary:logistic")
            lines.append("intercept: \(card.intercept)")
            lines.append("features: \(card.features.count)")
            for (index, feature) in card.features.enumerated() {
                var line = "  \(index): \(feature.name) weight \(feature.weight)"
                if let status = feature.status { line += " (\(status.rawValue))" }
                if let label = feature.label { line += " — \(label)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
