import JREText

/// Dates as people read them in each language.
public enum DateText {
    /// « lundi 4 mars 2024 » / "Monday 4 March 2024".
    public static func long(_ date: CivilDate, lang: Lang) -> String {
        let weekdays = lang == .fr
            ? ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return "\(weekdays[date.weekday]) \(short(date, lang: lang))"
    }

    /// « 4 mars 2024 » / "4 March 2024".
    public static func short(_ date: CivilDate, lang: Lang) -> String {
        "\(date.day) \(month(date.month, lang: lang)) \(date.year)"
    }

    /// « mars » / "March" for month 3 (1–12).
    public static func month(_ month: Int, lang: Lang) -> String {
        let months = lang == .fr
            ? ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return months[month - 1]
    }

    /// « déc. » / "Dec" for month 12 (1–12).
    public static func abbreviatedMonth(_ month: Int, lang: Lang) -> String {
        let months = lang == .fr
            ? ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return months[month - 1]
    }

    /// « 04/03 » / "04/03" (day/month).
    public static func compact(_ date: CivilDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(day)/\(month)"
    }
}

/// Evaluation faults in words.
public enum FaultText {
    public static func describe(_ fault: EvaluationFault, lang: Lang) -> String {
        let rule: String
        switch fault.rule {
        case .score(let id): rule = Strings.ctxScore.format(lang, id)
        case .level(let score, let level): rule = Strings.ctxScore.format(lang, score) + ", " + Strings.ctxLevel.format(lang, level)
        case .alert(let id): rule = Strings.ctxAlert.format(lang, id)
        case .advice(let id): rule = Strings.ctxAdvice.format(lang, id)
        }
        let scalars = Array(fault.expression.unicodeScalars)
        let part = String(String.UnicodeScalarView(scalars[min(fault.span.lowerBound, scalars.count)..<min(fault.span.upperBound, scalars.count)]))
        let what: String
        switch fault.kind {
        case .divisionByZero: what = Strings.faultDivisionByZero.format(lang, part)
        case .missingProfile(let key): what = Strings.faultMissingProfile.format(lang, key)
        case .wrongProfileType(let key): what = Strings.faultWrongProfileType.format(lang, key)
        }
        return "\(what) (\(rule))"
    }
}
