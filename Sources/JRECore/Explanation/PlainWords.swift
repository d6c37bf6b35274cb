import JREText

/// The words plain explanations are made of: numbers with units, dates, labels, counted events.
///
/// Numbers go through ``NumberText`` (« 20,4 », "20.4"); `never` reads « jamais » / "never"; a unit
/// written in the plural (as rulesets do) loses its plural for one (« 1 point », « 0 point » in French).
struct PlainWords {
    let simulation: Simulation
    let lang: Lang

    var ruleset: Ruleset { simulation.ruleset }
    var scenario: Scenario { simulation.scenario }

    // MARK: Numbers

    /// A number as people write it: one decimal, two below one (« 0,04 »), « jamais » for never.
    func number(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? Strings.wordNever(lang) : "—" }
        if value.isNaN { return "?" }
        return NumberText.decimal(value, lang, decimals: value != 0 && abs(value) < 1 ? 2 : 1)
    }

    /// A number with its unit (« 15,1 mois », « 1 point », « jamais »).
    func number(_ value: Double, unit: LocalizedText?) -> String {
        let text = number(value)
        guard value.isFinite, let unit = unit?.resolve(lang), !unit.isEmpty else { return text }
        return text + (unit == "%" && lang == .en ? "" : " ") + Strings.unit(unit, for: value, lang)
    }

    /// A signed count of points (« +2,5 », « +0 », « -1 »).
    func points(_ value: Double) -> String {
        let text = NumberText.signed(value, lang, decimals: value != 0 && abs(value) < 1 ? 2 : 1)
        return text == "0" ? "+0" : text
    }

    // MARK: Dates

    /// « 12 mars » / "12 March" (« 1er mars » in French).
    func dayMonth(_ date: CivilDate) -> String {
        dayNumber(date) + " " + DateText.month(date.month, lang: lang)
    }

    /// The day of the month (« 1er » for the first in French).
    private func dayNumber(_ date: CivilDate) -> String {
        lang == .fr && date.day == 1 ? "1er" : String(date.day)
    }

    /// « 12 mars » for a day of the run.
    func dayMonth(day: Int) -> String { dayMonth(scenario.date(ofDay: day)) }

    /// « 22 déc. 2022 » / "22 Dec 2022".
    func shortDate(_ date: CivilDate) -> String {
        dayNumber(date) + " " + DateText.abbreviatedMonth(date.month, lang: lang) + " " + String(date.year)
    }

    /// A time span in days, as people say it: « 12 jours », « 14 mois », « 3 ans ».
    func duration(days: Int) -> String {
        let magnitude = abs(days)
        if magnitude < 60 { return (magnitude == 1 ? Strings.durationDay : Strings.durationDays).format(lang, NumberText.count(magnitude, lang)) }
        let months = Int(Double(magnitude) * 12 / 365)
        if months < 36 { return (months == 1 ? Strings.durationMonth : Strings.durationMonths).format(lang, NumberText.count(months, lang)) }
        return Strings.durationYears.format(lang, NumberText.count(magnitude / 365, lang))
    }

    // MARK: Labels

    /// A label inside a sentence: its first letter in lower case unless it starts an acronym (« ROME »).
    static func inSentence(_ label: String) -> String {
        let characters = Array(label)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return label }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    /// The first letter in upper case.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    func scoreLabel(_ index: Int) -> String { Self.inSentence(ruleset.scores[index].label.resolve(lang)) }

    func levelLabel(score index: Int, name: String) -> String {
        ruleset.scores[index].levels.first { $0.name == name }?.displayLabel(lang) ?? name
    }

    /// The event type named by a selector (`application[rome != '']` → `application`).
    func eventType(ofSelector selector: String) -> EventType? {
        let id = selector.split(separator: "[", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? selector
        return ruleset.eventType(id)
    }

    /// How many events of a type: « 3 candidatures », « 1 entretien », else « Candidature : 3 ».
    func counted(_ count: Int, _ type: EventType?, selector: String) -> String {
        let figure = NumberText.count(count, lang)
        guard let type else { return figure }
        let one = lang == .fr ? count < 2 : count == 1
        var text: String
        if let noun = (one ? type.noun : type.plural)?.resolve(lang), !noun.isEmpty {
            text = figure + " " + noun
        } else {
            text = Strings.plainLabelValue.format(lang, type.label.resolve(lang), figure)
        }
        if let filter = filterWords(selector, type) { text += " (" + filter + ")" }
        return text
    }

    /// A simple selector filter in words (`attended = true` → « Présent·e : oui »); nil for anything else.
    func filterWords(_ selector: String, _ type: EventType) -> String? {
        guard let open = selector.firstIndex(of: "["), selector.hasSuffix("]") else { return nil }
        let inside = selector[selector.index(after: open)..<selector.index(before: selector.endIndex)].trimmingCharacters(in: .whitespaces)
        let isNot = inside.contains("!=")
        let parts = inside.components(separatedBy: isNot ? "!=" : "=").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].contains(" "), !inside.contains(" or "), !inside.contains(" and "),
              !inside.contains("<"), !inside.contains(">") else { return nil }
        let attribute = type.attributes?.first { $0.name == parts[0] }.map { Self.inSentence($0.label.resolve(lang)) } ?? parts[0].replacingOccurrences(of: "_", with: " ")
        var value = parts[1]
        if value.hasPrefix("'") || value.hasPrefix("\"") { value = String(value.dropFirst().dropLast()) }
        if value.isEmpty { return (isNot ? Strings.plainGiven : Strings.plainNotGiven).format(lang, Self.capitalized(attribute)) }
        if value == "true" { value = isNot ? Strings.plainNo(lang) : Strings.plainYes(lang) } else if value == "false" {
            value = isNot ? Strings.plainYes(lang) : Strings.plainNo(lang)
        } else {
            value = type.valueLabel(parts[0], value)?.resolve(lang) ?? Strings.categoryLabel(value)?(lang) ?? value.replacingOccurrences(of: "_", with: " ")
            if isNot { value = Strings.plainNot.format(lang, "« " + value + " »") }
        }
        return Strings.plainLabelValue.format(lang, Self.capitalized(attribute), value)
    }

    /// An event attribute's label (« Heures »), else its name in words.
    func attributeLabel(_ attribute: String, _ type: EventType?) -> String {
        type?.attributes?.first { $0.name == attribute }?.label.resolve(lang) ?? attribute.replacingOccurrences(of: "_", with: " ")
    }

    /// An event as a room reads it: « candidature le 12 mars ».
    func event(_ event: EventReference) -> String {
        let type = ruleset.eventType(event.type)
        let label = type?.noun?.resolve(lang) ?? type.map { Self.inSentence($0.label.resolve(lang)) } ?? event.type.replacingOccurrences(of: "_", with: " ")
        return Strings.plainEventOn.format(lang, label, dayMonth(event.date))
    }

    // MARK: Profile

    /// How people read a profile attribute: the scenario's declaration, else the ruleset's.
    func profileAttribute(_ key: String) -> ProfileAttribute? {
        scenario.profileAttributes.first { $0.key == key } ?? ruleset.profile.first { $0.key == key }
    }

    /// The attribute's label (« Âge »), else its key in words (« metier recherche » → « Metier recherche »).
    func profileLabel(_ key: String) -> String {
        if let label = profileAttribute(key)?.label.resolve(lang), !label.isEmpty { return label }
        // The two keys the rule language itself knows (`days_registered`, the board's age column).
        if key == "registered" { return Strings.profileRegistered(lang) }
        if key == "age" { return Strings.profileAge(lang) }
        return Self.capitalized(key.replacingOccurrences(of: "_", with: " "))
    }

    /// A claimant's profile value as people read it on `day` (« 58 ans », « 22 déc. 2022 (14 mois) », « Guidé »).
    func profileValue(_ entry: ProfileEntry, day: Int) -> String {
        let attribute = profileAttribute(entry.key)
        let kind = attribute?.kind ?? (entry.key == "registered" ? .date : nil)
        switch (kind, entry.value) {
        case (.date?, .number(let index)):
            let date = scenario.date(ofDay: Int(index))
            let elapsed = day - Int(index)
            return (elapsed >= 0 ? Strings.cardSince : Strings.cardInFuture).format(lang, shortDate(date), duration(days: elapsed))
        case (_, .bool(let flag)):
            return flag ? Strings.plainYes(lang) : Strings.plainNo(lang)
        case (.flag?, .number(let value)):
            return value != 0 ? Strings.plainYes(lang) : Strings.plainNo(lang)
        case (_, .number(let value)):
            return number(value, unit: attribute?.unit)
        case (_, .text(let code)):
            if let named = attribute?.values.first(where: { $0.code == code }) { return named.label.resolve(lang) }
            let shown = entry.display.resolve(lang)
            if let category = Strings.categoryLabel(shown)?(lang) { return category }
            // A code written as an identifier (`sante_social`) reads as words.
            return shown.contains(" ") ? shown : shown.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// A profile value in a sentence, with its label: « Âge : 58 ans ».
    func profileFact(_ key: String, day: Int, claimant: Int) -> String? {
        guard let entry = scenario.claimants[claimant].profile.first(where: { $0.key == key }) else { return nil }
        return Strings.plainLabelValue.format(lang, Self.inSentence(profileLabel(key)), profileValue(entry, day: day))
    }
}
