import Testing
import JRECore
import JREConsole
import JREText

/// The population screen is made of job seekers: a household ruleset (the CAF's) opened from the
/// `allocataires` board says that everyone is at 0 there, and is not offered among the others.
@Suite struct PopulationHouseholdRulesTests {
    @Test func theCAFRulesetFromItsBoardSaysEveryoneIsAtZeroAndTheOthersAreNotOffered() throws {
        var program = PopulationScreenTests.program(try Console.onBoard("allocataires", day: 120, width: 120, height: 40))
        PopulationScreenTests.press(&program, .char("m"))
        #expect(program.state.population?.ruleset.id == "caf-2014")
        #expect(program.state.text().contains("Tout le monde est à 0 ici : les règles caf-2014 comptent des événements que la population synthétique n'a pas"))
        var seen: [String] = []
        for _ in 0..<10 {
            PopulationScreenTests.press(&program, .char("x"))
            if let id = program.state.population?.ruleset.id, !seen.contains(id) { seen.append(id) }
        }
        #expect(seen.contains("jre-standard") && seen.contains("suspicion"), "\(seen)")
        #expect(!seen.contains("caf-dmde-2026"), "a household ruleset offered on job seekers: \(seen)")
    }
}
