/// The value rules of the expression language, shared by the fast evaluator and the explainer.
///
/// Every value is a `Double`: numbers as themselves, `never` as +∞, booleans as 0/1, texts and level
/// names as interned ids (see ``StringPool``). Types were checked when the files loaded.
enum Semantics {
    /// Arithmetic where `never` is contagious; nil for a division by zero.
    @inline(__always)
    static func arithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double? {
        if a.isInfinite || b.isInfinite {
            if op == .divide, b == 0 { return nil }
            return .infinity
        }
        switch op {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return b == 0 ? nil : a / b
        default: return nil
        }
    }

    @inline(__always)
    static func compare(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Bool {
        switch op {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        default: return false
        }
    }

    /// An aggregate's value on a timeline at `today`, over an optional window.
    static func aggregate(
        _ aggregate: TypedNode.Aggregate, days: [Int32], series: AttributeSeries?, today: Double, window: Double?
    ) -> Double {
        switch aggregate {
        case .count:
            return Double(DayWindow.range(days, today: today, window: window).count)
        case .daysSince:
            let upper = DayWindow.countAtOrBefore(days, today)
            return upper == 0 ? .infinity : today - Double(days[upper - 1])
        case .distinct, .last, .sum, .highest, .lowest:
            guard let series else {
                return aggregate == .sum || aggregate == .distinct ? 0 : .infinity
            }
            let range = DayWindow.range(series.days, today: today, window: window)
            return reduce(aggregate, series: series, range: range)
        }
    }

    /// ``reduce(_:series:range:)`` over flat storage, for the fast path.
    @inline(__always)
    static func reduceFlat(_ aggregate: TypedNode.Aggregate, numbers: UnsafeMutablePointer<Double>, ids: UnsafeMutablePointer<Int>, range: Range<Int>) -> Double {
        switch aggregate {
        case .distinct:
            if range.isEmpty { return 0 }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { seen in
                var count = 0
                for index in range {
                    let id = ids[index]
                    var found = false
                    for known in 0..<count where seen[known] == id { found = true; break }
                    if !found { seen[count] = id; count += 1 }
                }
                return Double(count)
            }
        case .last:
            for index in range.reversed() where !numbers[index].isNaN { return numbers[index] }
            return .infinity
        case .sum:
            var total = 0.0
            for index in range where !numbers[index].isNaN { total += numbers[index] }
            return total
        case .highest, .lowest:
            var best = Double.nan
            for index in range where !numbers[index].isNaN {
                let value = numbers[index]
                if best.isNaN { best = value } else { best = aggregate == .highest ? max(best, value) : min(best, value) }
            }
            return best.isNaN ? .infinity : best
        default:
            return 0
        }
    }

    static func reduce(_ aggregate: TypedNode.Aggregate, series: AttributeSeries, range: Range<Int>) -> Double {
        switch aggregate {
        case .distinct:
            var seen: [Int] = []
            for index in range where !seen.contains(series.ids[index]) { seen.append(series.ids[index]) }
            return Double(seen.count)
        case .last:
            for index in range.reversed() where !series.numbers[index].isNaN { return series.numbers[index] }
            return .infinity
        case .sum:
            var total = 0.0
            for index in range where !series.numbers[index].isNaN { total += series.numbers[index] }
            return total
        case .highest, .lowest:
            var best: Double?
            for index in range where !series.numbers[index].isNaN {
                let value = series.numbers[index]
                if let current = best {
                    best = aggregate == .highest ? max(current, value) : min(current, value)
                } else {
                    best = value
                }
            }
            return best ?? .infinity
        default:
            return 0
        }
    }
}
