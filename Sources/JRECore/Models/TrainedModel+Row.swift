import Foundation

extension TrainedModel {
    /// The score of one row read in place (one value per feature, NaN is missing): what a ruleset's trained score computes.
    public func score(_ row: UnsafeBufferPointer<Float>) -> Double {
        switch self {
        case .treeEnsemble(let model):
            return model.objective.score(margin: model.margin(row))
        case .scorecard(let card):
            var margin = card.intercept
            for (index, feature) in card.features.enumerated() where !row[index].isNaN {
                margin += feature.weight * Double(row[index])
            }
            return 1 / (1 + Foundation.exp(-margin))
        }
    }
}
