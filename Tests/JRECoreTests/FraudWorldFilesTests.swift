import Foundation
import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JREText

/// The fraud world through the population's normal path: a ruleset that declares the world's
/// vocabulary reads it in memory and from a generated folder alike; the control history comes back
/// from `controls.csv`; `jre-standard` is neither changed nor warned.
@Suite struct FraudWorldFilesTests {
    /// A ruleset reading every part of the world the rules may read.
    static let probe = """
    format: 1
    title: "Sonde du monde de la fraude"
    language: fr
    events:
      login:
        label: "Connexion"
        attributes: {pays: "Pays de l'adresse IP"}
      signalement: "Signalement d'un conseiller"
    scores:
      connexions_etranger:
        value: "count(login[pays = 'etranger'], 182)"
      signalements:
        value: "count(signalement, 182)"
      hors_ue:
        value: "if(profile.nationalite = 'hors_ue', 1, 0)"
      banque_etranger:
        value: "if(profile.banque = 'etranger', 1, 0)"
      contrat:
        value: "profile.contrat_duree + profile.droits_jours / 1000"
      public_radie_rib:
        value: "if(profile.employeur_public, 1, 0) + if(profile.employeur_radie, 2, 0) + if(profile.rib_modifie, 4, 0)"
      fin_secteur:
        value: "if(profile.contrat_fin = 'fin_mission', 1, 0) + if(profile.secteur = 'construction', 2, 0)"
      fraude_visible:
        value: "if(has(profile.fraude), 1, 0)"
    """

    static func probeRuleset() throws -> Ruleset {
        let (ruleset, diagnostics) = RulesetLoader(file: SourceFile(path: "probe.yaml", text: probe), lang: .fr).load(id: "probe")
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.headline(.en) })")
        return try #require(ruleset)
    }

    static func scores(_ input: PopulationInput, _ ruleset: Ruleset) throws -> [[Double]] {
        let rules = try #require(PopulationRules.bind(ruleset, to: input, lang: .fr).0)
        return try PopulationRun.rows(input, rules: rules, day: input.days, parameters: ParameterValues(defaultsOf: ruleset)) { evaluator in
            (0..<ruleset.scores.count).map { evaluator.values[$0] }
        }.rows
    }

    @Test func theWorldReadsTheSameInMemoryAndFromAFolder() throws {
        let folder = PopulationFilesTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let population = SyntheticPopulation(size: 3_000, seed: 29, days: 182)
        _ = try PopulationWriter.write(population, to: folder)
        let files = try PopulationFiles.open(folder)
        let ruleset = try Self.probeRuleset()
        let inMemory = try Self.scores(.synthetic(population), ruleset)
        let fromFiles = try Self.scores(.files(files), ruleset)
        #expect(inMemory.count == 3_000)
        #expect(inMemory == fromFiles)
        // What the rules read is the world drawn for each claimant.
        let worlds = FraudWorld.profiles(population)
        for (index, world) in worlds.enumerated() {
            #expect(inMemory[index][0] == Double(world.loginsAbroad))
            #expect(inMemory[index][1] == Double(world.reports))
            #expect(inMemory[index][2] == (world.nationality == 2 ? 1 : 0))
            #expect(inMemory[index][3] == (world.bankAbroad ? 1 : 0))
            #expect(inMemory[index][7] == 0, "the hidden fraud is not a profile attribute")
        }
        #expect(worlds.contains { $0.loginsAbroad > 0 } && worlds.contains { $0.reports > 0 })
        // The control history comes back from controls.csv.
        #expect(FraudWorld.controls(.files(files)) == worlds.map(\.control))
        #expect(files.manifest?.history == .targeted)
    }

    @Test func aGeneratedFolderReportsAsBeforeWithJreStandard() throws {
        let folder = PopulationFilesTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let population = SyntheticPopulation(size: 500, seed: 31, days: 60)
        _ = try PopulationWriter.write(population, to: folder)
        let files = try PopulationFiles.open(folder)
        let rules = try #require(PopulationRules.load("jre-standard", library: PopulationFilesTests.library, for: .files(files), lang: .en).0)
        #expect(files.warnings(for: rules).isEmpty, "\(files.warnings(for: rules).map { $0.message.render(.en) })")
        let outcome = try PopulationRun.evaluate(.files(files), rules: rules, day: 60, parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: [])
        #expect(outcome.warnings.isEmpty, "\(outcome.warnings.map { $0.message.render(.en) })")
        // The same default groupings as in memory: the world's columns only when named.
        #expect(PopulationInput.files(files).defaultGroupings == PopulationInput.synthetic(population).defaultGroupings)
        let byNationality = try PopulationFilesTests.evaluate(.files(files), day: 60, groupBy: ["nationalite"])
        let inMemory = try PopulationFilesTests.evaluate(.synthetic(population), day: 60, groupBy: ["nationalite"])
        #expect(byNationality.tally == inMemory.tally)
        #expect(inMemory.groupings.first?.values == ["francaise", "ue", "hors_ue"])
    }

    @Test func aBadControlsFileSaysWhereAndWhatToDo() throws {
        let header = "claimant,day,type\n"
        let day = try PopulationFilesTests.firstError(["claimants.csv": "id\nana\nbob\n", "events.csv": header,
                                                       "controls.csv": "id,controle,jour,fraude_constatee\nana,false,,\nbob,true,hier,false\n"])
        #expect(day.line == 3)
        #expect(day.column == 10)
        #expect(day.message.render(.en).contains("'hier' in column jour"))
        let flag = try PopulationFilesTests.firstError(["claimants.csv": "id\nana\n", "events.csv": header,
                                                        "controls.csv": "id,controle,jour,fraude_constatee\nana,oui,3,false\n"])
        #expect(flag.line == 2)
        #expect(flag.message.render(.en).contains("true or false"))
    }
}
