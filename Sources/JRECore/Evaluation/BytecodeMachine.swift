/// Runs one rule of a ``BytecodeProgram`` for one claimant on one day: the one interpreter of the rules.
///
/// The per-claimant engine (``Simulation``) and the population path both run their rules here,
/// through a ``RuleEvaluator``; they differ only in the ``EventView`` they hand over (by pointer: the
/// loop loads only the fields an instruction needs). Every read goes through a raw pointer, so the
/// loop does no reference counting and no exclusivity check.
enum BytecodeMachine {
    /// The value of the rule in `lower..<upper`; on a fault, records it in the frame and returns NaN.
    @inline(__always)
    static func run(_ code: UnsafePointer<Instruction>, _ lower: Int, _ upper: Int, frame: EvaluationFrame,
                    events: UnsafePointer<EventView>, aggregates: UnsafePointer<TypedNode.Aggregate>) -> Double {
        let stack = frame.stack
        let slots = frame.slots
        let today = Int(slots[EvaluationFrame.todaySlot])
        var top = -1
        var pc = lower
        let end = upper
        while pc < end {
            let instruction = code[pc]
            pc += 1
            switch instruction.operation {
            case .constant:
                top += 1; stack[top] = instruction.value
            case .slot:
                top += 1; stack[top] = slots[Int(instruction.a)]
            case .profile:
                let value = events.pointee.profile[Int(instruction.a)]
                if value.isNaN { return fault(frame, .missingProfile, instruction.b) }
                top += 1; stack[top] = value
            case .hasProfile:
                top += 1; stack[top] = events.pointee.profile[Int(instruction.a)].isNaN ? 0 : 1
            case .daysRegistered:
                let registered = events.pointee.profile[Int(instruction.a)]
                if registered.isNaN { return fault(frame, .missingRegistered, instruction.b) }
                top += 1; stack[top] = Double(today) - registered
            case .negate:
                let value = stack[top]
                stack[top] = value.isInfinite ? value : -value
            case .not:
                stack[top] = stack[top] == 0 ? 1 : 0
            case .add, .subtract, .multiply, .divide:
                let b = stack[top], a = stack[top - 1]
                top -= 1
                if a.isInfinite || b.isInfinite {
                    if instruction.operation == .divide, b == 0 { return fault(frame, .divisionByZero, instruction.b) }
                    stack[top] = .infinity
                    continue
                }
                switch instruction.operation {
                case .add: stack[top] = a + b
                case .subtract: stack[top] = a - b
                case .multiply: stack[top] = a * b
                default:
                    if b == 0 { return fault(frame, .divisionByZero, instruction.b) }
                    stack[top] = a / b
                }
            case .less: top -= 1; stack[top] = stack[top] < stack[top + 1] ? 1 : 0
            case .lessOrEqual: top -= 1; stack[top] = stack[top] <= stack[top + 1] ? 1 : 0
            case .greater: top -= 1; stack[top] = stack[top] > stack[top + 1] ? 1 : 0
            case .greaterOrEqual: top -= 1; stack[top] = stack[top] >= stack[top + 1] ? 1 : 0
            case .equal: top -= 1; stack[top] = stack[top] == stack[top + 1] ? 1 : 0
            case .notEqual: top -= 1; stack[top] = stack[top] != stack[top + 1] ? 1 : 0
            case .minimum, .maximum:
                let count = Int(instruction.a)
                var result = stack[top - count + 1]
                for index in (top - count + 2)...top {
                    result = instruction.operation == .minimum ? min(result, stack[index]) : max(result, stack[index])
                }
                top -= count - 1
                stack[top] = result
            case .jumpIfFalseKeep:
                if stack[top] == 0 { pc = Int(instruction.a) } else { top -= 1 }
            case .jumpIfTrueKeep:
                if stack[top] != 0 { stack[top] = 1; pc = Int(instruction.a) } else { top -= 1 }
            case .jumpIfFalse:
                let condition = stack[top]
                top -= 1
                if condition == 0 { pc = Int(instruction.a) }
            case .jump:
                pc = Int(instruction.a)
            case .countAll:
                top += 1; stack[top] = events.pointee.count(Int(instruction.a), today: today, window: nil)
            case .countWindow:
                stack[top] = events.pointee.count(Int(instruction.a), today: today, window: stack[top])
            case .daysSince:
                top += 1; stack[top] = events.pointee.daysSince(Int(instruction.a), today: today)
            case .series:
                var window: Double?
                if instruction.b & 1 == 1 { window = stack[top]; top -= 1 }
                let slot = Int(instruction.a)
                let view = events.pointee
                let range = DayWindow.flatRange(view.seriesDays, view.seriesBounds[slot * 2], view.seriesBounds[slot * 2 + 1],
                                                today: Double(today), window: window)
                top += 1
                stack[top] = Semantics.reduceFlat(aggregates[Int(instruction.c)], numbers: view.seriesNumbers,
                                                  ids: view.seriesIds, range: range)
            }
        }
        return top >= 0 ? stack[top] : .nan
    }

    private static func fault(_ frame: EvaluationFrame, _ kind: EvaluationFrame.FaultCode, _ span: Int32) -> Double {
        frame.fail(kind, span: Int(span))
        return .nan
    }
}
