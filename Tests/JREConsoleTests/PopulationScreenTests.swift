import Foundation
import Testing
import JRECore
import JREPopulation
import JREConsole
import JRETerminal
import JREText

/// The population screen: figures of a synthetic sample that follow the settings, the lab's chart,
/// the whole population on demand with a progress bar, and the way back.
///
/// Jobs run inline (no thread) and are timed by a manual clock, so screens are deterministic; small
/// populations keep the tests quick.
@Suite struct PopulationScreenTests {
    static let sizes = PopulationSizes(sample: 3_000, full: 8_000, seed: 7, days: 182)

    /// A console program as `jre-console` runs it, with inline population jobs.
    static func program(_ state: AppState) -> ConsoleProgram {
        ConsoleProgram(state: state, library: Console.library,
                       populationRunner: PopulationJobRunner(mode: .inline, lang: state.lang, time: ManualTime()), populationSizes: sizes)
    }

    static func press(_ program: inout ConsoleProgram, _ keys: Key...) {
        for key in keys { program.handle(.key(key), at: .now) }
    }

    static func opened(lang: Lang = .fr, width: Int = 100, height: Int = 30) -> ConsoleProgram {
        var program = Self.program(Console.atPicker(lang: lang, width: width, height: height))
        press(&program, .char("m"))
        return program
    }

    /// Selects parameter `id` with ↓ from the top.
    static func select(_ id: String, in program: inout ConsoleProgram, sourceLocation: SourceLocation = #_sourceLocation) {
        press(&program, .char("k"), .char("k"))
        for _ in 0..<40 where program.state.population.map({ $0.ruleset.parameters[$0.selection].id != id }) ?? false {
            press(&program, .char("j"))
        }
        #expect(program.state.population.map { $0.ruleset.parameters[$0.selection].id } == id, sourceLocation: sourceLocation)
    }

    static func alertCount(_ program: ConsoleProgram, _ alert: String) -> Int? {
        guard let figures = program.state.population?.shownFigures else { return nil }
        guard let index = figures.report.rules.alerts.firstIndex(where: { $0.id == alert }) else { return nil }
        return figures.report.alerts[index].count
    }

    // MARK: Opening

    @Test func mOnThePickerOpensTheSampleFigures() throws {
        let program = Self.opened()
        #expect(program.state.screen == .population)
        let population = try #require(program.state.population)
        #expect(population.ruleset.id == "jre-standard")
        #expect(population.shownFigures?.claimants == 3_000)
        let text = program.state.text()
        #expect(text.contains("Population synthétique · 3\u{202F}000 personnes fictives (échantillon) · jour 182/182"))
        #expect(text.contains("Reconstitution illustrative"))
        #expect(text.contains("Au moins une alerte"))
        #expect(text.contains("à jour"))
        #expect(!text.contains("calcul…"))
        // The lab's chart is there for the first setting.
        #expect(text.contains("Part de l'échantillon signalée pour chaque valeur de 7 à 90"))
    }

    @Test func theBoardOpensItWithItsRulesetAndSettingsAndEscGoesBack() throws {
        var program = Self.program(try Console.onBoard(day: 30, width: 100, height: 30))
        Self.press(&program, .char("t"), .right, .right)
        let tuned = try #require(program.state.workshop?.parameters)
        #expect(tuned != program.state.workshop?.simulation.startingParameters)
        let labSelection = try #require(program.state.workshop?.labSelection)
        Self.press(&program, .char("m"))
        let population = try #require(program.state.population)
        #expect(program.state.screen == .population)
        #expect(population.parameters == tuned)
        #expect(population.isCurrent(population.figures))
        // The lab's setting stays selected, shown as changed from the scenario's start; r puts it back.
        #expect(population.selection == labSelection)
        #expect(population.startingParameters == program.state.workshop?.simulation.startingParameters)
        #expect(program.state.text().contains("départ " + NumberFormat.plain(population.startingParameters[labSelection])))
        Self.press(&program, .char("r"))
        #expect(program.state.population?.parameters == program.state.workshop?.simulation.startingParameters)
        Self.press(&program, .escape)
        #expect(program.state.screen == .lab)
    }

    // MARK: The lab on the sample

    @Test func raisingTheLowDynamicThresholdFlagsMorePeople() throws {
        var program = Self.opened()
        Self.select("seuil_dynamique_faible", in: &program)
        let before = try #require(Self.alertCount(program, "dynamique_faible"))
        Self.press(&program, .right, .right, .right)
        let after = try #require(Self.alertCount(program, "dynamique_faible"))
        #expect(after > before, "« dynamique faible » below a higher score flags more people: \(before) → \(after)")
        let population = try #require(program.state.population)
        #expect(population.parameters[population.selection] == population.startingParameters[population.selection] + 3)
        #expect(!population.isRecomputing)
        // Lowering it back gives the first figures again.
        Self.press(&program, .char("r"))
        #expect(Self.alertCount(program, "dynamique_faible") == before)
    }

    @Test func theChartAgreesWithTheFiguresAtTheValueInForce() throws {
        var program = Self.opened()
        for id in ["window", "seuil_dynamique_faible", "seuil_sans_reponse"] {
            Self.select(id, in: &program)
            Self.press(&program, .right)
            let population = try #require(program.state.population)
            let curve = try #require(population.currentCurve, "no chart for \(id)")
            let index = curve.nearestIndex(to: population.parameters[population.selection])
            #expect(curve.values[index] == population.parameters[population.selection], "the value in force is on the chart")
            #expect(curve.flagged[index] == population.figures?.report.flagged.count, "chart and figures disagree for \(id)")
        }
    }

    @Test func aSettingMovedDuringARecomputationIsEvaluatedOnceItEnds() throws {
        var state = Console.atPicker(width: 100, height: 30)
        let rules = try #require(PopulationRules.load("jre-standard", library: Console.library,
                                                      for: .synthetic(SyntheticPopulation(size: 10, seed: 1)), lang: .fr).0)
        let sample = SyntheticPopulation(size: 300, seed: 1), full = SyntheticPopulation(size: 600, seed: 1)
        #expect(Self.jobs(state.update(.populationOpened(PopulationScreen(rulesets: [rules], sample: sample, full: full, returnTo: .picker), note: nil))).map(\.kind.name)
                == ["sample", "sweep"])
        let first = try #require(state.population?.sampleJob)
        // The sample is still being evaluated: nothing more starts (the chart does not depend on the value moved).
        #expect(Self.jobs(state.press(.right, .right, .right)).isEmpty)
        #expect(state.population?.isRecomputing == true)
        // The old settings' figures arrive: shown as they are, and one run starts for the settings in force.
        let stale = try Self.figures(rules, sample, parameters: ParameterValues(defaultsOf: rules.ruleset))
        let next = Self.jobs(state.update(.populationJob(.evaluated(id: first, figures: stale))))
        #expect(next.map(\.kind.name) == ["sample"])
        #expect(next.first?.parameters == state.population?.parameters)
        #expect(state.population?.isRecomputing == true)
        #expect(state.text().contains("calcul…"))
        // A report from a job no longer wanted changes nothing.
        #expect(Self.jobs(state.update(.populationJob(.evaluated(id: first, figures: stale)))).isEmpty)
    }

    // MARK: The whole population

    @Test func theWholePopulationShowsUntilASettingMoves() throws {
        var program = Self.opened()
        Self.press(&program, .char("F"))
        let population = try #require(program.state.population)
        #expect(population.shownFigures?.claimants == 8_000)
        var text = program.state.text()
        #expect(text.contains("8\u{202F}000 personnes fictives (population entière)"))
        #expect(text.contains("Chiffres de la population entière (8\u{202F}000 personnes), calculés en"))
        Self.press(&program, .char("F"))
        #expect(program.state.status == "La population entière est déjà calculée pour ces réglages.")
        Self.press(&program, .right)
        text = program.state.text()
        #expect(text.contains("3\u{202F}000 personnes fictives (échantillon)"))
        #expect(text.contains("F pour la population entière (8\u{202F}000 personnes)"))
        // Back to the settings it was computed for: shown again without running.
        Self.press(&program, .left)
        #expect(program.state.population?.shownFigures?.claimants == 8_000)
    }

    @Test func progressShowsAndEscStopsTheRunBeforeLeaving() throws {
        var state = try Self.showing(full: 5_490_000)
        let full = try #require(Self.jobs(state.press(.char("F"))).first { $0.kind == .full })
        _ = state.update(.populationJob(.progress(id: full.id, fraction: 0.4, elapsed: .seconds(4))))
        let text = state.text()
        #expect(text.contains("Population entière (5\u{202F}490\u{202F}000) : ["))
        #expect(text.contains("40 %  encore ~6 s · Échap : interrompre"))
        let stopping = state.press(.escape)
        #expect(state.screen == .population)
        #expect(stopping.contains(.cancelPopulationJobs([full.id])))
        #expect(state.status == "Calcul de la population entière interrompu.")
        #expect(!state.text().contains("Échap : interrompre"))
        state.press(.escape)
        #expect(state.screen == .picker)
    }

    @Test func aSettingMovedDuringTheWholeRunStopsIt() throws {
        var state = try Self.showing(full: 600)
        let full = try #require(Self.jobs(state.press(.char("F"))).first { $0.kind == .full })
        #expect(state.press(.right).contains(.cancelPopulationJobs([full.id])))
        #expect(state.status == "Réglage modifié : calcul de la population entière interrompu (F pour le relancer).")
    }

    // MARK: Rulesets, panes, languages

    @Test func xAppliesAnotherRulesetToTheSamePopulation() throws {
        var program = Self.opened()
        let first = try #require(program.state.population?.shownFigures?.report.flagged.count)
        Self.press(&program, .char("x"))
        let population = try #require(program.state.population)
        #expect(population.ruleset.id != "jre-standard")
        #expect(population.shownFigures?.rulesetID == population.ruleset.id)
        #expect(program.state.status?.hasPrefix("Règles : ") == true)
        // Every bundled ruleset comes round, back to the first.
        for _ in 1..<population.rulesets.count { Self.press(&program, .char("x")) }
        #expect(program.state.population?.ruleset.id == "jre-standard")
        #expect(program.state.population?.shownFigures?.report.flagged.count == first)
    }

    @Test func panesShowGroupsWithTheFourFifthsMarksAndEveryScoreDistribution() throws {
        var program = Self.opened(width: 120, height: 40)
        Self.press(&program, .tab)
        var text = program.state.text()
        #expect(text.contains("Par groupe : Accès numérique (référence : fiable)"))
        #expect(text.contains("non fiable") && !text.contains("non_fiable"), "values in words, not identifiers")
        #expect(text.contains(" !"), "people without reliable internet are flagged far more often: a four-fifths mark")
        Self.press(&program, .char("g"))
        #expect(program.state.text().contains("Par groupe : Aidant·e d'un proche"))
        Self.press(&program, .tab)
        text = program.state.text()
        // The last ones further down.
        Self.press(&program, .pageDown)
        text += program.state.text()
        for score in ["Dynamique de recherche", "Signes de perte de confiance", "Besoin de redynamisation", "Risques de dispersion"] {
            #expect(text.contains(score), "no distribution for \(score)")
        }
        #expect(text.contains("valeurs de 0 à"))
    }

    @Test func englishOnRequest() throws {
        var program = Self.opened(lang: .en)
        Self.press(&program, .char("?"))
        let help = program.state.text()
        #expect(help.contains("Compute over the whole population"))
        Self.press(&program, .char("?"))
        let text = program.state.text()
        #expect(text.contains("Synthetic population · 3,000 fictional people (sample) · day 182/182"))
        #expect(text.contains("At least one alert"))
        #expect(text.contains("F for the whole population (8,000 people)"))
    }

    @Test(arguments: [(80, 24), (100, 30), (60, 20)])
    func snapshots(size: (Int, Int)) throws {
        let program = Self.opened(width: size.0, height: size.1)
        Snapshot.check(program.state.grid(), named: "population-fr-unicode-\(size.0)x\(size.1)")
    }

    @Test func snapshotInEnglish() throws {
        let program = Self.opened(lang: .en, width: 100, height: 30)
        Snapshot.check(program.state.grid(), named: "population-en-unicode-100x30")
    }

    @Test func snapshotGroupsInEnglishASCII() throws {
        var program = Self.opened(lang: .en, width: 120, height: 40)
        Self.press(&program, .tab)
        Snapshot.check(program.state.grid(.ascii), named: "population-groups-en-ascii-120x40")
    }

    // MARK: Off the screen's thread

    @Test func aStoppedRunInTheBackgroundReportsItStopped() throws {
        let runner = PopulationJobRunner(mode: .background, lang: .fr)
        let rules = try #require(PopulationRules.load("jre-standard", library: Console.library,
                                                      for: .synthetic(SyntheticPopulation(size: 10, seed: 1)), lang: .fr).0)
        // A population far too large to finish while the test waits.
        let population = SyntheticPopulation(size: 50_000_000, seed: 1)
        runner.start(PopulationJob(id: 7, kind: .full, population: population, rules: rules, day: population.days,
                                   parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: []))
        #expect(runner.isBusy)
        runner.cancel([7])
        var events: [PopulationJobEvent] = []
        for _ in 0..<600 where !events.contains(where: { if case .cancelled = $0 { true } else { false } }) {
            events += runner.drain()
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(events.contains { if case .cancelled(7) = $0 { true } else { false } }, "no « cancelled » report: \(events.map(\.id))")
        #expect(!events.contains { if case .evaluated = $0 { true } else { false } })
        #expect(!runner.isBusy)
    }

    // MARK: Robustness

    @Test func drawsAtEverySizeOnEveryPane() throws {
        var program = Self.opened()
        Self.press(&program, .char("F"))
        for pane in 0..<3 {
            for width in stride(from: 0, through: 140, by: 7) {
                for height in stride(from: 0, through: 50, by: 5) {
                    var state = program.state
                    state.handle(.resize(width: width, height: height))
                    RenderingRobustnessTests.checkDrawable(state, glyphs: .unicode, context: "pane \(pane) at \(width)×\(height)")
                }
            }
            Self.press(&program, .tab)
        }
    }

    // MARK: Helpers

    /// The picker's console showing a population screen of 300 (whole: `full`), its first jobs taken.
    static func showing(full: Int) throws -> AppState {
        var state = Console.atPicker(width: 100, height: 30)
        let rules = try #require(PopulationRules.load("jre-standard", library: Console.library,
                                                      for: .synthetic(SyntheticPopulation(size: 10, seed: 1)), lang: .fr).0)
        _ = state.update(.populationOpened(PopulationScreen(rulesets: [rules], sample: SyntheticPopulation(size: 300, seed: 1),
                                                            full: SyntheticPopulation(size: full, seed: 1), returnTo: .picker), note: nil))
        return state
    }

    /// The jobs among the effects an update asked for.
    static func jobs(_ effects: [ConsoleEffect]) -> [PopulationJob] {
        effects.compactMap { effect in
            if case .startPopulationJob(let job) = effect { return job }
            return nil
        }
    }

    static func figures(_ rules: PopulationRules, _ population: SyntheticPopulation, parameters: ParameterValues) throws -> PopulationFigures {
        let outcome = try PopulationRun.evaluate(.synthetic(population), rules: rules, day: population.days, parameters: parameters, groupBy: [])
        let report = PopulationReport(origin: .synthetic(population), rules: rules, day: population.days, days: population.days, parameters: parameters, outcome: outcome)
        return PopulationFigures(report: report, rulesetID: rules.ruleset.id, parameters: parameters, claimants: population.size, elapsed: .zero)
    }
}

extension PopulationJob.Kind {
    var name: String {
        switch self {
        case .sample: "sample"
        case .sweep: "sweep"
        case .full: "full"
        }
    }
}
