/// A rule compiled into a closure over an evaluation frame.
typealias CompiledRule = @Sendable (EvaluationFrame) -> Double

/// Turns typed expression trees into closures: the fast path used for boards and histories.
struct RuleCompiler {
    let strings: StringPool

    func compile(_ node: TypedNode) -> CompiledRule {
        let span = node.span
        switch node.kind {
        case .constant(let value):
            return { _ in value }
        case .parameter(let index):
            return { frame in frame.slots[frame.parameterBase + index] }
        case .score(let index):
            return { frame in frame.slots[frame.scoreBase + index] }
        case .level(let index):
            return { frame in frame.slots[frame.levelBase + index] }
        case .levelSubject:
            return { frame in frame.slots[EvaluationFrame.subjectSlot] }
        case .today:
            return { frame in frame.slots[EvaluationFrame.todaySlot] }
        case .daysRegistered:
            return { frame in
                guard let registered = frame.timeline.profile["registered"] else {
                    frame.fail(.missingProfile("registered"), span)
                    return .nan
                }
                return frame.slots[EvaluationFrame.todaySlot] - registered
            }
        case .profile(let key):
            return { frame in
                guard let value = frame.timeline.profile[key] else {
                    frame.fail(.missingProfile(key), span)
                    return .nan
                }
                return value
            }
        case .hasProfile(let key):
            return { frame in frame.timeline.profile[key] == nil ? 0 : 1 }
        case .attribute, .hasAttribute:
            return { _ in .nan }
        case .negate:
            let operand = compile(node.children[0])
            return { frame in
                let value = operand(frame)
                return value.isInfinite ? value : -value
            }
        case .not:
            let operand = compile(node.children[0])
            return { frame in operand(frame) == 0 ? 1 : 0 }
        case .arithmetic(let op):
            let left = compile(node.children[0]), right = compile(node.children[1])
            switch op {
            case .add: return { frame in
                let a = left(frame), b = right(frame)
                return a.isInfinite || b.isInfinite ? .infinity : a + b
            }
            case .multiply: return { frame in
                let a = left(frame), b = right(frame)
                return a.isInfinite || b.isInfinite ? .infinity : a * b
            }
            default:
                return { frame in
                    guard let value = Semantics.arithmetic(op, left(frame), right(frame)) else {
                        frame.fail(.divisionByZero, span)
                        return .nan
                    }
                    return value
                }
            }
        case .comparison(let op):
            let left = compile(node.children[0]), right = compile(node.children[1])
            switch op {
            case .less: return { frame in left(frame) < right(frame) ? 1 : 0 }
            case .lessOrEqual: return { frame in left(frame) <= right(frame) ? 1 : 0 }
            case .greater: return { frame in left(frame) > right(frame) ? 1 : 0 }
            case .greaterOrEqual: return { frame in left(frame) >= right(frame) ? 1 : 0 }
            case .equal: return { frame in left(frame) == right(frame) ? 1 : 0 }
            default: return { frame in left(frame) != right(frame) ? 1 : 0 }
            }
        case .and:
            let left = compile(node.children[0]), right = compile(node.children[1])
            return { frame in left(frame) != 0 && right(frame) != 0 ? 1 : 0 }
        case .or:
            let left = compile(node.children[0]), right = compile(node.children[1])
            return { frame in left(frame) != 0 || right(frame) != 0 ? 1 : 0 }
        case .ifThenElse:
            let condition = compile(node.children[0]), then = compile(node.children[1]), otherwise = compile(node.children[2])
            return { frame in condition(frame) != 0 ? then(frame) : otherwise(frame) }
        case .minimum, .maximum:
            let parts = node.children.map(compile)
            let isMinimum: Bool = { if case .minimum = node.kind { return true } else { return false } }()
            if parts.count == 2 {
                let a = parts[0], b = parts[1]
                if isMinimum { return { frame in Swift.min(a(frame), b(frame)) } }
                return { frame in Swift.max(a(frame), b(frame)) }
            }
            return { frame in
                var result = parts[0](frame)
                for part in parts.dropFirst() {
                    let value = part(frame)
                    result = isMinimum ? Swift.min(result, value) : Swift.max(result, value)
                }
                return result
            }
        case .aggregate(let aggregate, let selector, let attribute):
            let window = node.children.first.map(compile)
            switch (aggregate, window) {
            case (.count, let window?):
                return { frame in
                    let days = frame.timeline.days[selector]
                    return Double(DayWindow.range(days, today: frame.slots[EvaluationFrame.todaySlot], window: window(frame)).count)
                }
            case (.count, nil):
                return { frame in
                    Double(DayWindow.countAtOrBefore(frame.timeline.days[selector], frame.slots[EvaluationFrame.todaySlot]))
                }
            default:
                return { frame in
                    Semantics.aggregate(aggregate, selector: selector, attribute: attribute, timeline: frame.timeline,
                                        today: frame.slots[EvaluationFrame.todaySlot], window: window?(frame))
                }
            }
        }
    }
}
