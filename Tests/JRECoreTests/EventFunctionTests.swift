import Testing
@testable import JRECore

/// The event functions at the edges of their window: today = 30, `window` = 7 holds days 24 to 30.
@Suite struct EventFunctionTests {
    static func logins(_ days: [Int]) -> [String] { days.map { "{day: \($0), type: login}" } }

    @Test(arguments: [
        ([30], 1.0),   // today counts
        ([24], 1.0),   // 30 - 7 + 1: the first day of the window
        ([23], 0.0),   // one day too early
        ([31], 0.0),   // the future is invisible
        ([23, 24, 30, 31], 2.0),
        ([24, 24, 24], 3.0), // several events on one day each count
        ([], 0.0),
    ])
    func countInAWindowOfSevenDaysOnDayThirty(days: [Int], expected: Double) throws {
        #expect(try Fixture.value("count(login, window)", on: 30, events: Self.logins(days)) == expected)
        #expect(try Fixture.value("count(login, 7)", on: 30, events: Self.logins(days)) == expected)
        #expect(try Fixture.value("count(login, 1w)", on: 30, events: Self.logins(days)) == expected)
    }

    @Test func countWithoutWindowTakesEverythingUpToToday() throws {
        let events = Self.logins([1, 23, 30, 31, 59])
        #expect(try Fixture.value("count(login)", on: 30, events: events) == 3)
        #expect(try Fixture.value("count(login)", on: 1, events: events) == 1)
        #expect(try Fixture.value("count(login)", on: 60, events: events) == 5)
    }

    @Test func aOneDayWindowHoldsOnlyToday() throws {
        #expect(try Fixture.value("count(login, 1)", on: 30, events: Self.logins([29, 30])) == 1)
        #expect(try Fixture.value("count(login, 1d)", on: 30, events: Self.logins([29])) == 0)
    }

    @Test func aWindowLongerThanTheRunSoFarHoldsEverySinceDayOne() throws {
        #expect(try Fixture.value("count(login, 90)", on: 30, events: Self.logins([1, 2, 30, 31])) == 3)
    }

    static let responses = [
        "{day: 23, type: response, outcome: refus}",
        "{day: 25, type: response, outcome: refus}",
        "{day: 26, type: response, outcome: entretien}",
        "{day: 27, type: response}",
        "{day: 28, type: response, outcome: 'refus'}",
        "{day: 31, type: response, outcome: refus}",
    ]

    @Test(arguments: [
        ("count(response[outcome = 'refus'], window)", 2.0),
        ("count(response[outcome = \"refus\"], window)", 2.0),
        ("count(response[outcome = 'refus'])", 3.0),
        ("count(response[outcome != 'refus'], window)", 1.0), // the event without outcome matches neither
        ("count(response[outcome = 'refus' or outcome = 'entretien'], window)", 3.0),
        ("count(response[not (outcome = 'refus')], window)", 1.0),
        ("count(response, window)", 4.0),
        ("count(response[has(outcome)], window)", 3.0),
        ("count(response[not has(outcome)], window)", 1.0),
    ])
    func countWithAFilter(expression: String, expected: Double) throws {
        #expect(try Fixture.value(expression, on: 30, events: Self.responses) == expected)
    }

    @Test func aFilterOnAnEventWithoutTheAttributeDoesNotMatch() throws {
        let events = ["{day: 5, type: response}", "{day: 6, type: response, employer: x}"]
        #expect(try Fixture.value("count(response[outcome = 'refus'])", on: 30, events: events) == 0)
        #expect(try Fixture.value("count(response[outcome != 'refus'])", on: 30, events: events) == 0)
        #expect(try Fixture.value("count(response)", on: 30, events: events) == 2)
    }

    @Test func filtersCompareBooleansAndNumbers() throws {
        let appointments = [
            "{day: 10, type: appointment, attended: true}",
            "{day: 11, type: appointment, attended: false}",
            "{day: 12, type: appointment}",
        ]
        #expect(try Fixture.value("count(appointment[attended = true])", on: 30, events: appointments) == 1)
        #expect(try Fixture.value("count(appointment[attended = false])", on: 30, events: appointments) == 1)
        let applications = [
            "{day: 10, type: application, hours: 5}",
            "{day: 11, type: application, hours: 10}",
            "{day: 12, type: application, hours: 20}",
            "{day: 13, type: application}",
        ]
        #expect(try Fixture.value("count(application[hours >= 10])", on: 30, events: applications) == 2)
        #expect(try Fixture.value("count(application[hours < 10])", on: 30, events: applications) == 1)
    }

    static let romes = [
        "{day: 10, type: application, rome: E}",
        "{day: 20, type: application, rome: A}",
        "{day: 24, type: application, rome: A}",
        "{day: 25, type: application, rome: B}",
        "{day: 26, type: application, rome: B}",
        "{day: 27, type: application}",
        "{day: 30, type: application, rome: C}",
        "{day: 31, type: application, rome: D}",
    ]

    @Test func distinctCountsDifferentValuesInTheWindow() throws {
        #expect(try Fixture.value("distinct(application.rome, window)", on: 30, events: Self.romes) == 3) // A B C
        #expect(try Fixture.value("distinct(application.rome)", on: 30, events: Self.romes) == 4)         // E A B C
    }

    @Test func distinctOnDayThirtyOne() throws {
        // Window 25..31: B (25, 26), C (30), D (31).
        #expect(try Fixture.value("distinct(application.rome, window)", on: 31, events: Self.romes) == 3)
    }

    @Test func distinctWithoutEventsIsZero() throws {
        #expect(try Fixture.value("distinct(application.rome, window)", on: 30) == 0)
    }

    @Test(arguments: [
        ([30], 0.0),
        ([24], 6.0),
        ([2, 12, 29], 1.0),
        ([1], 29.0),
    ])
    func daysSinceTheLatestEvent(days: [Int], expected: Double) throws {
        #expect(try Fixture.value("days_since(login)", on: 30, events: Self.logins(days)) == expected)
    }

    @Test(arguments: [[Int](), [31], [45, 59]])
    func daysSinceIsNeverWithoutAPastEvent(days: [Int]) throws {
        #expect(try Fixture.value("days_since(login)", on: 30, events: Self.logins(days)) == .infinity)
        #expect(try Fixture.holds("days_since(login) > 1000", on: 30, events: Self.logins(days)))
        #expect(try Fixture.holds("days_since(login) = never", on: 30, events: Self.logins(days)))
        #expect(try Fixture.holds("days_since(login) < 1000000", on: 30, events: Self.logins(days)) == false)
    }

    @Test func daysSinceWithAFilter() throws {
        #expect(try Fixture.value("days_since(response[outcome = 'refus'])", on: 30, events: Self.responses) == 2)  // day 28
        #expect(try Fixture.value("days_since(response[outcome = 'entretien'])", on: 30, events: Self.responses) == 4)
        #expect(try Fixture.value("days_since(response[outcome = 'embauche'])", on: 30, events: Self.responses) == .infinity)
    }

    static let moods = [
        "{day: 23, type: mood, value: 1}",
        "{day: 24, type: mood, value: 4}",
        "{day: 27, type: mood, value: 2}",
        "{day: 30, type: mood, value: 3}",
        "{day: 31, type: mood, value: 5}",
    ]

    @Test(arguments: [
        ("last(mood.value, window)", 30, 3.0),
        ("sum(mood.value, window)", 30, 9.0),
        ("highest(mood.value, window)", 30, 4.0),
        ("lowest(mood.value, window)", 30, 2.0),
        ("last(mood.value)", 30, 3.0),
        ("sum(mood.value)", 30, 10.0),
        ("lowest(mood.value)", 30, 1.0),
        ("highest(mood.value)", 30, 4.0),
        // On day 29 the window is 23..29: day 23 is in, day 30 is not yet.
        ("last(mood.value, window)", 29, 2.0),
        ("sum(mood.value, window)", 29, 7.0),
        ("lowest(mood.value, window)", 29, 1.0),
        ("highest(mood.value, window)", 31, 5.0),
    ])
    func attributeFunctionsAtTheWindowEdges(expression: String, day: Int, expected: Double) throws {
        #expect(try Fixture.value(expression, on: day, events: Self.moods) == expected)
    }

    @Test func attributeFunctionsWithNothingInTheWindow() throws {
        let events = ["{day: 5, type: mood, value: 4}"]
        #expect(try Fixture.value("last(mood.value, window)", on: 30, events: events) == .infinity)
        #expect(try Fixture.value("sum(mood.value, window)", on: 30, events: events) == 0)
        #expect(try Fixture.value("last(mood.value, window)", on: 5, events: events) == 4)
    }

    @Test func lastSkipsEventsWithoutTheAttribute() throws {
        let events = ["{day: 27, type: mood, value: 2}", "{day: 30, type: mood}"]
        #expect(try Fixture.value("last(mood.value, window)", on: 30, events: events) == 2)
        #expect(try Fixture.value("sum(mood.value, window)", on: 30, events: events) == 2)
    }

    @Test func eventsOnTheSameDayKeepFileOrderForLast() throws {
        let events = ["{day: 30, type: mood, value: 2}", "{day: 30, type: mood, value: 5}", "{day: 12, type: mood, value: 1}"]
        #expect(try Fixture.value("last(mood.value)", on: 30, events: events) == 5)
    }

    // MARK: never

    @Test(arguments: [
        "days_since(login) > 1000000",
        "days_since(login) >= 0",
        "never > 999999999",
        "never = never",
        "days_since(login) + 1 = never",
        "days_since(login) - 1000 > 1000",
        "2 * days_since(login) = never",
        "days_since(login) / 2 = never",
        "max(days_since(login), 5) = never",
        "min(days_since(login), 5) = 5",
        "not (days_since(login) < 100)",
    ])
    func neverIsGreaterThanEveryNumberAndContagious(condition: String) throws {
        #expect(try Fixture.holds(condition, on: 30))
    }

    @Test func neverInArithmeticStaysNever() throws {
        #expect(try Fixture.value("days_since(login) + 5", on: 30) == .infinity)
        #expect(try Fixture.value("days_since(login) - 5", on: 30) == .infinity)
        #expect(try Fixture.value("days_since(login) * 0", on: 30) == .infinity)
        #expect(try Fixture.value("min(days_since(login), days_since(response))", on: 30) == .infinity)
    }
}
