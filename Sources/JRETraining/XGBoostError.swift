import CXGBoost

/// A failure reported by libxgboost, with the library's own last-error text.
public struct XGBoostError: Error, CustomStringConvertible, Sendable {
    /// The C function that failed.
    public var function: String
    /// What `XGBGetLastError` said.
    public var message: String

    public var description: String { "\(function): \(message)" }
}

/// Calls one C API function and turns a non-zero status into an `XGBoostError`.
@inline(__always)
func check(_ status: Int32, _ function: String) throws(XGBoostError) {
    guard status != 0 else { return }
    let message = XGBGetLastError().map { String(cString: $0) } ?? "unknown error"
    throw XGBoostError(function: function, message: message)
}

/// The version of the linked libxgboost, e.g. `1.7.4`.
public func xgboostVersion() -> String {
    var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
    XGBoostVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
}
