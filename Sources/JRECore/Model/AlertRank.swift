/// An alert chosen by rank (`rank: {score: risque, top: controles_mois}`): on for the claimants whose
/// score is among the `top` highest of the scenario's claimants that day.
///
/// The alert's `when`, if any, is the eligibility condition: only claimants for whom it holds (and
/// whose score could be computed) are ranked. Ties are broken by the scenario's claimant order (the
/// claimant listed first ranks first). Resolved against the ruleset by ``RankCheck`` when the ruleset
/// is compiled (``CohortRank``).
public struct AlertRank: Sendable {
    /// How many claimants are selected: a fixed number or a parameter's value in force.
    public enum Top: Sendable, Equatable {
        case count(Int)
        case parameter(String)
    }

    /// The ranked score's id, as written.
    public var score: String
    public var scorePosition: SourcePosition
    public var top: Top
    public var topPosition: SourcePosition
    /// Where `rank:` is written.
    public var position: SourcePosition
}
