/// Numbers as people write them in each language: « 20,4 » and « 5 490 000 » in French (decimal
/// comma, narrow no-break space between thousands), "20.4" and "5,490,000" in English.
///
/// Every number a person reads goes through here (or through a formatter built on it), so that no
/// French screen shows a decimal point and no English screen a decimal comma.
public enum NumberText {
    /// The French thousands separator: U+202F NARROW NO-BREAK SPACE (one terminal column).
    public static let frenchThousands = "\u{202F}"

    /// A whole number with thousands grouped: « 5 490 000 » / "5,490,000".
    public static func count(_ value: Int, _ lang: Lang) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits, lang)
    }

    /// A number with at most `decimals` decimals, trailing zeros dropped: « 20,4 », « 3 », « 1 234,5 ».
    ///
    /// Non-finite values read « — ». Negative values use a plain hyphen-minus.
    public static func decimal(_ value: Double, _ lang: Lang, decimals: Int = 1) -> String {
        guard value.isFinite else { return "—" }
        let places = max(0, min(decimals, 6))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        // Whole units of 10^-places, rounded half away from zero; beyond ±9e12 digits stop meaning anything.
        let units = Int((min(value.magnitude, 9e12) * Double(scale)).rounded())
        let whole = units / scale, fraction = units % scale
        var text = grouped(String(whole), lang)
        if fraction > 0 {
            var fractionDigits = String(fraction)
            while fractionDigits.count < places { fractionDigits = "0" + fractionDigits }
            while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
            text += (lang == .fr ? "," : ".") + fractionDigits
        }
        return (value < 0 && units > 0 ? "-" : "") + text
    }

    /// A change with its sign: « +2,5 », « -1,4 », « 0 ».
    public static func signed(_ value: Double, _ lang: Lang, decimals: Int = 1) -> String {
        let text = decimal(value, lang, decimals: decimals)
        if text == "0" || text == "—" || text.hasPrefix("-") { return text }
        return "+" + text
    }

    /// A share as a percentage: « 31,2 % » (narrow no-break space before %) / "31.2%".
    public static func percent(_ share: Double, _ lang: Lang, decimals: Int = 1) -> String {
        guard share.isFinite else { return "—" }
        let text = decimal(share * 100, lang, decimals: decimals)
        return lang == .fr ? text + frenchThousands + "%" : text + "%"
    }

    private static func grouped(_ digits: String, _ lang: Lang) -> String {
        let separator = lang == .fr ? frenchThousands : ","
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(character)
        }
        return result
    }
}
