import Testing
@testable import JRECore
import JREText

/// The debrief's CSV carries the hidden truths its screen, Markdown and JSON show: the overpayment
/// really owed (households) and the return to work (employabilite), headed in words in both languages.
@Suite struct DebriefHiddenTruthCSVTests {
    static func csv(_ name: String, lang: Lang) throws -> [[String]] {
        let simulation = try #require(Bundled.load(name)?.simulation, "\(name) did not load")
        var session = SessionSnapshot()
        session.day = simulation.scenario.days
        let text = DebriefExport(simulation: simulation, session: session, lang: lang).csv()
        return text.split(separator: "\n").map { fields(String($0)) }
    }

    /// One CSV line's fields (RFC 4180 quotes; no field of these debriefs spans lines).
    static func fields(_ line: String) -> [String] {
        var result: [String] = [], field = "", quoted = false, previous: Character = " "
        for character in line {
            if character == "\"" {
                if quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                result.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        return result + [field]
    }

    @Test func householdsHaveTheirOverpaymentAmountAndCause() throws {
        for (lang, amount, cause, caf) in [(Lang.fr, "indu réel (€, négatif : dû au foyer ; illustratif)", "cause de l'indu", "erreur de la CAF"),
                                           (.en, "real overpayment (€, negative: owed to the household; illustrative)", "cause of the overpayment", "the CAF's own error")] {
            let rows = try Self.csv("allocataires", lang: lang)
            let header = try #require(rows.first)
            let amountColumn = try #require(header.firstIndex(of: amount), "\(header)")
            let causeColumn = try #require(header.firstIndex(of: cause), "\(header)")
            let emilie = try #require(rows.first { $0.count > causeColumn && $0[2] == "emilie" })
            #expect(emilie[amountColumn] == "610" && emilie[causeColumn] == caf, "\(emilie)")
            let karim = try #require(rows.first { $0.count > causeColumn && $0[2] == "karim" })
            #expect(karim[amountColumn] == "-212", "the CAF owed Karim money")
        }
    }

    @Test func employabilityHasTheReturnToWork() throws {
        let rows = try Self.csv("employabilite", lang: .en)
        let header = try #require(rows.first)
        let column = try #require(header.firstIndex(of: "returned to work within six months (1 = yes)"), "\(header)")
        let values = Set(rows.dropFirst().map { $0[column] })
        #expect(values == ["0", "1"], "both outcomes appear: \(values)")
    }

    @Test func aScenarioWithoutHiddenTruthsKeepsItsColumns() throws {
        let header = try #require(try Self.csv("portefeuille", lang: .fr).first)
        #expect(!header.contains { $0.hasPrefix("indu réel") || $0.hasPrefix("retour à l'emploi") }, "\(header)")
    }
}
