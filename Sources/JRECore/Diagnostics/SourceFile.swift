/// The text of one loaded file, with its name as shown in messages.
public struct SourceFile: Sendable {
    /// The path as the user named it, or `bundled:NAME.yaml` for a bundled file.
    public let path: String
    public let text: String
    public let lines: [String]
    /// Why the file's bytes could not be read as they are (too large, not UTF-8); the loaders report
    /// it, located, instead of reading the text (see ``SourceFile/init(path:bytes:)``).
    public private(set) var readProblem: SourceReadProblem?

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }

    /// A file read from bytes, with ``readProblem`` set when they are not UTF-8.
    init(path: String, text: String, readProblem: SourceReadProblem?) {
        self.init(path: path, text: text)
        self.readProblem = readProblem
    }

    /// Line `number` (1-based), if it exists.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// A stable short fingerprint of the text (FNV-1a, 64 bits, hex), to notice files that changed.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
