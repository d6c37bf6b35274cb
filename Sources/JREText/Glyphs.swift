/// The symbols every layer draws with, in a Unicode set and a plain ASCII set: the one glyph table.
///
/// Nothing writes a symbol literally: the console's views take it from the `Glyphs` their grid
/// was given, and the core's text reports (`ExplanationText`, the population report, the
/// progress line) from the `Glyphs` they are handed, so the same output works on a UTF-8
/// terminal and on a 7-bit one (`--ascii`, or a locale whose codeset is not UTF-8; the terminal
/// layer's `Glyphs.forEnvironment(ascii:)` decides). It lives in `JREText`, beside the string
/// table, because both the core and the terminal layer import it. Every glyph takes one column,
/// except ``ellipsis`` ("...") and the rule marks (``ruleFired``, ``ruleNotFired``: "[x]", "[ ]") in ASCII.
///
/// ```swift
/// let glyphs = Glyphs.forEnvironment(ascii: options.ascii)   // JRETerminal
/// grid.put(glyphs.alert + " " + Strings.alertWord(lang), row: 3, col: 2, role: .alert)
/// let text = ExplanationText(simulation: simulation, lang: .fr, glyphs: .ascii)   // JRECore
/// ```
public struct Glyphs: Equatable, Sendable {
    /// The lines and corners of a frame.
    public struct Box: Equatable, Sendable {
        public var horizontal: Character
        public var vertical: Character
        public var topLeft: Character
        public var topRight: Character
        public var bottomLeft: Character
        public var bottomRight: Character
        /// `├`: a vertical line with a branch to the right.
        public var teeRight: Character
        /// `┤`: a vertical line with a branch to the left.
        public var teeLeft: Character
        /// `┬`: a horizontal line with a branch down.
        public var teeDown: Character
        /// `┴`: a horizontal line with a branch up.
        public var teeUp: Character
        public var cross: Character
    }

    /// Arrows, for key hints and trends.
    public struct Arrows: Equatable, Sendable {
        public var up: String
        public var down: String
        public var left: String
        public var right: String
    }

    /// Whether this is the plain ASCII set.
    public var isASCII: Bool
    /// Severity mark for "ok" (always shown with a word too).
    public var ok: String
    /// Severity mark for "watch" (always shown with a word too).
    public var watch: String
    /// Severity mark for "alert" (always shown with a word too).
    public var alert: String
    /// Eight sparkline levels, lowest first.
    public var sparkLevels: [String]
    /// Eight horizontal bar fills, from one eighth of a cell to a full cell.
    public var barEighths: [String]
    /// Frame lines and corners.
    public var box: Box
    /// Arrows.
    public var arrows: Arrows
    /// Marks a cut text.
    public var ellipsis: String
    /// Marks something new since the last look.
    public var newMarker: String
    /// A check mark (done, yes).
    public var check: String
    /// A cross (not done, no).
    public var cross: String
    /// Points at the selected line.
    public var pointer: String
    /// A list bullet.
    public var bullet: String
    /// The moving part of a scroll bar.
    public var scrollThumb: String
    /// The frames of a busy indicator, shown in turn.
    public var spinner: [String]
    /// Marks a rule (an alert, an advice) that fired, in explanations.
    public var ruleFired: String
    /// Marks a rule that did not fire, in explanations.
    public var ruleNotFired: String
    /// The bullet of a dated event under a rule, in explanations.
    public var eventBullet: String
    /// Nine histogram column heights, empty first, then one to eight eighths of a cell.
    public var histogramLevels: [String]
    /// The done part of a progress bar, one per cell.
    public var progressDone: String
    /// The part of a progress bar still to do, one per cell.
    public var progressToDo: String

    /// The Unicode set (for UTF-8 terminals).
    public static let unicode = Glyphs(
        isASCII: false,
        ok: "●", watch: "▲", alert: "■",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        box: Box(
            horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
            teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"
        ),
        arrows: Arrows(up: "↑", down: "↓", left: "←", right: "→"),
        ellipsis: "…", newMarker: "★", check: "✓", cross: "✗", pointer: "▶", bullet: "•",
        scrollThumb: "█",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"],
        ruleFired: "⚑", ruleNotFired: "○", eventBullet: "·",
        histogramLevels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        progressDone: "█", progressToDo: "░"
    )

    /// The plain ASCII set (for `--ascii` and terminals that are not UTF-8).
    public static let ascii = Glyphs(
        isASCII: true,
        ok: "o", watch: "!", alert: "#",
        sparkLevels: [" ", ".", ":", "-", "=", "+", "*", "#"],
        barEighths: [" ", " ", " ", "-", "-", "=", "=", "#"],
        box: Box(
            horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
            teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"
        ),
        arrows: Arrows(up: "^", down: "v", left: "<", right: ">"),
        ellipsis: "...", newMarker: "*", check: "x", cross: "-", pointer: ">", bullet: "*",
        scrollThumb: "#",
        spinner: ["|", "/", "-", "\\"],
        ruleFired: "[x]", ruleNotFired: "[ ]", eventBullet: "-",
        histogramLevels: [" ", ".", ":", "-", "=", "+", "*", "#", "@"],
        progressDone: "#", progressToDo: "."
    )

    /// A sparkline of `values`, one cell per value, scaled between their minimum and maximum
    /// (or between `range` when given). Non-finite values show as the lowest level, a flat
    /// series as a middle one (the lowest when it is flat at zero).
    public func sparkline(_ values: [Double], range: ClosedRange<Double>? = nil) -> String {
        let finite = values.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            return String(repeating: sparkLevels[0], count: values.count)
        }
        let span = high - low
        return values.map { value -> String in
            guard value.isFinite else { return sparkLevels[0] }
            // A flat series sits mid-height, unless it is flat at zero.
            guard span > 0 else { return sparkLevels[value == 0 ? 0 : 3] }
            let level = Int(((min(max(value, low), high) - low) / span * 7).rounded())
            return sparkLevels[min(7, max(0, level))]
        }.joined()
    }

    /// A horizontal bar `fraction` (0…1) of `width` cells long, padded with spaces to `width`.
    public func bar(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let eighths = Int((clamped * Double(width * 8)).rounded())
        let full = eighths / 8
        let rest = eighths % 8
        var text = String(repeating: barEighths[7], count: full)
        var used = full
        if rest > 0, used < width {
            text += barEighths[rest - 1]
            used += 1
        }
        return text + String(repeating: " ", count: width - used)
    }

    /// The spinner frame for step `step` (any integer, wraps around).
    public func spinnerFrame(_ step: Int) -> String {
        spinner[((step % spinner.count) + spinner.count) % spinner.count]
    }
}
