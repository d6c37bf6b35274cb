/// Text attributes a terminal can show without colour.
public struct TextStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextStyle(rawValue: 1 << 0)
    public static let underline = TextStyle(rawValue: 1 << 1)
    public static let reverse = TextStyle(rawValue: 1 << 2)
    public static let dim = TextStyle(rawValue: 1 << 3)
    public static let italic = TextStyle(rawValue: 1 << 4)
}

/// A foreground or background colour: one of the eight basic colours, and the xterm-256
/// index used instead when the terminal has 256 colours.
public struct TerminalColor: Hashable, Sendable {
    /// The eight colours every colour terminal has.
    public enum Basic: Hashable, Sendable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    public var basic: Basic
    /// The xterm-256 palette index.
    public var extended: Int

    public init(_ basic: Basic, extended: Int) {
        self.basic = basic
        self.extended = extended
    }
}

/// How a role looks on a colour terminal and on a monochrome one.
///
/// Colours are foregrounds on the terminal's own background, mid-tones that read on dark and
/// light themes alike; selection, header and footer use reverse video rather than a colour.
/// Without colour (`NO_COLOR`, fewer than 8 colours) the attributes alone carry the meaning:
/// bold for alert and error, underline for watch and input, reverse for selection.
public struct RoleAppearance: Hashable, Sendable {
    /// Attributes on a colour terminal.
    public var colorStyle: TextStyle
    /// Attributes on a monochrome terminal.
    public var monochromeStyle: TextStyle
    /// The foreground colour (`nil`: the terminal's default).
    public var foreground: TerminalColor?

    public init(colorStyle: TextStyle = [], monochromeStyle: TextStyle = [], foreground: TerminalColor? = nil) {
        self.colorStyle = colorStyle
        self.monochromeStyle = monochromeStyle
        self.foreground = foreground
    }
}

extension Role {
    /// How cells with this role look (see ``RoleAppearance``).
    public var appearance: RoleAppearance {
        switch self {
        case .normal, .modal:
            RoleAppearance()
        case .header:
            RoleAppearance(colorStyle: [.reverse, .bold], monochromeStyle: [.reverse, .bold])
        case .footer:
            RoleAppearance(colorStyle: [.reverse], monochromeStyle: [.reverse])
        case .title:
            RoleAppearance(colorStyle: [.bold], monochromeStyle: [.bold])
        case .dim:
            RoleAppearance(colorStyle: [.dim], monochromeStyle: [.dim])
        case .selected:
            RoleAppearance(colorStyle: [.reverse], monochromeStyle: [.reverse])
        case .alert:
            RoleAppearance(colorStyle: [.bold], monochromeStyle: [.bold], foreground: TerminalColor(.red, extended: 160))
        case .watch:
            RoleAppearance(monochromeStyle: [.underline], foreground: TerminalColor(.yellow, extended: 136))
        case .ok:
            RoleAppearance(foreground: TerminalColor(.green, extended: 28))
        case .new:
            RoleAppearance(colorStyle: [.bold], monochromeStyle: [.bold], foreground: TerminalColor(.magenta, extended: 127))
        case .accent:
            RoleAppearance(monochromeStyle: [.bold], foreground: TerminalColor(.cyan, extended: 31))
        case .border:
            RoleAppearance(foreground: TerminalColor(.cyan, extended: 244))
        case .key:
            RoleAppearance(colorStyle: [.reverse, .bold], monochromeStyle: [.reverse, .bold])
        case .input:
            RoleAppearance(colorStyle: [.underline], monochromeStyle: [.underline])
        case .error:
            RoleAppearance(colorStyle: [.bold], monochromeStyle: [.bold, .underline], foreground: TerminalColor(.red, extended: 160))
        case .documented:
            RoleAppearance(foreground: TerminalColor(.cyan, extended: 25))
        case .illustrative:
            RoleAppearance(colorStyle: [.italic], monochromeStyle: [.italic], foreground: TerminalColor(.magenta, extended: 97))
        case .chart:
            RoleAppearance(foreground: TerminalColor(.cyan, extended: 31))
        }
    }
}
