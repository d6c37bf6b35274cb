import JRECore

/// The attribute values met in a population, each stored once and named by a small integer (a cell).
///
/// A cell keeps what the rules read from a value: its typed scalar (for filters), its number (NaN
/// when it is not a number, as the engine's series) and an id of its text form (for `distinct`,
/// which the engine counts by text). Event columns then hold cell ids, never strings.
final class CellTable: @unchecked Sendable {
    private(set) var scalars: [ScalarValue] = []
    private(set) var numbers: [Double] = []
    private(set) var textIds: [Int] = []
    private var textIdsByDescription: [String: Int] = [:]
    private var cellsByValue: [ScalarValue: Int32] = [:]

    init() {}

    var count: Int { scalars.count }

    /// The cell of `value`, added if new.
    @discardableResult
    func cell(_ value: ScalarValue) -> Int32 {
        if let known = cellsByValue[value] { return known }
        let id = Int32(scalars.count)
        scalars.append(value)
        numbers.append(value.number ?? .nan)
        let description = value.description
        if let textId = textIdsByDescription[description] {
            textIds.append(textId)
        } else {
            textIdsByDescription[description] = textIdsByDescription.count
            textIds.append(textIdsByDescription.count - 1)
        }
        cellsByValue[value] = id
        return id
    }
}
