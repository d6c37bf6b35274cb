import Foundation
import Testing
@testable import JRECore
import JREText

/// `if`, `and`, `or` evaluate only what they need; what is left is a fault for that claimant and day.
@Suite struct LazyEvaluationTests {
    @Test func guardedDaysRegisteredIsZeroWithoutARegistrationDate() throws {
        let simulation = try Fixture.single("if(has(profile.registered), days_registered, 0)", events: [], profile: "{age: 30}")
        let result = simulation.evaluate(day: 30, parameters: simulation.startingParameters)[0]
        #expect(result.fault == nil)
        #expect(result.scoreValues[0] == 0)
    }

    @Test func guardedDaysRegisteredCountsFromTheRegistrationDay() throws {
        // Registered on day -10: on day 30 that is 40 days.
        #expect(try Fixture.value("if(has(profile.registered), days_registered, 0)", on: 30, profile: "{registered: -10}") == 40)
        #expect(try Fixture.value("days_registered", on: 1, profile: "{registered: 1}") == 0)
    }

    @Test(arguments: [
        ("false and (1 / zero > 1)", false),
        ("true or (1 / zero > 1)", true),
        ("zero > 0 and 10 / zero > 1", false),
        ("not (zero = 0) and 10 / zero > 1", false),
    ])
    func andOrStopOnceTheAnswerIsKnown(condition: String, expected: Bool) throws {
        #expect(try Fixture.holds(condition, on: 10) == expected)
    }

    @Test func ifEvaluatesOnlyTheChosenBranch() throws {
        #expect(try Fixture.value("if(zero > 0, 1 / zero, 7)", on: 10) == 7)
        #expect(try Fixture.value("if(zero = 0, 7, 1 / zero)", on: 10) == 7)
        #expect(try Fixture.value("if(has(profile.age), profile.age, 18)", on: 10, profile: "{commune: Dijon}") == 18)
        #expect(try Fixture.value("if(has(profile.age), profile.age, 18)", on: 10, profile: "{age: 41}") == 41)
    }

    /// Two claimants: `a` has logins, `b` has none before day 20, so `10 / count(login)` divides by zero for `b` only.
    static func divisionScenario() throws -> Simulation {
        let ruleset = Fixture.ruleset(
            scores: Fixture.score("avant", "count(login)") + Fixture.score("ratio", "10 / count(login)") + Fixture.score("apres", "count(login) + 1"),
            alerts: "  toujours:\n    label: \"Toujours\"\n    when: \"true\"\n")
        let scenario = Fixture.scenario(people: [
            Fixture.Person("a", events: ["{day: 1, type: login}", "{day: 2, type: login}"]),
            Fixture.Person("b", events: ["{day: 20, type: login}"]),
            Fixture.Person("c", events: ["{day: 3, type: login}"]),
        ])
        return try Fixture.simulation(ruleset: ruleset, scenario: scenario)
    }

    @Test func divisionByZeroIsAFaultForThatClaimantOnly() throws {
        let simulation = try Self.divisionScenario()
        let results = simulation.evaluate(day: 10, parameters: simulation.startingParameters)
        #expect(results[0].fault == nil)
        #expect(results[0].scoreValues == [2, 5, 3])
        #expect(results[0].alerts == [true])
        #expect(results[2].fault == nil)
        #expect(results[2].scoreValues == [1, 10, 2])

        let fault = try #require(results[1].fault)
        #expect(fault.kind == .divisionByZero)
        #expect(fault.rule == .score("ratio"))
        #expect(fault.expression == "10 / count(login)")
        #expect(results[1].alerts == [false])
        #expect(results[1].scoreValues[2].isNaN, "a score after the fault must not show a number")
    }

    @Test func divisionByZeroIsReportedForTheDayItHappens() throws {
        let simulation = try Self.divisionScenario()
        let history = simulation.history(parameters: simulation.startingParameters)
        for day in 1...60 {
            #expect((history.fault(claimant: 1, day: day) != nil) == (day < 20), "day \(day)")
            #expect(history.fault(claimant: 0, day: day) == nil)
        }
        // `b` faults on days 1 to 19 (first login on day 20); `c` on days 1 and 2 (first login on day 3).
        let expected = (1...19).map { "b:\($0)" } + ["c:1", "c:2"]
        #expect(history.allFaults.map { "\(simulation.scenario.claimants[$0.claimant].id):\($0.day)" } == expected)
    }

    @Test func boardReportListsTheFaultAndStillShowsTheOthers() throws {
        let simulation = try Self.divisionScenario()
        let report = BoardReport(simulation: simulation, day: 10, parameters: simulation.startingParameters, lang: .en)
        #expect(report.faults.map(\.claimant.id) == ["b"])
        let message = FaultText.describe(try #require(report.faults.first?.fault), lang: .en)
        #expect(message.contains("division by zero"))
        #expect(message.contains("ratio"))
        #expect(FaultText.describe(try #require(report.faults.first?.fault), lang: .fr).contains("division par zéro"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let claimants = try #require(json["claimants"] as? [[String: Any]])
        #expect(claimants.map { $0["id"] as? String } == ["a", "b", "c"])
        #expect(claimants[0]["error"] == nil)
        #expect(((claimants[0]["scores"] as? [String: Any])?["ratio"] as? [String: Any])?["value"] as? Double == 5)
        #expect((claimants[1]["error"] as? String)?.contains("division by zero") == true)
        #expect(((claimants[1]["scores"] as? [String: Any])?["ratio"] as? [String: Any])?["value"] is NSNull)

        let csv = report.csv().split(separator: "\n").map(String.init)
        #expect(csv.count == 4)
        #expect(csv[2].hasPrefix("b,Personne b,"))
        #expect(csv[2].contains("division by zero"))
        #expect(report.text().contains("division by zero"))
    }

    @Test func aQuotedRegistrationDateIsADateNotASilentNumber() throws {
        // `registered: "2024-02-03"` is the same date as `registered: 2024-02-03` (day -29): either it is read as a
        // date (59 days on day 30) or the file is refused — never an arbitrary number.
        let report = try Fixture.load(
            ruleset: Fixture.ruleset(scores: Fixture.score("s", "if(has(profile.registered), days_registered, 0)")),
            scenario: Fixture.scenario(people: [Fixture.Person("c", profile: "{registered: \"2024-02-03\"}")]))
        if let simulation = report.simulation {
            let result = simulation.evaluate(day: 30, parameters: simulation.startingParameters)[0]
            #expect(result.fault == nil && result.scoreValues == [59], "got \(result.scoreValues), fault \(String(describing: result.fault))")
        } else {
            #expect(report.diagnostics.hasErrors)
        }
    }

    @Test func aMissingProfileValueIsAFaultNotANumber() throws {
        let simulation = try Fixture.single("profile.age + 1", events: [], profile: "{commune: Dijon}")
        let result = simulation.evaluate(day: 5, parameters: simulation.startingParameters)[0]
        #expect(result.fault?.kind == .missingProfile("age"))
    }

    @Test func unguardedDaysRegisteredWithoutRegistrationIsAFault() throws {
        let simulation = try Fixture.single("days_registered", events: [], profile: "{age: 30}")
        let result = simulation.evaluate(day: 5, parameters: simulation.startingParameters)[0]
        #expect(result.fault?.kind == .missingProfile("registered"))
    }
}
