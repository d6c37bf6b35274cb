import Foundation
import Testing
@testable import JRECore
@testable import JREPopulation
import JREBundledScenarios
import JREText

/// What population reports show: shares, ratios to a reference group flagged outside 0.8–1.25,
/// false-alert rates, projections to 5.49 million people and per advisor, in three formats.
@Suite struct PopulationReportTests {
    static let population = SyntheticPopulation(size: 6_000, seed: 31, days: 182)

    static func report(references: [String: String] = [:], set: [String] = []) throws -> PopulationReport {
        let input = PopulationInput.synthetic(population)
        let library = ScenarioLibrary(bundled: BundledScenarios.files)
        let rules = try #require(PopulationRules.load("jre-standard", library: library, for: input, lang: .fr).0)
        var parameters = ParameterValues(defaultsOf: rules.ruleset)
        for assignment in set { parameters = try parameters.applying(assignment: assignment, in: rules.ruleset) }
        let outcome = try PopulationRun.evaluate(input, rules: rules, day: 182, parameters: parameters, groupBy: input.defaultGroupings)
        return PopulationReport(origin: .synthetic(population), rules: rules, day: 182, days: 182, parameters: parameters,
                                outcome: outcome, references: references)
    }

    @Test func groupsAreComparedWithTheirReference() throws {
        let report = try Self.report()
        let access = try #require(report.groups.first { $0.attribute == "acces_numerique" })
        #expect(access.reference == "fiable")
        let reference = try #require(access.lines.first { $0.isReference })
        #expect(reference.ratio == 1)
        let offline = try #require(access.lines.first { $0.value == "non_fiable" })
        let expected = Double(offline.flagged.count) / Double(offline.claimants) / (Double(reference.flagged.count) / Double(reference.claimants))
        #expect(abs((offline.ratio ?? 0) - expected) < 1e-12)
        #expect(offline.ratioOutsideTolerance == !(0.8...1.25).contains(expected))
        // People without reliable internet are flagged more: the four-fifths tolerance is exceeded.
        #expect(offline.ratioOutsideTolerance)
        let situations = try #require(report.groups.first { $0.attribute == "situation" })
        #expect(situations.lines.map(\.claimants).reduce(0, +) == Self.population.size)
        // False alerts exist only for people whose true situation is an active search.
        #expect(situations.lines.filter { $0.falseAlerts != nil }.map(\.value).sorted() == ["active_offline", "active_online"])
    }

    @Test func aChosenReferenceGroupIsUsed() throws {
        let report = try Self.report(references: ["acces_numerique": "non_fiable"])
        let access = try #require(report.groups.first { $0.attribute == "acces_numerique" })
        #expect(access.reference == "non_fiable")
        #expect(access.lines.first { $0.value == "non_fiable" }?.ratio == 1)
    }

    @Test func projectionsScaleSharesToFranceAndToCaseloads() throws {
        let report = try Self.report()
        let share = try #require(report.flagged.share)
        #expect(PopulationReport.national(report.flagged) == share * 5_490_000)
        #expect(report.flaggedPerAdvisor == [share * 150, share * 400])
        let onsets = Double(report.tally.alertOnsets.reduce(0, +)) / Double(report.tally.claimants)
        #expect(report.newAlertsPerAdvisorWeek == [onsets * 150, onsets * 400])
        #expect(report.tally.alertOnsets.indices.allSatisfy { report.tally.alertOnsets[$0] <= report.tally.alertCounts[$0] })
    }

    @Test func textJSONAndCSVCarryTheSameCounts() throws {
        let report = try Self.report(set: ["window=21"])
        let french = report.text(.fr)
        #expect(french.contains("Population synthétique : 6\u{202F}000 demandeurs fictifs"))
        #expect(french.contains("Fenêtre d'observation = 21 (30)"), "by its label, not its id")
        #expect(french.contains("Par groupe : Accès numérique (référence : fiable)"))
        #expect(french.contains("quatre cinquièmes"))
        #expect(report.text(.en).contains("By group: Digital access (reference: reliable)"))
        #expect(!report.text(.en, glyphs: .ascii).contains("█"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(.en).utf8)) as? [String: Any])
        #expect((json["any_alert"] as? [String: Any])?["count"] as? Int == report.tally.flagged)
        let alerts = try #require(json["alerts"] as? [[String: Any]])
        #expect(alerts.compactMap { $0["count"] as? Int } == report.tally.alertCounts)
        let csv = report.csv(.en).split(separator: "\n")
        #expect(csv.first == "section,attribute,group,item,measure,value")
        #expect(csv.contains("alerts,,,any,count,\(report.tally.flagged)"))
        #expect(csv.contains { $0.hasPrefix("groups,acces_numerique,non_fiable,any,outside_tolerance,1") })
    }

    @Test func theProgressLineShowsAnEstimate() {
        let line = ProgressLine.render(fraction: 0.5, elapsed: .seconds(4), width: 80, lang: .en, glyphs: .ascii)
        #expect(line.hasPrefix("[####"))
        #expect(line.contains(" 50 %"))
        #expect(line.contains("~4 s left"))
        #expect(ProgressLine.render(fraction: 1, elapsed: .seconds(75), width: 80, lang: .fr, glyphs: .unicode).contains("terminé en 1 min 15 s"))
    }
}
