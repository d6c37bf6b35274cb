/// Builds each claimant's ``ClaimantTimeline`` for a compiled ruleset.
package struct TimelineBuilder {
    let compiled: CompiledRuleset
    /// Every `(selector, attribute)` pair an aggregate reads.
    package let seriesNeeded: [(Int, String)]
    /// Every profile key a rule reads (and `registered`, for `days_registered`), in slot order.
    package let profileKeys: [String]

    var seriesSlots: [String: Int] {
        Dictionary(uniqueKeysWithValues: seriesNeeded.enumerated().map { (ClaimantTimeline.seriesKey(selector: $1.0, attribute: $1.1), $0) })
    }

    var profileSlots: [String: Int] {
        Dictionary(uniqueKeysWithValues: profileKeys.enumerated().map { ($1, $0) })
    }

    package init(compiled: CompiledRuleset) {
        self.compiled = compiled
        var pairs: [(Int, String)] = []
        var keys = ["registered"]
        func walk(_ node: TypedNode) {
            if case .aggregate(_, let selector, let attribute?) = node.kind, !pairs.contains(where: { $0 == (selector, attribute) }) {
                pairs.append((selector, attribute))
            }
            switch node.kind {
            case .profile(let key), .hasProfile(let key):
                if !keys.contains(key) { keys.append(key) }
            default: break
            }
            node.children.forEach(walk)
        }
        compiled.scoreValues.forEach(walk)
        compiled.levelConditions.joined().compactMap { $0 }.forEach(walk)
        compiled.alertConditions.forEach(walk)
        compiled.adviceConditions.forEach(walk)
        seriesNeeded = pairs
        profileKeys = keys
    }

    func timeline(for claimant: Claimant, days runDays: Int) -> ClaimantTimeline {
        let strings = compiled.strings
        var days: [[Int32]] = []
        var indexes: [[Int]] = []
        for selector in compiled.selectors {
            var selectorDays: [Int32] = []
            var selectorIndexes: [Int] = []
            for (index, event) in claimant.events.enumerated() where event.type == selector.type {
                if let filter = selector.filter, !FilterEvaluator.matches(filter, event: event, strings: strings) { continue }
                selectorDays.append(Int32(event.day))
                selectorIndexes.append(index)
            }
            days.append(selectorDays)
            indexes.append(selectorIndexes)
        }
        var series: [String: AttributeSeries] = [:]
        var seriesList: [AttributeSeries] = []
        for (selector, attribute) in seriesNeeded {
            var values = AttributeSeries()
            for eventIndex in indexes[selector] {
                let event = claimant.events[eventIndex]
                guard let value = event.attributes[attribute] else { continue }
                values.days.append(Int32(event.day))
                values.numbers.append(value.number ?? .nan)
                values.ids.append(strings.id(value.description))
                values.eventIndexes.append(eventIndex)
            }
            series[ClaimantTimeline.seriesKey(selector: selector, attribute: attribute)] = values
            seriesList.append(values)
        }
        var profile: [String: Double] = [:]
        for entry in claimant.profile {
            switch entry.value {
            case .number(let number): profile[entry.key] = number
            case .bool(let flag): profile[entry.key] = flag ? 1 : 0
            case .text(let text): profile[entry.key] = Double(strings.id(text))
            }
        }
        let slots = profileKeys.map { profile[$0] ?? .nan }
        return ClaimantTimeline(days: days, eventIndexes: indexes, series: series, seriesList: seriesList, profile: profile, profileSlots: slots, runDays: runDays)
    }
}

/// Decides whether an event matches a `[filter]`; an attribute the event lacks makes it not match.
package enum FilterEvaluator {
    /// A value of a filter expression: typed at run time, since attributes are.
    enum Value: Equatable {
        case number(Double)
        case text(String)
        case bool(Bool)
    }

    struct MissingAttribute: Error {}

    package static func matches(_ filter: TypedNode, event: Event, strings: StringPool) -> Bool {
        guard let value = try? evaluate(filter, event: event, strings: strings) else { return false }
        return value == .bool(true)
    }

    static func evaluate(_ node: TypedNode, event: Event, strings: StringPool) throws -> Value {
        switch node.kind {
        case .constant(let raw):
            switch node.type {
            case .text, .level: return .text(strings.text(Int(raw)))
            case .bool: return .bool(raw != 0)
            default: return .number(raw)
            }
        case .attribute(let name):
            guard let value = event.attributes[name] else { throw MissingAttribute() }
            switch value {
            case .number(let number): return .number(number)
            case .text(let text): return .text(text)
            case .bool(let flag): return .bool(flag)
            }
        case .hasAttribute(let name):
            return .bool(event.attributes[name] != nil)
        case .negate:
            guard case .number(let value) = try evaluate(node.children[0], event: event, strings: strings) else { throw MissingAttribute() }
            return .number(-value)
        case .not:
            guard case .bool(let value) = try evaluate(node.children[0], event: event, strings: strings) else { throw MissingAttribute() }
            return .bool(!value)
        case .and, .or:
            guard case .bool(let left) = try evaluate(node.children[0], event: event, strings: strings) else { throw MissingAttribute() }
            if case .and = node.kind, !left { return .bool(false) }
            if case .or = node.kind, left { return .bool(true) }
            guard case .bool(let right) = try evaluate(node.children[1], event: event, strings: strings) else { throw MissingAttribute() }
            return .bool(right)
        case .arithmetic(let op):
            guard case .number(let a) = try evaluate(node.children[0], event: event, strings: strings),
                  case .number(let b) = try evaluate(node.children[1], event: event, strings: strings),
                  let result = Semantics.arithmetic(op, a, b) else { throw MissingAttribute() }
            return .number(result)
        case .comparison(let op):
            let a = try evaluate(node.children[0], event: event, strings: strings)
            let b = try evaluate(node.children[1], event: event, strings: strings)
            switch (a, b) {
            case (.number(let x), .number(let y)): return .bool(Semantics.compare(op, x, y))
            default:
                guard op == .equal || op == .notEqual else { throw MissingAttribute() }
                // Values of different kinds never match; texts compare exactly.
                let same = a == b
                return .bool(op == .equal ? same : (!same && sameKind(a, b)))
            }
        case .ifThenElse:
            guard case .bool(let condition) = try evaluate(node.children[0], event: event, strings: strings) else { throw MissingAttribute() }
            return try evaluate(node.children[condition ? 1 : 2], event: event, strings: strings)
        case .minimum, .maximum:
            var values: [Double] = []
            for child in node.children {
                guard case .number(let value) = try evaluate(child, event: event, strings: strings) else { throw MissingAttribute() }
                values.append(value)
            }
            if case .minimum = node.kind { return .number(values.min() ?? 0) }
            return .number(values.max() ?? 0)
        default:
            throw MissingAttribute()
        }
    }

    private static func sameKind(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number, .number), (.text, .text), (.bool, .bool): return true
        default: return false
        }
    }
}
