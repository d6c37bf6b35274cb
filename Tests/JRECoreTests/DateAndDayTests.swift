import Testing
@testable import JRECore

/// Events and profile dates written as `day:` or as `date:` mean the same thing.
@Suite struct DateAndDayTests {
    // Day 1 is 2024-03-04 (a Monday); March has 31 days, April 30, 2024 is a leap year.
    static let pairs: [(day: Int, date: String)] = [
        (1, "2024-03-04"), (10, "2024-03-13"), (28, "2024-03-31"), (29, "2024-04-01"),
        (30, "2024-04-02"), (45, "2024-04-17"), (60, "2024-05-02"),
    ]

    static let ruleset = Fixture.ruleset(scores:
        Fixture.score("connexions", "count(login, window)")
        + Fixture.score("total", "count(application)")
        + Fixture.score("depuis", "days_since(login)")
        + Fixture.score("metiers", "distinct(application.rome, 30)")
        + Fixture.score("inscrit", "days_registered"))

    static func scenario(useDates: Bool) -> String {
        var events: [String] = []
        for (index, pair) in pairs.enumerated() {
            let when = useDates ? "date: \(pair.date)" : "day: \(pair.day)"
            events.append("{\(when), type: login}")
            events.append("{\(when), type: application, rome: R\(index % 3)}")
        }
        // 2024-02-03 is 30 days before 2024-03-04, so it is day -29.
        let profile = useDates ? "{registered: 2024-02-03}" : "{registered: -29}"
        return Fixture.scenario(days: 60, people: [Fixture.Person("c", profile: profile, events: events)])
    }

    @Test func datesAndDaysGiveTheSameResultsEveryDay() throws {
        let byDay = try Fixture.simulation(ruleset: Self.ruleset, scenario: Self.scenario(useDates: false))
        let byDate = try Fixture.simulation(ruleset: Self.ruleset, scenario: Self.scenario(useDates: true))
        #expect(byDate.scenario.claimants[0].events.map(\.day) == byDay.scenario.claimants[0].events.map(\.day))
        for day in 1...60 {
            let a = byDay.evaluate(day: day, parameters: byDay.startingParameters)
            let b = byDate.evaluate(day: day, parameters: byDate.startingParameters)
            #expect(a == b, "day \(day)")
        }
    }

    @Test func theDatesMapToTheExpectedDays() throws {
        let byDate = try Fixture.simulation(ruleset: Self.ruleset, scenario: Self.scenario(useDates: true))
        let logins = byDate.scenario.claimants[0].events.filter { $0.type == "login" }.map(\.day)
        #expect(logins == Self.pairs.map(\.day))
        let day30 = byDate.evaluate(day: 30, parameters: byDate.startingParameters)[0]
        // Day 30: logins on 28, 29, 30 in the 7-day window; applications on 1, 10, 28, 29, 30;
        // last login today; ROME codes R0..R2 all present over 30 days; registered 59 days ago.
        #expect(day30.scoreValues == [3, 5, 0, 3, 59])
        #expect(byDate.scenario.date(ofDay: 30).description == "2024-04-02")
        #expect(byDate.scenario.day(of: CivilDate(iso: "2024-05-02")!) == 60)
    }

    @Test func eventsMayBeListedInAnyOrder() throws {
        let ordered = try Fixture.single("days_since(login)", events: ["{day: 3, type: login}", "{date: 2024-03-10, type: login}"])
        let shuffled = try Fixture.single("days_since(login)", events: ["{date: 2024-03-10, type: login}", "{day: 3, type: login}"])
        for day in [2, 3, 6, 7, 20] {
            #expect(ordered.evaluate(day: day, parameters: ordered.startingParameters) == shuffled.evaluate(day: day, parameters: shuffled.startingParameters))
        }
        #expect(shuffled.evaluate(day: 20, parameters: shuffled.startingParameters)[0].scoreValues == [13]) // 2024-03-10 is day 7
    }
}
