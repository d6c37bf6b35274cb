import JREText

/// Checks a trained score's feature expressions and builds its typed node: `.model(score)` with one child per feature.
enum ModelFeatureCompiler {
    static func compile(
        _ model: ScoreModel, score: Int, checker: ExpressionChecker, strings: StringPool, ruleset: Ruleset, context: [LocalizedMessage]
    ) -> (TypedNode?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func report(_ source: ExpressionSource, _ span: Range<Int>, _ message: LocalizedMessage, _ feature: ModelFeature) {
            let position = source.anchor.position(ofOffset: span.lowerBound, in: source.text)
            diagnostics.append(Diagnostic(
                .error, file: ruleset.source.path, line: position.line, column: position.column, length: max(1, span.count),
                message: message, context: context + [LocalizedMessage(Strings.ctxFeature, feature.name)], sourceLine: ruleset.source.line(position.line)))
        }
        var children: [TypedNode] = []
        diagnostics += weightProblems(model, ruleset: ruleset, context: context)
        for feature in model.features {
            switch checker.check(feature.value.text, scope: .scoreValue(score), expected: .any) {
            case .failure(let errors):
                for error in errors { report(feature.value, error.span, error.message, feature) }
            case .success(let node):
                let expected: ValueType = feature.categories == nil ? .number : .text
                let fits: Bool
                switch node.type {
                case .any: fits = true
                case .number, .bool: fits = expected == .number
                case .text, .level: fits = expected == .text
                }
                if !fits {
                    report(feature.value, node.span, LocalizedMessage(Strings.exprWrongResultType, [.message(LocalizedMessage(expected.phrase())), .message(LocalizedMessage(node.type.phrase()))]), feature)
                    continue
                }
                if let categories = feature.categories {
                    for category in categories { _ = strings.id(category) }
                    for literal in results(node) {
                        guard case .constant(let raw) = literal.kind, literal.type == .text else { continue }
                        let text = strings.text(Int(raw))
                        if !categories.contains(text) {
                            let hint = Suggestion.closest(to: text, in: categories).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
                            report(feature.value, literal.span, LocalizedMessage(Strings.diagCategoryUnknown, [.text(text), .text(categories.joined(separator: ", ")), .message(hint)]), feature)
                        }
                    }
                }
                children.append(node)
            }
        }
        guard diagnostics.isEmpty, children.count == model.features.count else { return (nil, diagnostics) }
        return (TypedNode(.model(score), .number, 0..<0, children), diagnostics)
    }

    /// `weight: NAME` on a feature: a scorecard's weight, NAME a parameter whose default is the file's weight.
    private static func weightProblems(_ model: ScoreModel, ruleset: Ruleset, context: [LocalizedMessage]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, feature) in model.features.enumerated() {
            guard let name = feature.weightParameter, let position = feature.weightPosition else { continue }
            func report(_ message: LocalizedMessage) {
                diagnostics.append(Diagnostic(
                    .error, file: ruleset.source.path, line: position.line, column: position.column, length: max(1, name.count),
                    message: message, context: context + [LocalizedMessage(Strings.ctxFeature, feature.name)], sourceLine: ruleset.source.line(position.line)))
            }
            guard case .scorecard(let card) = model.trained else {
                report(LocalizedMessage(Strings.diagWeightNotScorecard))
                continue
            }
            guard let parameter = ruleset.parameterIndex(name) else {
                let hint = Suggestion.closest(to: name, in: ruleset.parameters.map(\.id)).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
                report(LocalizedMessage(Strings.diagWeightUnknownParameter, [.text(feature.name), .text(name), .message(hint)]))
                continue
            }
            let value = ruleset.parameters[parameter].value
            // A placeholder scorecard (files not read) has weight 0 everywhere: nothing to compare.
            if card.features.indices.contains(index), card.features[index].weight != value, card.name != model.reference {
                report(LocalizedMessage(Strings.diagWeightDiffers, name, NumberFormat.plain(value), feature.name, NumberFormat.plain(card.features[index].weight)))
            }
        }
        return diagnostics
    }

    /// The nodes whose value can be the expression's result: itself, or each branch of an `if`.
    private static func results(_ node: TypedNode) -> [TypedNode] {
        if case .ifThenElse = node.kind { return results(node.children[1]) + results(node.children[2]) }
        return [node]
    }
}
