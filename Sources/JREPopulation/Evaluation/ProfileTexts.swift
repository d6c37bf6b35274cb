import JRECore

/// Gives profile texts the ids the rules compare: the ruleset's own id for a text its
/// expressions name, a fresh id (above every id the ruleset knows) for any other text.
final class ProfileTexts {
    private let strings: StringPool
    private let firstFresh: Int
    private var fresh: [String: Double] = [:]

    init(strings: StringPool) {
        self.strings = strings
        firstFresh = strings.strings.count
    }

    func id(_ text: String) -> Double {
        if let known = strings.lookup(text) { return Double(known) }
        if let known = fresh[text] { return known }
        let id = Double(firstFresh + fresh.count)
        fresh[text] = id
        return id
    }

    /// A profile value as the rules read it: numbers as themselves, booleans 0/1, texts as ids.
    func encode(_ value: ScalarValue) -> Double {
        switch value {
        case .number(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .text(let text): return id(text)
        }
    }
}
