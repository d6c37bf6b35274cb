import JRECore

/// Draws one synthetic claimant: profile, hidden situation, the events that situation leaves, then
/// the fraud world (``WorldDrawer``, from a stream of its own).
///
/// One drawer per worker thread; claimant `i` depends only on the seed and `i`, so the population
/// is the same whatever the number of threads or the order they take claimants in.
final class ClaimantDrawer {
    let seed: UInt64
    let days: Int
    private let slots = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, GeneratedVocabulary.maximumSlots))
    private let codes = GeneratedCodes.shared
    private let employerCount = GeneratedCells.employerCount
    private var segments: [LifeSegment] = []
    private var jobs: [Int] = []
    private let incomeWeights = ClaimantDrawer.cumulative(PopulationModel.incomeShares)
    private let ageWeights = ClaimantDrawer.cumulative(PopulationModel.ageBandShares)
    private let outcomeWeights = ClaimantDrawer.cumulative(PopulationModel.outcomeWeights)
    private let situationWeights = PopulationModel.situationWeights
    private let cumulativeWeights = UnsafeMutablePointer<Double>.allocate(capacity: PopulationModel.situationWeights.count)

    private let world: WorldDrawer

    init(seed: UInt64, days: Int, history: ControlHistoryMode = .targeted) {
        self.seed = seed
        self.days = days
        world = WorldDrawer(seed: seed, days: days, history: history)
        segments.reserveCapacity(16)
    }

    convenience init(_ population: SyntheticPopulation) {
        self.init(seed: population.seed, days: population.days, history: population.history)
    }

    deinit {
        slots.deallocate()
        cumulativeWeights.deallocate()
    }

    static func cumulative(_ weights: [Double]) -> [Double] {
        var total = 0.0
        return weights.map { total += $0; return total }
    }

    /// Claimant `index`: fills `events` (reset first) and returns the profile.
    func draw(_ index: Int, into events: ClaimantEvents) -> SyntheticProfile {
        var random = PopulationRandom(seed: seed, index: index)
        events.reset()
        var profile = drawProfile(&random)
        let firstDay = max(1, profile.registered + 1)
        guard firstDay <= days else {
            world.draw(index, profile: &profile, firstDay: firstDay, into: events)
            EmploymentOutcome.draw(index, seed: seed, profile: &profile, jobs: [], registeredInRun: false)
            return profile
        }
        let intensity = random.intensity()
        profile.intensity = intensity
        drawJobs(profile, &random)
        planSegments(profile, from: firstDay, &random)
        let offline = profile.access == 1
        for segment in segments {
            emitSegment(segment, intensity: intensity, offline: offline, profile: profile, into: events, &random)
        }
        emitCalendar(from: firstDay, offline: offline, intensity: intensity, into: events, &random)
        emitControl(profile, from: firstDay, into: events, &random)
        // Last, from its own stream: every draw above is the same with or without the fraud world.
        world.draw(index, profile: &profile, firstDay: firstDay, into: events)
        // After the world, from a stream of its own: the employment outcome (`EmploymentOutcome`).
        EmploymentOutcome.draw(index, seed: seed, profile: &profile, jobs: jobs, registeredInRun: true)
        events.finish()
        return profile
    }

    // MARK: Profile

    private func drawProfile(_ random: inout PopulationRandom) -> SyntheticProfile {
        var profile = SyntheticProfile()
        profile.income = random.pick(incomeWeights)
        let offline = random.chance(PopulationModel.offlineShareByIncome[profile.income])
        profile.access = offline ? 1 : 0
        profile.ageBand = random.pick(ageWeights)
        profile.age = random.within(PopulationModel.ageRanges[profile.ageBand])
        profile.carer = random.chance(PopulationModel.carerShareByAge[profile.ageBand])
        var health = PopulationModel.healthBase
        if profile.ageBand == 2 { health *= PopulationModel.healthOlderFactor }
        if profile.income == 0 { health *= PopulationModel.healthPoorFactor }
        profile.health = random.chance(health)
        let longTerm = random.chance(PopulationModel.longTermShare)
        // Days registered at the end of the run: a year or more for the long-term share.
        let atEnd: Int
        if longTerm {
            let u = random.unit()
            atEnd = 365 + Int(u * u * 1460)
        } else {
            atEnd = days < 365 ? days + random.below(365 - days) : random.below(365)
        }
        profile.registered = days - atEnd
        profile.seniority = longTerm ? 1 : 0
        var total = 0.0
        for (index, (situation, base)) in situationWeights.enumerated() {
            total += PopulationModel.weight(situation, base: base, offline: offline, carer: profile.carer, health: profile.health,
                                            longTerm: longTerm, ageBand: profile.ageBand, poorest: profile.income == 0)
            cumulativeWeights[index] = total
        }
        let target = random.unit() * total
        var chosen = situationWeights.count - 1
        for index in 0..<situationWeights.count where target < cumulativeWeights[index] {
            chosen = index
            break
        }
        profile.situation = situationWeights[chosen].0
        let searching = profile.situation == .activeOnline || profile.situation == .activeOffline || profile.situation == .training
        profile.careerChange = searching && random.chance(PopulationModel.careerChangeShare)
        return profile
    }

    /// The job codes the person applies for: one or two in one sector, or four to six across
    /// three or four sectors for a career change.
    private func drawJobs(_ profile: SyntheticProfile, _ random: inout PopulationRandom) {
        jobs.removeAll(keepingCapacity: true)
        let catalogue = GeneratedCells.jobs
        if profile.careerChange {
            var sectors: [Int] = []
            let wanted = random.within(3...4)
            while sectors.count < wanted {
                let sector = random.below(GeneratedCells.sectors.count)
                if !sectors.contains(sector) { sectors.append(sector) }
            }
            // Four to six codes, taken from the chosen sectors in turn (a sector runs out when all its codes are taken).
            let codes = random.within(4...6)
            var turn = 0
            while jobs.count < codes, turn < codes * sectors.count {
                let free = GeneratedCells.jobsOfSector[sectors[turn % sectors.count]].filter { !jobs.contains($0) }
                if !free.isEmpty { jobs.append(free[random.below(free.count)]) }
                turn += 1
            }
        } else {
            let main = random.below(catalogue.count)
            jobs.append(main)
            if random.chance(0.3) {
                let neighbours = GeneratedCells.sameSectorJobs[main]
                if !neighbours.isEmpty { jobs.append(neighbours[random.below(neighbours.count)]) }
            }
        }
    }

    // MARK: Life segments

    private func planSegments(_ profile: SyntheticProfile, from firstDay: Int, _ random: inout PopulationRandom) {
        segments.removeAll(keepingCapacity: true)
        func add(_ length: Int, _ regime: Regime, factor: Double = 1, opening: LifeSegment.Opening = .none) {
            let start = (segments.last?.end ?? firstDay - 1) + 1
            guard start <= days else { return }
            segments.append(LifeSegment(start: start, end: min(days, start + max(1, length) - 1), regime: regime, factor: factor, opening: opening))
        }
        let all = days - firstDay + 1
        switch profile.situation {
        case .activeOnline, .other, .fraud:
            add(all, .searching)
        case .activeOffline:
            add(all, .searchingOffline)
        case .shortContract:
            var working = random.chance(0.5)
            while (segments.last?.end ?? firstDay - 1) < days {
                if working { add(random.within(7...45), .working, opening: .contract) } else { add(random.within(10...40), .searching, factor: 0.9) }
                working.toggle()
            }
        case .training:
            add(random.within(0...60), .searching)
            add(random.within(60...150), .training, opening: .training)
            add(all, .searching)
        case .caring:
            var caring = random.chance(0.5)
            while (segments.last?.end ?? firstDay - 1) < days {
                if caring { add(random.within(20...60), .caring) } else { add(random.within(15...50), .searching, factor: 0.8) }
                caring.toggle()
            }
        case .ill:
            add(random.within(0...120), .searching, factor: 0.8)
            add(random.within(30...120), .ill, opening: .sickLeave)
            add(all, .searching, factor: 0.7)
        case .discouraged:
            add(random.within(15...120), .searching, factor: 0.9)
            add(all, .discouraged)
        case .inactive:
            add(all, .inactive)
        }
        segments.removeAll { $0.end < $0.start }
    }

    /// The regime in force on `day`.
    private func regime(on day: Int) -> Regime {
        for segment in segments where day <= segment.end { return segment.regime }
        return segments.last?.regime ?? .inactive
    }

    // MARK: Events

    /// Calls `body` for each day of a Poisson process of `perWeek` events a week over `start...end`.
    @inline(__always)
    private func poisson(_ perWeek: Double, _ start: Int, _ end: Int, _ random: inout PopulationRandom, _ body: (Int, inout PopulationRandom) -> Void) {
        guard perWeek > 0 else { return }
        let meanGap = 7 / perWeek
        var time = Double(start - 1)
        let limit = Double(end)
        while true {
            time += random.exponential(codes.exponential) * meanGap
            if time >= limit { return }
            body(Int(time) + 1, &random)
        }
    }

    private func emitSegment(_ segment: LifeSegment, intensity: Double, offline: Bool, profile: SyntheticProfile,
                             into events: ClaimantEvents, _ random: inout PopulationRandom) {
        let regime = segment.regime, scale = intensity * segment.factor
        let start = segment.start, end = segment.end
        switch segment.opening {
        case .none: break
        case .contract:
            let length = end - start + 1
            slots[0] = GeneratedCells.integer(length)
            slots[1] = GeneratedCells.integer(length * 5)
            slots[2] = GeneratedCells.employer(random.below(employerCount))
            events.append(type: GeneratedType.workContract, day: Int32(start), slots: slots)
        case .training:
            slots[0] = codes.trainingCells[random.below(codes.trainingCount)]
            slots[1] = GeneratedCells.integer(random.within(200...600))
            events.append(type: GeneratedType.training, day: Int32(start), slots: slots)
        case .sickLeave:
            // A first notice, then an extension every 30 days of the illness.
            for day in stride(from: start, through: end, by: 30) {
                slots[0] = random.chance(0.25) ? codes.trueCell : codes.falseCell
                events.append(type: GeneratedType.sickLeave, day: Int32(day), slots: slots)
            }
        }
        let loginRate = regime.logins * scale * (offline ? PopulationModel.offlineLoginFactor : 1)
        poisson(loginRate, start, end, &random) { day, _ in events.append(type: GeneratedType.login, day: Int32(day)) }
        let online = regime.online && !offline
        poisson(regime.applications * scale, start, end, &random) { day, random in
            emitApplication(day, online: online, into: events, &random)
        }
        poisson(regime.contacts * scale, start, end, &random) { day, random in
            slots[0] = GeneratedCells.employer(random.below(employerCount))
            let channel = random.below(3)
            slots[1] = channel == 0 ? codes.phone : channel == 1 ? codes.inPerson : codes.direct
            events.append(type: GeneratedType.employerContact, day: Int32(day), slots: slots)
        }
        poisson(regime.workshops * scale, start, end, &random) { day, random in
            slots[0] = codes.workshopCells[random.below(codes.workshopCount)]
            events.append(type: GeneratedType.workshop, day: Int32(day), slots: slots)
        }
        poisson(regime.messages * scale, start, end, &random) { day, _ in
            slots[0] = codes.fromClaimant
            events.append(type: GeneratedType.message, day: Int32(day), slots: slots)
        }
        poisson(regime.appointments, start, end, &random) { day, random in
            slots[0] = random.chance(regime.attendance) ? codes.trueCell : codes.falseCell
            let mode = random.unit()
            slots[1] = mode < 0.6 ? codes.agence : mode < 0.9 ? codes.telephone : codes.visio
            events.append(type: GeneratedType.appointment, day: Int32(day), slots: slots)
        }
    }

    /// An application, and the employer's answer (and interview) it may bring.
    @inline(__always)
    private func emitApplication(_ day: Int, online: Bool, into events: ClaimantEvents, _ random: inout PopulationRandom) {
        let job = jobs[random.below(jobs.count)]
        let employer = GeneratedCells.employer(random.below(employerCount))
        slots[0] = codes.romeCells[job]
        slots[1] = codes.sectorOfJob[job]
        slots[2] = employer
        let channel = random.unit()
        if online {
            slots[3] = channel < 0.6 ? codes.site : channel < 0.9 ? codes.direct : channel < 0.95 ? codes.phone : codes.inPerson
        } else {
            slots[3] = channel < 0.1 ? codes.site : channel < 0.4 ? codes.direct : channel < 0.7 ? codes.phone : codes.inPerson
        }
        events.append(type: GeneratedType.application, day: Int32(day), slots: slots)
        guard random.chance(PopulationModel.responseShare) else { return }
        let answered = day + random.within(PopulationModel.responseDelay)
        guard answered <= days else { return }
        let outcome = random.pick(outcomeWeights)
        slots[0] = codes.outcomeCells[outcome]
        slots[1] = employer
        events.append(type: GeneratedType.response, day: Int32(answered), slots: slots)
        guard outcome == 1 else { return }
        let interview = answered + random.within(PopulationModel.interviewDelay)
        guard interview <= days else { return }
        slots[0] = employer
        events.append(type: GeneratedType.interview, day: Int32(interview), slots: slots)
    }

    /// What follows the calendar: the monthly declaration and mood slider, the weekly agenda, the
    /// advisor's messages, and background sick leaves and very short contracts.
    private func emitCalendar(from firstDay: Int, offline: Bool, intensity: Double, into events: ClaimantEvents, _ random: inout PopulationRandom) {
        let monthly = random.within(1...30)
        let moodChance = offline ? PopulationModel.moodFilledOffline : PopulationModel.moodFilledOnline
        for day in stride(from: monthly, through: days, by: 30) where day >= firstDay {
            if random.chance(PopulationModel.declarationDone) { events.append(type: GeneratedType.actualisation, day: Int32(day)) }
            if random.chance(moodChance) {
                let noise = (random.unit() + random.unit() + random.unit() - 1.5) * 1.2
                slots[0] = GeneratedCells.integer(min(5, max(1, Int((regime(on: day).mood + noise + 0.5).rounded(.down)))))
                events.append(type: GeneratedType.mood, day: Int32(day), slots: slots)
            }
        }
        let weekly = random.within(1...7)
        let agendaChance = offline ? PopulationModel.agendaOffline : PopulationModel.agendaOnline
        for day in stride(from: weekly, through: days, by: 7) where day >= firstDay {
            guard random.chance(agendaChance) else { continue }
            let hours = regime(on: day).hours * (0.6 + 0.8 * random.unit())
            slots[0] = GeneratedCells.integer(Int((hours + 0.5).rounded(.down)))
            events.append(type: GeneratedType.activity, day: Int32(day), slots: slots)
        }
        poisson(PopulationModel.advisorMessagesPerWeek, firstDay, days, &random) { day, _ in
            slots[0] = codes.fromAdvisor
            events.append(type: GeneratedType.message, day: Int32(day), slots: slots)
        }
        poisson(PopulationModel.backgroundSickLeavePerWeek, firstDay, days, &random) { day, random in
            slots[0] = random.chance(0.25) ? codes.trueCell : codes.falseCell
            events.append(type: GeneratedType.sickLeave, day: Int32(day), slots: slots)
        }
        poisson(PopulationModel.backgroundContractPerWeek, firstDay, days, &random) { day, random in
            let length = random.within(1...10)
            slots[0] = GeneratedCells.integer(length)
            slots[1] = GeneratedCells.integer(length * 7)
            slots[2] = GeneratedCells.employer(random.below(employerCount))
            events.append(type: GeneratedType.workContract, day: Int32(day), slots: slots)
        }
    }

    /// A job-search control, at the yearly rate, whose outcome follows the hidden situation.
    private func emitControl(_ profile: SyntheticProfile, from firstDay: Int, into events: ClaimantEvents, _ random: inout PopulationRandom) {
        guard random.chance(PopulationModel.controlsPerYear * Double(days) / 365) else { return }
        let day = random.within(firstDay...days)
        let draw = random.unit()
        let outcome: Int32
        switch profile.situation {
        case .activeOnline, .activeOffline:
            outcome = draw < 0.8 ? codes.rechercheActive : codes.redynamise
        case .discouraged, .inactive:
            outcome = draw < 0.2 ? codes.rechercheActive : draw < 0.65 ? codes.redynamise : codes.sanction
        default:
            outcome = draw < 0.6 ? codes.rechercheActive : draw < 0.9 ? codes.redynamise : codes.sanction
        }
        slots[0] = outcome
        events.append(type: GeneratedType.control, day: Int32(day), slots: slots)
    }
}
