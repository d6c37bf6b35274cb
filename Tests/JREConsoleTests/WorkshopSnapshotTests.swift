import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// Snapshots of the workshop screens (lab, decision dialog, debrief, compare, sources) at 80×24 and 120×40.
struct WorkshopSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The state a facilitator reaches with these keys from the board of portefeuille on day 30.
    static func state(_ keys: [Key], width: Int, height: Int, reference: String = "portefeuille") throws -> AppState {
        var state = try Console.onBoard(reference, day: 30, width: width, height: height)
        state.selectOnBoard("Gérard Lemoine")
        for key in keys { state.press(key) }
        return state
    }

    @Test(arguments: sizes)
    func lab(size: (Int, Int)) throws {
        let state = try Self.state([.char("t"), .down, .down, .down, .right, .right], width: size.0, height: size.1)
        Snapshot.check(state.grid(), named: "lab-fr-unicode-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func decisionDialog(size: (Int, Int)) throws {
        let state = try Self.state([.char("d"), .down, .down], width: size.0, height: size.1)
        Snapshot.check(state.grid(), named: "decision-fr-unicode-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func debrief(size: (Int, Int)) throws {
        let state = try Self.state([.char("d"), .enter, .enter, .char("b")], width: size.0, height: size.1)
        Snapshot.check(state.grid(), named: "debrief-fr-unicode-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func sources(size: (Int, Int)) throws {
        let state = try Self.state([.char("S")], width: size.0, height: size.1)
        Snapshot.check(state.grid(), named: "sources-fr-unicode-\(size.0)x\(size.1)")
    }

    @Test(arguments: sizes)
    func labInEnglishAndASCII(size: (Int, Int)) throws {
        var state = try Console.onBoard(day: 30, lang: .en, width: size.0, height: size.1)
        state.press(.char("t"), .right)
        Snapshot.check(state.grid(.ascii), named: "lab-en-ascii-\(size.0)x\(size.1)")
    }
}
