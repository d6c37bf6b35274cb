import Foundation
import JREText
import Yams

/// Reads a composed YAML tree field by field, collecting located diagnostics instead of throwing.
final class YAMLReader {
    let file: SourceFile
    let lang: Lang
    private(set) var diagnostics: [Diagnostic] = []
    /// Where the reader is in the document (claimant, score…), outermost first.
    private var context: [LocalizedMessage] = []

    init(file: SourceFile, lang: Lang) {
        self.file = file
        self.lang = lang
    }

    /// Parses the file into a node tree, reporting YAML syntax errors with their position.
    ///
    /// A file too large or not UTF-8 is refused first (located: line, column, byte offset), and so is
    /// one nested deeper than ``SourceLimits/maximumYAMLDepth``: the YAML library recurses per level.
    func compose() -> Node? {
        switch file.readProblem {
        case .tooLarge(let size, let limit)?:
            report(line: 1, column: 1, LocalizedMessage(Strings.diagFileTooLarge, String(size), String(limit)))
            return nil
        case .invalidUTF8(let line, let column, let offset, let byte)?:
            report(line: line, column: column, LocalizedMessage(Strings.diagInvalidUTF8, String(byte, radix: 16, uppercase: true), String(offset)))
            return nil
        case nil:
            break
        }
        if let excess = YAMLDepth.firstExcess(file.text, limit: SourceLimits.maximumYAMLDepth) {
            report(line: excess.line, column: excess.column, LocalizedMessage(Strings.diagYAMLTooNested, String(excess.depth), String(SourceLimits.maximumYAMLDepth)))
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: file.text) else {
                report(line: 1, column: 1, LocalizedMessage(Strings.diagEmptyFile))
                return nil
            }
            return root
        } catch let error as YamlError {
            reportYAML(error)
            return nil
        } catch {
            report(line: 1, column: 1, LocalizedMessage(Strings.diagYAMLSyntax, "\(error)"))
            return nil
        }
    }

    private func reportYAML(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var text = problem
            if let context { text += " (" + context.text + ")" }
            report(line: mark.line, column: mark.column, LocalizedMessage(Strings.diagYAMLSyntax, text))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let position = findKey(duplicates.first ?? "", after: context.mark.line) ?? SourcePosition(line: context.mark.line, column: context.mark.column)
            report(line: position.line, column: position.column, LocalizedMessage(Strings.diagDuplicateKey, keys))
        case .reader(let problem, _, _, _):
            report(line: 1, column: 1, LocalizedMessage(Strings.diagYAMLSyntax, problem))
        default:
            report(line: 1, column: 1, LocalizedMessage(Strings.diagYAMLSyntax, "\(error)"))
        }
    }

    /// The second occurrence of `key:` at or after `line`, to point at a duplicated key.
    private func findKey(_ key: String, after line: Int) -> SourcePosition? {
        var seen = 0
        for number in max(1, line)...max(1, file.lines.count) {
            guard let text = file.line(number), let range = text.range(of: key + ":") else { continue }
            seen += 1
            if seen == 2 {
                return SourcePosition(line: number, column: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex) + 1)
            }
        }
        return nil
    }

    // MARK: Reporting

    func report(
        _ severity: Diagnostic.Severity = .error, line: Int, column: Int, length: Int = 1, _ message: LocalizedMessage
    ) {
        diagnostics.append(Diagnostic(
            severity, file: file.path, line: line, column: column, length: length,
            message: message, context: context, sourceLine: file.line(line)
        ))
    }

    func report(_ severity: Diagnostic.Severity = .error, at node: Node?, length: Int? = nil, _ message: LocalizedMessage) {
        let position = self.position(of: node)
        let width = length ?? node.flatMap { $0.scalar.map { $0.string.unicodeScalars.count } } ?? 1
        report(severity, line: position.line, column: position.column, length: width, message)
    }

    /// Adds a diagnostic about another file (a trained score's model file), with the current context.
    func report(_ diagnostic: Diagnostic) {
        var located = diagnostic
        located.context = context + diagnostic.context
        diagnostics.append(located)
    }

    func report(_ severity: Diagnostic.Severity = .error, at position: SourcePosition, length: Int = 1, _ message: LocalizedMessage) {
        report(severity, line: position.line, column: position.column, length: length, message)
    }

    func position(of node: Node?) -> SourcePosition {
        guard let mark = node?.mark else { return SourcePosition(line: 1, column: 1) }
        return SourcePosition(line: mark.line, column: mark.column)
    }

    /// Runs `body` with one more level of document context.
    func within<T>(_ where_: LocalizedMessage, _ body: () -> T) -> T {
        context.append(where_)
        defer { context.removeLast() }
        return body()
    }

    // MARK: Structure

    /// The pairs of a mapping in file order, checking unknown and missing keys.
    /// Returns nil (after reporting) when the node is not a mapping.
    func mapping(_ node: Node, known: [String], required: [String] = [], what: LocalizedMessage) -> [(String, Node, Node)]? {
        guard let mapping = node.mapping else {
            report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(what)]))
            return nil
        }
        var pairs: [(String, Node, Node)] = []
        // A misspelt required key is reported once, as unknown with its suggestion, not also as missing.
        var suggested = Set<String>()
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(at: key, LocalizedMessage(Strings.diagKeyNotText))
                continue
            }
            if !known.contains(name) {
                if let suggestion = Suggestion.closest(to: name, in: known) {
                    suggested.insert(suggestion)
                    report(at: key, LocalizedMessage(Strings.diagUnknownKeySuggest, name, suggestion))
                } else {
                    report(at: key, LocalizedMessage(Strings.diagUnknownKey, name, known.joined(separator: ", ")))
                }
                continue
            }
            pairs.append((name, key, value))
        }
        for name in required where !pairs.contains(where: { $0.0 == name }) && !suggested.contains(name) {
            report(at: node, length: 1, LocalizedMessage(Strings.diagMissingKey, name))
        }
        return pairs
    }

    /// The items of a sequence, or nil (after reporting) when the node is not one.
    func sequence(_ node: Node, what: LocalizedMessage) -> [Node]? {
        guard let sequence = node.sequence else {
            report(at: node, LocalizedMessage(Strings.diagExpectedList, [.message(what)]))
            return nil
        }
        return Array(sequence)
    }

    // MARK: Scalars

    func string(_ node: Node) -> String? {
        guard let scalar = node.scalar else {
            report(at: node, LocalizedMessage(Strings.diagExpectedText))
            return nil
        }
        return scalar.string
    }

    /// A text given as a plain string (in `language`) or a `{fr, en}` map.
    func text(_ node: Node, language: Lang) -> LocalizedText? {
        if let scalar = node.scalar {
            return LocalizedText(scalar.string, lang: language)
        }
        if let mapping = node.mapping {
            var text = LocalizedText()
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                guard let string = value.scalar?.string else {
                    report(at: value, LocalizedMessage(Strings.diagExpectedText))
                    continue
                }
                switch name {
                case "fr": text.fr = string
                case "en": text.en = string
                default:
                    let suggestion = Suggestion.closest(to: name, in: ["fr", "en"]).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
                    report(at: key, LocalizedMessage(Strings.diagUnknownLanguage, name, suggestion))
                }
            }
            if text.isEmpty { report(at: node, LocalizedMessage(Strings.diagEmptyText)) }
            return text
        }
        report(at: node, LocalizedMessage(Strings.diagExpectedText))
        return nil
    }

    func number(_ node: Node) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            report(at: node, LocalizedMessage(Strings.diagExpectedNumber, node.scalar?.string ?? "…"))
            return nil
        }
        return value
    }

    func integer(_ node: Node) -> Int? {
        guard let value = number(node) else { return nil }
        guard value == value.rounded(), abs(value) < 1e9 else {
            report(at: node, LocalizedMessage(Strings.diagExpectedInteger, node.scalar?.string ?? "…"))
            return nil
        }
        return Int(value)
    }

    func bool(_ node: Node) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(at: node, LocalizedMessage(Strings.diagExpectedBool, node.scalar?.string ?? "…"))
            return nil
        }
    }

    func date(_ node: Node) -> CivilDate? {
        guard let string = node.scalar?.string, let date = CivilDate(iso: string.trimmingCharacters(in: .whitespaces)) else {
            report(at: node, LocalizedMessage(Strings.diagExpectedDate, node.scalar?.string ?? "…"))
            return nil
        }
        return date
    }

    /// A scalar as a typed value: numbers and booleans when written plainly, else text.
    func scalarValue(_ node: Node) -> ScalarValue? {
        guard let scalar = node.scalar else {
            report(at: node, LocalizedMessage(Strings.diagExpectedScalar))
            return nil
        }
        if scalar.style == .plain {
            let string = scalar.string
            switch string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default:
                if let value = Double(string), value.isFinite, string.first != "+" { return .number(value) }
            }
        }
        return .text(scalar.string)
    }

    /// An expression string, with its anchor for pointing inside it.
    func expression(_ node: Node) -> ExpressionSource? {
        guard let scalar = node.scalar else {
            report(at: node, LocalizedMessage(Strings.diagExpectedExpression))
            return nil
        }
        let position = self.position(of: node)
        let style: TextAnchor.Style
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: style = .quoted
        case .literal, .folded:
            let contentLine = file.line(position.line + 1) ?? ""
            let indent = contentLine.prefix { $0 == " " }.count
            var lengths: [Int] = []
            var number = position.line + 1
            while let source = file.line(number) {
                let leading = source.prefix { $0 == " " }.count
                let blank = source.trimmingCharacters(in: .whitespaces).isEmpty
                if !blank && leading < indent { break }
                lengths.append(blank ? 0 : source.unicodeScalars.count - indent)
                number += 1
            }
            style = .block(indent: indent, lineLengths: lengths.isEmpty ? [0] : lengths)
        default: style = .plain
        }
        if scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(at: node, LocalizedMessage(Strings.diagEmptyExpression))
            return nil
        }
        return ExpressionSource(text: scalar.string, anchor: TextAnchor(line: position.line, column: position.column, style: style))
    }

    /// An identifier `[a-z0-9_-]+` (ids of claimants, scores…).
    func identifier(_ node: Node, allowDash: Bool = true) -> String? {
        guard let string = string(node) else { return nil }
        let allowed = string.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "_" || (allowDash && scalar == "-")
        }
        guard !string.isEmpty, allowed else {
            report(at: node, LocalizedMessage(Strings.diagBadIdentifier, string))
            return nil
        }
        return string
    }

    /// Reports an error located inside an expression, at `offset` for `length` scalars.
    func report(in expression: ExpressionSource, offset: Int, length: Int, _ message: LocalizedMessage, severity: Diagnostic.Severity = .error) {
        let position = expression.anchor.position(ofOffset: offset, in: expression.text)
        report(severity, line: position.line, column: position.column, length: length, message)
    }
}
