/// A dense row-major matrix of Float features; `Float.nan` marks a missing value.
public struct FeatureMatrix: Sendable {
    public var rows: Int
    public var columns: Int
    /// `rows × columns` values, row after row.
    public var values: [Float]

    public init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "a FeatureMatrix needs rows × columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// One row's values.
    public func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * columns)..<((index + 1) * columns)]
    }
}

/// How XGBoost should treat one feature column.
public enum FeatureKind: String, Sendable {
    /// A number; splits are `x < threshold`.
    case quantitative = "q"
    /// A category code (a non-negative integer); splits test membership in a set of codes.
    case categorical = "c"
}
