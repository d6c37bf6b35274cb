extension TreeEnsemble {
    /// The score of one row with its exact TreeSHAP contributions (as libxgboost's `pred_contribs`).
    public func explain(_ row: [Float]) -> ModelScore {
        precondition(row.count >= featureCount, "a row needs one value per feature")
        var phi = [Double](repeating: 0, count: featureCount)
        let capacity = TreeSHAP.pathCapacity(depth: maxDepth)
        let path = UnsafeMutablePointer<TreeSHAP.PathElement>.allocate(capacity: capacity)
        path.initialize(repeating: TreeSHAP.PathElement(feature: -1, zeroFraction: 0, oneFraction: 0, weight: 0), count: capacity)
        defer { path.deallocate() }
        let reciprocals = UnsafeMutablePointer<Double>.allocate(capacity: maxDepth + 3)
        defer { reciprocals.deallocate() }
        reciprocals[0] = 0
        for k in 1..<(maxDepth + 3) { reciprocals[k] = 1 / Double(k) }
        row.withUnsafeBufferPointer { values in
            phi.withUnsafeMutableBufferPointer { out in
                let shap = TreeSHAP(
                    nodes: flat, row: values.baseAddress!, phi: out.baseAddress!, path: path, reciprocals: UnsafePointer(reciprocals)
                )
                for root in roots { shap.add(root: Int(root)) }
            }
        }
        let margin = margin(row)
        return ModelScore(score: objective.score(margin: margin), margin: margin, contributions: phi, bias: bias)
    }
}
