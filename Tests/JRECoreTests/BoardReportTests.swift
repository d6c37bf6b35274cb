import Foundation
import Testing
@testable import JRECore
import JREText

/// `report --format json|csv|text`: the contract's shape, and values worked out by hand.
@Suite struct BoardReportTests {
    static let scoreIds = [
        "applications_recentes", "contacts_employeurs_recents", "dynamique", "humeur_recente", "chute_humeur",
        "candidatures_sans_reponse", "anciennete_mois", "perte_confiance", "moyenne_precedente", "baisse_candidatures",
        "jours_depuis_connexion", "jours_depuis_contact", "redynamisation", "codes_rome", "secteurs",
        "candidatures_par_code", "dispersion",
    ]
    static let levelled = ["dynamique", "perte_confiance", "redynamisation", "dispersion"]
    static let alertIds = ["dynamique_faible", "situations_a_examiner", "parcours_a_analyser"]
    static let adviceFr = [
        "Fixez-vous un objectif de 3 candidatures ciblées par semaine.",
        "Participez à l'atelier « Valoriser mes compétences ».",
        "Mettez à jour votre CV pour qu'il soit visible des recruteurs.",
        "Concentrez vos recherches sur 1 à 2 métiers prioritaires.",
    ]
    static let claimantIds = [
        "portefeuille": ["ines", "nadia", "gerard", "mamadou", "thomas", "julien", "sophie", "kevin", "christiane",
                         "yannick", "aminata", "lucas", "fatima", "hugo", "rose_marie", "patrick", "elodie", "claire"],
        "aidante": ["sandrine", "mehdi", "josiane", "lea"],
        "sans-ordinateur": ["odette", "bruno", "dylan", "nathalie"],
    ]
    /// Day 30 of each run, counted on a calendar.
    static let day30Dates = ["portefeuille": "2024-04-02", "aidante": "2024-10-01", "sans-ordinateur": "2024-11-05"]

    static func json(_ name: String, day: Int, lang: Lang = .fr) throws -> (String, [String: Any]) {
        let simulation = try Bundled.simulation(name)
        let text = BoardReport(simulation: simulation, day: day, parameters: simulation.startingParameters, lang: lang).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (text, object)
    }

    @Test(arguments: Bundled.scenarioNames)
    func jsonHasTheContractShape(name: String) throws {
        let (text, json) = try Self.json(name, day: 30)
        #expect(Set(json.keys) == ["scenario", "ruleset", "day", "date", "parameters", "claimants"])
        let order = ["\"scenario\"", "\"ruleset\"", "\"day\"", "\"date\"", "\"parameters\"", "\"claimants\""].compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 6 && order == order.sorted(), "top-level keys in the contract's order")
        #expect(json["scenario"] as? String == name)
        #expect(json["ruleset"] as? String == "jre-standard")
        #expect(json["day"] as? Int == 30)
        #expect(json["date"] as? String == Self.day30Dates[name])

        let parameters = try #require(json["parameters"] as? [String: Double])
        #expect(parameters.count == 22)
        #expect(parameters["window"] == 30)
        #expect(parameters["plafond_candidatures"] == 10)
        #expect(parameters["seuil_candidatures_par_code"] == 2)
        #expect(parameters["fenetre_confiance"] == 90)

        let claimants = try #require(json["claimants"] as? [[String: Any]])
        #expect(claimants.map { $0["id"] as? String } == Self.claimantIds[name]?.map(Optional.some))
        for claimant in claimants {
            let id = claimant["id"] as? String ?? "?"
            #expect(Set(claimant.keys) == ["id", "scores", "alerts", "advice"], "\(id)")
            let scores = try #require(claimant["scores"] as? [String: [String: Any]])
            #expect(Set(scores.keys) == Set(Self.scoreIds), "\(id)")
            for (scoreId, score) in scores {
                #expect(Set(score.keys) == ["value", "level", "severity"], "\(id).\(scoreId)")
                #expect(score["value"] is NSNull || score["value"] is NSNumber, "\(id).\(scoreId)")
                if Self.levelled.contains(scoreId) {
                    #expect(score["level"] is String, "\(id).\(scoreId)")
                    #expect(["ok", "watch", "alert"].contains(score["severity"] as? String ?? ""), "\(id).\(scoreId)")
                } else {
                    #expect(score["level"] is NSNull && score["severity"] is NSNull, "\(id).\(scoreId) has no levels")
                }
            }
            let alerts = try #require(claimant["alerts"] as? [String])
            #expect(alerts == Self.alertIds.filter(alerts.contains), "\(id): alerts in ruleset order")
            let advice = try #require(claimant["advice"] as? [String])
            #expect(advice == Self.adviceFr.filter(advice.contains), "\(id): advice in ruleset order, in French")
        }
    }

    @Test func scoresAppearInRulesetOrder() throws {
        let (text, _) = try Self.json("aidante", day: 30)
        let firstClaimant = text[text.range(of: "\"scores\"")!.lowerBound...]
        let positions = Self.scoreIds.compactMap { firstClaimant.range(of: "\"\($0)\"")?.lowerBound }
        #expect(positions.count == Self.scoreIds.count)
        #expect(positions == positions.sorted())
    }

    /// Odette (sans-ordinateur) on day 30, by hand from her events: an employer contact on day 16 entered by the
    /// advisor, an attended appointment on day 9, a message on day 30, no login, no application, no mood,
    /// registered on day -500.
    @Test func odetteOnDayThirtyWorkedByHand() throws {
        let (_, json) = try Self.json("sans-ordinateur", day: 30)
        let claimants = try #require(json["claimants"] as? [[String: Any]])
        let odette = try #require(claimants.first { $0["id"] as? String == "odette" })
        let scores = try #require(odette["scores"] as? [String: [String: Any]])
        func value(_ id: String) -> Any? { scores[id]?["value"] }
        #expect(value("applications_recentes") as? Double == 0)
        #expect(value("contacts_employeurs_recents") as? Double == 1)
        // min(0 + 1, 10) + 2 * 0 + min(0, 8) / 2 + 0 = 1 < 5: faible.
        #expect(value("dynamique") as? Double == 1)
        #expect(scores["dynamique"]?["level"] as? String == "faible")
        #expect(scores["dynamique"]?["severity"] as? String == "alert")
        #expect(value("humeur_recente") is NSNull, "no mood slider: never, printed null")
        #expect(value("chute_humeur") as? Double == 0)
        #expect(value("candidatures_sans_reponse") as? Double == 0)
        // (30 - (-500)) * 12 / 365 months.
        #expect(value("anciennete_mois") as? Double == 530.0 * 12 / 365)
        #expect(value("perte_confiance") as? Double == 1)
        #expect(scores["perte_confiance"]?["level"] as? String == "faible")
        #expect(value("jours_depuis_connexion") is NSNull, "no login: never, printed null")
        #expect(value("jours_depuis_contact") as? Double == 0) // the message of day 30
        // never >= 21 gives one point; no drop in applications; a contact today.
        #expect(value("redynamisation") as? Double == 1)
        #expect(scores["redynamisation"]?["level"] as? String == "modere")
        #expect(value("dispersion") as? Double == 0)
        #expect(scores["dispersion"]?["level"] as? String == "faible")
        #expect(odette["alerts"] as? [String] == ["dynamique_faible", "parcours_a_analyser"])
        #expect(odette["advice"] as? [String] == [Self.adviceFr[0], Self.adviceFr[2]])
    }

    @Test func adviceFollowsTheReportLanguage() throws {
        let (_, json) = try Self.json("sans-ordinateur", day: 30, lang: .en)
        let claimants = try #require(json["claimants"] as? [[String: Any]])
        #expect(claimants.first?["advice"] as? [String] == [
            "Set yourself a target of 3 targeted applications a week.",
            "Update your CV so that recruiters can see it.",
        ])
    }

    @Test func neverPrintsNullInJSONAndEmptyInCSV() throws {
        let simulation = try Fixture.single("days_since(login)", events: ["{day: 20, type: login}"])
        let before = BoardReport(simulation: simulation, day: 10, parameters: simulation.startingParameters, lang: .fr)
        #expect(before.json().contains("\"value\": null"))
        #expect(before.csv() == "id,name,s.value,s.level,s.severity,alerts,advice,error\nc,Personne c,,,,,,\n")
        let after = BoardReport(simulation: simulation, day: 25, parameters: simulation.startingParameters, lang: .fr)
        #expect(after.json().contains("\"value\": 5"))
        #expect(after.csv().hasSuffix("\nc,Personne c,5,,,,,\n"))
    }

    @Test func jsonUsesTheParametersInForce() throws {
        let simulation = try Bundled.simulation("portefeuille")
        let parameters = try simulation.startingParameters.applying(assignment: "window=21", in: simulation.ruleset)
        let text = BoardReport(simulation: simulation, day: 30, parameters: parameters, lang: .fr).json()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((json["parameters"] as? [String: Double])?["window"] == 21)
    }

    @Test func textReportNamesTheDayAndTheFlaggedClaimants() throws {
        let simulation = try Bundled.simulation("sans-ordinateur")
        let text = BoardReport(simulation: simulation, day: 30, parameters: simulation.startingParameters, lang: .fr).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("Sans ordinateur — ") == true)
        #expect(lines.first?.contains("mardi 5 novembre 2024") == true)
        #expect(text.contains("Odette Marchal"))
        let english = BoardReport(simulation: simulation, day: 30, parameters: simulation.startingParameters, lang: .en).text()
        #expect(english.hasPrefix("No computer — "))
        #expect(english.contains("Tuesday 5 November 2024"))
    }

    @Test func csvHasOneRowPerClaimant() throws {
        let simulation = try Bundled.simulation("portefeuille")
        let csv = BoardReport(simulation: simulation, day: 84, parameters: simulation.startingParameters, lang: .fr).csv()
        let rows = csv.split(separator: "\n").map(String.init)
        #expect(rows.count == 19)
        #expect(rows[0].hasPrefix("id,name,applications_recentes.value,applications_recentes.level,applications_recentes.severity,"))
        #expect(rows[0].hasSuffix(",alerts,advice,error"))
        #expect(rows[1].hasPrefix("ines,Inès Benali,"))
    }
}
