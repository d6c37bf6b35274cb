/// One instruction of the compiled rules: a trivial value, so running a program touches no reference counts.
struct Instruction {
    /// What an instruction does to the value stack.
    enum Operation: UInt8 {
        case constant          // push value
        case slot              // push frame slot a
        case profile           // push profile slot a, or fault (missing) with span b
        case hasProfile        // push 1 if profile slot a is present
        case daysRegistered    // push today - profile slot a, or fault with span b
        case negate, not
        case add, subtract, multiply
        case divide            // fault with span b on zero
        case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual
        case minimum, maximum  // pop a values, push one
        case jumpIfFalseKeep   // `and`: if top is 0, jump to a keeping it; else pop
        case jumpIfTrueKeep    // `or`: if top is not 0, jump to a keeping it; else pop
        case jumpIfFalse       // `if`: pop; jump to a when 0
        case jump              // jump to a
        case countAll          // push count of selector a up to today
        case countWindow       // pop window; push count of selector a in it
        case daysSince         // push days since the latest event of selector a
        case series            // (pop window if b & 1) push aggregate c over series a
    }

    var operation: Operation
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
    var value: Double = 0
}

/// All the rules of a ruleset as one instruction array; each rule is a range of it.
struct BytecodeProgram: @unchecked Sendable {
    let instructions: UnsafeMutableBufferPointer<Instruction>
    /// The deepest the value stack gets in any rule.
    let stackDepth: Int
    /// The expression spans that faults point at, by index.
    let spans: [Range<Int>]
    /// The fault kinds' profile keys, by span index (for missing-profile faults).
    let faultKeys: [String]
}
