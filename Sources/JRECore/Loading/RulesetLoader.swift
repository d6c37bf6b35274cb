import JREText
import Yams

/// Reads a ruleset file into the model, reporting every structural problem it finds.
package struct RulesetLoader {
    let reader: YAMLReader
    /// Where trained scores' model files are read.
    let models: ModelFileSource

    package init(file: SourceFile, lang: Lang, models: ModelFileSource = ModelFileSource()) {
        reader = YAMLReader(file: file, lang: lang)
        self.models = models
    }

    /// The ruleset, or nil when the file's structure is too broken to use; diagnostics either way.
    package func load(id: String) -> (Ruleset?, [Diagnostic]) {
        guard let root = reader.compose() else { return (nil, reader.diagnostics) }
        let known = ["format", "title", "description", "language", "provenance", "events", "parameters", "scores", "alerts", "advice", "decisions", "evidence", "profile"]
        guard let pairs = reader.mapping(root, known: known, required: ["title", "events"], what: LocalizedMessage(Strings.whatRuleset)) else {
            return (nil, reader.diagnostics)
        }
        let fields = Dictionary(pairs.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        if let format = fields["format"] { checkFormat(format) }
        var language = Lang.fr
        if let node = fields["language"] { language = self.language(node) ?? .fr }

        var ruleset = Ruleset(
            id: id, source: reader.file,
            title: fields["title"].flatMap { reader.text($0, language: language) } ?? LocalizedText(fr: id),
            description: fields["description"].flatMap { reader.text($0, language: language) },
            language: language,
            provenance: fields["provenance"].flatMap { provenance($0, language: language) } ?? .unstated,
            eventTypes: [], parameters: [], scores: [], alerts: [], advice: [], decisions: []
        )
        if let node = fields["events"] { ruleset.eventTypes = eventTypes(node, language: language) }
        if let node = fields["parameters"] { ruleset.parameters = parameters(node, language: language) }
        if let node = fields["scores"] { ruleset.scores = scores(node, language: language) }
        if let node = fields["alerts"] { ruleset.alerts = alerts(node, language: language) }
        if let node = fields["advice"] { ruleset.advice = advice(node, language: language) }
        if let node = fields["decisions"] { ruleset.decisions = decisions(node, language: language) }
        if let node = fields["evidence"] { ruleset.evidence = evidence(node, language: language) }
        if let node = fields["profile"] { ruleset.profile = reader.profileAttributes(node, language: language) }
        for decision in ruleset.decisions {
            guard let requirement = decision.evidence else { continue }
            let domains = Set(ruleset.evidence.map(\.domain)).count
            if ruleset.evidence.isEmpty {
                reader.report(at: decision.position, length: decision.id.count, LocalizedMessage(Strings.diagEvidenceWithoutIndices, decision.id))
            } else if requirement.count > ruleset.evidence.count || requirement.domains > domains {
                reader.report(at: decision.position, length: decision.id.count, LocalizedMessage(Strings.diagEvidenceImpossible, [
                    .text(decision.id), .text(String(requirement.count)), .text(String(requirement.domains)),
                    .text(String(ruleset.evidence.count)), .text(String(domains)),
                ]))
            }
        }
        checkNamespaces(ruleset)
        checkSentences(alerts: fields["alerts"], scores: fields["scores"], in: ruleset)
        return (ruleset, reader.diagnostics)
    }

    func checkFormat(_ node: Node) {
        if node.scalar?.string != "1" {
            reader.report(at: node, LocalizedMessage(Strings.diagUnsupportedFormat, node.scalar?.string ?? "…"))
        }
    }

    func language(_ node: Node) -> Lang? {
        guard let string = reader.string(node) else { return nil }
        guard let lang = Lang(rawValue: string) else {
            reader.report(at: node, LocalizedMessage(Strings.diagUnknownLanguageValue, string))
            return nil
        }
        return lang
    }

    func provenance(_ node: Node, language: Lang) -> Provenance? {
        guard let pairs = reader.mapping(node, known: ["status", "source"], required: ["status"], what: LocalizedMessage(Strings.whatProvenance)) else { return nil }
        var result = Provenance.unstated
        for (key, _, value) in pairs {
            switch key {
            case "status":
                guard let string = reader.string(value) else { continue }
                if let status = Provenance.Status(rawValue: string) {
                    result.status = status
                } else {
                    let names = Provenance.Status.allCases.map(\.rawValue)
                    reader.report(at: value, LocalizedMessage(Strings.diagBadChoice, string, names.joined(separator: ", "), suggestion(string, names)))
                }
            case "source": result.source = reader.text(value, language: language)
            default: break
            }
        }
        return result
    }

    func suggestion(_ name: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: name, in: candidates).map { Strings.diagDidYouMean.format(reader.lang, $0) } ?? ""
    }

    /// Reports ids declared twice in one list.
    func checkUnique(_ ids: [(String, SourcePosition)], kind: Phrase) {
        var seen: [String: SourcePosition] = [:]
        for (id, position) in ids {
            if let first = seen[id] {
                reader.report(at: position, length: id.count, LocalizedMessage(Strings.diagDuplicateId, [.message(LocalizedMessage(kind)), .text(id), .text(String(first.line))]))
            } else {
                seen[id] = position
            }
        }
    }

    // MARK: Sections

    func eventTypes(_ node: Node, language: Lang) -> [EventType] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatEvents))]))
            return []
        }
        var result: [EventType] = []
        for (key, value) in mapping {
            guard let id = reader.identifier(key, allowDash: false) else { continue }
            let position = reader.position(of: key)
            reader.within(LocalizedMessage(Strings.ctxEventType, id)) {
                let languageKeys: Set<String> = ["fr", "en"]
                if let map = value.mapping, !Set(map.keys.compactMap { $0.scalar?.string }).isSubset(of: languageKeys) {
                    guard let pairs = reader.mapping(value, known: ["label", "attributes", "description", "noun", "plural"], required: ["label"], what: LocalizedMessage(Strings.whatEventType)) else { return }
                    var type = EventType(id: id, label: LocalizedText(fr: id), attributes: nil, position: position)
                    for (field, _, content) in pairs {
                        switch field {
                        case "label": type.label = reader.text(content, language: language) ?? type.label
                        case "noun": type.noun = reader.text(content, language: language)
                        case "plural": type.plural = reader.text(content, language: language)
                        case "attributes":
                            guard let attributes = content.mapping else {
                                reader.report(at: content, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatAttributes))]))
                                continue
                            }
                            type.attributes = attributes.compactMap { name, label -> (name: String, label: LocalizedText)? in
                                guard let name = reader.identifier(name, allowDash: false) else { return nil }
                                guard let fields = label.mapping, !Set(fields.keys.compactMap { $0.scalar?.string }).isSubset(of: languageKeys) else {
                                    return (name, reader.text(label, language: language) ?? LocalizedText(fr: name))
                                }
                                // `{label, values}`: the label and the names of the attribute's coded values.
                                let attribute = reader.attributeWithValues(label, name: name, language: language)
                                if !attribute.values.isEmpty { type.attributeValues[name] = attribute.values }
                                return (name, attribute.label)
                            }
                        default: break
                        }
                    }
                    result.append(type)
                } else if let label = reader.text(value, language: language) {
                    result.append(EventType(id: id, label: label, attributes: nil, position: position))
                }
            }
        }
        return result
    }

    func parameters(_ node: Node, language: Lang) -> [Parameter] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatParameters))]))
            return []
        }
        var result: [Parameter] = []
        for (key, value) in mapping {
            guard let id = reader.identifier(key, allowDash: false) else { continue }
            let position = reader.position(of: key)
            reader.within(LocalizedMessage(Strings.ctxParameter, id)) {
                let known = ["value", "min", "max", "step", "unit", "label", "description", "provenance"]
                guard let pairs = reader.mapping(value, known: known, required: ["value", "min", "max"], what: LocalizedMessage(Strings.whatParameter)) else { return }
                var parameter = Parameter(id: id, label: LocalizedText(fr: id), description: nil, value: 0, min: 0, max: 0, step: 1, unit: nil, provenance: .unstated, position: position)
                var valueNode: Node?
                var complete = true
                for (field, _, content) in pairs {
                    switch field {
                    case "value": valueNode = content; if let v = reader.number(content) { parameter.value = v } else { complete = false }
                    case "min": if let v = reader.number(content) { parameter.min = v } else { complete = false }
                    case "max": if let v = reader.number(content) { parameter.max = v } else { complete = false }
                    case "step":
                        if let v = reader.number(content) {
                            if v <= 0 { reader.report(at: content, LocalizedMessage(Strings.diagStepNotPositive, NumberFormat.plain(v))) } else { parameter.step = v }
                        }
                    case "unit": parameter.unit = reader.text(content, language: language)
                    case "label": parameter.label = reader.text(content, language: language) ?? parameter.label
                    case "description": parameter.description = reader.text(content, language: language)
                    case "provenance": parameter.provenance = provenance(content, language: language) ?? .unstated
                    default: break
                    }
                }
                guard complete, pairs.contains(where: { $0.0 == "value" }), pairs.contains(where: { $0.0 == "min" }), pairs.contains(where: { $0.0 == "max" }) else { return }
                if parameter.min > parameter.max {
                    reader.report(at: value, LocalizedMessage(Strings.diagMinAboveMax, NumberFormat.plain(parameter.min), NumberFormat.plain(parameter.max)))
                } else if !parameter.accepts(parameter.value) {
                    reader.report(at: valueNode, LocalizedMessage(Strings.diagDefaultOutOfRange, id, NumberFormat.plain(parameter.value), NumberFormat.plain(parameter.min), NumberFormat.plain(parameter.max)))
                }
                result.append(parameter)
            }
        }
        return result
    }

    func scores(_ node: Node, language: Lang) -> [Score] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatScores))]))
            return []
        }
        var result: [Score] = []
        for (key, value) in mapping {
            guard let id = reader.identifier(key, allowDash: false) else { continue }
            let position = reader.position(of: key)
            reader.within(LocalizedMessage(Strings.ctxScore, id)) {
                let known = ["label", "description", "value", "model", "features", "levels", "provenance", "unit", "phrase", "recompute"]
                guard let pairs = reader.mapping(value, known: known, what: LocalizedMessage(Strings.whatScore)) else { return }
                var score = Score(id: id, label: LocalizedText(fr: id), description: nil, value: ExpressionSource(text: "0", anchor: TextAnchor(line: 0, column: 0, style: .plain)), levels: [], provenance: .unstated, position: position)
                var hasValue = false
                let modelNode = pairs.first { $0.0 == "model" }, featuresNode = pairs.first { $0.0 == "features" }
                if modelNode != nil || featuresNode != nil {
                    if let valueKey = pairs.first(where: { $0.0 == "value" })?.1 {
                        reader.report(at: valueKey, LocalizedMessage(Strings.diagScoreValueAndModel))
                        return
                    }
                    guard let model = scoreModel(model: modelNode, features: featuresNode, score: value, language: language) else { return }
                    score.model = model
                    score.value = ExpressionSource(text: "model: " + model.reference, anchor: TextAnchor(line: model.position.line, column: model.position.column, style: .plain))
                    hasValue = true
                } else if !pairs.contains(where: { $0.0 == "value" }) {
                    reader.report(at: value, length: 1, LocalizedMessage(Strings.diagMissingKey, "value"))
                }
                for (field, _, content) in pairs {
                    switch field {
                    case "label": score.label = reader.text(content, language: language) ?? score.label
                    case "description": score.description = reader.text(content, language: language)
                    case "value": if let expression = reader.expression(content) { score.value = expression; hasValue = true }
                    case "levels": score.levels = levels(content, language: language)
                    case "unit": score.unit = reader.text(content, language: language)
                    case "phrase": score.phrase = reader.text(content, language: language)
                    case "recompute":
                        guard let text = reader.string(content) else { break }
                        if text == "monthly" { score.recomputeMonthly = true } else { reader.report(at: content, LocalizedMessage(Strings.diagBadRecompute, text)) }
                    case "provenance": score.provenance = provenance(content, language: language) ?? .unstated
                    default: break
                    }
                }
                if hasValue { result.append(score) }
            }
        }
        return result
    }

    func levels(_ node: Node, language: Lang) -> [Level] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatLevels)) else { return [] }
        var result: [Level] = []
        for (index, item) in items.enumerated() {
            let known = ["name", "if", "severity", "label", "provenance", "sentence"]
            guard let pairs = reader.mapping(item, known: known, required: ["name", "severity"], what: LocalizedMessage(Strings.whatLevel)) else { continue }
            let nameNode = pairs.first { $0.0 == "name" }?.2
            let name = nameNode.flatMap { reader.identifier($0) } ?? "?"
            reader.within(LocalizedMessage(Strings.ctxLevel, name)) {
                var level = Level(name: name, label: nil, condition: nil, severity: .ok, provenance: nil, position: reader.position(of: item))
                var conditionNode: Node?
                for (field, _, content) in pairs {
                    switch field {
                    case "if": conditionNode = content; level.condition = reader.expression(content)
                    case "severity":
                        guard let string = reader.string(content) else { continue }
                        if let severity = Severity(rawValue: string) {
                            level.severity = severity
                        } else {
                            let names = Severity.allCases.map(\.rawValue)
                            reader.report(at: content, LocalizedMessage(Strings.diagBadChoice, string, names.joined(separator: ", "), suggestion(string, names)))
                        }
                    case "label": level.label = reader.text(content, language: language)
                    case "sentence": level.sentence = reader.text(content, language: language)
                    case "provenance": level.provenance = provenance(content, language: language)
                    default: break
                    }
                }
                let isLast = index == items.count - 1
                if isLast, let conditionNode {
                    reader.report(.warning, at: conditionNode, LocalizedMessage(Strings.diagLastLevelHasIf))
                } else if !isLast, conditionNode == nil {
                    reader.report(at: item, LocalizedMessage(Strings.diagLevelNeedsIf, name))
                }
                result.append(level)
            }
        }
        checkUnique(result.map { ($0.name, $0.position) }, kind: Strings.kindLevel)
        return result
    }

    func alerts(_ node: Node, language: Lang) -> [Alert] {
        guard let mapping = node.mapping else {
            reader.report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatAlerts))]))
            return []
        }
        var result: [Alert] = []
        for (key, value) in mapping {
            guard let id = reader.identifier(key, allowDash: false) else { continue }
            let position = reader.position(of: key)
            reader.within(LocalizedMessage(Strings.ctxAlert, id)) {
                // An alert chosen by rank needs no `when` (then everyone may be ranked).
                let ranked = value.mapping?.contains { $0.key.scalar?.string == "rank" } ?? false
                guard let pairs = reader.mapping(value, known: ["label", "description", "when", "provenance", "sentence", "rank"], required: ranked ? ["label"] : ["label", "when"], what: LocalizedMessage(Strings.whatAlert)) else { return }
                var alert = Alert(id: id, label: LocalizedText(fr: id), description: nil, when: ExpressionSource(text: "false", anchor: TextAnchor(line: 0, column: 0, style: .plain)), provenance: .unstated, position: position)
                var hasWhen = false
                for (field, _, content) in pairs {
                    switch field {
                    case "label": alert.label = reader.text(content, language: language) ?? alert.label
                    case "description": alert.description = reader.text(content, language: language)
                    case "when": if let expression = reader.expression(content) { alert.when = expression; hasWhen = true }
                    case "sentence": alert.sentence = reader.text(content, language: language)
                    case "provenance": alert.provenance = provenance(content, language: language) ?? .unstated
                    case "rank": alert.rank = rank(content)
                    default: break
                    }
                }
                if ranked, !hasWhen, alert.rank != nil {
                    alert.when = ExpressionSource(text: "true", anchor: TextAnchor(line: 0, column: 0, style: .plain))
                    hasWhen = true
                }
                if hasWhen, !ranked || alert.rank != nil { result.append(alert) }
            }
        }
        if result.count > 64 {
            reader.report(at: node, LocalizedMessage(Strings.diagTooManyAlerts, String(result.count)))
        }
        return result
    }

    func advice(_ node: Node, language: Lang) -> [Advice] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatAdvice)) else { return [] }
        var result: [Advice] = []
        for (index, item) in items.enumerated() {
            reader.within(LocalizedMessage(Strings.ctxAdvice, String(index + 1))) {
                guard let pairs = reader.mapping(item, known: ["id", "when", "text", "provenance"], required: ["when", "text"], what: LocalizedMessage(Strings.whatAdviceItem)) else { return }
                var advice = Advice(id: "advice_\(index + 1)", when: ExpressionSource(text: "false", anchor: TextAnchor(line: 0, column: 0, style: .plain)), text: LocalizedText(), provenance: .unstated, position: reader.position(of: item))
                var complete = true
                for (field, _, content) in pairs {
                    switch field {
                    case "id": if let id = reader.identifier(content) { advice.id = id }
                    case "when": if let expression = reader.expression(content) { advice.when = expression } else { complete = false }
                    case "text": if let text = reader.text(content, language: language) { advice.text = text } else { complete = false }
                    case "provenance": advice.provenance = provenance(content, language: language) ?? .unstated
                    default: break
                    }
                }
                if complete, pairs.count >= 2 { result.append(advice) }
            }
        }
        if result.count > 64 {
            reader.report(at: node, LocalizedMessage(Strings.diagTooManyAdvice, String(result.count)))
        }
        checkUnique(result.map { ($0.id, $0.position) }, kind: Strings.kindAdvice)
        return result
    }

    func decisions(_ node: Node, language: Lang) -> [Decision] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatDecisions)) else { return [] }
        var result: [Decision] = []
        for item in items {
            let known = ["id", "label", "description", "justification", "evidence", "provenance"]
            guard let pairs = reader.mapping(item, known: known, required: ["id", "label"], what: LocalizedMessage(Strings.whatDecision)) else { continue }
            guard let idNode = pairs.first(where: { $0.0 == "id" })?.2, let id = reader.identifier(idNode) else { continue }
            reader.within(LocalizedMessage(Strings.ctxDecision, id)) {
                var decision = Decision(id: id, label: LocalizedText(fr: id), description: nil, justification: .optional, provenance: .unstated, position: reader.position(of: idNode))
                for (field, _, content) in pairs {
                    switch field {
                    case "label": decision.label = reader.text(content, language: language) ?? decision.label
                    case "description": decision.description = reader.text(content, language: language)
                    case "justification":
                        guard let string = reader.string(content) else { continue }
                        if let value = Decision.Justification(rawValue: string) {
                            decision.justification = value
                        } else {
                            let names = Decision.Justification.allCases.map(\.rawValue)
                            reader.report(at: content, LocalizedMessage(Strings.diagBadChoice, string, names.joined(separator: ", "), suggestion(string, names)))
                        }
                    case "provenance": decision.provenance = provenance(content, language: language) ?? .unstated
                    case "evidence": decision.evidence = evidenceRequirement(content)
                    default: break
                    }
                }
                result.append(decision)
            }
        }
        checkUnique(result.map { ($0.id, $0.position) }, kind: Strings.kindDecision)
        return result
    }

    func evidenceRequirement(_ node: Node) -> EvidenceRequirement? {
        guard let pairs = reader.mapping(node, known: ["count", "domains"], required: ["count"], what: LocalizedMessage(Strings.whatEvidence)) else { return nil }
        var requirement = EvidenceRequirement(count: 2, domains: 1)
        for (key, _, value) in pairs {
            guard let number = reader.integer(value) else { continue }
            if number < 1 {
                reader.report(at: value, LocalizedMessage(Strings.diagEvidenceCount, String(number)))
                continue
            }
            if key == "count" { requirement.count = number } else { requirement.domains = number }
        }
        if requirement.domains > requirement.count {
            reader.report(at: node, LocalizedMessage(Strings.diagEvidenceDomains, String(requirement.domains), String(requirement.count)))
        }
        return requirement
    }

    func evidence(_ node: Node, language: Lang) -> [EvidenceIndex] {
        guard let items = reader.sequence(node, what: LocalizedMessage(Strings.whatEvidence)) else { return [] }
        var result: [EvidenceIndex] = []
        for item in items {
            guard let pairs = reader.mapping(item, known: ["id", "label", "domain", "domain_label"], required: ["id", "label", "domain"], what: LocalizedMessage(Strings.whatEvidence)),
                  let idNode = pairs.first(where: { $0.0 == "id" })?.2, let id = reader.identifier(idNode) else { continue }
            var index = EvidenceIndex(id: id, label: LocalizedText(fr: id), domain: "", domainLabel: nil, position: reader.position(of: idNode))
            for (key, _, value) in pairs {
                switch key {
                case "label": index.label = reader.text(value, language: language) ?? index.label
                case "domain": index.domain = reader.identifier(value) ?? ""
                case "domain_label": index.domainLabel = reader.text(value, language: language)
                default: break
                }
            }
            result.append(index)
        }
        checkUnique(result.map { ($0.id, $0.position) }, kind: Strings.kindEvidence)
        return result
    }

    /// Names shared between parameters, scores and built-in words would be ambiguous in expressions.
    func checkNamespaces(_ ruleset: Ruleset) {
        let reserved = ["value", "today", "never", "days_registered", "true", "false", "and", "or", "not", "profile"]
        var taken: [String: Phrase] = [:]
        for parameter in ruleset.parameters {
            if reserved.contains(parameter.id) {
                reader.report(at: parameter.position, length: parameter.id.count, LocalizedMessage(Strings.diagReservedName, parameter.id))
            }
            taken[parameter.id] = Strings.kindParameter
        }
        for score in ruleset.scores {
            if reserved.contains(score.id) {
                reader.report(at: score.position, length: score.id.count, LocalizedMessage(Strings.diagReservedName, score.id))
            } else if let kind = taken[score.id] {
                reader.report(at: score.position, length: score.id.count, LocalizedMessage(Strings.diagNameClash, [.text(score.id), .message(LocalizedMessage(kind))]))
            }
        }
    }
}
