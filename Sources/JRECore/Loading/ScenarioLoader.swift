import Foundation
import JREText
import Yams

/// Reads a scenario file into the model, reporting every structural problem it finds.
struct ScenarioLoader {
    let reader: YAMLReader

    init(file: SourceFile, lang: Lang) {
        reader = YAMLReader(file: file, lang: lang)
    }

    /// The scenario, or nil when too broken to evaluate; diagnostics either way.
    func load(id: String) -> (Scenario?, [Diagnostic]) {
        guard let root = reader.compose() else { return (nil, reader.diagnostics) }
        let known = ["format", "title", "summary", "language", "ruleset", "alternative_rulesets", "start", "days",
                     "parameters", "briefing", "checkpoints", "claimants", "profile"]
        guard let pairs = reader.mapping(root, known: known, required: ["title", "ruleset", "start", "days", "claimants"], what: LocalizedMessage(Strings.whatScenario)) else {
            return (nil, reader.diagnostics)
        }
        let fields = Dictionary(pairs.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        if let format = fields["format"], format.scalar?.string != "1" {
            reader.report(at: format, LocalizedMessage(Strings.diagUnsupportedFormat, format.scalar?.string ?? "…"))
        }
        var language = Lang.fr
        if let node = fields["language"], let string = reader.string(node) {
            if let lang = Lang(rawValue: string) { language = lang } else {
                reader.report(at: node, LocalizedMessage(Strings.diagUnknownLanguageValue, string))
            }
        }
        let start = fields["start"].flatMap { reader.date($0) }
        var days = fields["days"].flatMap { reader.integer($0) }
        if let value = days, value < 1, let node = fields["days"] {
            reader.report(at: node, LocalizedMessage(Strings.diagDaysTooSmall, String(value)))
            days = nil
        }
        let rulesetNode = fields["ruleset"]
        let rulesetReference = rulesetNode.flatMap { reader.string($0) }

        var scenario = Scenario(
            id: id, source: reader.file,
            title: fields["title"].flatMap { reader.text($0, language: language) } ?? LocalizedText(fr: id),
            summary: fields["summary"].flatMap { reader.text($0, language: language) },
            language: language,
            rulesetReference: rulesetReference ?? "",
            rulesetPosition: reader.position(of: rulesetNode),
            alternativeRulesets: [],
            start: start ?? CivilDate(year: 2024, month: 1, day: 1)!,
            days: days ?? 1,
            parameterOverrides: [],
            briefing: fields["briefing"].flatMap { reader.text($0, language: language) },
            checkpoints: [],
            claimants: []
        )
        if let node = fields["alternative_rulesets"], let items = reader.sequence(node, what: LocalizedMessage(Strings.whatAlternativeRulesets)) {
            for item in items {
                guard let name = reader.string(item) else { continue }
                scenario.alternativeRulesets.append(name)
                scenario.alternativeRulesetPositions.append(reader.position(of: item))
            }
        }
        if let node = fields["parameters"] { scenario.parameterOverrides = overrides(node) }
        if let node = fields["profile"] { scenario.profileAttributes = reader.profileAttributes(node, language: language) }
        if let node = fields["checkpoints"] { scenario.checkpoints = checkpoints(node, language: language, days: days) }
        if let node = fields["claimants"] {
            scenario.claimants = claimants(node, language: language, start: start, days: days)
        }
        let usable = start != nil && days != nil && rulesetReference != nil && !scenario.claimants.isEmpty
        return (usable ? scenario : nil, reader.diagnostics)
    }

    func overrides(_ node: Node) -> [ParameterOverride] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatParameters))]))
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = reader.string(key), let number = reader.number(value) else { return nil }
            return ParameterOverride(name: name, value: number, position: reader.position(of: key))
        }
    }

    func checkpoints(_ node: Node, language: Lang, days: Int?) -> [Checkpoint] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatCheckpoints)) else { return [] }
        var result: [Checkpoint] = []
        for (index, item) in items.enumerated() {
            reader.within(LocalizedMessage(Strings.ctxCheckpoint, String(index + 1))) {
                guard let pairs = reader.mapping(item, known: ["day", "prompt"], required: ["day", "prompt"], what: LocalizedMessage(Strings.whatCheckpoint)),
                      let dayNode = pairs.first(where: { $0.0 == "day" })?.2,
                      let day = reader.integer(dayNode),
                      let promptNode = pairs.first(where: { $0.0 == "prompt" })?.2,
                      let prompt = reader.text(promptNode, language: language) else { return }
                if let days, !(1...days).contains(day) {
                    reader.report(at: dayNode, LocalizedMessage(Strings.diagDayOutsideRun, String(day), String(days)))
                    return
                }
                result.append(Checkpoint(day: day, prompt: prompt, position: reader.position(of: item)))
            }
        }
        return result.sorted { $0.day < $1.day }
    }

    func claimants(_ node: Node, language: Lang, start: CivilDate?, days: Int?) -> [Claimant] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatClaimants)) else { return [] }
        if items.isEmpty { reader.report(at: node, LocalizedMessage(Strings.diagNoClaimants)) }
        var result: [Claimant] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let idNode = item.mapping?["id"]
            let label = idNode?.scalar?.string ?? "#\(index + 1)"
            reader.within(LocalizedMessage(Strings.ctxClaimant, label)) {
                guard let pairs = reader.mapping(item, known: ["id", "name", "profile", "context", "situation", "returned_to_work", "events", "overpayment"], required: ["id", "name"], what: LocalizedMessage(Strings.whatClaimant)),
                      let idNode, let id = reader.identifier(idNode) else { return }
                if let first = seen[id] {
                    reader.report(at: idNode, LocalizedMessage(Strings.diagDuplicateId, [.message(LocalizedMessage(Strings.kindClaimant)), .text(id), .text(String(first))]))
                    return
                }
                seen[id] = reader.position(of: idNode).line
                var claimant = Claimant(id: id, name: id, profile: [], context: nil, situation: nil, events: [], position: reader.position(of: item))
                for (field, _, content) in pairs {
                    switch field {
                    case "name": claimant.name = reader.string(content) ?? id
                    case "profile": claimant.profile = profile(content, start: start, language: language)
                    case "context": claimant.context = reader.text(content, language: language)
                    case "situation":
                        guard let string = reader.string(content) else { break }
                        if let situation = TrueSituation(rawValue: string) {
                            claimant.situation = situation
                        } else {
                            let names = TrueSituation.allCases.map(\.rawValue)
                            let hint = Suggestion.closest(to: string, in: names).map { Strings.diagDidYouMean.format(reader.lang, $0) } ?? ""
                            reader.report(at: content, LocalizedMessage(Strings.diagBadChoice, string, names.joined(separator: ", "), hint))
                        }
                    case "returned_to_work": claimant.returnedToWork = reader.bool(content)
                    case "events": claimant.events = events(content, start: start, days: days, language: language)
                    case "overpayment": claimant.overpayment = overpayment(content)
                    default: break
                    }
                }
                result.append(claimant)
            }
        }
        return result
    }

    func profile(_ node: Node, start: CivilDate?, language: Lang) -> [ProfileEntry] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatProfile))]))
            return []
        }
        var entries: [ProfileEntry] = []
        for (key, value) in mapping {
            guard let name = reader.identifier(key, allowDash: false) else { continue }
            if value.mapping != nil {
                // A text shown in both languages; rules read the scenario language's version.
                guard let text = reader.text(value, language: language) else { continue }
                entries.append(ProfileEntry(key: name, value: .text(text.resolve(language)), display: text))
                continue
            }
            guard let scalar = reader.scalarValue(value) else { continue }
            let display = LocalizedText(value.scalar?.string ?? "", lang: language)
            if case .text(let text) = scalar, let date = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)), let start {
                entries.append(ProfileEntry(key: name, value: .number(Double(date.daysSinceEpoch - start.daysSinceEpoch + 1)), display: display))
            } else {
                entries.append(ProfileEntry(key: name, value: scalar, display: display))
            }
        }
        return entries
    }

    func events(_ node: Node, start: CivilDate?, days: Int?, language: Lang) -> [Event] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatEvents)) else { return [] }
        var result: [Event] = []
        for (index, item) in items.enumerated() {
            reader.within(LocalizedMessage(Strings.ctxEvent, String(index + 1))) {
                guard let mapping = item.mapping else {
                    reader.report(at: item, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatEvent))]))
                    return
                }
                var event = Event(day: 0, type: "", note: nil, attributes: [:], attributeOrder: [], position: reader.position(of: item))
                var dayNode: Node?
                var dateNode: Node?
                for (key, value) in mapping {
                    guard let name = reader.string(key) else { continue }
                    switch name {
                    case "day": dayNode = value
                    case "date": dateNode = value
                    case "type": event.type = reader.string(value) ?? ""
                    case "note": event.note = reader.text(value, language: language)
                    default:
                        if let written = value.mapping, !written.isEmpty, Set(written.keys.compactMap { $0.scalar?.string }).isSubset(of: ["fr", "en"]) {
                            // A free text in both languages: rules read the scenario language's version.
                            guard let text = reader.text(value, language: language) else { continue }
                            event.attributes[name] = .text(text.resolve(language))
                            event.attributeTexts[name] = text
                            event.attributeOrder.append(name)
                        } else if value.scalar == nil {
                            reader.report(at: value, LocalizedMessage(Strings.diagAttributeNotScalar, name))
                        } else if let scalar = reader.scalarValue(value) {
                            event.attributes[name] = scalar
                            event.attributeOrder.append(name)
                        }
                    }
                }
                if mapping["type"] == nil { reader.report(at: item, LocalizedMessage(Strings.diagMissingKey, "type")) }
                switch (dayNode, dateNode) {
                case (nil, nil):
                    reader.report(at: item, LocalizedMessage(Strings.diagEventNeedsDay))
                    return
                case (.some(let dayNode), .some):
                    reader.report(at: dayNode, LocalizedMessage(Strings.diagEventDayAndDate))
                    return
                case (.some(let dayNode), nil):
                    guard let day = reader.integer(dayNode) else { return }
                    if let days, !(1...days).contains(day) {
                        reader.report(at: dayNode, LocalizedMessage(Strings.diagDayOutsideRun, String(day), String(days)))
                        return
                    }
                    event.day = day
                case (nil, .some(let dateNode)):
                    guard let date = reader.date(dateNode), let start else { return }
                    let day = date.daysSinceEpoch - start.daysSinceEpoch + 1
                    if let days, !(1...days).contains(day) {
                        reader.report(at: dateNode, LocalizedMessage(Strings.diagDateOutsideRun, date.description, start.description, start.adding(days: days - 1).description))
                        return
                    }
                    event.day = day
                }
                if !event.type.isEmpty { result.append(event) }
            }
        }
        // A stable sort: equal days keep file order.
        return result.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }
}

extension ScenarioLoader {
    /// `overpayment: {amount: 94, cause: late_declaration}`: what a check would find, hidden until the debrief.
    func overpayment(_ node: Node) -> Overpayment? {
        let causes = Overpayment.Cause.allCases.map(\.rawValue)
        guard let pairs = reader.mapping(node, known: ["amount", "cause"], required: ["amount", "cause"], what: LocalizedMessage(Strings.diagBadOverpayment, causes.joined(separator: ", "))) else { return nil }
        var amount: Double?, cause: Overpayment.Cause?
        for (field, _, content) in pairs {
            let text = reader.string(content) ?? ""
            switch field {
            case "amount":
                amount = Double(text)
                if amount == nil || !(amount?.isFinite ?? false) { reader.report(at: content, LocalizedMessage(Strings.diagBadOverpayment, causes.joined(separator: ", "))) }
            case "cause":
                cause = Overpayment.Cause(rawValue: text)
                if cause == nil {
                    let hint = Suggestion.closest(to: text, in: causes).map { Strings.diagDidYouMean.format(reader.lang, $0) } ?? ""
                    reader.report(at: content, LocalizedMessage(Strings.diagBadChoice, text, causes.joined(separator: ", "), hint))
                }
            default: break
            }
        }
        guard let amount, let cause else { return nil }
        return Overpayment(amount: amount, cause: cause)
    }
}
