import JRECore

/// The figures of the synthetic world's employment outcome: every number of
/// `docs/population-model.md` § 1.6 (« retour à l'emploi dans les six mois »), in one place.
///
/// One figure is sourced (the order of magnitude of the overall rate, see `docs/sources.md`); every
/// other one is ILLUSTRATIVE, chosen so that the outcome follows what people really do (their hidden
/// situation, their contracts, the job they seek) and not the digital traces a model reads.
enum EmploymentModel {
    /// The chance of returning to work within six months after the last day of the run, by hidden
    /// situation. ILLUSTRATIVE. Searching offline is searching: the same chance as online. Caring for
    /// someone delays the return a little. Short contracts lead to work. Overall the population
    /// lands near the sourced order of magnitude: 35.8 % of all people registered in categories A
    /// or B at the end of 2024 accessed employment within six months (France Travail, Statistiques
    /// et indicateurs 25.027, December 2025; 47.7 % of new registrants).
    static func base(_ situation: TrueSituation) -> Double {
        switch situation {
        case .activeOnline, .activeOffline: return 0.48
        case .shortContract: return 0.58
        case .training: return 0.42
        case .caring: return 0.40
        case .ill: return 0.18
        case .discouraged: return 0.16
        case .inactive: return 0.05
        case .fraud, .other: return 0.30
        }
    }

    /// By age band (`moins_26`, `26_49`, `50_plus`): age is the first factor of distance from work
    /// (Insee Analyses Languedoc-Roussillon n° 4, 2014, qualitatively). Factors ILLUSTRATIVE.
    static let ageFactors = [1.1, 1.0, 0.72]
    /// Registered a year or more at the end of the run. ILLUSTRATIVE.
    static let longTermFactor = 0.8
    /// A health problem. ILLUSTRATIVE.
    static let healthFactor = 0.85
    /// Seeking a shortage occupation (« métier en tension »): the factor is `1 + tensionGain × share`,
    /// the share of the person's job codes that are in ``EmploymentModel/tensionJobs``. ILLUSTRATIVE.
    static let tensionGain = 0.3
    /// A more intense search helps a little: `intensityBase + intensitySlope × intensity` (mean 1). ILLUSTRATIVE.
    static let intensityBase = 0.85, intensitySlope = 0.15
    /// No one is certain to return.
    static let maximumChance = 0.95

    /// The generator's job codes (ROME) that are shortage occupations: aides-soignants (J1501), aides
    /// à domicile (K1302) and aides ménagères (K1304), conducteurs routiers (N4101), maintenance
    /// industrielle (I1304). The occupations are among DARES's most strained (DARES Résultats n° 16,
    /// « Les tensions sur le marché du travail en 2023 », April 2025, and its 2022 edition); matching an
    /// occupation to one ROME code is a reconstruction. The `employabilite` ruleset lists the same codes.
    static let tensionJobs: Set<String> = ["J1501", "K1302", "K1304", "N4101", "I1304"]
}
