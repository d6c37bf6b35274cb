/// The figures of the synthetic fraud world: every number of `docs/population-model.md` § 1.5, in one place.
///
/// Sourced orders of magnitude are cited in `docs/sources.md`; every figure here is ILLUSTRATIVE
/// (a teaching assumption, chosen to be plausible, anchored on those orders of magnitude, and to make
/// the mechanism of a model learnt from targeted controls visible). None of them is a measurement
/// of France Travail's claimants or of its fraud.
enum FraudModel {
    // MARK: Profile (visible to the rules)

    /// Nationality: française, UE, hors UE. ILLUSTRATIVE orders of magnitude of registrants; drawn
    /// independently of every other attribute (a simplification: see the documentation).
    static let nationalityShares = [0.85, 0.04, 0.11]
    /// A bank account abroad, by nationality (an honest person: a bank kept from a country of origin
    /// or of a previous job). ILLUSTRATIVE.
    static let bankAbroadByNationality = [0.015, 0.20, 0.10]
    /// Bank details changed during the run, for an honest person. ILLUSTRATIVE.
    static let bankChangedHonest = 0.05

    /// How the last contract before registration ended, in the order of ``PopulationSchema`` values
    /// (`fin_cdd`, `fin_mission`, `licenciement`, `rupture_conventionnelle`, `demission`). ILLUSTRATIVE.
    static let contractEndShares = [0.40, 0.25, 0.15, 0.15, 0.05]
    /// In the poorest income band, temporary work is more frequent, negotiated departures rarer. ILLUSTRATIVE.
    static let contractEndPoorFactors = [1.0, 1.8, 1.0, 0.5, 1.0]
    /// The last contract's length in days, by how it ended. ILLUSTRATIVE.
    static let contractDays: [ClosedRange<Int>] = [30...365, 7...180, 180...3_650, 365...3_650, 90...1_800]
    /// The last employer was in the public sector (honest people). ILLUSTRATIVE.
    static let publicEmployerShare = 0.12
    /// The last employer has since been struck off the companies' register (honest people). ILLUSTRATIVE.
    static let employerStruckOffHonest = 0.03
    /// The last employer's sector, in the order of ``PopulationSchema`` values. ILLUSTRATIVE.
    static let sectorShares = [0.22, 0.12, 0.10, 0.24, 0.12, 0.10, 0.10]
    /// Days of rights opened by the last contract: the contract's length plus up to a year of earlier
    /// work, at least 182 and at most 730 days (the rights then run down while registered). ILLUSTRATIVE.
    static let rightsMinimum = 182, rightsMaximum = 730, rightsEarlierWork = 365

    // MARK: Hidden truth (never visible to the rules)

    /// Shares of each kind of fraud: fictitious work periods, identity theft, undeclared return to
    /// work; everyone else has none (99 %). ILLUSTRATIVE, anchored on the 2014 detections (7,472
    /// frauds in nine months among millions of claimants, Dynamique Mag) and on the 2013 amounts'
    /// order (undeclared work 38 M€ > fictitious jobs 16 M€ > living abroad ≥ 10 M€). Drawn
    /// independently of nationality, income, digital access and age.
    static let fictitiousShare = 0.0025, identityTheftShare = 0.0015, undeclaredWorkShare = 0.006

    /// Undeclared return to work is more likely for a person of low personal intensity (fewer
    /// logins and applications in every phase): weight `(2 − intensity)²`, divided by its mean
    /// (10/9: the intensity has mean 1 and variance 1/9), so the share stays ``undeclaredWorkShare``.
    static func undeclaredWorkWeight(intensity: Double) -> Double {
        let gap = 2 - intensity
        return gap * gap * 0.9
    }

    /// A fictitious work period: a short contract, usually a fixed-term one, with an employer that
    /// has since vanished, never a public one, more often in construction and services. ILLUSTRATIVE.
    static let fictitiousContractDays = 30...120
    static let fictitiousContractEndShares = [0.70, 0.30, 0, 0, 0]
    static let fictitiousEmployerStruckOff = 0.60
    static let fictitiousSectorShares = [0.10, 0.05, 0.35, 0.35, 0.05, 0.10, 0.0]
    /// Identity theft: a new bank account (a quarter of them abroad: a weak signal, 3 % of honest
    /// people have one), and most logins from abroad. ILLUSTRATIVE.
    static let identityTheftBankAbroad = 0.25, identityTheftBankChanged = 0.80, identityTheftAbroadLogins = 0.85

    // MARK: Logins from abroad (the `pays` of each login)

    /// Cross-border workers, by nationality: a share of every login is from abroad. ILLUSTRATIVE.
    static let crossBorderByNationality = [0.015, 0.04, 0.01]
    static let crossBorderAbroadLogins = 0.35
    /// Under 26: a study or exchange period abroad of 60 to 180 days, most logins from there. ILLUSTRATIVE.
    static let studiesAbroadUnder26 = 0.03
    static let studiesDays = 60...180, studiesAbroadLogins = 0.80
    /// Family abroad, by nationality: a visit of 14 to 45 days. ILLUSTRATIVE.
    static let familyAbroadByNationality = [0.03, 0.30, 0.35]
    static let familyDays = 14...45
    /// Holidays abroad (anyone): 7 to 21 days. ILLUSTRATIVE.
    static let holidaysAbroad = 0.20
    static let holidayDays = 7...21
    /// Share of the logins of a stay abroad made from there (the rest: a French mobile plan, a VPN…). ILLUSTRATIVE.
    static let stayAbroadLogins = 0.90

    // MARK: Advisor reports (`signalement` events)

    /// Reports per week for an honest person. ILLUSTRATIVE.
    static let reportsPerWeek = 0.0004
    /// People without reliable internet meet their advisor in person more often, and are reported more:
    /// digital channels removed the advisers who used to report cases (Alliancy 2017). Factor ILLUSTRATIVE.
    static let reportsOfflineFactor = 3.0
    /// Fraud is sometimes noticed by the advisor. ILLUSTRATIVE.
    static let reportsFraudFactor = 10.0

    // MARK: Control history (labels)

    /// Share of claimants controlled by the fraud service over the history. ILLUSTRATIVE: the fraud
    /// service's own capacity is not public (610,780 job-search controls in 2024 are a different kind of control).
    static let controlledShare = 0.05
    /// Share of targeted controls drawn at random (the rest follow the earlier rules and reports). ILLUSTRATIVE.
    static let randomShareOfTargeted = 0.2
    /// Weight of a person for targeted controls: 1, plus one term per earlier rule met. ILLUSTRATIVE.
    static let targetBankAbroad = 6.0, targetLoginsAbroad = 4.0, targetShortContract = 2.0, targetReport = 30.0
    /// A contract shorter than this counts as short for the earlier rules. ILLUSTRATIVE.
    static let shortContractDays = 120
    /// The mean targeting weight over the population, so that `--history targeted` and `random`
    /// control the same number of people on average. Measured on 400,000 claimants (seed 1, 182 days:
    /// 3.004); `FraudWorldTests` checks that both histories control the same number within sampling error.
    static let meanTargetWeight = 3.0
    /// A control finds a fraud that is there with this probability. ILLUSTRATIVE.
    static let detectionRate = 0.7

    // MARK: What a control opened by the earlier rules concludes for an honest person

    /// A control opened by an earlier rule checks what the rule pointed at, and sometimes concludes
    /// to a fraud that is not there: a residence abroad the person cannot disprove in time (bank
    /// statements from abroad, logins from abroad), a work period the vanished or unreachable
    /// employer cannot confirm, an advisor's report taken as evidence. Each rule the person meets
    /// gives its own chance; a control drawn at random (and every control of `--history random`)
    /// concludes only to the frauds that are there. ILLUSTRATIVE, anchored on one documented fact of
    /// another kind of control: job-search controls triggered by an advisor's report ended in a
    /// sanction 43 % of the time, against 17 % overall (France Travail, Statistiques et indicateurs
    /// 24.015, 2023): what a control concludes depends on why it was opened.
    static let concludedBankAbroad = 0.12
    /// Per login from abroad over the run, up to ``concludedLoginsAbroadMaximum`` (the longer the
    /// stay, the harder to prove one lives in France). ILLUSTRATIVE.
    static let concludedPerLoginAbroad = 0.005, concludedLoginsAbroadMaximum = 0.25
    static let concludedShortContract = 0.04
    static let concludedReport = 0.08
}
