import Foundation
import CXGBoost

/// An owned libxgboost DMatrix built from a `FeatureMatrix`, freed with the value.
final class DMatrix {
    let handle: DMatrixHandle

    /// `threads` copy the values in parallel (0: every core); the matrix is the same either way.
    init(_ matrix: FeatureMatrix, labels: [Float]? = nil, names: [String]? = nil, kinds: [FeatureKind]? = nil, threads: Int = 0) throws(XGBoostError) {
        var out: DMatrixHandle?
        let status = matrix.values.withUnsafeBufferPointer { buffer in
            XGDMatrixCreateFromMat_omp(buffer.baseAddress, UInt64(matrix.rows), UInt64(matrix.columns), Float.nan, &out, Int32(threads))
        }
        try check(status, "XGDMatrixCreateFromMat_omp")
        guard let out else { throw XGBoostError(function: "XGDMatrixCreateFromMat", message: "no handle") }
        handle = out
        if let labels {
            precondition(labels.count == matrix.rows, "one label per row")
            try check(labels.withUnsafeBufferPointer { XGDMatrixSetFloatInfo(handle, "label", $0.baseAddress, UInt64(labels.count)) },
                      "XGDMatrixSetFloatInfo(label)")
        }
        if let names { try setStrings("feature_name", names) }
        if let kinds { try setStrings("feature_type", kinds.map(\.rawValue)) }
    }

    private func setStrings(_ field: String, _ strings: [String]) throws(XGBoostError) {
        let status = withCStrings(strings) { XGDMatrixSetStrFeatureInfo(handle, field, $0, UInt64(strings.count)) }
        try check(status, "XGDMatrixSetStrFeatureInfo(\(field))")
    }

    deinit { XGDMatrixFree(handle) }
}

/// Calls `body` with a C array of C strings copied from `strings`, valid during the call.
func withCStrings<R>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}
