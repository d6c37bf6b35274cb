import Foundation
import JRECore
import JREText

/// Why a population folder could not be read: every problem, located in its file.
public struct PopulationFileError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(file: String, _ message: LocalizedMessage) {
        diagnostics = [Diagnostic(.error, file: file, line: 0, column: 0, message: message)]
    }
}

/// A problem in one row of a CSV file, found while reading bytes: turned into a located
/// ``Diagnostic`` (line, column, the row with a marker) once the line number is counted.
struct RowProblem: Error {
    /// Byte offset of the row in its file, and of the faulty field within the row.
    var lineStart: Int
    var fieldOffset: Int
    var fieldLength: Int
    var row: [UInt8]
    var message: LocalizedMessage
    /// The line number when the reader knows it (sequential reads), else counted from the file.
    var line: Int?

    init(lineStart: Int, line: UnsafePointer<UInt8>, lineLength: Int, fieldOffset: Int, fieldLength: Int,
         message: LocalizedMessage, lineNumber: Int? = nil) {
        self.lineStart = lineStart
        var length = lineLength
        if length > 0, line[length - 1] == CSVSyntax.carriageReturn { length -= 1 }
        row = Array(UnsafeBufferPointer(start: line, count: min(length, 4_096)))
        self.fieldOffset = fieldOffset
        self.fieldLength = fieldLength
        self.message = message
        self.line = lineNumber
    }

    func diagnostic(path: String) -> Diagnostic {
        let text = String(decoding: row, as: UTF8.self)
        let before = String(decoding: row.prefix(fieldOffset), as: UTF8.self)
        let field = String(decoding: row.dropFirst(fieldOffset).prefix(fieldLength), as: UTF8.self)
        let number = line ?? LineCounter.line(ofOffset: lineStart, in: path)
        return Diagnostic(.error, file: path, line: number, column: before.unicodeScalars.count + 1,
                          length: max(1, field.unicodeScalars.count), message: message, sourceLine: text)
    }
}

/// Counts the lines before a byte offset of a file (only when reporting an error).
enum LineCounter {
    static func line(ofOffset offset: Int, in path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var line = 1, read = 0
        while read < offset {
            let chunk = handle.readData(ofLength: min(1 << 20, offset - read))
            if chunk.isEmpty { break }
            line += chunk.reduce(0) { $0 + ($1 == CSVSyntax.newline ? 1 : 0) }
            read += chunk.count
        }
        return line
    }
}
