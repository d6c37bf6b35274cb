/// What a cell means, which the backend turns into colour and attributes.
///
/// Views say *what* a cell is (`alert`, `selected`…), never which colour it has: the backend
/// picks colours that read on dark and light terminals, and attributes (bold, underline,
/// reverse…) that keep severity visible on a monochrome screen. Severity never relies on the
/// role alone either: views also draw a glyph and a word (see ``Glyphs/mark(for:)``).
public enum Role: UInt8, CaseIterable, Sendable, Hashable {
    case normal
    case header
    case footer
    case title
    case dim
    case selected
    case alert
    case watch
    case ok
    case new
    case accent
    case border
    case modal
    case key
    case input
    case error
    case documented
    case illustrative
    case chart

    /// The one-letter code of this role in ``CellGrid/roleMap()`` snapshots.
    public var letter: Character {
        switch self {
        case .normal: "."
        case .header: "h"
        case .footer: "f"
        case .title: "t"
        case .dim: "d"
        case .selected: "s"
        case .alert: "a"
        case .watch: "w"
        case .ok: "o"
        case .new: "n"
        case .accent: "c"
        case .border: "b"
        case .modal: "m"
        case .key: "k"
        case .input: "i"
        case .error: "e"
        case .documented: "D"
        case .illustrative: "I"
        case .chart: "g"
        }
    }

    /// The role a ``CellGrid/roleMap()`` letter stands for, if any.
    public init?(letter: Character) {
        guard let role = Role.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = role
    }
}
