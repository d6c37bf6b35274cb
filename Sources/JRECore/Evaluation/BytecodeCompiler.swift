/// Compiles typed expression trees into stack-machine instructions.
struct BytecodeCompiler {
    let seriesSlots: [String: Int]
    let profileSlots: [String: Int]
    let slotOf: (TypedNode.Kind) -> Int?
    private(set) var code: [Instruction] = []
    private(set) var spans: [Range<Int>] = []
    private(set) var faultKeys: [String] = []
    private var depth = 0
    private(set) var maxDepth = 1

    init(seriesSlots: [String: Int], profileSlots: [String: Int], slotOf: @escaping (TypedNode.Kind) -> Int?) {
        self.seriesSlots = seriesSlots
        self.profileSlots = profileSlots
        self.slotOf = slotOf
    }

    private mutating func emit(_ operation: Instruction.Operation, a: Int = 0, b: Int = 0, c: Int = 0, value: Double = 0, push: Int) {
        code.append(Instruction(operation: operation, a: Int32(a), b: Int32(b), c: Int32(c), value: value))
        depth += push
        maxDepth = max(maxDepth, depth)
    }

    private mutating func span(_ range: Range<Int>, key: String = "") -> Int {
        spans.append(range)
        faultKeys.append(key)
        return spans.count - 1
    }

    /// Appends a rule and returns its instruction range.
    mutating func compileRule(_ node: TypedNode) -> Range<Int> {
        let start = code.count
        depth = 0
        compile(node)
        return start..<code.count
    }

    private mutating func compile(_ node: TypedNode) {
        switch node.kind {
        case .constant(let value):
            emit(.constant, value: value, push: 1)
        case .parameter, .score, .level, .levelSubject, .today:
            emit(.slot, a: slotOf(node.kind) ?? 0, push: 1)
        case .daysRegistered:
            emit(.daysRegistered, a: profileSlots["registered"] ?? 0, b: span(node.span, key: "registered"), push: 1)
        case .profile(let key):
            emit(.profile, a: profileSlots[key] ?? 0, b: span(node.span, key: key), push: 1)
        case .hasProfile(let key):
            emit(.hasProfile, a: profileSlots[key] ?? 0, push: 1)
        case .attribute, .hasAttribute:
            emit(.constant, value: .nan, push: 1)
        case .model:
            // A trained score is not one rule: ``RuleCode`` compiles each feature as its own rule.
            emit(.constant, value: .nan, push: 1)
        case .negate:
            compile(node.children[0])
            emit(.negate, push: 0)
        case .not:
            compile(node.children[0])
            emit(.not, push: 0)
        case .arithmetic(let op):
            compile(node.children[0])
            compile(node.children[1])
            switch op {
            case .add: emit(.add, push: -1)
            case .subtract: emit(.subtract, push: -1)
            case .multiply: emit(.multiply, push: -1)
            default: emit(.divide, b: span(node.span), push: -1)
            }
        case .comparison(let op):
            compile(node.children[0])
            compile(node.children[1])
            let operation: Instruction.Operation
            switch op {
            case .less: operation = .less
            case .lessOrEqual: operation = .lessOrEqual
            case .greater: operation = .greater
            case .greaterOrEqual: operation = .greaterOrEqual
            case .equal: operation = .equal
            default: operation = .notEqual
            }
            emit(operation, push: -1)
        case .and, .or:
            compile(node.children[0])
            let jump = code.count
            let isAnd: Bool = { if case .and = node.kind { return true } else { return false } }()
            emit(isAnd ? .jumpIfFalseKeep : .jumpIfTrueKeep, push: -1)
            compile(node.children[1])
            code[jump].a = Int32(code.count)
        case .ifThenElse:
            compile(node.children[0])
            let toElse = code.count
            emit(.jumpIfFalse, push: -1)
            compile(node.children[1])
            let toEnd = code.count
            emit(.jump, push: -1)
            code[toElse].a = Int32(code.count)
            compile(node.children[2])
            code[toEnd].a = Int32(code.count)
        case .minimum, .maximum:
            for child in node.children { compile(child) }
            let isMinimum: Bool = { if case .minimum = node.kind { return true } else { return false } }()
            emit(isMinimum ? .minimum : .maximum, a: node.children.count, push: 1 - node.children.count)
        case .aggregate(let aggregate, let selector, let attribute):
            let window = node.children.first
            switch aggregate {
            case .count:
                if let window {
                    compile(window)
                    emit(.countWindow, a: selector, push: 0)
                } else {
                    emit(.countAll, a: selector, push: 1)
                }
            case .daysSince:
                emit(.daysSince, a: selector, push: 1)
            default:
                guard let slot = attribute.flatMap({ seriesSlots[ClaimantTimeline.seriesKey(selector: selector, attribute: $0)] }) else {
                    emit(.constant, value: aggregate == .sum || aggregate == .distinct ? 0 : .infinity, push: 1)
                    return
                }
                let kind = TypedNode.Aggregate.allCases.firstIndex(of: aggregate) ?? 0
                if let window {
                    compile(window)
                    emit(.series, a: slot, b: 1, c: kind, push: 0)
                } else {
                    emit(.series, a: slot, b: 0, c: kind, push: 1)
                }
            }
        }
    }

    func program() -> BytecodeProgram {
        let buffer = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: max(1, code.count))
        _ = buffer.initialize(from: code)
        return BytecodeProgram(instructions: buffer, stackDepth: maxDepth + 2, spans: spans, faultKeys: faultKeys)
    }
}
