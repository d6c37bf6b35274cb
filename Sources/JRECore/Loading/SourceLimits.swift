import Foundation

/// Why a file's bytes were not read as text: too large, or not UTF-8 (with where).
public enum SourceReadProblem: Sendable, Equatable {
    /// The file's size, and the limit.
    case tooLarge(size: Int, limit: Int)
    /// The first invalid byte: its line and column (1-based, columns in Unicode scalars as YAML
    /// counts them), its offset in the file (0-based) and its value.
    case invalidUTF8(line: Int, column: Int, offset: Int, byte: UInt8)
}

/// The limits on input files, documented in docs/reliability.md.
public enum SourceLimits {
    /// The largest scenario or ruleset file read (16 MiB); a larger one is refused, located, unread.
    public static let maximumFileBytes = 16 * 1024 * 1024
    /// The deepest YAML nesting (mappings, sequences, flow brackets) read.
    public static let maximumYAMLDepth = 256
}

extension SourceFile {
    /// A file from its bytes: decoded when they are valid UTF-8, else with ``readProblem`` saying where not.
    public init(path: String, bytes: [UInt8]) {
        if bytes.count > SourceLimits.maximumFileBytes {
            self.init(path: path, text: "", readProblem: .tooLarge(size: bytes.count, limit: SourceLimits.maximumFileBytes))
            return
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let offset = UTF8Check.firstInvalidOffset(bytes) {
            let lineStart = (bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
            let line = bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
            self.init(path: path, text: text, readProblem: .invalidUTF8(line: line, column: column, offset: offset, byte: bytes[offset]))
            return
        }
        self.init(path: path, text: text)
    }

    /// Reads a file from disk within the size limit (a larger one is not read at all); nil when it
    /// cannot be read.
    public static func read(path: String) -> SourceFile? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        if Int(info.st_size) > SourceLimits.maximumFileBytes {
            return SourceFile(path: path, text: "", readProblem: .tooLarge(size: Int(info.st_size), limit: SourceLimits.maximumFileBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // Read one byte past the limit: a file that grew since stat is still refused.
        guard let data = try? handle.read(upToCount: SourceLimits.maximumFileBytes + 1) else { return SourceFile(path: path, bytes: []) }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}

/// A UTF-8 validator that says where the first invalid byte is.
enum UTF8Check {
    /// The offset of the first byte that does not belong to a valid UTF-8 sequence; nil when all are valid.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return index
            }
            for next in 1..<length {
                guard index + next < count, bytes[index + next] & 0xC0 == 0x80 else { return index + next < count ? index + next : index }
                value = value << 6 | UInt32(bytes[index + next] & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            index += length
        }
        return nil
    }
}

/// An estimate of how deeply a YAML text nests (block indentation, `- ` on one line, flow brackets),
/// so that a document too deep for the YAML library's recursion is refused before it is composed.
enum YAMLDepth {
    /// The first place where the nesting goes past `limit`: its depth, line and column.
    static func firstExcess(_ text: String, limit: Int) -> (depth: Int, line: Int, column: Int)? {
        var indents: [Int] = []
        var flow = 0
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            var column = 0
            while column < scalars.count, scalars[column] == " " { column += 1 }
            guard column < scalars.count, scalars[column] != "#" else { continue }
            if flow == 0 {
                while let last = indents.last, last >= column { indents.removeLast() }
                indents.append(column)
            }
            var dashes = 0
            var quote: Unicode.Scalar?
            var index = column
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    // A quote opens a quoted scalar only where one can start (after space, bracket or comma).
                    if index == 0 || " [{,:-".unicodeScalars.contains(scalars[index - 1]) { quote = scalar }
                } else if scalar == "#", index > 0, scalars[index - 1] == " " {
                    break
                } else if scalar == "[" || scalar == "{" {
                    flow += 1
                } else if scalar == "]" || scalar == "}" {
                    flow = max(0, flow - 1)
                } else if scalar == "-", flow == 0, index + 1 < scalars.count, scalars[index + 1] == " ",
                          scalars[column..<index].allSatisfy({ $0 == " " || $0 == "-" }) {
                    dashes += 1
                }
                let depth = indents.count + dashes + flow
                if depth > limit { return (depth, lineNumber, index + 1) }
                index += 1
            }
            if quote != nil, flow == 0 { quote = nil }
        }
        return nil
    }
}
