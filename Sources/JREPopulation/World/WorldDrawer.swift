/// Draws one claimant's part of the fraud world, after the rest of the claimant, from a random
/// stream of its own (``PopulationRandom/init(worldOf:index:)``): the hidden fraud, the profile
/// attributes the article lists, the country of each login, the advisor's reports, and the control
/// history. Every figure is in ``FraudModel``.
///
/// Nothing drawn here changes a draw of the rest of the population: the situations, events and
/// figures of `jre-standard` are those of the population without the world.
final class WorldDrawer {
    let seed: UInt64
    let days: Int
    let history: ControlHistoryMode
    private let exponential = GeneratedCodes.shared.exponential
    private let nationalityWeights = ClaimantDrawer.cumulative(FraudModel.nationalityShares)
    private let contractEndWeights = ClaimantDrawer.cumulative(FraudModel.contractEndShares)
    private let contractEndPoorWeights = ClaimantDrawer.cumulative(zip(FraudModel.contractEndShares, FraudModel.contractEndPoorFactors).map { $0 * $1 })
    private let fictitiousEndWeights = ClaimantDrawer.cumulative(FraudModel.fictitiousContractEndShares)
    private let sectorWeights = ClaimantDrawer.cumulative(FraudModel.sectorShares)
    private let fictitiousSectorWeights = ClaimantDrawer.cumulative(FraudModel.fictitiousSectorShares)
    private let france = GeneratedCells.france, abroad = GeneratedCells.abroad
    /// The stays abroad of the claimant being drawn: first and last day, share of logins from there.
    private var stays: [(start: Int, end: Int, share: Double)] = []

    init(seed: UInt64, days: Int, history: ControlHistoryMode) {
        self.seed = seed
        self.days = days
        self.history = history
        stays.reserveCapacity(4)
    }

    /// Fills `profile.world`, sets the country of each login of `events` (when its layout keeps it) and
    /// appends the advisor's reports. `firstDay` is the claimant's first day in the run (after `days`:
    /// no events).
    func draw(_ index: Int, profile: inout SyntheticProfile, firstDay: Int, into events: ClaimantEvents) {
        var random = PopulationRandom(worldOf: seed, index: index)
        var world = WorldProfile()
        world.fraud = drawFraud(intensity: profile.intensity, &random)
        drawAttributes(&world, profile: profile, &random)
        if firstDay <= days {
            drawLogins(&world, profile: profile, firstDay: firstDay, into: events, &random)
            drawReports(&world, profile: profile, firstDay: firstDay, into: events, &random)
        }
        world.control = drawControl(world, firstDay: firstDay, &random)
        profile.world = world
    }

    // MARK: The hidden truth

    private func drawFraud(intensity: Double, _ random: inout PopulationRandom) -> FraudKind {
        let draw = random.unit()
        let fictitious = FraudModel.fictitiousShare, theft = FraudModel.identityTheftShare
        let undeclared = FraudModel.undeclaredWorkShare * FraudModel.undeclaredWorkWeight(intensity: intensity)
        if draw < fictitious { return .fictitiousWork }
        if draw < fictitious + theft { return .identityTheft }
        if draw < fictitious + theft + undeclared { return .undeclaredWork }
        return .none
    }

    // MARK: Profile

    private func drawAttributes(_ world: inout WorldProfile, profile: SyntheticProfile, _ random: inout PopulationRandom) {
        world.nationality = random.pick(nationalityWeights)
        let fictitious = world.fraud == .fictitiousWork, theft = world.fraud == .identityTheft
        world.bankAbroad = random.chance(theft ? FraudModel.identityTheftBankAbroad : FraudModel.bankAbroadByNationality[world.nationality])
        world.bankChanged = random.chance(theft ? FraudModel.identityTheftBankChanged : FraudModel.bankChangedHonest)
        if fictitious {
            world.contractEnd = random.pick(fictitiousEndWeights)
            world.contractDays = random.within(FraudModel.fictitiousContractDays)
        } else {
            world.contractEnd = random.pick(profile.income == 0 ? contractEndPoorWeights : contractEndWeights)
            world.contractDays = random.within(FraudModel.contractDays[world.contractEnd])
        }
        world.publicEmployer = random.chance(fictitious ? 0 : FraudModel.publicEmployerShare)
        world.sector = random.pick(fictitious ? fictitiousSectorWeights : sectorWeights)
        world.employerStruckOff = random.chance(fictitious ? FraudModel.fictitiousEmployerStruckOff : FraudModel.employerStruckOffHonest)
        // Rights opened by the last contract (and earlier work), run down while registered.
        let opened = min(FraudModel.rightsMaximum, max(FraudModel.rightsMinimum, world.contractDays + random.below(FraudModel.rightsEarlierWork + 1)))
        world.rightsDays = max(0, opened - (days - profile.registered))
    }

    // MARK: Logins from abroad

    private func drawLogins(_ world: inout WorldProfile, profile: SyntheticProfile, firstDay: Int, into events: ClaimantEvents,
                            _ random: inout PopulationRandom) {
        stays.removeAll(keepingCapacity: true)
        var everywhere = 0.0
        if world.fraud == .identityTheft { everywhere = FraudModel.identityTheftAbroadLogins }
        if random.chance(FraudModel.crossBorderByNationality[world.nationality]) { everywhere = max(everywhere, FraudModel.crossBorderAbroadLogins) }
        func stay(_ chance: Double, _ length: ClosedRange<Int>, share: Double, _ random: inout PopulationRandom) {
            guard random.chance(chance) else { return }
            let start = random.within(firstDay...days), end = min(days, start + random.within(length) - 1)
            stays.append((start, end, share))
        }
        stay(profile.ageBand == 0 ? FraudModel.studiesAbroadUnder26 : 0, FraudModel.studiesDays, share: FraudModel.studiesAbroadLogins, &random)
        stay(FraudModel.familyAbroadByNationality[world.nationality], FraudModel.familyDays, share: FraudModel.stayAbroadLogins, &random)
        stay(FraudModel.holidaysAbroad, FraudModel.holidayDays, share: FraudModel.stayAbroadLogins, &random)

        let logins = GeneratedType.login
        let column = events.layout.column(type: logins, slot: 0)
        let count = events.count(logins), loginDays = events.days(logins)
        let cells = column.map { events.cells($0) }
        if let cells { cells.update(repeating: france, count: count) }
        defer {
            // Nobody abroad: `login[pays = …]` is answered once for all of this claimant's logins.
            if let column, world.loginsAbroad == 0 { events.markUniform(column, cell: france) }
        }
        guard everywhere > 0 || !stays.isEmpty else { return }
        for position in 0..<count {
            let day = Int(loginDays[position])
            var share = everywhere
            for stay in stays where stay.start <= day && day <= stay.end { share = max(share, stay.share) }
            guard share > 0, random.chance(share) else { continue }
            world.loginsAbroad += 1
            cells?[position] = abroad
        }
    }

    // MARK: Advisor reports

    private func drawReports(_ world: inout WorldProfile, profile: SyntheticProfile, firstDay: Int, into events: ClaimantEvents,
                             _ random: inout PopulationRandom) {
        var rate = FraudModel.reportsPerWeek
        if profile.access == 1 { rate *= FraudModel.reportsOfflineFactor }
        if world.fraud != .none { rate *= FraudModel.reportsFraudFactor }
        let meanGap = 7 / rate
        var time = Double(firstDay - 1)
        while true {
            time += random.exponential(exponential) * meanGap
            guard time < Double(days) else { return }
            events.append(type: GeneratedType.report, day: Int32(Int(time) + 1))
            world.reports += 1
        }
    }

    // MARK: Control history

    /// The person's targeting weight under the earlier rules and reports (1 when none applies).
    static func targetWeight(_ world: WorldProfile) -> Double {
        var weight = 1.0
        if world.bankAbroad { weight += FraudModel.targetBankAbroad }
        if world.loginsAbroad > 0 { weight += FraudModel.targetLoginsAbroad }
        if world.contractDays < FraudModel.shortContractDays { weight += FraudModel.targetShortContract }
        if world.reports > 0 { weight += FraudModel.targetReport }
        return weight
    }

    /// Chance of having been controlled: the same for everyone (`random`), or a random share plus
    /// the rest in proportion to the targeting weight (`targeted`), the same number on average.
    static func controlChance(_ world: WorldProfile, history: ControlHistoryMode) -> Double {
        switch history {
        case .random:
            return FraudModel.controlledShare
        case .targeted:
            let random = FraudModel.randomShareOfTargeted
            return min(1, FraudModel.controlledShare * (random + (1 - random) * targetWeight(world) / FraudModel.meanTargetWeight))
        }
    }

    /// Of a controlled person's controls, the share opened by the earlier rules and reports rather
    /// than drawn at random: 0 with `random`; with `targeted`, the rules' part of ``controlChance``.
    static func openedByRulesShare(_ world: WorldProfile, history: ControlHistoryMode) -> Double {
        switch history {
        case .random:
            return 0
        case .targeted:
            let random = FraudModel.randomShareOfTargeted
            let rules = (1 - random) * targetWeight(world) / FraudModel.meanTargetWeight
            return rules / (random + rules)
        }
    }

    /// Chance that a control opened by the earlier rules concludes to a fraud for an honest person:
    /// one chance per rule met (``FraudModel/concludedBankAbroad`` …), combined.
    static func concludedByRules(_ world: WorldProfile) -> Double {
        var cleared = 1.0
        if world.bankAbroad { cleared *= 1 - FraudModel.concludedBankAbroad }
        if world.loginsAbroad > 0 {
            cleared *= 1 - min(FraudModel.concludedLoginsAbroadMaximum, FraudModel.concludedPerLoginAbroad * Double(world.loginsAbroad))
        }
        if world.contractDays < FraudModel.shortContractDays { cleared *= 1 - FraudModel.concludedShortContract }
        if world.reports > 0 { cleared *= 1 - FraudModel.concludedReport }
        return 1 - cleared
    }

    private func drawControl(_ world: WorldProfile, firstDay: Int, _ random: inout PopulationRandom) -> ControlRecord {
        // Five draws whatever happens, so both histories share every other draw.
        let controlled = random.unit() < Self.controlChance(world, history: history)
        let day = random.within(max(1, min(firstDay, days))...days)
        let found = random.chance(FraudModel.detectionRate)
        let byRules = random.chance(Self.openedByRulesShare(world, history: history))
        let concluded = random.chance(Self.concludedByRules(world))
        guard controlled, firstDay <= days else { return .none }
        // A fraud that is there is found (or missed) whatever opened the control; a control opened
        // by the earlier rules may also conclude to one that is not there.
        let fraudFound = (world.fraud != .none && found) || (byRules && concluded)
        return ControlRecord(controlled: true, day: day, fraudFound: fraudFound)
    }
}
