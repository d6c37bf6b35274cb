/// Reads the ``KeyScript`` text format line by line.
enum KeyScriptParser {
    /// Key names, the canonical spelling of each key first.
    static let namedKeys: [(name: String, key: Key)] = [
        ("Enter", .enter), ("Return", .enter),
        ("Escape", .escape), ("Esc", .escape),
        ("Tab", .tab),
        ("BackTab", .backTab), ("Shift-Tab", .backTab),
        ("Backspace", .backspace),
        ("Delete", .delete), ("Del", .delete),
        ("Insert", .insert), ("Ins", .insert),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end),
        ("PageUp", .pageUp), ("PgUp", .pageUp),
        ("PageDown", .pageDown), ("PgDn", .pageDown),
        ("Space", .char(" ")),
    ]

    /// Action names (words taking an argument or standing for a non-key event).
    static let actions = ["Resize", "Click", "WheelUp", "WheelDown", "Signal", "Tick", "Close", "Text"]

    /// The longest delay accepted (one day), so arithmetic never overflows.
    static let maximumDelayMilliseconds = 86_400_000

    static func parse(_ text: String) throws(KeyScriptError) -> KeyScript {
        var steps: [KeyScript.Step] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            steps += try parseLine(line, number: index + 1)
        }
        return KeyScript(steps: steps)
    }

    /// The steps of one line (none for blank and comment lines).
    private static func parseLine(_ line: String, number: Int) throws(KeyScriptError) -> [KeyScript.Step] {
        var words = LineReader(line)
        guard let delayWord = words.nextWord(), !delayWord.text.hasPrefix("#") else { return [] }
        func failure(_ column: Int, _ length: Int, _ problem: KeyScriptError.Problem) -> KeyScriptError {
            KeyScriptError(line: number, text: line, column: column, length: length, problem: problem)
        }
        guard delayWord.text.count <= 9, delayWord.text.allSatisfy(\.isASCIIDigit), let milliseconds = Int(delayWord.text),
              milliseconds <= maximumDelayMilliseconds else {
            throw failure(delayWord.column, delayWord.text.count, .badDelay(delayWord.text))
        }
        guard let keyWord = words.nextWord() else {
            throw failure(line.count, 1, .missingKey)
        }
        let argument = words.rest()
        let events: [InputEvent]
        switch parseKey(keyWord.text, argument: argument?.text ?? "") {
        case .success(let parsed):
            events = parsed
        case .failure(.unknownKey(let suggestion)):
            throw failure(keyWord.column, keyWord.text.count, .unknownKey(keyWord.text, suggestion: suggestion))
        case .failure(.badArgument(let expected)):
            let column = argument?.column ?? line.count
            let length = argument?.text.count ?? 1
            throw failure(column, length, .badArgument(action: keyWord.text, value: argument?.text ?? "", expected: expected))
        }
        return events.enumerated().map { offset, event in
            KeyScript.Step(delay: offset == 0 ? .milliseconds(milliseconds) : .zero, event: event, line: number)
        }
    }

    private enum KeyFailure: Error {
        case unknownKey(suggestion: String?)
        case badArgument(KeyScriptError.Expected)
    }

    /// The events one key word (and its argument) stands for.
    private static func parseKey(_ word: String, argument: String) -> Result<[InputEvent], KeyFailure> {
        let lower = word.lowercased()
        func noArgument(_ events: [InputEvent]) -> Result<[InputEvent], KeyFailure> {
            argument.isEmpty ? .success(events) : .failure(.badArgument(.nothing))
        }
        if word.count == 1, let character = word.first {
            return noArgument([.key(.char(character))])
        }
        switch lower {
        case "resize":
            guard let size = parseSize(argument) else { return .failure(.badArgument(.size)) }
            return .success([.resize(width: size.width, height: size.height)])
        case "click", "wheelup", "wheeldown":
            guard let cell = parseCell(argument) else { return .failure(.badArgument(.cell)) }
            let action: MouseAction = lower == "click" ? .click : lower == "wheelup" ? .wheelUp : .wheelDown
            return .success([.mouse(row: cell.row, col: cell.col, action)])
        case "signal":
            guard let signal = parseSignal(argument) else { return .failure(.badArgument(.signal)) }
            return .success([.signal(signal)])
        case "tick":
            return noArgument([.tick])
        case "close":
            return noArgument([.inputClosed])
        case "text":
            guard !argument.isEmpty else { return .failure(.badArgument(.text)) }
            return .success(argument.map { .key(.char($0)) })
        default:
            break
        }
        if let named = namedKeys.first(where: { $0.name.lowercased() == lower }) {
            return noArgument([.key(named.key)])
        }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) && word.count == prefix.count + 1 {
            if let character = lower.last, character.isASCIILetter || "@[\\]^_".contains(character) {
                return noArgument([.key(.ctrl(character))])
            }
        }
        for prefix in ["alt-", "m-"] where lower.hasPrefix(prefix) && word.count == prefix.count + 1 {
            if let character = word.last {
                return noArgument([.key(.escape), .key(.char(character))])
            }
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...63).contains(number) {
            return noArgument([.key(.function(number))])
        }
        return .failure(.unknownKey(suggestion: suggestion(for: word)))
    }

    private static func parseSize(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = smallNumber(parts[0]), let height = smallNumber(parts[1]) else { return nil }
        return (width, height)
    }

    private static func parseCell(_ text: String) -> (row: Int, col: Int)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let row = smallNumber(parts[0].trimmingSpaces()), let col = smallNumber(parts[1].trimmingSpaces())
        else { return nil }
        return (row, col)
    }

    private static func parseSignal(_ text: String) -> TerminationSignal? {
        switch text.uppercased() {
        case "INT", "SIGINT", "INTERRUPT": .interrupt
        case "TERM", "SIGTERM", "TERMINATE": .terminate
        case "HUP", "SIGHUP", "HANGUP": .hangup
        default: nil
        }
    }

    /// A whole number of at most five digits.
    private static func smallNumber(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// The known name closest to a misspelt one, if it is close enough to be a likely typo.
    static func suggestion(for word: String) -> String? {
        let lower = word.lowercased()
        let candidates = namedKeys.map(\.name) + actions + ["Ctrl-C", "Alt-X", "F1"]
        var best: (name: String, distance: Int)?
        for name in candidates {
            let distance = editDistance(lower, name.lowercased())
            if distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        guard let best, best.distance <= (lower.count >= 5 ? 2 : 1) else { return nil }
        return best.name
    }

    /// The Levenshtein distance between two strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Splits a line into whitespace-separated words, remembering their columns.
private struct LineReader {
    private let characters: [Character]
    private var position = 0

    init(_ line: String) {
        characters = Array(line)
    }

    /// The next word and its 0-based column, or `nil` at the end of the line.
    mutating func nextWord() -> (text: String, column: Int)? {
        skipSpaces()
        guard position < characters.count else { return nil }
        let start = position
        while position < characters.count, !characters[position].isWhitespace { position += 1 }
        return (String(characters[start..<position]), start)
    }

    /// The rest of the line after the separating whitespace, trailing whitespace removed.
    mutating func rest() -> (text: String, column: Int)? {
        skipSpaces()
        guard position < characters.count else { return nil }
        var end = characters.count
        while end > position, characters[end - 1].isWhitespace { end -= 1 }
        return (String(characters[position..<end]), position)
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }
}
