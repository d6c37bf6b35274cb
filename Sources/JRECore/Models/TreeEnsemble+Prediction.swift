import Foundation

extension TreeEnsemble {
    /// The margin (the base margin plus every tree's leaf) of one row of `featureCount` values; NaN is missing.
    public func margin(_ row: UnsafeBufferPointer<Float>) -> Double {
        precondition(row.count >= featureCount, "a row needs one value per feature")
        guard let base = row.baseAddress else { return baseMargin }
        return baseMargin + flat.leafSum(base, count: featureCount)
    }

    /// The margin of one row.
    public func margin(_ row: [Float]) -> Double {
        row.withUnsafeBufferPointer { margin($0) }
    }

    /// The score of one row: a probability for `binary:logistic`, the margin for regression.
    public func score(_ row: [Float]) -> Double {
        objective.score(margin: margin(row))
    }

    /// The scores of `rows` rows stored one after another in `values` (`featureCount` each),
    /// computed on up to `threads` threads.
    public func scores(_ values: [Float], rows: Int, threads: Int = 1) -> [Double] {
        precondition(values.count >= rows * featureCount, "values needs rows × featureCount numbers")
        var result = [Double](repeating: 0, count: rows)
        let width = featureCount
        values.withUnsafeBufferPointer { all in
            result.withUnsafeMutableBufferPointer { out in
                nonisolated(unsafe) let input = all.baseAddress!, output = out.baseAddress!
                let blocks = max(1, min(threads, rows / 1024))
                let perBlock = (rows + blocks - 1) / max(1, blocks)
                let model = self
                let work: @Sendable (Int) -> Void = { block in
                    let start = block * perBlock, end = min(rows, start + perBlock)
                    guard start < end else { return }
                    for row in start..<end {
                        let slice = UnsafeBufferPointer(start: input + row * width, count: width)
                        output[row] = model.objective.score(margin: model.margin(slice))
                    }
                }
                if blocks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: work) }
            }
        }
        return result
    }
}
