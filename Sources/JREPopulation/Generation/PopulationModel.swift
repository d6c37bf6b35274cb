import JRECore

/// The figures the generator draws from: every number of `docs/population-model.md`, in one place.
///
/// Sourced figures cite `../shared/domain/jre-brief.md` §5; everything else is ILLUSTRATIVE
/// (a teaching assumption, chosen to be plausible and to make the mechanisms visible).
enum PopulationModel {
    // MARK: Groups

    /// Income band shares: the poorest 40 %, the middle 40 %, the richest 20 % of households (by definition).
    static let incomeShares = [0.40, 0.40, 0.20]
    /// Without reliable internet, by income band: about 20 % of the poorest 40 %, 3 % of the richest 20 %
    /// (Insee Première 1953, 2023); the middle band (16 %) is set so the whole is 15 % (15.4 % in 2021).
    static let offlineShareByIncome = [0.20, 0.16, 0.03]
    /// Age bands: under 26, 26–49, 50 and over. ILLUSTRATIVE (orders of magnitude of registrants).
    static let ageBandShares = [0.13, 0.57, 0.30]
    static let ageRanges = [18...25, 26...49, 50...64]
    /// Registered for a year or more at the end of the run: 43.6 % of categories A, B, C (Insee Références 2025).
    static let longTermShare = 0.436
    /// Caring for a relative, by age band. ILLUSTRATIVE.
    static let carerShareByAge = [0.04, 0.08, 0.12]
    /// Health problems: 8 % base, × 1.6 at 50 and over, × 1.3 in the poorest band. ILLUSTRATIVE.
    static let healthBase = 0.08, healthOlderFactor = 1.6, healthPoorFactor = 1.3

    // MARK: True situations

    /// Base weights of each hidden situation, before the group factors below. ILLUSTRATIVE.
    static let situationWeights: [(TrueSituation, Double)] = [
        (.activeOnline, 0.38), (.activeOffline, 0.08), (.shortContract, 0.13), (.training, 0.06),
        (.caring, 0.05), (.ill, 0.06), (.discouraged, 0.14), (.inactive, 0.03),
    ]
    /// Share of active searchers (and trainees) who are changing career.
    static let careerChangeShare = 0.18

    /// The weight of `situation` for a person with these characteristics. ILLUSTRATIVE factors.
    static func weight(_ situation: TrueSituation, base: Double, offline: Bool, carer: Bool, health: Bool,
                       longTerm: Bool, ageBand: Int, poorest: Bool) -> Double {
        var weight = base
        switch situation {
        case .activeOnline: if offline { weight *= 0.1 }
        case .activeOffline: if offline { weight *= 4 }
        case .training:
            if offline { weight *= 0.7 }
            if ageBand == 0 { weight *= 1.8 } else if ageBand == 2 { weight *= 0.6 }
        case .caring: if carer { weight *= 7 }
        case .ill: if health { weight *= 6 }
        case .discouraged:
            if longTerm { weight *= 1.8 }
            if ageBand == 2 { weight *= 1.4 }
            if poorest { weight *= 1.2 }
        case .shortContract:
            if longTerm { weight *= 0.7 }
            if ageBand == 0 { weight *= 1.5 }
        case .inactive:
            if longTerm { weight *= 1.5 }
            if ageBand == 2 { weight *= 2 }
        case .other, .fraud: break
        }
        return weight
    }

    // MARK: Digital traces

    /// Logins of people without reliable internet, relative to the others (an agency terminal, a relative's phone).
    static let offlineLoginFactor = 0.2
    /// Chance of filling in the monthly mood slider at the declaration: online, offline (declared by phone).
    static let moodFilledOnline = 0.85, moodFilledOffline = 0.25
    /// Chance of declaring the week's activity hours in the agenda: online, offline.
    static let agendaOnline = 0.55, agendaOffline = 0.15
    /// Chance of doing the monthly declaration (actualisation).
    static let declarationDone = 0.97

    // MARK: Employers and the advisor

    /// Share of recorded applications that get an answer; its delay in days; the answers' shares.
    static let responseShare = 0.28
    static let responseDelay = 3...30
    static let outcomeWeights = [0.72, 0.22, 0.02, 0.04] // refus, entretien, embauche, sans_suite
    static let interviewDelay = 2...10
    /// Advisor messages per week (everyone).
    static let advisorMessagesPerWeek = 0.12
    /// Job-search controls: 523,400 in 2023 over 5.49 million people, about 9.5 % a year (France Travail 24.015).
    static let controlsPerYear = 0.095
    /// Background rates per week for everyone: a short sick leave, a very short contract.
    static let backgroundSickLeavePerWeek = 0.005, backgroundContractPerWeek = 0.01
}
