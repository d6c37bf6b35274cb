import Foundation
import JRECore
import JREText

/// Numbers of the population reports and screen as people read them, built on ``NumberText``:
/// « 1 234 567 » (narrow no-break spaces) and « 31,2 % » in French, "1,234,567" and "31.2%" in English.
public enum PopulationNumbers {
    public static func count(_ value: Int, _ lang: Lang) -> String { NumberText.count(value, lang) }

    /// A share as a percentage with one decimal (« — » when undefined).
    public static func percent(_ share: Double?, _ lang: Lang) -> String {
        guard let share, share.isFinite else { return "—" }
        let text = fixed(share * 100, lang, decimals: 1)
        return lang == .fr ? text + NumberText.frenchThousands + "%" : text + "%"
    }

    /// A ratio with two decimals (« — » when undefined).
    public static func ratio(_ value: Double?, _ lang: Lang) -> String {
        guard let value, value.isFinite else { return "—" }
        return fixed(value, lang, decimals: 2)
    }

    /// ``NumberText/decimal(_:_:decimals:)`` with its trailing zeros kept (« 39,0 », « 1,00 »), so that
    /// a table's column lines up on the decimal separator.
    static func fixed(_ value: Double, _ lang: Lang, decimals: Int) -> String {
        var text = NumberText.decimal(value, lang, decimals: decimals)
        guard value.isFinite, decimals > 0 else { return text }
        let separator: Character = lang == .fr ? "," : "."
        let present = text.firstIndex(of: separator).map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
        if present < 0 { text.append(separator) }
        text += String(repeating: "0", count: decimals - max(0, present))
        return text
    }

    /// A projected number of people: rounded to thousands, or « 1,71 million ».
    public static func people(_ value: Double?, _ lang: Lang) -> String {
        guard let value, value.isFinite else { return "—" }
        if value >= 1_000_000 {
            let text = NumberText.decimal(value / 1_000_000, lang, decimals: 2)
            if lang == .en { return text + " million" }
            return text + (value >= 2_000_000 ? " millions" : " million")
        }
        if value >= 10_000 { return count(Int((value / 1_000).rounded()) * 1_000, lang) }
        return count(Int(value.rounded()), lang)
    }

    /// A small average (people per advisor): no decimal from 10, one below.
    public static func average(_ value: Double, _ lang: Lang) -> String {
        NumberText.decimal(value, lang, decimals: value >= 10 ? 0 : 1)
    }
}
