import Foundation
import JRECore
import JREText

/// Numbers as people read them in each language: `1 234 567` and `31,2 %` in French,
/// `1,234,567` and `31.2%` in English.
public enum PopulationNumbers {
    public static func count(_ value: Int, _ lang: Lang) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += lang == .fr ? " " : "," }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A share as a percentage with one decimal (« — » when undefined).
    public static func percent(_ share: Double?, _ lang: Lang) -> String {
        guard let share, share.isFinite else { return "—" }
        let text = String(format: "%.1f", share * 100)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") + " %" : text + "%"
    }

    /// A ratio with two decimals (« — » when undefined).
    public static func ratio(_ value: Double?, _ lang: Lang) -> String {
        guard let value, value.isFinite else { return "—" }
        let text = String(format: "%.2f", value)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A projected number of people: rounded to thousands, or « 1,71 million ».
    public static func people(_ value: Double?, _ lang: Lang) -> String {
        guard let value, value.isFinite else { return "—" }
        if value >= 1_000_000 {
            let text = String(format: "%.2f", value / 1_000_000)
            if lang == .en { return text + " million" }
            return text.replacingOccurrences(of: ".", with: ",") + (value >= 2_000_000 ? " millions" : " million")
        }
        if value >= 10_000 { return count(Int((value / 1_000).rounded()) * 1_000, lang) }
        return count(Int(value.rounded()), lang)
    }

    /// A small average (people per advisor): no decimal from 10, one below.
    public static func average(_ value: Double, _ lang: Lang) -> String {
        let text = value >= 10 ? String(format: "%.0f", value) : String(format: "%.1f", value)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
