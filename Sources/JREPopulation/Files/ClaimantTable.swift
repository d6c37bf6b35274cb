import Foundation
import JRECore
import JREText

/// `claimants.csv` in memory: each claimant's id, and each profile column as codes into its
/// distinct values (about 4 bytes per claimant and column; events are never held like this).
final class ClaimantTable: @unchecked Sendable {
    /// One profile column.
    struct Column: Sendable {
        var name: String
        /// Number when every value is a plain number, yes/no when every value is true/false, else text.
        var type: ValueType
        /// The distinct values, by code, as the rules read them and as people read them.
        var values: [ScalarValue]
        var texts: [String]
        /// Per claimant: its value's code, or ``missing``.
        var codes: [UInt32]
        /// Per code: where it first appears (for error messages).
        var firstOffsets: [Int]
    }

    static let missing = UInt32.max
    /// The most values a column may have to be offered as a grouping.
    static let maximumGroups = 100

    let path: String
    let ids: ByteInterner
    private(set) var count = 0
    private(set) var columns: [Column] = []
    /// Display order per grouping attribute given by `population.json`.
    private let orders: [String: [String]]

    /// Reads `path`; every problem is thrown as a located diagnostic.
    init(path: String, orders: [String: [String]]) throws(PopulationFileError) {
        self.path = path
        self.orders = orders
        ids = ByteInterner(expected: 1_024)
        let window = try LineWindow(path: path)
        var offset = window.contentStart
        guard let (headerLine, headerLength) = window.line(at: offset) else {
            throw PopulationFileError(file: path, LocalizedMessage(Strings.popNoClaimants, path))
        }
        let separator = CSVSyntax.separator(ofHeader: headerLine, length: headerLength)
        let names = try Self.header(headerLine, headerLength, lineStart: offset, path: path, separator: separator)
        guard let idColumn = names.firstIndex(of: "id") else {
            throw PopulationFileError([RowProblem(lineStart: offset, line: headerLine, lineLength: headerLength, fieldOffset: 0, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popHeaderMissing, "id", "id"), lineNumber: 1).diagnostic(path: path)])
        }
        offset += headerLength + 1
        let profileNames = names.enumerated().filter { $0.offset != idColumn }
        var interners = profileNames.map { _ in ByteInterner(expected: 64) }
        columns = profileNames.map { Column(name: $0.element, type: .text, values: [], texts: [], codes: [], firstOffsets: []) }
        var firstLines: [Int32] = []
        var lineNumber = 1
        while let (line, length) = window.line(at: offset) {
            lineNumber += 1
            defer { offset += length + 1 }
            func problem(_ field: Int, _ fieldLength: Int, _ message: LocalizedMessage) -> PopulationFileError {
                PopulationFileError([RowProblem(lineStart: offset, line: line, lineLength: length, fieldOffset: field, fieldLength: fieldLength,
                                                message: message, lineNumber: lineNumber).diagnostic(path: path)])
            }
            var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: separator)
            if cursor.length == 0 || Self.isBlank(line, cursor.length, separator) { continue }
            var fields: [CSVSyntax.Field] = []
            do {
                while let field = try cursor.next() { fields.append(field) }
            } catch {
                throw problem(error.offset, 1, LocalizedMessage(Strings.popUnterminatedQuote))
            }
            if fields.count > names.count {
                throw problem(fields[names.count].offset, 1, LocalizedMessage(Strings.popTooManyFields, String(fields.count), String(names.count), separator == CSVSyntax.comma ? "," : ";"))
            }
            let idField = fields[idColumn]
            guard idField.length > 0 else { throw problem(idField.offset, 1, LocalizedMessage(Strings.popEmptyId)) }
            let (_, inserted) = ids.intern(idField.start, idField.length)
            guard inserted else {
                let first = firstLines[Int(ids.find(idField.start, idField.length))]
                throw problem(idField.offset, idField.length, LocalizedMessage(Strings.popDuplicateId, CSVSyntax.text(idField), String(first)))
            }
            firstLines.append(Int32(lineNumber))
            for (position, (index, _)) in profileNames.enumerated() {
                guard index < fields.count, fields[index].length > 0 || fields[index].quoted else {
                    columns[position].codes.append(Self.missing)
                    continue
                }
                let field = fields[index]
                let (code, isNew) = interners[position].intern(field.start, field.length)
                if isNew {
                    columns[position].values.append(CSVSyntax.value(field, separator: separator))
                    columns[position].texts.append(CSVSyntax.text(field))
                    columns[position].firstOffsets.append(offset)
                }
                columns[position].codes.append(UInt32(code))
            }
            count += 1
        }
        interners.removeAll()
        guard count > 0 else { throw PopulationFileError(file: path, LocalizedMessage(Strings.popNoClaimants, path)) }
        for index in columns.indices { columns[index] = Self.typed(columns[index]) }
        if let registered = columns.first(where: { $0.name == "registered" }), registered.type != .number,
           let bad = registered.texts.firstIndex(where: { text in
               var bytes = Array(text.utf8)
               return bytes.withUnsafeMutableBufferPointer { buffer in
                   buffer.baseAddress.flatMap { CSVSyntax.number($0, buffer.count, decimalComma: separator == CSVSyntax.semicolon) } == nil
               }
           }) {
            let at = registered.firstOffsets[bad]
            let text = registered.texts[bad]
            guard let (line, length) = window.line(at: at) else { throw PopulationFileError(file: path, LocalizedMessage(Strings.popRegisteredNotDay, text)) }
            let row = Array(UnsafeBufferPointer(start: line, count: length))
            let fieldOffset = Self.offset(of: text, in: row) ?? 0
            throw PopulationFileError([RowProblem(lineStart: at, line: line, lineLength: length, fieldOffset: fieldOffset, fieldLength: text.utf8.count,
                                                  message: LocalizedMessage(Strings.popRegisteredNotDay, text)).diagnostic(path: path)])
        }
    }

    private static func isBlank(_ line: UnsafePointer<UInt8>, _ length: Int, _ separator: UInt8) -> Bool {
        for index in 0..<length where line[index] != separator && line[index] != UInt8(ascii: " ") { return false }
        return true
    }

    private static func offset(of text: String, in row: [UInt8]) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= row.count else { return nil }
        for start in 0...(row.count - needle.count) where Array(row[start..<start + needle.count]) == needle { return start }
        return nil
    }

    /// The header's column names; duplicates are an error.
    static func header(_ line: UnsafePointer<UInt8>, _ length: Int, lineStart: Int, path: String, separator: UInt8) throws(PopulationFileError) -> [String] {
        var cursor = CSVSyntax.LineCursor(line: line, length: length, separator: separator)
        var names: [String] = []
        var seen: [String: Int] = [:]
        do {
            while let field = try cursor.next() {
                let name = CSVSyntax.text(field).trimmingCharacters(in: .whitespaces)
                if seen[name] != nil {
                    throw PopulationFileError([RowProblem(lineStart: lineStart, line: line, lineLength: length, fieldOffset: field.offset,
                                                          fieldLength: field.length, message: LocalizedMessage(Strings.popDuplicateColumn, name),
                                                          lineNumber: 1).diagnostic(path: path)])
                }
                seen[name] = names.count
                names.append(name)
            }
        } catch let error as CSVSyntax.UnterminatedQuote {
            throw PopulationFileError([RowProblem(lineStart: lineStart, line: line, lineLength: length, fieldOffset: error.offset, fieldLength: 1,
                                                  message: LocalizedMessage(Strings.popUnterminatedQuote), lineNumber: 1).diagnostic(path: path)])
        } catch let error as PopulationFileError {
            throw error
        } catch {
            throw PopulationFileError(file: path, LocalizedMessage(Strings.popFileMissing, path))
        }
        return names
    }

    /// The column with its type decided: numbers and yes/no only when every value is one.
    private static func typed(_ column: Column) -> Column {
        var column = column
        if !column.values.isEmpty, column.values.allSatisfy({ $0.number != nil }) {
            column.type = .number
        } else if !column.values.isEmpty, column.values.allSatisfy({ if case .bool = $0 { return true } else { return false } }) {
            column.type = .bool
        } else {
            column.type = .text
            column.values = column.texts.map { .text($0) }
        }
        return column
    }

    // MARK: Reading

    /// Each column's type, for checking the rules.
    var profileTypes: [String: ValueType] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.type) })
    }

    func column(named name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// The claimant index of an id, or nil.
    @inline(__always)
    func index(of bytes: UnsafePointer<UInt8>, _ length: Int) -> Int? {
        let id = ids.find(bytes, length)
        return id < 0 ? nil : Int(id)
    }

    func identifier(_ index: Int) -> String { ids.string(Int32(index)) }

    /// The columns offered as groupings: 2 to 12 distinct values, not `registered`.
    var groupings: [PopulationGrouping] {
        columns.indices.filter { columns[$0].name != "registered" && (2...12).contains(columns[$0].values.count) }.map(grouping)
    }

    /// Column `index` as a grouping: its values in the manifest's order, then sorted; « missing » last when some lack it.
    func grouping(_ index: Int) -> PopulationGrouping {
        let column = columns[index]
        let known = orders[column.name] ?? []
        let rest = column.texts.filter { !known.contains($0) }.sorted { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
        var values = known.filter { column.texts.contains($0) } + rest
        if column.codes.contains(Self.missing) { values.append("") }
        return PopulationGrouping(attribute: column.name, values: values)
    }

    /// For column `index`: each code's position among the grouping's values, and the missing value's.
    func groupPositions(_ index: Int) -> (byCode: [Int32], missing: Int32) {
        let values = grouping(index).values
        let byCode = columns[index].texts.map { Int32(values.firstIndex(of: $0) ?? 0) }
        return (byCode, Int32(values.firstIndex(of: "") ?? 0))
    }
}
