import Foundation
import Testing
import JRECore
import JREPopulation
import JREConsole
import JRETerminal
import JREText

/// The population screen's capacity pane: a ruleset with a trained score read as France's control
/// capacity (610,780 controls in 2024, 1.5 million targeted by 2027), computed in the screen's job,
/// against the synthetic population's hidden fraud. Behaviour only: the bundled model may be retrained.
@Suite struct PopulationCapacityPaneTests {
    /// The population screen on the suspicion ruleset (x until it is the one in force), then Tab to its capacity pane.
    static func onCapacity(lang: Lang = .fr, width: Int = 120, height: Int = 40) throws -> ConsoleProgram {
        var program = PopulationScreenTests.opened(lang: lang, width: width, height: height)
        for _ in 0..<8 where program.state.population?.ruleset.id != "suspicion" {
            PopulationScreenTests.press(&program, .char("x"))
        }
        #expect(program.state.population?.ruleset.id == "suspicion")
        for _ in 0..<4 where program.state.population?.pane != .capacity {
            PopulationScreenTests.press(&program, .tab)
        }
        #expect(program.state.population?.pane == .capacity)
        return program
    }

    @Test func aTrainedScoreShowsBothNationalCapacitiesAndSaysTheFraudServicesIsNotPublic() throws {
        var program = try Self.onCapacity()
        var text = program.state.text()
        // The second capacity further down.
        PopulationScreenTests.press(&program, .pageDown)
        text += program.state.text()
        let space = NumberText.frenchThousands
        #expect(text.contains("610\(space)780 contrôles par an"))
        #expect(text.contains("1\(space)500\(space)000 contrôles par an"))
        #expect(text.contains("La capacité du service de lutte contre la fraude n'est pas publique"))
        #expect(text.contains("honnêtes contrôlés en France"))
        #expect(text.contains("précision"))
        #expect(text.contains("rappel"))
        #expect(text.contains("Nationalité (référence : française)"))
        let figures = try #require(program.state.population?.shownFigures)
        let reports = try #require(figures.capacity)
        #expect(reports.map(\.capacity) == [610_780, 1_500_000])
        // A larger capacity controls at least as many people, from a score no higher.
        #expect(reports[1].selected >= reports[0].selected)
        #expect(reports[1].cut <= reports[0].cut)
    }

    @Test func inEnglish() throws {
        let program = try Self.onCapacity(lang: .en)
        let text = program.state.text()
        #expect(text.contains("610,780 controls a year"))
        #expect(text.contains("The fraud service's own capacity is not public"))
        #expect(text.contains("honest people controlled in France"))
    }

    @Test func aRulesOnlyRulesetHasNoCapacityPane() throws {
        var program = PopulationScreenTests.opened()
        #expect(program.state.population?.ruleset.id == "jre-standard")
        var seen: [PopulationScreen.Pane] = []
        for _ in 0..<6 {
            PopulationScreenTests.press(&program, .tab)
            seen.append(try #require(program.state.population?.pane))
        }
        #expect(!seen.contains(.capacity))
        #expect(program.state.population?.shownFigures?.capacity == nil)
        #expect(!program.state.text().contains("Capacité"))
    }

    @Test func theWholePopulationRunCarriesTheCapacityToo() throws {
        var program = try Self.onCapacity()
        PopulationScreenTests.press(&program, .char("F"))
        let population = try #require(program.state.population)
        #expect(population.isCurrent(population.fullFigures))
        #expect(population.fullFigures?.capacity?.first?.sampleSize == PopulationScreenTests.sizes.full)
    }

    @Test func fitsEightyByTwentyFour() throws {
        let program = try Self.onCapacity(width: 80, height: 24)
        let grid = program.state.grid()
        let text = grid.plainText()
        #expect(text.contains("contrôles par an"))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80) }
    }

    @Test func snapshot() throws {
        let program = try Self.onCapacity(width: 120, height: 40)
        Snapshot.check(program.state.grid(), named: "population-capacity-fr-unicode-120x40")
    }

    @Test func snapshotInEnglishAtEightyByTwentyFour() throws {
        let program = try Self.onCapacity(lang: .en, width: 80, height: 24)
        Snapshot.check(program.state.grid(), named: "population-capacity-en-unicode-80x24")
    }
}
