import Testing
@testable import JRECore

/// The fuzz suite's quick check, kept out of the slow subset: a festival visitor cannot crash the
/// parser with a deeply nested expression; it is refused with a message, never a stack overflow.
@Suite struct DeepNestingTests {
    @Test func deeplyNestedExpressionsAreRefusedNotOverflowed() {
        for depth in [100, 1_000, 10_000] {
            let text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
            do {
                _ = try ExpressionParser.parse(text)
            } catch {
                #expect(!error.message.render(.en).isEmpty)
            }
            let unary = String(repeating: "-", count: depth) + "1"
            _ = try? ExpressionParser.parse(unary)
            let nots = String(repeating: "not ", count: depth) + "true"
            _ = try? ExpressionParser.parse(nots)
        }
    }
}
