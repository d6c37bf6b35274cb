import Testing
@testable import JRECore
import JREText

/// Parameter values: the ruleset's defaults, the scenario's `parameters:`, then `--set NAME=VALUE`.
@Suite struct ParameterOverrideTests {
    static let logins = ["{day: 1, type: login}", "{day: 20, type: login}", "{day: 30, type: login}"]

    static func simulation(parameters: String? = nil) throws -> Simulation {
        try Fixture.simulation(
            ruleset: Fixture.ruleset(scores: Fixture.score("s", "count(login, window)")),
            scenario: Fixture.scenario(parameters: parameters, people: [Fixture.Person("c", events: logins)]))
    }

    static func count(_ simulation: Simulation, _ parameters: ParameterValues) -> Double {
        simulation.evaluate(day: 30, parameters: parameters)[0].scoreValues[0]
    }

    @Test func theDefaultApplies() throws {
        let simulation = try Self.simulation()
        #expect(simulation.startingParameters.values == [7, 3, 0])
        #expect(Self.count(simulation, simulation.startingParameters) == 1) // window 24..30
    }

    @Test func aScenarioOverrideApplies() throws {
        let simulation = try Self.simulation(parameters: "{window: 30}")
        #expect(simulation.startingParameters.values == [30, 3, 0])
        #expect(Self.count(simulation, simulation.startingParameters) == 3) // window 1..30
        #expect(simulation.startingParameters.changed(from: simulation.ruleset) == ["window"])
    }

    @Test(arguments: [
        ("window=14", 14.0, 2.0),   // 17..30
        ("window = 11", 11.0, 2.0), // 20..30
        ("window=10", 10.0, 1.0),   // 21..30
        ("window=2w", 14.0, 2.0),
        ("window=30d", 30.0, 3.0),
    ])
    func anAssignmentApplies(assignment: String, value: Double, count: Double) throws {
        let simulation = try Self.simulation()
        let parameters = try simulation.startingParameters.applying(assignment: assignment, in: simulation.ruleset)
        #expect(parameters[0] == value)
        #expect(Self.count(simulation, parameters) == count)
    }

    @Test func anAssignmentOverridesTheScenarioOverride() throws {
        let simulation = try Self.simulation(parameters: "{window: 30}")
        let parameters = try simulation.startingParameters.applying(assignment: "window=11", in: simulation.ruleset)
        #expect(Self.count(simulation, parameters) == 2)
    }

    @Test(arguments: ["window=200", "window=0", "window=-3", "window=91"])
    func anAssignmentOutOfRangeIsAnError(assignment: String) throws {
        let simulation = try Self.simulation()
        #expect {
            _ = try simulation.startingParameters.applying(assignment: assignment, in: simulation.ruleset)
        } throws: { error in
            guard let error = error as? ParameterValues.OverrideError else { return false }
            return error.message.render(.en).contains("outside the allowed range [1, 90]")
                && error.message.render(.fr).contains("[1, 90]")
        }
    }

    @Test func theRangeBoundsThemselvesAreAccepted() throws {
        let simulation = try Self.simulation()
        #expect(try simulation.startingParameters.applying(assignment: "window=1", in: simulation.ruleset)[0] == 1)
        #expect(try simulation.startingParameters.applying(assignment: "window=90", in: simulation.ruleset)[0] == 90)
    }

    @Test(arguments: [
        ("windw=10", "unknown parameter 'windw' — did you mean 'window'?"),
        ("seuill=2", "unknown parameter 'seuill' — did you mean 'seuil'?"),
        ("window=abc", "window: 'abc' is not a number"),
        ("window", "'window': write NAME=VALUE, e.g. window=21"),
    ])
    func aBadAssignmentSaysWhy(assignment: String, message: String) throws {
        let simulation = try Self.simulation()
        do {
            _ = try simulation.startingParameters.applying(assignment: assignment, in: simulation.ruleset)
            Issue.record("\(assignment) was accepted")
        } catch {
            #expect(error.message.render(.en) == message)
            #expect(!error.message.render(.fr).isEmpty)
            #expect(error.message.render(.fr) != message)
        }
    }

    @Test func aScenarioOverrideOutOfRangeIsADiagnostic() throws {
        let scenario = Fixture.scenario(parameters: "{window: 200}", people: [Fixture.Person("c")])
        let report = try Fixture.load(ruleset: Fixture.ruleset(scores: Fixture.score("s", "count(login, window)")), scenario: scenario)
        #expect(report.simulation == nil)
        let error = try #require(report.diagnostics.errors.first)
        #expect(report.diagnostics.errors.count == 1)
        #expect(error.english == "window = 200 is outside the allowed range [1, 90]")
        // Line 7 is `parameters: {window: 200}`: `window` starts in column 14.
        #expect(error.line == 7)
        #expect(error.column == 14)
        #expect(error.file == "bundled:\(Fixture.scenarioName).yaml")
    }

    @Test func anUnknownScenarioOverrideSuggestsTheCloseName() throws {
        let scenario = Fixture.scenario(parameters: "{windows: 20}", people: [Fixture.Person("c")])
        let report = try Fixture.load(ruleset: Fixture.ruleset(scores: Fixture.score("s", "count(login, window)")), scenario: scenario)
        #expect(report.simulation == nil)
        #expect(report.diagnostics.errors.map(\.english) == ["unknown parameter 'windows' — did you mean 'window'?"])
        #expect(report.diagnostics.errors.first?.line == 7)
        #expect(report.diagnostics.errors.first?.column == 14)
    }
}
