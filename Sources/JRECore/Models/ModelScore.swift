/// One row's score and where it comes from: one contribution per feature plus the bias.
///
/// The contributions and the bias are in margin space (log-odds for a logistic model) and add up to
/// `margin`; `score` is the margin through the model's link (a probability for a logistic model).
public struct ModelScore: Sendable, Hashable {
    public var score: Double
    public var margin: Double
    /// One per feature, in the model's feature order.
    public var contributions: [Double]
    /// The margin of a row about which nothing is known: the expected value over the training data
    /// for a tree ensemble, the intercept for a scorecard.
    public var bias: Double
}
