import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText

/// The debrief, compare and sources screens, as a facilitator reaches them.
struct WorkshopScreensTests {
    @Test func theDebriefRevealsTheContextAndTheDecisions() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.selectOnBoard("Gérard Lemoine")
        state.press(.char("d"), .enter, .enter, .char("b"))
        #expect(state.keyContext == .debrief)
        let text = state.text()
        #expect(text.contains("Débriefing — jusqu'au jour 30"))
        #expect(text.contains("Gérard Lemoine"))
        #expect(text.contains("Ce qu'aucune donnée ne montrait"))
        #expect(text.contains("1 décision, dont 1 prise sous une alerte"))
        let context = try #require(state.workshop?.scenario.claimants.first { $0.id == "gerard" }?.context?.resolve(.fr))
        let firstWords = String(context.prefix(30))
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains(firstWords.components(separatedBy: " ").prefix(3).joined(separator: " ")))
        state.press(.escape)
        #expect(state.screen == .board)
    }

    @Test func theCompareScreenShowsBothRulesets() throws {
        var program = try WorkshopSessionTests.program(WorkshopSessionTests.temporaryFolder(), reference: "decouragement", day: 30)
        defer { if let folder = program.state.session?.folder { try? FileManager.default.removeItem(atPath: folder) } }
        program.handle(.key(.char("X")), at: .now)
        #expect(program.state.keyContext == .compare)
        let titles = program.state.workshop?.rulesets.map { $0.ruleset.title.resolve(.fr) } ?? []
        #expect(titles.count >= 2)
        let text = program.state.text()
        for title in titles { #expect(text.contains(String(title.prefix(20)))) }
    }

    @Test func theSourcesScreenNeverCallsAReconstructionDocumented() throws {
        var state = try Console.onBoard(day: 30, width: 120, height: 40)
        state.press(.char("S"))
        #expect(state.screen == .sources(SourcesScreen()), "the sources open from their top")
        let ruleset = try #require(state.workshop?.ruleset)
        let lines = state.lines()
        for alert in ruleset.alerts {
            let line = try #require(lines.first { $0.contains("alerte — " + alert.label.resolve(.fr)) })
            #expect(line.contains(alert.provenance.status == .documented ? "[documenté]" : "[reconstitution]"))
        }
    }
}
