import JREText

/// Draws an explanation as indented text: for `jre-console explain` and for the console's « Pourquoi ? ».
public struct ExplanationText {
    public let simulation: Simulation
    public let lang: Lang
    /// The marks and bullets it draws with (``Glyphs/unicode`` unless told).
    public let glyphs: Glyphs

    public init(simulation: Simulation, lang: Lang, glyphs: Glyphs = .unicode) {
        self.simulation = simulation
        self.lang = lang
        self.glyphs = glyphs
    }

    private var ruleset: Ruleset { simulation.ruleset }

    /// The whole explanation of one claimant on one day.
    public func render(_ explanation: ClaimantExplanation) -> [String] {
        var lines = Self.titleLines(explanation, simulation: simulation, lang: lang)
        lines.append("")
        lines.append(Strings.explainParameters(lang))
        for use in explanation.parameters where use.isUsed {
            let parameter = ruleset.parameters[use.index]
            let changed = use.value != use.defaultValue ? " " + Strings.explainChangedFrom.format(lang, NumberFormat.plain(use.defaultValue)) : ""
            let unit = parameter.unit.map { " " + $0.resolve(lang) } ?? ""
            lines.append("  \(use.id) = \(NumberFormat.plain(use.value))\(unit)\(changed) — \(parameter.label.resolve(lang))")
        }
        if let fault = explanation.fault {
            lines.append("")
            lines.append(Strings.explainFault.format(lang, FaultText.describe(fault, lang: lang)))
        }
        for score in explanation.scores {
            lines.append("")
            lines += scoreLines(score)
        }
        lines.append("")
        lines.append(Strings.explainAlerts(lang))
        for alert in explanation.alerts {
            lines += ruleLines(alert, label: ruleset.alerts[alert.index].label.resolve(lang), provenance: ruleset.alerts[alert.index].provenance)
        }
        if !explanation.advice.isEmpty {
            lines.append("")
            lines.append(Strings.explainAdvice(lang))
            for advice in explanation.advice {
                lines += ruleLines(advice, label: "« " + ruleset.advice[advice.index].text.resolve(lang) + " »", provenance: ruleset.advice[advice.index].provenance)
            }
        }
        return lines
    }

    /// Who, which day, which scenario and rules: the first two lines of both views.
    static func titleLines(_ explanation: ClaimantExplanation, simulation: Simulation, lang: Lang) -> [String] {
        [Strings.explainTitle.format(lang, explanation.claimantName, explanation.claimantId, String(explanation.day),
                                     DateText.long(explanation.date, lang: lang), String(Scenario.week(ofDay: explanation.day))),
         Strings.explainScenarioLine.format(lang, simulation.scenario.title.resolve(lang), simulation.ruleset.title.resolve(lang))]
    }

    public func provenanceText(_ provenance: Provenance) -> String {
        let status = provenance.status == .documented ? Strings.provenanceDocumented(lang) : Strings.provenanceIllustrative(lang)
        if let source = provenance.source?.resolve(lang), !source.isEmpty { return "\(status) — \(source)" }
        return status
    }

    public func scoreLines(_ score: ScoreExplanation) -> [String] {
        let definition = ruleset.scores[score.index]
        var lines: [String] = []
        var head = "\(definition.label.resolve(lang)) [\(score.id)] = " + (score.value.map { valueText(.number($0)) } ?? "?")
        if let chosen = score.chosenLevel {
            let level = definition.levels[chosen]
            head += " → \(level.displayLabel(lang)) (\(severityWord(level.severity)))"
        }
        lines.append(head)
        lines.append("  " + provenanceText(definition.provenance))
        if let model = definition.model {
            lines += modelLines(score, model)
            lines += CounterfactualText.lines(score, definition, lang)
        } else {
            lines += tree(score.tree, indent: "  ")
        }
        if !score.levels.isEmpty {
            lines.append("  " + Strings.explainLevels(lang))
            for level in score.levels {
                let definitionLevel = definition.levels[level.index]
                let mark = level.isChosen ? glyphs.pointer : " "
                var line = "   \(mark) \(definitionLevel.displayLabel(lang)) (\(severityWord(level.severity)))"
                if let condition = level.condition {
                    line += " — " + Strings.explainIf.format(lang, condition.text, valueText(condition.value))
                } else {
                    line += " — " + Strings.explainOtherwise(lang)
                }
                lines.append(line)
                if let distance = level.distance, !level.isChosen {
                    lines += distanceLines(distance, indent: "       ")
                }
            }
        }
        return lines
    }

    /// A trained score: the model and its margin, then each feature by how much it pushed (largest first),
    /// with the person's value and unit, and the sub-expressions and events behind it.
    public func modelLines(_ score: ScoreExplanation, _ model: ScoreModel) -> [String] {
        let kind = model.trained.kindName == "logistic-scorecard" ? Strings.modelKindScorecard(lang) : Strings.modelKindTrees(lang)
        guard let contributions = score.contributions else {
            return ["  " + model.reference + " (\(kind))"] + tree(score.tree, indent: "  ", skipRoot: true)
        }
        var lines = ["  " + Strings.explainModelHeader.format(lang, model.reference, kind, NumberFormat.plain(contributions.margin),
                                                              NumberFormat.plain(contributions.bias), NumberFormat.plain(contributions.score))]
        if let day = score.computedOn {
            lines.append("  " + Strings.explainRecomputedMonthly.format(lang, DateText.long(simulation.scenario.date(ofDay: day), lang: lang)))
        }
        let tunable = model.weightParameters(in: ruleset)
        for entry in contributions.ranked {
            let feature = model.features[entry.index]
            let direction = entry.contribution > 0 ? Strings.explainContributionUp(lang)
                : entry.contribution < 0 ? Strings.explainContributionDown(lang) : Strings.explainContributionNone(lang)
            var value = entry.isMissing ? Strings.explainFeatureMissing(lang) : valueText(entry.value)
            if !entry.isMissing, let unit = feature.unit?.resolve(lang), !unit.isEmpty { value += " " + unit }
            lines.append("    " + Self.signed(entry.contribution) + "  " + feature.label.resolve(lang) + " = " + value + " — " + direction)
            if let parameter = tunable[entry.index] {
                lines.append("        " + Strings.explainWeightFrom.format(lang, NumberFormat.plain(explanationWeight(entry, parameter: parameter)),
                                                                        weightMark(model, entry.index), ruleset.parameters[parameter].id))
            }
            // A bare profile value says nothing more than the line above; anything else shows its workings and events.
            let child = score.tree.children[entry.index]
            if case .profile = child.detail { continue }
            lines += tree(child, indent: "        ")
        }
        lines.append("    " + Strings.explainContributionsNote(lang))
        return lines
    }

    /// The weight in force behind a contribution (contribution ÷ value, or the parameter's default when the value is 0).
    private func explanationWeight(_ entry: ModelContributions.Feature, parameter: Int) -> Double {
        if case .number(let value) = entry.value, value != 0 { return entry.contribution / value }
        if case .bool(let flag) = entry.value, flag { return entry.contribution }
        return ruleset.parameters[parameter].value
    }

    /// « poids documenté » or « poids reconstitué », from the scorecard file's `status` (unstated: reconstructed).
    public func weightMark(_ model: ScoreModel, _ index: Int) -> String {
        guard case .scorecard(let card) = model.trained, card.features.indices.contains(index) else { return Strings.weightReconstructed(lang) }
        return card.features[index].status == .documented ? Strings.weightDocumented(lang) : Strings.weightReconstructed(lang)
    }

    /// A contribution with its sign: `+0.412`, `-0.05`, `0`.
    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + NumberFormat.plain(value) : NumberFormat.plain(value)
    }

    public func ruleLines(_ rule: RuleExplanation, label: String, provenance: Provenance) -> [String] {
        var lines: [String] = []
        let mark = rule.fired ? glyphs.ruleFired : glyphs.ruleNotFired
        lines.append("  \(mark) \(label): " + (rule.fired ? Strings.explainFired(lang) : Strings.explainNotFired(lang)))
        if let standing = rule.rank { lines += rankLines(standing, indent: "      ") }
        lines.append("      " + Strings.explainRule.format(lang, rule.tree.text) + " — " + provenanceText(provenance))
        lines += tree(rule.tree, indent: "      ", skipRoot: true)
        if let distance = rule.distance {
            lines.append("      " + Strings.explainWouldFireIf(lang))
            lines += distanceLines(distance, indent: "        ")
        }
        return lines
    }

    // MARK: Parts

    func severityWord(_ severity: Severity) -> String {
        switch severity {
        case .ok: return Strings.severityOk(lang)
        case .watch: return Strings.severityWatch(lang)
        case .alert: return Strings.severityAlert(lang)
        }
    }

    func valueText(_ value: ExplainedValue) -> String {
        switch value {
        case .number(let number): return number.isInfinite && number > 0 ? Strings.wordNever(lang) : NumberFormat.plain(number)
        case .bool(let flag): return flag ? Strings.wordTrue(lang) : Strings.wordFalse(lang)
        case .text(let text): return "'\(text)'"
        case .fault(let kind):
            switch kind {
            case .divisionByZero: return Strings.faultShortDivision(lang)
            case .missingProfile(let key): return Strings.faultMissingProfile.format(lang, key)
            case .wrongProfileType(let key): return Strings.faultWrongProfileType.format(lang, key)
            }
        }
    }

    /// The expression tree, one line per sub-expression that is not a plain literal.
    public func tree(_ node: ExplainedNode, indent: String, skipRoot: Bool = false) -> [String] {
        var lines: [String] = []
        func walk(_ node: ExplainedNode, _ prefix: String, _ isRoot: Bool) {
            if case .literal = node.detail, !isRoot { return }
            let skip = isRoot && skipRoot
            if !skip {
                var line = prefix + node.text + " = " + valueText(node.value)
                if !node.evaluated { line = prefix + node.text + " — " + Strings.explainNotEvaluated(lang) }
                switch node.detail {
                case .parameter(_, let defaultValue):
                    if case .number(let value) = node.value, value != defaultValue {
                        line += " " + Strings.explainChangedFrom.format(lang, NumberFormat.plain(defaultValue))
                    }
                case .profile(_, let display?):
                    line += " (\(display))"
                case .daysRegistered(let registered?):
                    line += " (" + Strings.explainRegisteredOn.format(lang, NumberFormat.plain(registered)) + ")"
                default: break
                }
                lines.append(line)
                if case .aggregate(let detail) = node.detail, node.evaluated {
                    lines += aggregateLines(detail, indent: prefix + "    ")
                }
            }
            let childPrefix = skip ? prefix : prefix + "  "
            for child in Self.flattened(node) { walk(child, childPrefix, false) }
        }
        walk(node, indent, true)
        return lines
    }

    /// The operands of a chain of the same associative operator (`a + b - c`, `x and y and z`) as one list.
    static func flattened(_ node: ExplainedNode) -> [ExplainedNode] {
        guard case .operation(let symbol) = node.detail, ["+", "-", "*", "and", "or"].contains(symbol) else { return node.children }
        let family: Set<String> = symbol == "+" || symbol == "-" ? ["+", "-"] : [symbol]
        var result: [ExplainedNode] = []
        for (index, child) in node.children.enumerated() {
            if index == 0, case .operation(let inner) = child.detail, family.contains(inner), child.evaluated == node.evaluated {
                result += flattened(child)
            } else {
                result.append(child)
            }
        }
        return result
    }

    func aggregateLines(_ detail: AggregateDetail, indent: String) -> [String] {
        var lines: [String] = []
        let scenario = simulation.scenario
        if let first = detail.firstDay, let window = detail.window {
            let from = max(1, first)
            lines.append(indent + Strings.explainWindow.format(lang, NumberFormat.plain(window), String(from), DateText.compact(scenario.date(ofDay: from)),
                                                               String(detail.lastDay), DateText.compact(scenario.date(ofDay: detail.lastDay))))
        } else if detail.function != "days_since" {
            lines.append(indent + Strings.explainUpToToday.format(lang, String(detail.lastDay)))
        }
        if detail.events.isEmpty {
            lines.append(indent + Strings.explainNoEvents.format(lang, detail.selector))
        } else {
            let heading = detail.function == "days_since" || detail.function == "last" ? Strings.explainLatestEvent(lang) : Strings.explainCountedEvents.format(lang, String(detail.events.count))
            lines.append(indent + heading)
            for event in detail.events { lines.append(indent + "  " + eventLine(event)) }
        }
        if !detail.leftWindow.isEmpty {
            lines.append(indent + Strings.explainLeftWindow.format(lang, String(detail.leftWindow.count)))
            for event in detail.leftWindow { lines.append(indent + "  " + eventLine(event)) }
        }
        return lines
    }

    public func eventLine(_ event: EventReference) -> String {
        let bullet = glyphs.eventBullet
        var line = "\(bullet) " + Strings.explainEventDay.format(lang, String(event.day), DateText.compact(event.date)) + " " + event.type
        if !event.attributes.isEmpty { line += " " + event.attributes.joined(separator: " ") }
        if let note = event.note?.resolve(lang), !note.isEmpty { line += " — " + Self.quotedNote(note, lang) }
        return line
    }

    /// A note in quotes, unless it is a quotation already (« … », “…”, "…").
    public static func quotedNote(_ note: String, _ lang: Lang) -> String {
        note.hasPrefix("«") || note.hasPrefix("\"") || note.hasPrefix("“") ? note : Strings.quoted(note, lang)
    }

    public func distanceLines(_ distance: FiringDistance, indent: String) -> [String] {
        switch distance {
        case .gap(let subject, let current, let op, let threshold, let change):
            func number(_ value: Double) -> String { value.isInfinite && value > 0 ? Strings.wordNever(lang) : NumberFormat.plain(value) }
            var line = indent + Strings.explainGap.format(lang, subject, number(current), op, number(threshold))
            if change.isFinite, change != 0 {
                let amount = NumberFormat.plain(abs(change))
                // Past a strict bound between fractional values, the gap is "more than" the difference.
                let strict = (op == "<" || op == ">") && (current != current.rounded() || threshold != threshold.rounded())
                if change > 0 {
                    line += " — " + (strict ? Strings.explainNeedsUpStrict : Strings.explainNeedsUp).format(lang, amount)
                } else {
                    line += " — " + (strict ? Strings.explainNeedsDownStrict : Strings.explainNeedsDown).format(lang, amount)
                }
            }
            return [line]
        case .all(let parts):
            return [indent + Strings.explainAllOf(lang)] + parts.flatMap { distanceLines($0, indent: indent + "  ") }
        case .any(let parts):
            if parts.isEmpty { return [indent + Strings.explainUnreachable(lang)] }
            return [indent + Strings.explainAnyOf(lang)] + parts.flatMap { distanceLines($0, indent: indent + "  ") }
        case .level(let score, let target, let current, let needs):
            var lines = [indent + Strings.explainLevelNeeded.format(lang, score, target, current)]
            if let needs { lines += distanceLines(needs, indent: indent + "  ") } else {
                lines.append(indent + "  " + Strings.explainEarlierLevelWins(lang))
            }
            return lines
        case .condition(let text):
            return [indent + Strings.explainConditionFalse.format(lang, text)]
        }
    }
}
