/// One terminal cell: the grapheme shown there and what it means.
///
/// A wide character (two columns) is stored in its first cell; the second cell is a
/// *continuation* cell whose `text` is empty and whose role matches the first.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme shown in the cell (a base character and its combining marks), or `""`
    /// for the right half of a wide character.
    public var text: String
    /// What the cell means, for colouring.
    public var role: Role

    /// A cell showing `text` (one grapheme) with `role`.
    public init(_ text: String, role: Role = .normal) {
        self.text = text
        self.role = role
    }

    /// A cell showing one character with `role`.
    public init(_ character: Character, role: Role = .normal) {
        self.init(String(character), role: role)
    }

    /// An empty cell: a space with the normal role.
    public static let blank = Cell(" ")

    /// A space with `role`.
    public static func blank(_ role: Role) -> Cell { Cell(" ", role: role) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }

    /// The columns this cell's grapheme takes (0 for a continuation cell).
    public var width: Int { text.isEmpty ? 0 : DisplayWidth.of(text) }
}
