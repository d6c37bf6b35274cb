/// Whether a rule is documented in public sources or a teaching reconstruction, and where from.
public struct Provenance: Sendable, Hashable {
    /// The two kinds of provenance a rule can have.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case documented
        case illustrative
    }

    public var status: Status
    public var source: LocalizedText?

    public init(status: Status, source: LocalizedText? = nil) {
        self.status = status
        self.source = source
    }

    /// The default for a rule that says nothing: a reconstruction, never presented as documented.
    public static let unstated = Provenance(status: .illustrative, source: nil)
}
