import Foundation
import JRECore
import JREText

/// The text of a progress bar with an estimate of the time left: `[██████░░░░]  60 %  ~4 s left`.
///
/// Pure formatting; the command decides when and where to draw it (standard error, terminals only).
public enum ProgressLine {
    /// Runs shorter than this never show a bar.
    public static let delay: Duration = .seconds(1)

    public static func render(fraction: Double, elapsed: Duration, width: Int, lang: Lang, glyphs: Glyphs) -> String {
        let done = min(1, max(0, fraction))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var estimate = ""
        if done > 0.02, done < 1 {
            estimate = Strings.progressLeft.format(lang, duration(seconds * (1 - done) / done, lang))
        } else if done >= 1 {
            estimate = Strings.progressDone.format(lang, duration(seconds, lang))
        }
        let percent = String(format: "%3.0f %%", done * 100)
        let barWidth = max(10, min(40, width - percent.count - estimate.count - 6))
        let filled = Int((done * Double(barWidth)).rounded(.down))
        return "[" + String(repeating: glyphs.progressDone, count: filled) + String(repeating: glyphs.progressToDo, count: barWidth - filled) + "] "
            + percent + "  " + estimate
    }

    /// `12 s`, `3 min 05 s`.
    static func duration(_ seconds: Double, _ lang: Lang) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total) s" }
        return String(format: "%d min %02d s", total / 60, total % 60)
    }
}
