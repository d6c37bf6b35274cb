import Foundation
import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JREText

/// Population folders: what `generate` writes evaluates exactly as the population in memory; a
/// hand-made folder (spreadsheet style) evaluates; a bad row is reported with file, line, column and what to do.
@Suite struct PopulationFilesTests {
    static let library = ScenarioLibrary(bundled: BundledScenarios.files, models: BundledScenarios.models)

    static func folder(_ name: String = #function) -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("jre-population-tests-\(name.filter(\.isLetter))-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ folder: String, _ files: [String: String]) {
        for (name, text) in files {
            FileManager.default.createFile(atPath: (folder as NSString).appendingPathComponent(name), contents: Data(text.utf8))
        }
    }

    static func evaluate(_ input: PopulationInput, day: Int, groupBy: [String] = [], ruleset: String = "jre-standard") throws -> PopulationRun.Outcome {
        let rules = try #require(PopulationRules.load(ruleset, library: library, for: input, lang: .fr).0)
        return try PopulationRun.evaluate(input, rules: rules, day: day, parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: groupBy)
    }

    /// The first error of opening and evaluating `files` with jre-standard.
    static func firstError(_ files: [String: String]) throws -> Diagnostic {
        let folder = folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        write(folder, files)
        do {
            let opened = try PopulationFiles.open(folder)
            _ = try evaluate(.files(opened), day: opened.days)
        } catch let error as PopulationFileError {
            return try #require(error.diagnostics.first)
        }
        Issue.record("no error for \(files)")
        return Diagnostic(file: "", line: 0, column: 0, message: LocalizedMessage(Strings.empty))
    }

    static let header = "claimant,day,type,rome,sector,attended,value\n"

    @Test func aGeneratedFolderEvaluatesLikeThePopulationInMemory() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let population = SyntheticPopulation(size: 3_000, seed: 21, days: 120)
        let summary = try PopulationWriter.write(population, to: folder)
        #expect(summary.claimants == 3_000)
        let files = try PopulationFiles.open(folder)
        #expect(files.days == 120)
        #expect(files.manifest?.seed == 21)
        for ruleset in ["jre-standard", "cre-controle", "rsa-15h"] where Self.library.locatePopulationRuleset(ruleset) != nil {
            let groupings = PopulationInput.synthetic(population).defaultGroupings
            let fromFiles = try Self.evaluate(.files(files), day: 100, groupBy: groupings, ruleset: ruleset)
            let inMemory = try Self.evaluate(.synthetic(population), day: 100, groupBy: groupings, ruleset: ruleset)
            #expect(fromFiles.tally == inMemory.tally, "\(ruleset)")
            #expect(fromFiles.groupings == inMemory.groupings, "\(ruleset)")
        }
    }

    @Test func aHandMadeSpreadsheetFolderEvaluates() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Semicolons and a byte-order mark, as a French spreadsheet saves them; events in date order, not by claimant.
        var events = "\u{FEFF}claimant;day;type;rome;sector;attended;value\n"
        for day in stride(from: 1, through: 28, by: 1) {
            events += "ana;\(day);application;K2204;propreté;;\n"
            events += "ana;\(day);login;;;;\n"
            if day % 7 == 0 { events += "bruno;\(day);login;;;;\n" }
        }
        events += "ana;30;mood;;;;\"4\"\nbruno;30;mood;;;;2,0\n"
        Self.write(folder, [
            "claimants.csv": "\u{FEFF}id;registered;acces_numerique\nana;-30;fiable\nbruno;-400;non_fiable\nchloe;;fiable\n",
            "events.csv": events,
        ])
        let files = try PopulationFiles.open(folder)
        #expect(files.days == 30)
        let input = PopulationInput.files(files)
        #expect(!input.knowsSituations)
        let rules = try #require(PopulationRules.load("jre-standard", library: Self.library, for: input, lang: .fr).0)
        let results = try PopulationRun.results(input, rules: rules, day: 30, parameters: ParameterValues(defaultsOf: rules.ruleset))
        let dynamiqueFaible = try #require(rules.ruleset.alerts.firstIndex { $0.id == "dynamique_faible" })
        let parcours = try #require(rules.ruleset.alerts.firstIndex { $0.id == "parcours_a_analyser" })
        #expect(results.count == 3)
        #expect(results[0].alerts[dynamiqueFaible] == false)
        #expect(results[1].alerts[dynamiqueFaible] == true)
        #expect(results[1].alerts[parcours] == true)
        #expect(results[2].alerts[dynamiqueFaible] == true)
        // Without its registration date, Chloé is not counted as long-term.
        #expect(results[2].alerts[parcours] == false)
        let outcome = try PopulationRun.evaluate(input, rules: rules, day: 30, parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: ["acces_numerique"])
        #expect(outcome.tally.claimants == 3)
        #expect(outcome.groupings == [PopulationGrouping(attribute: "acces_numerique", values: ["fiable", "non_fiable"])])
    }

    @Test func rowsOutOfClaimantOrderGiveTheSameCounts() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PopulationWriter.write(SyntheticPopulation(size: 400, seed: 4, days: 60), to: folder)
        let grouped = try Self.evaluate(.files(try PopulationFiles.open(folder)), day: 60, groupBy: ["revenus"]).tally
        let path = (folder as NSString).appendingPathComponent("events.csv")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let shuffled = [lines[0]] + lines.dropFirst().sorted { $0.split(separator: ",")[1].count == $1.split(separator: ",")[1].count ? $0.split(separator: ",")[1] < $1.split(separator: ",")[1] : $0.split(separator: ",")[1].count < $1.split(separator: ",")[1].count }
        try (shuffled.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let reordered = try Self.evaluate(.files(try PopulationFiles.open(folder)), day: 60, groupBy: ["revenus"]).tally
        #expect(reordered == grouped)
    }

    @Test func aBadDayIsReportedWithItsLineAndColumn() throws {
        let error = try Self.firstError([
            "claimants.csv": "id,registered\nana,-10\n",
            "events.csv": Self.header + "ana,3,login,,,,\nana,4x,login,,,,\n",
        ])
        #expect(error.file.hasSuffix("events.csv"))
        #expect(error.line == 3)
        #expect(error.column == 5)
        #expect(error.message.render(.en).contains("day '4x'"))
        #expect(error.render(.en).contains("ana,4x,login"))
    }

    @Test(arguments: [
        ("unknown claimant", "id\nana\n", header + "ana,1,login,,,,\nbob,2,login,,,,\n", 3, 1, "claimant 'bob' is not in"),
        ("missing column", "id\nana\n", "claimant,type\nana,login\n", 1, 1, "column 'day' is missing"),
        ("too many fields", "id\nana\n", header + "ana,1,application,K2204,santé, soins,,,\n", 2, 39, "quote a text that contains ','"),
        ("unclosed quote", "id\nana\n", header + "ana,1,application,\"K2204,santé,,\n", 2, 19, "unclosed quote"),
        ("empty type", "id\nana\n", header + "ana,1,,,,,\n", 2, 7, "empty event type"),
        ("duplicate id", "id,age\nana,30\nana,31\n", header, 3, 1, "already used on line 2"),
        ("registered text", "id,registered\nana,hier\n", header, 2, 5, "registered 'hier'"),
    ])
    func badRowsSayWhereAndWhatToDo(_ name: String, _ claimants: String, _ events: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try Self.firstError(["claimants.csv": claimants, "events.csv": events])
        #expect(error.line == line, "\(name): \(error.render(.en))")
        #expect(error.column == column, "\(name): \(error.render(.en))")
        #expect(error.message.render(.en).contains(message), "\(name): \(error.render(.en))")
    }

    @Test func aMissingFileOrAnUnknownSituationIsAnError() throws {
        let missing = try Self.firstError(["claimants.csv": "id\nana\n"])
        #expect(missing.file.hasSuffix("events.csv"))
        #expect(missing.message.render(.fr).contains("introuvable"))
        let situation = try Self.firstError(["claimants.csv": "id\nana\n", "events.csv": Self.header, "situations.csv": "id,situation\nana,lazy\n"])
        #expect(situation.line == 2)
        #expect(situation.message.render(.en).contains("unknown situation 'lazy'"))
    }

    @Test func unknownTypesAndColumnsAreWarningsNotErrors() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        Self.write(folder, ["claimants.csv": "id\nana\n", "events.csv": "claimant,day,type,romee\nana,1,aplication,K2204\nana,2,login,\n"])
        let files = try PopulationFiles.open(folder)
        let rules = try #require(PopulationRules.load("jre-standard", library: Self.library, for: .files(files), lang: .en).0)
        let columns = files.warnings(for: rules).map { $0.message.render(.en) }
        #expect(columns.contains { $0.contains("column 'romee'") && $0.contains("did you mean 'rome'") })
        let outcome = try PopulationRun.evaluate(.files(files), rules: rules, day: 2, parameters: ParameterValues(defaultsOf: rules.ruleset), groupBy: [])
        #expect(outcome.tally.claimants == 1)
        let warning = try #require(outcome.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 2)
        #expect(warning.message.render(.en).contains("event type 'aplication'"))
        #expect(warning.message.render(.en).contains("did you mean 'application'"))
    }
}
