import JRETestSupport
import Testing
@testable import JRECore
@testable import JREPopulation

/// The synthetic population follows the brief's figures: shares measured on 40,000 drawn claimants
/// (slow: every claimant drawn in a debug build).
@Suite(.tags(.slow)) struct PopulationGeneratorSlowTests {
    static let population = SyntheticPopulation(size: 40_000, seed: 11, days: 182)

    static func profiles(_ population: SyntheticPopulation) -> (profiles: [SyntheticProfile], events: Int) {
        let drawer = ClaimantDrawer(seed: population.seed, days: population.days)
        let events = ClaimantEvents(layout: EventLayout.all(GeneratedVocabulary.types))
        var total = 0
        let profiles = (0..<population.size).map { index -> SyntheticProfile in
            let profile = drawer.draw(index, into: events)
            total += events.eventCount
            return profile
        }
        return (profiles, total)
    }

    @Test func groupsFollowTheBriefsFigures() {
        let (profiles, events) = Self.profiles(Self.population)
        let count = Double(profiles.count)
        func share(_ predicate: (SyntheticProfile) -> Bool, among group: (SyntheticProfile) -> Bool = { _ in true }) -> Double {
            let members = profiles.filter(group)
            return Double(members.filter(predicate).count) / Double(max(1, members.count))
        }
        let offline = { (profile: SyntheticProfile) in profile.access == 1 }
        // About 15 % without reliable internet; about 20 % of the poorest 40 %, 3 % of the richest 20 %.
        #expect(abs(share(offline) - 0.15) < 0.01)
        #expect(abs(share(offline, among: { $0.income == 0 }) - 0.20) < 0.015)
        #expect(abs(share(offline, among: { $0.income == 2 }) - 0.03) < 0.01)
        #expect(abs(share({ $0.income == 0 }) - 0.40) < 0.01)
        // 43.6 % registered for a year or more at the end of the run.
        #expect(abs(share({ Self.population.days - $0.registered >= 365 }) - 0.436) < 0.01)
        #expect(share({ $0.seniority == 1 }) == share({ Self.population.days - $0.registered >= 365 }))
        // About a hundred events each over 182 days.
        #expect((80...120).contains(Double(events) / count))
        // Every hidden situation occurs; people without reliable internet mostly search offline.
        // (`fraud` is the fraud world's, drawn apart from the situations: see FraudWorld.)
        for situation in TrueSituation.allCases where situation != .other && situation != .fraud {
            #expect(profiles.contains { $0.situation == situation }, "no \(situation)")
        }
        #expect(share({ $0.situation == .activeOffline }, among: offline) > share({ $0.situation == .activeOnline }, among: offline))
        #expect(share({ $0.situation == .caring }, among: { $0.carer }) > 3 * share({ $0.situation == .caring }, among: { !$0.carer }))
    }
}
