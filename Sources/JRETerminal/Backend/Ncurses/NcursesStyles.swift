import CNcursesw

/// The ncurses attributes and colour pair of every role, set up once per screen.
struct NcursesStyles {
    /// Whether roles are shown in colour.
    let usesColor: Bool
    /// Whether the terminal's own default colours are kept (`use_default_colors`).
    let usesDefaultColors: Bool
    private var attributes: [attr_t]
    private var pairs: [Int16]

    /// Styles for the current screen: colour pairs are initialised here when `wantsColor`
    /// and the terminal has at least 8 colours and enough pairs.
    init(wantsColor: Bool) {
        let roles = Role.allCases
        var color = false
        var defaults = false
        // COLORS and COLOR_PAIRS are known only after start_color.
        if wantsColor, has_colors(), start_color() == jre_ok(), jre_colors() >= 8, jre_color_pairs() > roles.count {
            color = true
            defaults = use_default_colors() == jre_ok()
        }
        usesColor = color
        usesDefaultColors = defaults
        attributes = Array(repeating: jre_a_normal(), count: roles.count)
        pairs = Array(repeating: 0, count: roles.count)
        let extended = color && jre_colors() >= 256
        for role in roles {
            let appearance = role.appearance
            let index = Int(role.rawValue)
            attributes[index] = Self.attributes(for: color ? appearance.colorStyle : appearance.monochromeStyle)
            guard color, let foreground = appearance.foreground else { continue }
            let pair = Int16(index + 1)
            let foregroundNumber = extended ? Int16(foreground.extended) : Self.number(of: foreground.basic)
            let background: Int16 = defaults ? -1 : jre_color_black()
            if init_pair(pair, foregroundNumber, background) == jre_ok() {
                pairs[index] = pair
            }
        }
    }

    /// The attributes for `role` (without the colour pair).
    func attributes(for role: Role) -> attr_t { attributes[Int(role.rawValue)] }

    /// The colour pair for `role` (0: the terminal's default colours).
    func pair(for role: Role) -> Int16 { pairs[Int(role.rawValue)] }

    /// The ncurses attribute bits of a style.
    static func attributes(for style: TextStyle) -> attr_t {
        var bits = jre_a_normal()
        if style.contains(.bold) { bits |= jre_a_bold() }
        if style.contains(.underline) { bits |= jre_a_underline() }
        if style.contains(.reverse) { bits |= jre_a_reverse() }
        if style.contains(.dim) { bits |= jre_a_dim() }
        if style.contains(.italic) { bits |= jre_a_italic() }
        return bits
    }

    private static func number(of color: TerminalColor.Basic) -> Int16 {
        switch color {
        case .black: jre_color_black()
        case .red: jre_color_red()
        case .green: jre_color_green()
        case .yellow: jre_color_yellow()
        case .blue: jre_color_blue()
        case .magenta: jre_color_magenta()
        case .cyan: jre_color_cyan()
        case .white: jre_color_white()
        }
    }
}
