import JREText

/// Turns explained expression trees into words: a condition into a clause that says what held or did
/// not (« inscrit depuis 15,1 mois (seuil : 12 mois) »), a computed value into the facts behind it
/// (« 3 candidatures, 1 entretien »).
///
/// Names come from labels (scores, parameters, event types, profile attributes), never from ids.
struct ConditionSentence {
    let words: PlainWords
    let explanation: ClaimantExplanation
    /// The score a level condition belongs to (what `value` names).
    var levelScore: Int?

    var lang: Lang { words.lang }
    var ruleset: Ruleset { words.ruleset }

    // MARK: Conditions

    /// A boolean sub-expression as a clause stating the facts, whether it held or not.
    func clause(_ node: ExplainedNode) -> String {
        let holds = node.value == .bool(true)
        switch node.detail {
        case .operation(let symbol) where symbol == "and" || symbol == "or":
            let parts = ExplanationText.flattened(node)
            // What decided: for a true `and` or a false `or`, every part; otherwise the parts that agree with the result.
            let deciding = ((symbol == "and") == holds ? parts : parts.filter { $0.value == .bool(holds) }).filter(\.evaluated)
            let clauses = unique((deciding.isEmpty ? parts : deciding).map(clause).filter { !$0.isEmpty })
            return clauses.joined(separator: symbol == "and" && holds ? Strings.plainAnd(lang) : Strings.plainClauseSeparator(lang))
        case .operation("not"):
            return node.children.first.map(clause) ?? ""
        case .operation("has"):
            let key = Self.profileKey(in: node.text)
            let label = PlainWords.capitalized(words.profileLabel(key))
            return (holds ? Strings.plainGiven : Strings.plainNotGiven).format(lang, label)
        case .operation(let symbol) where ["<", "<=", ">", ">=", "=", "!="].contains(symbol):
            return comparison(node, op: symbol, holds: holds)
        case .profile(let key, _):
            return profileFact(key) ?? ""
        case .literal:
            return ""
        default:
            let parts = facts(node)
            return parts.isEmpty ? Strings.plainSomeCondition(lang) : parts.joined(separator: ", ")
        }
    }

    /// `a op b` in words: the subject with its value, then the threshold and whether it was reached.
    func comparison(_ node: ExplainedNode, op: String, holds: Bool) -> String {
        guard node.children.count == 2 else { return "" }
        var subject = node.children[0], other = node.children[1], op = op
        if Self.isLevel(other) || (Self.isFixed(subject) && !Self.isFixed(other)) {
            swap(&subject, &other)
            op = Self.mirrored(op)
        }
        if case .level(let scoreId) = subject.detail, case .text(let name) = other.value, let index = ruleset.scoreIndex(scoreId) {
            return levelClause(index, name: name, equal: op == "=", holds: holds)
        }
        if case .text(let shown) = subject.value {
            var text = subjectPhrase(subject, unit: nil)
            if case .text(let written) = other.value, (op == "=") != holds {
                text += " (" + Strings.plainNot.format(lang, "« " + valueName(written, of: subject) + " »") + ")"
            }
            _ = shown
            return text
        }
        let unit = unit(of: subject) ?? unit(of: other)
        let threshold: String = {
            if case .number(let value) = other.value { return words.number(value, unit: unit) }
            return facts(other).joined(separator: ", ")
        }()
        // `value op threshold` inside a level: the relation alone, the score is named around it.
        if case .levelSubject = subject.detail {
            return relation(op, holds: holds, threshold: threshold, literal: nil)
                .map { Strings.plainValueAndReason.format(lang, words.number(number(subject), unit: unit), $0) } ?? words.number(number(subject), unit: unit)
        }
        let phrase = subjectPhrase(subject, unit: unit)
        guard let relation = relation(op, holds: holds, threshold: threshold, literal: other) else { return phrase }
        return phrase + " (" + relation + ")"
    }

    /// The threshold in words, or nil when the subject alone says it (`= 0`, `> 0`, `= 'x'`).
    func relation(_ op: String, holds: Bool, threshold: String, literal other: ExplainedNode?) -> String? {
        if let other, case .literal = other.detail, case .number(let value) = other.value {
            // The subject's own figures say whether it equals a fixed number.
            if op == "=" || op == "!=" { return nil }
            if (op == ">" && value == 0) || (op == ">=" && value == 1) { return nil }
        }
        switch op {
        case ">=": return (holds ? Strings.plainAtLeastHeld : Strings.plainAtLeastNot).format(lang, threshold)
        case ">": return (holds ? Strings.plainMoreThanHeld : Strings.plainMoreThanNot).format(lang, threshold)
        case "<": return (holds ? Strings.plainLessThanHeld : Strings.plainLessThanNot).format(lang, threshold)
        case "<=": return (holds ? Strings.plainAtMostHeld : Strings.plainAtMostNot).format(lang, threshold)
        case "=": return holds ? nil : Strings.plainNot.format(lang, threshold)
        default: return holds ? Strings.plainNot.format(lang, threshold) : nil
        }
    }

    /// `score.level = 'x'` in words: « dynamique de recherche « faible » (0 point, moins de 5 points) ».
    func levelClause(_ index: Int, name: String, equal: Bool, holds: Bool) -> String {
        let score = explanation.scores[index]
        let current = score.chosenLevel.map { score.levels[$0].name }
        let currentLabel = current.map { words.levelLabel(score: index, name: $0) } ?? "—"
        var text = Strings.plainLevelIs.format(lang, words.scoreLabel(index), currentLabel)
        if current == name {
            if let reason = levelReason(index) { text += " (" + reason + ")" }
        } else {
            text += " (" + Strings.plainNot.format(lang, "« " + words.levelLabel(score: index, name: name) + " »") + ")"
        }
        _ = equal
        _ = holds
        return text
    }

    /// Why a score got its level: its sentence template, else its condition (or, for the last level, the
    /// level above's condition that did not hold), with the score's value.
    func levelReason(_ index: Int) -> String? {
        let score = explanation.scores[index]
        guard let chosen = score.chosenLevel else { return nil }
        let definition = ruleset.scores[index]
        var inner = self
        inner.levelScore = index
        if let template = definition.levels[chosen].sentence {
            return SentenceTemplate(words: words, explanation: explanation).fill(template, score: index, reasons: { inner.genericLevelReason(index) ?? "" })
        }
        return inner.genericLevelReason(index)
    }

    func genericLevelReason(_ index: Int) -> String? {
        let score = explanation.scores[index]
        guard let chosen = score.chosenLevel else { return nil }
        let level = score.levels[chosen]
        if let condition = level.condition { return clause(condition) }
        // The last level: what the level above asked, which did not hold.
        if chosen > 0, let above = score.levels[chosen - 1].condition { return clause(above) }
        return nil
    }

    // MARK: Values

    /// A value with what it is: a score's phrase or label, an event count, a profile fact.
    func subjectPhrase(_ node: ExplainedNode, unit: LocalizedText?) -> String {
        switch node.detail {
        case .score(let id):
            guard let index = ruleset.scoreIndex(id) else { break }
            return scoreFact(index, value: number(node), unit: unit)
        case .levelSubject:
            if let index = levelScore { return scoreFact(index, value: number(node), unit: unit) }
        case .parameter(let id, _):
            guard let parameter = ruleset.parameters.first(where: { $0.id == id }) else { break }
            return Strings.plainLabelValue.format(lang, PlainWords.inSentence(parameter.label.resolve(lang)), words.number(number(node), unit: parameter.unit))
        case .profile(let key, _):
            return profileFact(key) ?? words.number(number(node))
        case .aggregate(let detail):
            return aggregatePhrase(detail, node)
        case .daysRegistered:
            return Strings.plainDaysRegistered.format(lang, words.duration(days: Int(number(node))))
        case .today:
            return Strings.plainToday.format(lang, NumberText.count(Int(number(node)), lang))
        default:
            break
        }
        let value = words.number(number(node), unit: unit)
        // A difference reads as its result with the two figures: « 18 heures (34 − 16) ».
        if case .operation("-") = node.detail, node.children.count == 2,
           case .number(let a) = node.children[0].value, case .number(let b) = node.children[1].value {
            return value + " (" + words.number(a) + " − " + words.number(b) + ")"
        }
        let parts = facts(node)
        return parts.isEmpty ? value : parts.joined(separator: ", ")
    }

    /// « ancienneté d'inscription : 15,1 mois », or the score's phrase (« inscrit depuis 15,1 mois »).
    func scoreFact(_ index: Int, value: Double, unit: LocalizedText?) -> String {
        let score = ruleset.scores[index]
        let written = words.number(value, unit: score.unit ?? unit)
        if let phrase = score.phrase?.resolve(lang), !phrase.isEmpty {
            return phrase.replacingOccurrences(of: "{value}", with: written)
        }
        return Strings.plainLabelValue.format(lang, words.scoreLabel(index), written)
    }

    func profileFact(_ key: String) -> String? {
        words.profileFact(key, day: explanation.day, claimant: explanation.claimantIndex)
    }

    /// A text value by its name: a profile attribute's value label, a known category, else as written.
    func valueName(_ code: String, of node: ExplainedNode) -> String {
        if case .profile(let key, _) = node.detail, let named = words.profileAttribute(key)?.values.first(where: { $0.code == code }) {
            return named.label.resolve(lang)
        }
        if case .aggregate(let detail) = node.detail, let attribute = detail.attribute,
           let named = words.eventType(ofSelector: detail.selector)?.valueLabel(attribute, code) {
            return named.resolve(lang)
        }
        return Strings.categoryLabel(code)?(lang) ?? code.replacingOccurrences(of: "_", with: " ")
    }

    /// What an event function found, in words.
    func aggregatePhrase(_ detail: AggregateDetail, _ node: ExplainedNode) -> String {
        let type = words.eventType(ofSelector: detail.selector)
        let label = type.map { PlainWords.capitalized($0.label.resolve(lang)) } ?? detail.selector
        let value = number(node)
        switch detail.function {
        case "count":
            return words.counted(Int(value), type, selector: detail.selector)
        case "days_since":
            guard value.isFinite, let event = detail.events.last else { return Strings.plainNoEvent.format(lang, label) }
            return Strings.plainDaysAgo.format(lang, label, words.duration(days: Int(value)), words.dayMonth(event.date))
        default:
            let attribute = words.attributeLabel(detail.attribute ?? "", type)
            let shown = value.isFinite ? words.number(value) : Strings.plainNone(lang)
            let phrase: Phrase
            switch detail.function {
            case "last": phrase = Strings.plainLastValue
            case "highest": phrase = Strings.plainHighest
            case "lowest": phrase = Strings.plainLowest
            case "distinct": phrase = Strings.plainDistinct
            default: phrase = Strings.plainSum
            }
            return phrase.format(lang, label, PlainWords.inSentence(attribute), shown)
        }
    }

    /// The facts a computed value rests on: event counts, scores, profile values; caps that bound it.
    func facts(_ node: ExplainedNode) -> [String] {
        guard node.evaluated else { return [] }
        switch node.detail {
        case .literal, .parameter, .level, .today:
            return []
        case .score, .profile, .aggregate, .daysRegistered, .levelSubject:
            return [subjectPhrase(node, unit: nil)]
        case .operation(let symbol):
            switch symbol {
            case "if":
                guard node.children.count == 3 else { return [] }
                let chosen = node.children[0].value == .bool(true) ? node.children[1] : node.children[2]
                let inner = facts(chosen)
                return inner.isEmpty ? [clause(node.children[0])].filter { !$0.isEmpty } : inner
            case "and", "or", "not", "has", "<", "<=", ">", ">=", "=", "!=":
                return [clause(node)].filter { !$0.isEmpty }
            case "min", "max":
                var parts = unique(node.children.flatMap(facts))
                // A parameter that decided the result is a cap (for min) or a floor (for max).
                if let bound = node.children.first(where: { if case .parameter = $0.detail { return true } else { return false } }),
                   case .number(let limit) = bound.value, case .number(let result) = node.value, limit == result,
                   node.children.contains(where: { child in
                       if case .number(let other) = child.value { return symbol == "min" ? other > limit : other < limit } else { return false }
                   }) {
                    var unit: LocalizedText?
                    if case .parameter(let id, _) = bound.detail { unit = ruleset.parameters.first { $0.id == id }?.unit }
                    parts.append((symbol == "min" ? Strings.plainCapReached : Strings.plainFloorReached).format(lang, words.number(limit, unit: unit)))
                }
                return parts
            case "model":
                return []
            default:
                return unique(node.children.flatMap(facts))
            }
        }
    }

    // MARK: Helpers

    func number(_ node: ExplainedNode) -> Double {
        switch node.value {
        case .number(let value): return value
        case .bool(let flag): return flag ? 1 : 0
        default: return .nan
        }
    }

    /// The unit of what a node computes: a score's or a parameter's declared unit.
    func unit(of node: ExplainedNode) -> LocalizedText? {
        switch node.detail {
        case .score(let id): return ruleset.scores.first { $0.id == id }?.unit
        case .levelSubject: return levelScore.flatMap { ruleset.scores[$0].unit }
        case .parameter(let id, _): return ruleset.parameters.first { $0.id == id }?.unit
        case .profile(let key, _): return words.profileAttribute(key)?.unit
        default: return nil
        }
    }

    /// A literal or a parameter (or arithmetic of them): the threshold side of a comparison.
    static func isFixed(_ node: ExplainedNode) -> Bool {
        switch node.detail {
        case .literal, .parameter: return true
        case .operation(let symbol) where ["+", "-", "*", "/"].contains(symbol): return node.children.allSatisfy(isFixed)
        default: return false
        }
    }

    static func isLevel(_ node: ExplainedNode) -> Bool {
        if case .level = node.detail { return true }
        return false
    }

    static func mirrored(_ op: String) -> String {
        switch op {
        case "<": return ">"
        case "<=": return ">="
        case ">": return "<"
        case ">=": return "<="
        default: return op
        }
    }

    /// `has(profile.registered)` → `registered`.
    static func profileKey(in text: String) -> String {
        guard let range = text.range(of: "profile.") else { return text }
        return String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    func unique(_ parts: [String]) -> [String] {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }
    }
}
