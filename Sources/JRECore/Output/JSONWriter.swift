/// A small JSON writer that keeps keys in the order given, as the contract's examples show.
public struct JSONWriter {
    public private(set) var output = ""
    private var indent = 0
    private var needsComma: [Bool] = [false]
    private let pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && indent > 0 { output += "\n" + String(repeating: "  ", count: indent) }
    }

    private mutating func key(_ name: String?) {
        separator()
        if let name { output += JSONWriter.quote(name) + (pretty ? ": " : ":") }
    }

    public mutating func open(_ name: String? = nil, array: Bool = false) {
        key(name)
        output += array ? "[" : "{"
        indent += 1
        needsComma.append(false)
    }

    public mutating func close(array: Bool = false) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if pretty && hadItems { output += "\n" + String(repeating: "  ", count: indent) }
        output += array ? "]" : "}"
    }

    public mutating func string(_ name: String?, _ value: String?) {
        key(name)
        output += value.map(JSONWriter.quote) ?? "null"
    }

    /// A number; infinity (`never`) and NaN print as null.
    public mutating func number(_ name: String?, _ value: Double?) {
        key(name)
        if let value, value.isFinite { output += NumberFormat.json(value) } else { output += "null" }
    }

    public mutating func bool(_ name: String?, _ value: Bool) {
        key(name)
        output += value ? "true" : "false"
    }

    /// An empty array written inline, as `[]`.
    public mutating func emptyArray(_ name: String?) {
        key(name)
        output += "[]"
    }
}
