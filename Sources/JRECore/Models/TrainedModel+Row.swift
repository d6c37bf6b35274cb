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

extension TrainedModel {
    /// The score of row `index` of `rows`, a flat table of `width` values per row (as `Simulation.modelInputs` gives it).
    public func score(row index: Int, of rows: [Float], width: Int) -> Double {
        rows[(index * width)..<((index + 1) * width)].withUnsafeBufferPointer { score($0) }
    }

    /// The score of every row of `rows`, a flat table of `width` values per row.
    public func scores(_ rows: [Float], width: Int) -> [Double] {
        guard width > 0 else { return [] }
        return (0..<(rows.count / width)).map { score(row: $0, of: rows, width: width) }
    }
}
