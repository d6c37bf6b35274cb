/// Re-evaluates one claimant's rules on one day, keeping every intermediate value and counted event.
///
/// Follows the same value rules as the fast path (``Semantics``); a test checks both agree on every
/// bundled scenario and day.
struct Explainer {
    let simulation: Simulation
    let claimant: Int
    var today: Int
    let parameters: ParameterValues
    var scoreValues: [Double]
    var levelIds: [Double]
    var subject: Double = 0
    /// How far back "just left the window" looks.
    static let leftWindowSpan = 7

    init(simulation: Simulation, claimant: Int, day: Int, parameters: ParameterValues) {
        self.simulation = simulation
        self.claimant = claimant
        self.today = day
        self.parameters = parameters
        scoreValues = Array(repeating: .nan, count: simulation.ruleset.scores.count)
        levelIds = Array(repeating: -1, count: simulation.ruleset.scores.count)
    }

    var timeline: ClaimantTimeline { simulation.timelines[claimant] }
    var strings: StringPool { simulation.compiled.strings }

    func text(_ node: TypedNode, in source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        let lower = min(node.span.lowerBound, scalars.count), upper = min(node.span.upperBound, scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// Explains `node` (from expression `source`); `evaluated` is false inside a lazily skipped branch.
    func explain(_ node: TypedNode, source: String, evaluated: Bool = true) -> ExplainedNode {
        let written = text(node, in: source)
        func make(_ value: ExplainedValue, _ detail: ExplainedNode.Detail, _ children: [ExplainedNode] = []) -> ExplainedNode {
            ExplainedNode(text: written, value: value, evaluated: evaluated, detail: detail, children: children)
        }
        func typedValue(_ raw: Double) -> ExplainedValue {
            switch node.type {
            case .bool: return .bool(raw != 0)
            case .text, .level: return .text(raw < 0 ? "—" : strings.text(Int(raw)))
            default: return .number(raw)
            }
        }
        func number(_ child: ExplainedNode) -> Double? {
            switch child.value {
            case .number(let value): return value
            case .bool(let flag): return flag ? 1 : 0
            case .text(let text): return Double(strings.lookup(text) ?? -2)
            case .fault: return nil
            }
        }
        func firstFault(_ children: [ExplainedNode]) -> ExplainedValue? {
            for child in children where child.evaluated {
                if case .fault = child.value { return child.value }
            }
            return nil
        }

        switch node.kind {
        case .constant(let raw):
            return make(typedValue(raw), .literal)
        case .parameter(let index):
            return make(.number(parameters[index]), .parameter(id: simulation.ruleset.parameters[index].id, defaultValue: simulation.ruleset.parameters[index].value))
        case .score(let index):
            return make(.number(scoreValues[index]), .score(id: simulation.ruleset.scores[index].id))
        case .level(let index):
            return make(typedValue(levelIds[index]), .level(scoreId: simulation.ruleset.scores[index].id))
        case .levelSubject:
            return make(.number(subject), .levelSubject)
        case .today:
            return make(.number(Double(today)), .today)
        case .daysRegistered:
            guard let registered = timeline.profile["registered"] else {
                return make(.fault(.missingProfile("registered")), .daysRegistered(registered: nil))
            }
            return make(.number(Double(today) - registered), .daysRegistered(registered: registered))
        case .profile(let key):
            let display = simulation.scenario.claimants[claimant].profile.first { $0.key == key }?.display.resolve(simulation.scenario.language)
            guard let raw = timeline.profile[key] else { return make(.fault(.missingProfile(key)), .profile(key: key, display: nil)) }
            if node.type == .any, let entry = simulation.scenario.claimants[claimant].profileValue(key) {
                switch entry {
                case .text(let text): return make(.text(text), .profile(key: key, display: display))
                case .bool(let flag): return make(.bool(flag), .profile(key: key, display: display))
                case .number: return make(.number(raw), .profile(key: key, display: display))
                }
            }
            return make(typedValue(raw), .profile(key: key, display: display))
        case .hasProfile(let key):
            return make(.bool(timeline.profile[key] != nil), .operation("has"))
        case .attribute, .hasAttribute:
            return make(.bool(false), .literal)
        case .negate, .not:
            let symbol: String = { if case .not = node.kind { return "not" } else { return "-" } }()
            let child = explain(node.children[0], source: source, evaluated: evaluated)
            if let fault = firstFault([child]) { return make(fault, .operation(symbol), [child]) }
            guard let value = number(child) else { return make(.fault(.divisionByZero), .operation(symbol), [child]) }
            if case .not = node.kind { return make(.bool(value == 0), .operation(symbol), [child]) }
            return make(.number(value.isInfinite ? value : -value), .operation(symbol), [child])
        case .arithmetic(let op):
            let children = node.children.map { explain($0, source: source, evaluated: evaluated) }
            if let fault = firstFault(children) { return make(fault, .operation(op.rawValue), children) }
            guard let a = number(children[0]), let b = number(children[1]), let result = Semantics.arithmetic(op, a, b) else {
                return make(.fault(.divisionByZero), .operation(op.rawValue), children)
            }
            return make(.number(result), .operation(op.rawValue), children)
        case .comparison(let op):
            let children = node.children.map { explain($0, source: source, evaluated: evaluated) }
            if let fault = firstFault(children) { return make(fault, .operation(op.rawValue), children) }
            if case .text(let x) = children[0].value, case .text(let y) = children[1].value {
                return make(.bool(op == .equal ? x == y : x != y), .operation(op.rawValue), children)
            }
            let a = number(children[0]) ?? .nan, b = number(children[1]) ?? .nan
            return make(.bool(Semantics.compare(op, a, b)), .operation(op.rawValue), children)
        case .and, .or:
            let isAnd: Bool = { if case .and = node.kind { return true } else { return false } }()
            let symbol = isAnd ? "and" : "or"
            let left = explain(node.children[0], source: source, evaluated: evaluated)
            if let fault = firstFault([left]) { return make(fault, .operation(symbol), [left]) }
            let leftTrue = left.value == .bool(true)
            let needsRight = isAnd ? leftTrue : !leftTrue
            let right = explain(node.children[1], source: source, evaluated: evaluated && needsRight)
            if needsRight, let fault = firstFault([right]) { return make(fault, .operation(symbol), [left, right]) }
            let result = needsRight ? right.value == .bool(true) : leftTrue
            return make(.bool(result), .operation(symbol), [left, right])
        case .ifThenElse:
            let condition = explain(node.children[0], source: source, evaluated: evaluated)
            if let fault = firstFault([condition]) { return make(fault, .operation("if"), [condition]) }
            let holds = condition.value == .bool(true)
            let then = explain(node.children[1], source: source, evaluated: evaluated && holds)
            let otherwise = explain(node.children[2], source: source, evaluated: evaluated && !holds)
            let chosen = holds ? then : otherwise
            return make(chosen.value, .operation("if"), [condition, then, otherwise])
        case .minimum, .maximum:
            let isMinimum: Bool = { if case .minimum = node.kind { return true } else { return false } }()
            let symbol = isMinimum ? "min" : "max"
            let children = node.children.map { explain($0, source: source, evaluated: evaluated) }
            if let fault = firstFault(children) { return make(fault, .operation(symbol), children) }
            let values = children.compactMap(number)
            return make(.number((isMinimum ? values.min() : values.max()) ?? .nan), .operation(symbol), children)
        case .model(let index):
            guard let model = simulation.ruleset.scores[index].model else { return make(.number(.nan), .operation("model")) }
            let children = zip(node.children, model.features).map { explain($0, source: $1.value.text, evaluated: evaluated) }
            // Like the fast path: a missing profile value makes a feature missing; any other fault stops the score.
            for child in children {
                if case .fault(let kind) = child.value {
                    if case .missingProfile = kind { continue }
                    return make(child.value, .operation("model"), children)
                }
            }
            let row = modelRow(model, children)
            return make(.number(model.trained(with: parameters, in: simulation.ruleset).score(row)), .operation("model"), children)
        case .aggregate(let aggregate, let selector, let attribute):
            let windowNode = node.children.first.map { explain($0, source: source, evaluated: evaluated) }
            if let windowNode, let fault = firstFault([windowNode]) { return make(fault, .operation(aggregate.rawValue), [windowNode]) }
            let window = windowNode.flatMap(number)
            let series = attribute.flatMap { timeline.series[ClaimantTimeline.seriesKey(selector: selector, attribute: $0)] }
            let value = Semantics.aggregate(aggregate, days: timeline.days[selector], series: series, today: Double(today), window: window)
            let detail = aggregateDetail(aggregate, selector: selector, attribute: attribute, window: window, value: value)
            return make(.number(value), .aggregate(detail), windowNode.map { [$0] } ?? [])
        }
    }

    /// The model's input row from the explained features: NaN for a missing one, a category's index for a text.
    func modelRow(_ model: ScoreModel, _ children: [ExplainedNode]) -> [Float] {
        zip(model.features, children).map { feature, child in
            switch child.value {
            case .number(let value): return Float(value)
            case .bool(let flag): return flag ? 1 : 0
            case .text(let text):
                if let categories = feature.categories { return categories.firstIndex(of: text).map(Float.init) ?? .nan }
                return Float(strings.lookup(text) ?? -2)
            case .fault: return .nan
            }
        }
    }

    private func aggregateDetail(_ aggregate: TypedNode.Aggregate, selector: Int, attribute: String?, window: Double?, value: Double) -> AggregateDetail {
        let events = simulation.scenario.claimants[claimant].events
        let days = timeline.days[selector]
        let indexes = timeline.eventIndexes[selector]
        let range = DayWindow.range(days, today: Double(today), window: aggregate == .daysSince ? nil : window)
        var cited: [Int]
        switch aggregate {
        case .daysSince:
            cited = range.isEmpty ? [] : [indexes[range.upperBound - 1]]
        case .count:
            cited = range.map { indexes[$0] }
        default:
            let carrying = range.map { indexes[$0] }.filter { events[$0].attributes[attribute ?? ""] != nil }
            if aggregate == .last {
                cited = carrying.last(where: { events[$0].attributes[attribute ?? ""]?.number != nil }).map { [$0] } ?? []
            } else {
                cited = carrying
            }
        }
        var left: [Int] = []
        var firstDay: Int?
        if let window, window.isFinite, window > 0, aggregate != .daysSince {
            let edge = Double(today) - window
            firstDay = edge < 0 ? 1 : Int(edge.rounded(.down)) + 1
            let leftRange = DayWindow.range(days, today: edge, window: Double(Self.leftWindowSpan))
            left = leftRange.map { indexes[$0] }
        }
        let scenario = simulation.scenario
        func reference(_ index: Int) -> EventReference {
            let event = events[index]
            return EventReference(
                index: index, day: event.day, date: scenario.date(ofDay: event.day), type: event.type,
                attributes: event.attributeOrder.map { "\($0)=\(event.attributes[$0]?.description ?? "")" }, note: event.note,
                words: EventWords.localizedAttributes(of: event, type: simulation.ruleset.eventType(event.type)))
        }
        let selectorText = simulation.compiled.selectors[selector].text
        return AggregateDetail(
            function: aggregate.rawValue, selector: selectorText, attribute: attribute,
            window: aggregate == .daysSince ? nil : window, firstDay: firstDay, lastDay: today,
            events: cited.map(reference), leftWindow: left.map(reference))
    }
}

extension Simulation {
    /// Explains every score, level, alert and advice of one claimant on one day.
    public func explain(claimant: Int, day: Int, parameters: ParameterValues) -> ClaimantExplanation {
        var explainer = Explainer(simulation: self, claimant: claimant, day: day, parameters: parameters)
        let compiled = self.compiled
        var scoreExplanations: [ScoreExplanation] = []
        var fault: EvaluationFault?
        var usedParameters = Set<Int>()
        func collect(_ node: TypedNode) {
            if case .parameter(let index) = node.kind { usedParameters.insert(index) }
            node.children.forEach(collect)
        }
        for (index, score) in ruleset.scores.enumerated() {
            let node = compiled.scoreValues[index]
            collect(node)
            if let model = score.model { usedParameters.formUnion(model.weightParameters(in: ruleset).values) }
            // A monthly score is explained as computed on the 1st of the month, like the fast path.
            var computing = explainer
            if score.recomputeMonthly { computing.today = monthStarts.start(of: day) }
            let tree = computing.explain(node, source: score.value.text)
            var value: Double?
            if case .number(let number) = tree.value { value = number }
            if case .fault(let kind) = tree.value, fault == nil {
                fault = EvaluationFault(kind: kind, rule: .score(score.id), span: node.span, expression: score.value.text)
            }
            explainer.scoreValues[index] = value ?? .nan
            explainer.subject = value ?? .nan
            var levels: [LevelExplanation] = []
            var chosen: Int?
            for (levelIndex, level) in score.levels.enumerated() {
                let conditionNode = compiled.levelConditions[index][levelIndex]
                var explained: ExplainedNode?
                var holds: Bool?
                if let conditionNode, value != nil {
                    collect(conditionNode)
                    let tree = explainer.explain(conditionNode, source: level.condition?.text ?? "")
                    explained = tree
                    holds = tree.value == .bool(true)
                } else if conditionNode == nil {
                    holds = true
                }
                if chosen == nil, holds == true { chosen = levelIndex }
                levels.append(LevelExplanation(index: levelIndex, name: level.name, severity: level.severity, condition: explained, holds: holds, isChosen: false, distance: nil))
            }
            // Like the fast path: a fault in a level condition that had to be evaluated.
            for level in levels where fault == nil && level.index <= (chosen ?? levels.count - 1) {
                if let condition = level.condition, case .fault(let kind) = condition.value {
                    fault = EvaluationFault(kind: kind, rule: .level(score: score.id, level: level.name),
                                            span: compiled.levelConditions[index][level.index]?.span ?? 0..<0, expression: score.levels[level.index].condition?.text ?? "")
                }
            }
            if let chosen {
                levels[chosen].isChosen = true
                explainer.levelIds[index] = Double(compiled.strings.id(score.levels[chosen].name))
            }
            for levelIndex in levels.indices where !levels[levelIndex].isChosen {
                if let node = compiled.levelConditions[index][levelIndex], let tree = levels[levelIndex].condition, levels[levelIndex].holds == false {
                    levels[levelIndex].distance = DistanceFinder(strings: compiled.strings, scores: scoreExplanations).distance(node, tree, want: true)
                }
            }
            var explanation = ScoreExplanation(index: index, id: score.id, value: value, tree: tree, levels: levels, chosenLevel: chosen)
            if let model = score.model, value != nil {
                explanation.contributions = ModelContributions(model: model, trained: model.trained(with: parameters, in: ruleset),
                                                              features: tree.children, row: explainer.modelRow(model, tree.children))
                if score.recomputeMonthly { explanation.computedOn = monthStarts.start(of: day) }
            }
            scoreExplanations.append(explanation)
        }
        func rules(_ nodes: [TypedNode], sources: [String], ids: [String]) -> [RuleExplanation] {
            nodes.enumerated().map { index, node in
                collect(node)
                let tree = explainer.explain(node, source: sources[index])
                let fired = tree.value == .bool(true)
                let distance = fired ? nil : DistanceFinder(strings: compiled.strings, scores: scoreExplanations).distance(node, tree, want: true)
                return RuleExplanation(index: index, id: ids[index], fired: fired, tree: tree, distance: distance)
            }
        }
        let alerts = ranked(rules(compiled.alertConditions, sources: ruleset.alerts.map(\.when.text), ids: ruleset.alerts.map(\.id)), claimant: claimant, day: day, parameters: parameters)
        let advice = rules(compiled.adviceConditions, sources: ruleset.advice.map(\.when.text), ids: ruleset.advice.map(\.id))
        // Like the fast path: the first fault among alerts, then advice.
        for (rule, nodes, texts, isAlert) in [(alerts, compiled.alertConditions, ruleset.alerts.map(\.when.text), true),
                                              (advice, compiled.adviceConditions, ruleset.advice.map(\.when.text), false)] {
            for explained in rule where fault == nil {
                if case .fault(let kind) = explained.tree.value {
                    fault = EvaluationFault(kind: kind, rule: isAlert ? .alert(explained.id) : .advice(explained.id),
                                            span: nodes[explained.index].span, expression: texts[explained.index])
                }
            }
        }
        let parameterUses = ruleset.parameters.enumerated().map { index, parameter in
            ParameterUse(index: index, id: parameter.id, value: parameters[index], defaultValue: parameter.value, isUsed: usedParameters.contains(index))
        }
        let whatIf = counterfactuals(claimant: claimant, day: day, parameters: parameters)
        for index in scoreExplanations.indices where index < whatIf.count { scoreExplanations[index].counterfactuals = whatIf[index] }
        let person = scenario.claimants[claimant]
        return ClaimantExplanation(
            claimantIndex: claimant, claimantId: person.id, claimantName: person.name, day: day, date: scenario.date(ofDay: day),
            parameters: parameterUses, scores: scoreExplanations, alerts: alerts, advice: advice, fault: fault)
    }
}
