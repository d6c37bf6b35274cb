import JREText

/// An explanation a room can read: each alert, score and advice as sentences with labels, values,
/// units, thresholds and dated events, built from the same explanation tree as ``ExplanationText``
/// (which stays the formula view).
///
/// `sentences(for:)` is the one entry point for other screens (debrief, kiosk): one sentence per
/// alert that fired.
public struct PlainExplanation {
    public let simulation: Simulation
    public let lang: Lang
    public let glyphs: Glyphs
    /// How many events of one type are listed by date before « and N more ».
    public static let eventLimit = 6

    public init(simulation: Simulation, lang: Lang, glyphs: Glyphs = .unicode) {
        self.simulation = simulation
        self.lang = lang
        self.glyphs = glyphs
    }

    var words: PlainWords { PlainWords(simulation: simulation, lang: lang) }
    var ruleset: Ruleset { simulation.ruleset }

    func sentence(_ explanation: ClaimantExplanation, levelScore: Int? = nil) -> ConditionSentence {
        ConditionSentence(words: words, explanation: explanation, levelScore: levelScore)
    }

    // MARK: Entry points

    /// One sentence per alert that fired: « Parcours à analyser : inscrit depuis 15,1 mois (seuil : 12 mois) et … ».
    public func sentences(for explanation: ClaimantExplanation) -> [String] {
        explanation.alerts.filter(\.fired).map { alertSentence($0, in: explanation) }
    }

    /// The sentence of one alert, fired or not, with its label.
    public func alertSentence(_ rule: RuleExplanation, in explanation: ClaimantExplanation) -> String {
        let label = ruleset.alerts[rule.index].label.resolve(lang)
        let reason = alertReason(rule, in: explanation)
        return (rule.fired ? Strings.plainAlertFired : Strings.plainAlertNotFired).format(lang, label, reason)
    }

    /// Why an alert is on or off, without its label: the author's sentence when it fired, else the generic one.
    public func alertReason(_ rule: RuleExplanation, in explanation: ClaimantExplanation) -> String {
        if case .fault(let kind) = rule.tree.value { return faultWords(kind) }
        if let standing = rule.rank { return rankReason(rule, standing, in: explanation) }
        let generic = { self.sentence(explanation).clause(rule.tree) }
        if rule.fired, let template = ruleset.alerts[rule.index].sentence {
            return SentenceTemplate(words: words, explanation: explanation).fill(template, score: nil, reasons: generic)
        }
        return generic()
    }

    /// « Pourquoi ? » of an alert: its sentence, then the scores it reads, each with its points and events.
    public func alertLines(_ rule: RuleExplanation, in explanation: ClaimantExplanation) -> [String] {
        let mark = rule.fired ? glyphs.ruleFired : glyphs.ruleNotFired
        var lines = ["\(mark) " + alertSentence(rule, in: explanation)]
        let scores = Array(Set(scoresRead(by: rule.tree) + (rule.rank.map { [$0.score] } ?? []))).sorted().filter { !ruleset.scores[$0].levels.isEmpty || ruleset.scores[$0].model != nil }
        if !scores.isEmpty {
            lines.append("")
            lines.append(Strings.plainBehind(lang))
            for index in scores { lines += scoreLines(explanation.scores[index], in: explanation).map { "  " + $0 } }
        }
        return lines
    }

    /// A score in words: its value and level with the reason, where its points came from, the window, the events.
    public func scoreLines(_ score: ScoreExplanation, in explanation: ClaimantExplanation) -> [String] {
        let definition = ruleset.scores[score.index]
        var lines = [scoreHeadline(score, in: explanation)]
        if case .fault(let kind) = score.tree.value {
            return lines + ["  " + faultWords(kind)]
        }
        if let contributions = score.contributions, let model = definition.model {
            return lines + modelLines(score, contributions, model) + CounterfactualText.lines(score, definition, lang)
        }
        let conditions = sentence(explanation)
        let terms = Self.terms(Self.effectiveRoot(score.tree))
        if terms.count > 1 {
            lines.append("  " + Strings.plainPoints(lang))
            for term in terms {
                var facts = conditions.facts(term.node)
                // A term that is a signal (`critere_a + critere_b`): the signal's label, then what it rests on.
                if case .score(let id) = term.node.detail, let index = ruleset.scoreIndex(id), index < explanation.scores.count,
                   ruleset.scores[index].levels.isEmpty, ruleset.scores[index].model == nil {
                    let inner = conditions.facts(explanation.scores[index].tree)
                    if !inner.isEmpty { facts = [Strings.plainLabelValue.format(lang, ruleset.scores[index].label.resolve(lang), inner.joined(separator: ", "))] }
                }
                let text = facts.isEmpty ? words.number(conditions.number(term.node)) : facts.joined(separator: ", ")
                let value = conditions.number(term.node) * term.sign
                lines.append("    \(glyphs.bullet) " + PlainWords.capitalized(text) + " (" + words.points(value) + ")")
            }
        } else if !Self.isAlias(score.tree) {
            let facts = conditions.facts(score.tree).filter { !$0.hasPrefix(words.scoreLabel(score.index)) }
            if !facts.isEmpty { lines.append("  " + PlainWords.capitalized(facts.joined(separator: Strings.plainClauseSeparator(lang))) + ".") }
        }
        // A score that is another signal as it is (`value: codes_rome`) shows that signal's window and events.
        var source = score.tree
        if case .score(let id) = score.tree.detail, let index = ruleset.scoreIndex(id), index < explanation.scores.count {
            source = explanation.scores[index].tree
        }
        lines += windowAndEvents(source, in: explanation).map { "  " + $0 }
        return lines
    }

    /// « Dynamique de recherche : 0 point → « faible » (0 point, moins de 5 points) ».
    public func scoreHeadline(_ score: ScoreExplanation, in explanation: ClaimantExplanation) -> String {
        let definition = ruleset.scores[score.index]
        let label = definition.label.resolve(lang)
        let value = valueText(score)
        guard let chosen = score.chosenLevel else { return Strings.plainScoreHead.format(lang, label, value) }
        let level = definition.levels[chosen].displayLabel(lang)
        guard let reason = sentence(explanation).levelReason(score.index) else { return Strings.plainScoreLevelBare.format(lang, label, value, level) }
        // The reason often starts with the value: say it once.
        let trimmed = reason.hasPrefix(value + ", ") ? String(reason.dropFirst(value.count + 2)) : reason
        return Strings.plainScoreLevel.format(lang, label, value, level, trimmed)
    }

    /// A score's value with its unit (« 15,1 mois », « jamais », « ? » when it could not be computed).
    public func valueText(_ score: ScoreExplanation) -> String {
        valueText(score: score.index, value: score.value ?? .nan)
    }

    /// A score's value as people write it, with its unit.
    public func valueText(score index: Int, value: Double) -> String {
        words.number(value, unit: ruleset.scores[index].unit)
    }

    /// A fired advice entry with its reason: « « Fixez-vous … » — parce que : dynamique … ».
    public func adviceSentence(_ rule: RuleExplanation, in explanation: ClaimantExplanation) -> String {
        Strings.plainAdviceBecause.format(lang, ruleset.advice[rule.index].text.resolve(lang), sentence(explanation).clause(rule.tree))
    }

    // MARK: The whole explanation (`jre-console explain`)

    /// Every alert, score, signal and advice of one claimant on one day, in sentences.
    public func render(_ explanation: ClaimantExplanation) -> [String] {
        var lines = ExplanationText.titleLines(explanation, simulation: simulation, lang: lang)
        let status = ruleset.provenance.status == .documented ? Strings.provenanceDocumented(lang) : Strings.provenanceIllustrative(lang)
        lines.append(Strings.plainProvenance.format(lang, status))
        if let fault = explanation.fault {
            lines.append("")
            lines.append(Strings.plainFaultFile.format(lang, FaultText.describe(fault, lang: lang)))
        }
        lines.append("")
        lines.append(Strings.plainAlertsTitle(lang))
        for alert in explanation.alerts.sorted(by: { $0.fired && !$1.fired }) {
            let mark = alert.fired ? glyphs.ruleFired : glyphs.ruleNotFired
            lines.append("  \(mark) " + alertSentence(alert, in: explanation))
        }
        let levelled = explanation.scores.filter { !ruleset.scores[$0.index].levels.isEmpty }
        if !levelled.isEmpty {
            lines.append("")
            lines.append(Strings.plainScoresTitle(lang))
            for score in levelled {
                lines += scoreLines(score, in: explanation).map { "  " + $0 }
            }
        }
        let signals = explanation.scores.filter { ruleset.scores[$0.index].levels.isEmpty }
        if !signals.isEmpty {
            lines.append("")
            lines.append(Strings.plainSignalsTitle(lang))
            for score in signals {
                lines.append("  \(glyphs.bullet) " + Strings.plainScoreHead.format(lang, ruleset.scores[score.index].label.resolve(lang), valueText(score)))
            }
        }
        if !explanation.advice.isEmpty {
            lines.append("")
            lines.append(Strings.plainAdviceTitle(lang))
            let fired = explanation.advice.filter(\.fired)
            if fired.isEmpty { lines.append("  " + Strings.plainNoAdvice(lang)) }
            for advice in fired { lines.append("  \(glyphs.bullet) " + adviceSentence(advice, in: explanation)) }
        }
        lines.append("")
        lines.append(Strings.plainFormulasHint(lang))
        return lines
    }

    // MARK: Parts

    /// A score that is another score's value as it is (`value: "codes_rome"`): nothing more to say.
    static func isAlias(_ node: ExplainedNode) -> Bool {
        if case .score = node.detail { return true }
        return false
    }

    /// What decided the value: through each `if`, the branch taken when it computes something.
    static func effectiveRoot(_ node: ExplainedNode) -> ExplainedNode {
        guard case .operation("if") = node.detail, node.children.count == 3 else { return node }
        let chosen = node.children[0].value == .bool(true) ? node.children[1] : node.children[2]
        if case .literal = chosen.detail { return node }
        return effectiveRoot(chosen)
    }

    /// The terms of a sum (`a + b - c`), with their signs; one term for anything else.
    static func terms(_ node: ExplainedNode) -> [(node: ExplainedNode, sign: Double)] {
        guard case .operation(let symbol) = node.detail, symbol == "+" || symbol == "-", node.children.count == 2 else { return [(node, 1)] }
        let left = terms(node.children[0])
        let right = terms(node.children[1]).map { ($0.node, symbol == "-" ? -$0.sign : $0.sign) }
        return left + right
    }

    /// The window the score's event functions looked at, then the events they counted, by type and date
    /// (through the intermediate signals it reads, whose events are its own).
    func windowAndEvents(_ tree: ExplainedNode, in explanation: ClaimantExplanation) -> [String] {
        var aggregates: [AggregateDetail] = []
        var visited = Set<Int>()
        func walk(_ node: ExplainedNode) {
            guard node.evaluated else { return }
            if case .aggregate(let detail) = node.detail { aggregates.append(detail) }
            // A signal's events count for the score that reads it; a levelled score has its own explanation.
            if case .score(let id) = node.detail {
                if let index = ruleset.scoreIndex(id), index < explanation.scores.count, ruleset.scores[index].levels.isEmpty,
                   ruleset.scores[index].model == nil, visited.insert(index).inserted {
                    walk(explanation.scores[index].tree)
                }
                return
            }
            node.children.forEach(walk)
        }
        walk(tree)
        guard !aggregates.isEmpty else { return [] }
        var lines: [String] = []
        var windows: [Double] = []
        for detail in aggregates where detail.function != "days_since" {
            if let window = detail.window, window.isFinite, !windows.contains(window) { windows.append(window) }
        }
        let lastDay = aggregates[0].lastDay
        for window in windows {
            let first = lastDay - Int(window.rounded(.down)) + 1
            if first < 1 {
                lines.append(Strings.plainWindowBeforeStart.format(lang, words.number(window), words.dayMonth(day: 1)))
            } else {
                lines.append(Strings.plainWindow.format(lang, words.number(window), words.dayMonth(day: first), words.dayMonth(day: lastDay)))
            }
        }
        if windows.isEmpty, aggregates.contains(where: { $0.function != "days_since" }) {
            lines.append(Strings.plainSinceStart.format(lang, words.dayMonth(day: 1)))
        }
        var seen = Set<Int>(), events: [EventReference] = [], left: [EventReference] = []
        for detail in aggregates {
            for event in detail.events where seen.insert(event.index).inserted { events.append(event) }
        }
        for detail in aggregates {
            for event in detail.leftWindow where !seen.contains(event.index) && seen.insert(event.index).inserted { left.append(event) }
        }
        lines += eventLines(events)
        if !left.isEmpty {
            lines.append(Strings.plainLeftWindow.format(lang, left.sorted { $0.day < $1.day }.map(words.event).joined(separator: ", ")))
        }
        return lines
    }

    /// Events grouped by type, each type with its dates: « Candidatures : 5 mars, 12 mars et 2 autres. ».
    func eventLines(_ events: [EventReference]) -> [String] {
        var order: [String] = []
        var byType: [String: [EventReference]] = [:]
        for event in events.sorted(by: { ($0.day, $0.index) < ($1.day, $1.index) }) {
            if byType[event.type] == nil { order.append(event.type) }
            byType[event.type, default: []].append(event)
        }
        return order.map { id in
            let list = byType[id] ?? []
            let type = ruleset.eventType(id)
            let label = type.map { $0.label.resolve(lang) } ?? id.replacingOccurrences(of: "_", with: " ")
            // Several on one day read once, with how many: « 4 mars (4 fois) ».
            var days: [(date: CivilDate, count: Int)] = []
            for event in list {
                if let last = days.last, last.date == event.date { days[days.count - 1].count += 1 } else { days.append((event.date, 1)) }
            }
            let dates = days.prefix(Self.eventLimit).map { $0.count > 1 ? Strings.plainTimesOnDay.format(lang, words.dayMonth($0.date), NumberText.count($0.count, lang)) : words.dayMonth($0.date) }
            let hidden = days.dropFirst(Self.eventLimit).reduce(0) { $0 + $1.count }
            var text = dates.joined(separator: ", ")
            if hidden == 1 { text += " " + Strings.plainOneMoreEvent(lang) } else if hidden > 1 {
                text += " " + Strings.plainMoreEvents.format(lang, NumberText.count(hidden, lang))
            }
            return Strings.plainEventsOfType.format(lang, label, text)
        }
    }

    /// A trained score: the features that weighed most, with the person's values and their push.
    func modelLines(_ score: ScoreExplanation, _ contributions: ModelContributions, _ model: ScoreModel) -> [String] {
        let kind = model.trained.kindName == "logistic-scorecard" ? Strings.modelKindScorecard(lang) : Strings.modelKindTrees(lang)
        var lines = ["  " + Strings.plainModelStart.format(lang, kind)]
        if let day = score.computedOn {
            lines.append("    " + Strings.explainRecomputedMonthly.format(lang, DateText.long(simulation.scenario.date(ofDay: day), lang: lang)))
        }
        let tunable = model.weightParameters(in: ruleset)
        for entry in contributions.ranked.prefix(5) {
            let feature = model.features[entry.index]
            var value: String
            switch entry.value {
            case _ where entry.isMissing: value = Strings.explainFeatureMissing(lang)
            case .number(let number) where feature.isIndicator && (number == 0 || number == 1):
                value = number == 1 ? Strings.plainYes(lang) : Strings.plainNo(lang)
            case .number(let number): value = words.number(number, unit: feature.unit)
            case .bool(let flag): value = flag ? Strings.plainYes(lang) : Strings.plainNo(lang)
            case .text(let code): value = Strings.categoryLabel(code)?(lang) ?? code.replacingOccurrences(of: "_", with: " ")
            case .fault: value = Strings.explainFeatureMissing(lang)
            }
            var line = "    \(glyphs.bullet) " + Strings.plainModelFeature.format(lang, feature.label.resolve(lang), value, NumberText.signed(entry.contribution, lang, decimals: 2))
            // A scorecard weight the lab can move carries its « documenté / reconstitution » mark.
            if tunable[entry.index] != nil { line += " — " + ExplanationText(simulation: simulation, lang: lang).weightMark(model, entry.index) }
            lines.append(line)
        }
        return lines
    }

    /// The scores an expression reads (directly or through a level) in the parts that decided it, in ruleset order.
    func scoresRead(by tree: ExplainedNode) -> [Int] {
        var found = Set<Int>()
        func walk(_ node: ExplainedNode) {
            guard node.evaluated else { return }
            switch node.detail {
            case .score(let id), .level(let id): if let index = ruleset.scoreIndex(id) { found.insert(index) }
            default: break
            }
            node.children.forEach(walk)
        }
        walk(tree)
        return found.sorted()
    }

    func faultWords(_ kind: EvaluationFault.Kind) -> String {
        switch kind {
        case .divisionByZero: return Strings.faultShortDivision(lang)
        case .missingProfile(let key): return Strings.faultMissingProfile.format(lang, words.profileLabel(key))
        case .wrongProfileType(let key): return Strings.faultWrongProfileType.format(lang, words.profileLabel(key))
        }
    }
}
