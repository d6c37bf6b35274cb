import CXGBoost

/// A libxgboost booster: trained here or loaded from a model file, then saved or asked for predictions.
///
/// This is the oracle the pure core's inference is tested against, and the trainer of the models it reads.
public final class Booster {
    let handle: BoosterHandle

    private init(handle: BoosterHandle) { self.handle = handle }

    deinit { XGBoosterFree(handle) }

    private static func create(_ matrices: [DMatrix]) throws(XGBoostError) -> Booster {
        var out: BoosterHandle?
        var handles: [DMatrixHandle?] = matrices.map(\.handle)
        let status = handles.withUnsafeMutableBufferPointer { XGBoosterCreate($0.baseAddress, UInt64(matrices.count), &out) }
        try check(status, "XGBoosterCreate")
        guard let out else { throw XGBoostError(function: "XGBoosterCreate", message: "no handle") }
        return Booster(handle: out)
    }

    private func set(_ name: String, _ value: String) throws(XGBoostError) {
        try check(XGBoosterSetParam(handle, name, value), "XGBoosterSetParam(\(name))")
    }

    private func setStrings(_ field: String, _ strings: [String]) throws(XGBoostError) {
        let status = withCStrings(strings) { XGBoosterSetStrFeatureInfo(handle, field, $0, UInt64(strings.count)) }
        try check(status, "XGBoosterSetStrFeatureInfo(\(field))")
    }

    /// Trains `parameters.trees` boosting rounds on `features` and `labels`.
    ///
    /// - Parameters:
    ///   - names: feature names saved in the model (`feature_names`), if any.
    ///   - kinds: per-column kinds; categorical columns hold non-negative integer codes.
    ///   - afterRound: called with the number of trees grown after every round; returning false
    ///     stops the training there (the booster then has fewer trees).
    public static func train(
        features: FeatureMatrix, labels: [Float], names: [String]? = nil, kinds: [FeatureKind]? = nil,
        parameters: TrainingParameters, afterRound: ((Int) -> Bool)? = nil
    ) throws(XGBoostError) -> Booster {
        let matrix = try DMatrix(features, labels: labels, names: names, kinds: kinds, threads: parameters.threads)
        let booster = try create([matrix])
        for (name, value) in parameters.boosterParameters { try booster.set(name, value) }
        // The C API does not carry the DMatrix's feature information into the saved model: set it here.
        if let names { try booster.setStrings("feature_name", names) }
        if let kinds { try booster.setStrings("feature_type", kinds.map(\.rawValue)) }
        for round in 0..<parameters.trees {
            try check(XGBoosterUpdateOneIter(booster.handle, Int32(round), matrix.handle), "XGBoosterUpdateOneIter")
            if let afterRound, !afterRound(round + 1) { break }
        }
        return booster
    }

    /// Loads a model from the bytes of a model file (JSON or UBJSON, as libxgboost detects).
    public static func load(modelBytes: [UInt8]) throws(XGBoostError) -> Booster {
        let booster = try create([])
        let status = modelBytes.withUnsafeBytes { XGBoosterLoadModelFromBuffer(booster.handle, $0.baseAddress, UInt64($0.count)) }
        try check(status, "XGBoosterLoadModelFromBuffer")
        return booster
    }

    /// Loads a model file; a `.json` name is read as JSON.
    public static func load(path: String) throws(XGBoostError) -> Booster {
        let booster = try create([])
        try check(XGBoosterLoadModel(booster.handle, path), "XGBoosterLoadModel")
        return booster
    }

    /// The model in XGBoost's JSON format, as `XGBoosterSaveModelToBuffer` writes it.
    public func jsonModel() throws(XGBoostError) -> [UInt8] {
        var length: UInt64 = 0
        var bytes: UnsafePointer<CChar>?
        try check(XGBoosterSaveModelToBuffer(handle, #"{"format": "json"}"#, &length, &bytes), "XGBoosterSaveModelToBuffer")
        guard let bytes else { return [] }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// Saves the model to `path`; libxgboost picks JSON for a name ending in `.json`.
    public func save(path: String) throws(XGBoostError) {
        try check(XGBoosterSaveModel(handle, path), "XGBoosterSaveModel")
    }

    /// What to predict, as the `type` of `XGBoosterPredictFromDMatrix`'s config.
    public enum PredictionKind: Int, Sendable {
        /// The transformed prediction: a probability for `binary:logistic`.
        case value = 0
        /// The raw sum of the trees and the bias, before the link function.
        case margin = 1
        /// Exact TreeSHAP contributions: one per feature, then the bias, per row.
        case contributions = 2
    }

    /// libxgboost's own predictions for every row of `features`.
    ///
    /// `.value` and `.margin` give one number per row; `.contributions` gives `columns + 1` per row.
    public func predict(_ features: FeatureMatrix, kind: PredictionKind, kinds: [FeatureKind]? = nil) throws(XGBoostError) -> [Float] {
        let matrix = try DMatrix(features, kinds: kinds)
        let config = #"{"type": \#(kind.rawValue), "training": false, "iteration_begin": 0, "iteration_end": 0, "strict_shape": false}"#
        var shape: UnsafePointer<UInt64>?
        var dimensions: UInt64 = 0
        var result: UnsafePointer<Float>?
        try check(XGBoosterPredictFromDMatrix(handle, matrix.handle, config, &shape, &dimensions, &result), "XGBoosterPredictFromDMatrix")
        guard let shape, let result else { return [] }
        var count = 1
        for axis in 0..<Int(dimensions) { count *= Int(shape[axis]) }
        return Array(UnsafeBufferPointer(start: result, count: count))
    }
}
