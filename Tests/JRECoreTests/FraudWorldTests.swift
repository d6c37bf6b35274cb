import Testing
@testable import JRECore
@testable import JREPopulation

/// The synthetic fraud world (`docs/population-model.md` § 1.5): deterministic, a hidden truth
/// independent of nationality, targeted past controls that over-control the proxies, and labels
/// only for the controlled.
@Suite struct FraudWorldTests {
    static let size = 100_000
    static let targeted = FraudWorld.profiles(SyntheticPopulation(size: size, seed: 17, days: 182))
    static let random = FraudWorld.profiles(SyntheticPopulation(size: size, seed: 17, days: 182, history: .random))

    /// The share of `members` for which `predicate` holds, and its standard error.
    static func share(_ members: [WorldProfile], _ predicate: (WorldProfile) -> Bool) -> (value: Double, error: Double) {
        let n = Double(max(1, members.count))
        let p = Double(members.filter(predicate).count) / n
        return (p, (p * (1 - p) / n).squareRoot())
    }

    @Test func theSameSeedGivesTheSameWorld() {
        let population = SyntheticPopulation(size: 3_000, seed: 17, days: 182)
        #expect(FraudWorld.profiles(population) == Array(Self.targeted.prefix(3_000)))
        #expect(FraudWorld.profile(population, index: 2_500) == Self.targeted[2_500])
        let other = FraudWorld.profiles(SyntheticPopulation(size: 3_000, seed: 18, days: 182))
        #expect(other != Array(Self.targeted.prefix(3_000)))
    }

    @Test func fraudIsRareAndOfTheThreeKinds() {
        let fraud = Self.share(Self.targeted) { $0.fraud != .none }
        #expect(abs(fraud.value - 0.01) < 4 * fraud.error, "\(fraud)")
        for kind in FraudKind.allCases where kind != .none {
            #expect(Self.targeted.contains { $0.fraud == kind }, "\(kind)")
        }
    }

    @Test func theHiddenTruthIsIndependentOfNationality() {
        let overall = Self.share(Self.targeted) { $0.fraud != .none }.value
        for nationality in 0..<3 {
            let group = Self.targeted.filter { $0.nationality == nationality }
            let rate = Self.share(group) { $0.fraud != .none }
            // Within four standard errors of the overall rate (computed as if the group had it).
            let error = (overall * (1 - overall) / Double(group.count)).squareRoot()
            #expect(abs(rate.value - overall) < 4 * error, "nationality \(nationality): \(rate.value) vs \(overall) (n = \(group.count))")
        }
    }

    @Test func nationalityIsNotTheHiddenTruthButItsProxiesFollowNationality() {
        // Honest people only: a bank account and logins abroad are far more common outside France's nationals.
        let honest = Self.targeted.filter { $0.fraud == .none }
        let french = honest.filter { $0.nationality == 0 }, outside = honest.filter { $0.nationality == 2 }
        #expect(Self.share(outside, \.bankAbroad).value > 4 * Self.share(french, \.bankAbroad).value)
        #expect(Self.share(outside) { $0.loginsAbroad > 0 }.value > 1.5 * Self.share(french) { $0.loginsAbroad > 0 }.value)
    }

    @Test func theFraudsLeaveWeakRealSignals() {
        let fictitious = Self.targeted.filter { $0.fraud == .fictitiousWork }
        let theft = Self.targeted.filter { $0.fraud == .identityTheft }
        let honest = Self.targeted.filter { $0.fraud == .none }
        #expect(Self.share(fictitious) { $0.contractDays <= 120 }.value > 0.99)
        #expect(Self.share(fictitious, \.employerStruckOff).value > 5 * Self.share(honest, \.employerStruckOff).value)
        #expect(Self.share(theft) { $0.loginsAbroad > 0 }.value > 2 * Self.share(honest) { $0.loginsAbroad > 0 }.value)
        #expect(Self.share(theft, \.bankChanged).value > 5 * Self.share(honest, \.bankChanged).value)
    }

    @Test func undeclaredWorkGoesWithFewerLoginsAndApplications() throws {
        let population = SyntheticPopulation(size: 40_000, seed: 23, days: 182)
        let drawer = ClaimantDrawer(population)
        let events = ClaimantEvents(layout: EventLayout.all(GeneratedVocabulary.types))
        var honest: [Double] = [], undeclared: [Double] = []
        for index in 0..<population.size {
            let profile = drawer.draw(index, into: events)
            let traces = Double(events.count(GeneratedType.login) + events.count(GeneratedType.application))
            if profile.world.fraud == .undeclaredWork { undeclared.append(traces) } else if profile.world.fraud == .none { honest.append(traces) }
        }
        let mean = { (values: [Double]) in values.reduce(0, +) / Double(max(1, values.count)) }
        try #require(undeclared.count > 100)
        #expect(mean(undeclared) < 0.9 * mean(honest), "\(mean(undeclared)) vs \(mean(honest))")
        #expect(mean(undeclared) > 0.5 * mean(honest), "a weak signal, not a giveaway")
    }

    @Test func targetedHistoryOverControlsTheProxies() {
        let controlled = { (world: WorldProfile) in world.control.controlled }
        let all = (Self.share(Self.targeted, controlled), Self.share(Self.random, controlled))
        // The same number of controls (within sampling error), about 5 %.
        #expect(abs(all.0.value - all.1.value) < 4 * (all.0.error + all.1.error), "\(all)")
        #expect(abs(all.1.value - 0.05) < 4 * all.1.error)
        for proxy in [{ (world: WorldProfile) in world.bankAbroad }, { $0.loginsAbroad > 0 }] {
            let targeted = Self.share(Self.targeted.filter(proxy), controlled).value
            let random = Self.share(Self.random.filter(proxy), controlled).value
            #expect(targeted > 1.5 * random, "\(targeted) vs \(random)")
        }
        // Under random controls, the proxies are controlled at the common rate.
        let bank = Self.share(Self.random.filter(\.bankAbroad), controlled)
        #expect(abs(bank.value - all.1.value) < 4 * bank.error)
        // So the nationalities without a French passport are over-controlled by the targeted history only.
        let outside = Self.share(Self.targeted.filter { $0.nationality == 2 }, controlled).value
        let french = Self.share(Self.targeted.filter { $0.nationality == 0 }, controlled).value
        #expect(outside > 1.3 * french, "\(outside) vs \(french)")
    }

    @Test func labelsExistOnlyForTheControlled() {
        for world in Self.targeted + Self.random {
            #expect((world.control.label != nil) == world.control.controlled)
            if world.control.fraudFound { #expect(world.control.controlled) }
            if !world.control.controlled { #expect(world.control == .none) }
        }
        // Random controls conclude only to the frauds that are there.
        #expect(!Self.random.contains { $0.control.fraudFound && $0.fraud == .none })
        // A control misses some frauds.
        let frauds = Self.targeted.filter { $0.fraud != .none && $0.control.controlled }
        #expect(frauds.contains { !$0.control.fraudFound })
        #expect(frauds.contains { $0.control.fraudFound })
    }

    /// A control opened by the earlier rules checks what they pointed at, and sometimes concludes to a
    /// fraud that is not there: an honest person's « fraude constatée » follows the rules, not the truth.
    @Test func targetedControlsConcludeToFraudsThatAreNotThereWhereTheRulesPointed() {
        let honest = Self.targeted.filter { $0.fraud == .none && $0.control.controlled }
        let concluded = honest.filter(\.control.fraudFound)
        #expect(concluded.count > 50, "\(concluded.count) of \(honest.count)")
        // Only people some earlier rule pointed at.
        #expect(concluded.allSatisfy { WorldDrawer.targetWeight($0) > 1 })
        // A bank account abroad: a conclusion of fraud several times as often as among honest people no rule points at.
        let found = { (world: WorldProfile) in world.control.fraudFound }
        let bank = Self.share(honest.filter(\.bankAbroad), found).value
        let none = Self.share(honest.filter { WorldDrawer.targetWeight($0) == 1 }, found).value
        #expect(bank > 0.05 && none == 0, "\(bank) vs \(none)")
        // The frauds found per control: higher where the rules pointed, under the targeted history only.
        let all = Self.targeted.filter { $0.control.controlled }, allRandom = Self.random.filter { $0.control.controlled }
        let withBank = Self.share(all.filter(\.bankAbroad), found), withoutBank = Self.share(all.filter { !$0.bankAbroad }, found)
        #expect(withBank.value > 2 * withoutBank.value, "\(withBank) vs \(withoutBank)")
        let randomBank = Self.share(allRandom.filter(\.bankAbroad), found), randomOther = Self.share(allRandom.filter { !$0.bankAbroad }, found)
        #expect(abs(randomBank.value - randomOther.value) < 4 * (randomBank.error + randomOther.error), "\(randomBank) vs \(randomOther)")
    }

    @Test func theHistoryModeChangesOnlyWhoWasControlled() {
        for (targeted, random) in zip(Self.targeted, Self.random) {
            var same = random
            same.control = targeted.control
            #expect(same == targeted)
        }
    }
}
