import JREText

/// Rows of feature values read from a CSV file whose header names the model's features.
///
/// Columns are matched to the model's features by name, in any order; other columns are ignored.
/// An empty cell is a missing value (NaN).
public struct FeatureTable: Sendable {
    /// The model's feature names, the order of every row's values.
    public var featureNames: [String]
    /// `rowCount × featureNames.count` values, row after row.
    public var values: [Float]
    public var rowCount: Int

    /// One row's values, in the model's feature order.
    public func row(_ index: Int) -> [Float] {
        let width = featureNames.count
        return Array(values[(index * width)..<((index + 1) * width)])
    }

    /// Reads CSV `text` for a model with `features`; errors are located by line and column.
    public static func read(csv text: String, features: [String], file: String) throws(ModelFileError) -> FeatureTable {
        // "\r\n" is one Character in Swift: split on any line break, never on "\n" alone.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let headerLine = lines.first else {
            throw ModelFileError(file: file, place: .file, text: LocalizedMessage(Strings.tableEmpty))
        }
        let header = try cells(of: headerLine, line: 1, file: file)
        var columnOfFeature: [Int] = []
        for feature in features {
            guard let column = header.firstIndex(where: { $0.text == feature }) else {
                throw ModelFileError(file: file, place: .position(line: 1, column: 1),
                                     text: LocalizedMessage(Strings.tableMissingColumn, feature, features.joined(separator: ", ")))
            }
            columnOfFeature.append(column)
        }
        var values: [Float] = []
        values.reserveCapacity(max(0, lines.count - 1) * features.count)
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let row = try cells(of: line, line: number, file: file)
            guard row.count == header.count else {
                throw ModelFileError(file: file, place: .position(line: number, column: 1),
                                     text: LocalizedMessage(Strings.tableCellCount, String(row.count), String(header.count)))
            }
            for column in columnOfFeature {
                let cell = row[column]
                let trimmed = cell.text.trimmingSpaces
                if trimmed.isEmpty {
                    values.append(.nan)
                } else if let value = Float(trimmed), !value.isNaN {
                    values.append(value)
                } else {
                    throw ModelFileError(file: file, place: .position(line: number, column: cell.column),
                                         text: LocalizedMessage(Strings.tableNotANumber, cell.text, header[column].text))
                }
            }
        }
        return FeatureTable(featureNames: features, values: values, rowCount: lines.count - 1)
    }

    private struct Cell {
        var text: String
        var column: Int
    }

    /// Splits one CSV line into cells; a double-quoted cell may hold commas and doubled quotes.
    private static func cells(of line: Substring, line number: Int, file: String) throws(ModelFileError) -> [Cell] {
        var result: [Cell] = []
        var current = "", start = 1, column = 1, quoted = false, wasQuoted = false
        var characters = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let following = characters.next() {
                        if following == "\"" { current.append("\""); column += 2; continue }
                        pending = following
                    }
                    quoted = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if character == "," {
                result.append(Cell(text: current, column: start))
                current = ""
                start = column + 1
                wasQuoted = false
            } else {
                current.append(character)
            }
            column += 1
        }
        if quoted {
            throw ModelFileError(file: file, place: .position(line: number, column: start), text: LocalizedMessage(Strings.tableQuoteNotClosed))
        }
        result.append(Cell(text: current, column: start))
        return result
    }
}

fileprivate extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
