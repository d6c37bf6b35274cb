import Foundation
import JREText
import Yams

/// What loading a file gave: every diagnostic, and the usable result when there were no errors.
public struct LoadReport: Sendable {
    /// Whether the file turned out to be a scenario or a ruleset.
    public enum Kind: Sendable {
        case scenario
        case ruleset
    }

    public var kind: Kind
    public var diagnostics: [Diagnostic]
    /// For a scenario without errors: the scenario bound to its ruleset.
    public var simulation: Simulation?
    /// For a ruleset without errors (checked alone).
    public var ruleset: CompiledRuleset?
}

extension ScenarioLibrary {
    /// Loads a scenario or ruleset file, deciding which it is from its keys.
    public func load(_ located: Located, lang: Lang) -> LoadReport {
        if Self.looksLikeRuleset(located.file.text) {
            return loadRuleset(located, lang: lang)
        }
        return loadScenario(located, lang: lang)
    }

    /// A scenario has `claimants` or `ruleset`; a ruleset has `scores` or `events` at its top level.
    static func looksLikeRuleset(_ text: String) -> Bool {
        guard let root = try? Yams.compose(yaml: text), let mapping = root.mapping else { return false }
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        if keys.contains("claimants") || keys.contains("ruleset") { return false }
        return keys.contains("scores") || keys.contains("events") || keys.contains("alerts")
    }

    /// Loads and checks a ruleset on its own (profile attribute types unknown).
    public func loadRuleset(_ located: Located, lang: Lang) -> LoadReport {
        let (ruleset, diagnostics) = RulesetLoader(file: located.file, lang: lang, models: modelSource).load(id: located.id)
        guard let ruleset else {
            return LoadReport(kind: .ruleset, diagnostics: diagnostics + PersonalDataScanner.scan(located.file))
        }
        // Expressions are checked even when the structure had errors, so a file shows all its problems at once.
        let (compiled, compileDiagnostics) = RulesetCompiler.compile(ruleset, profileTypes: nil, lang: lang)
        let all = diagnostics + compileDiagnostics + PersonalDataScanner.scan(located.file)
        return LoadReport(kind: .ruleset, diagnostics: all, ruleset: all.hasErrors ? nil : compiled)
    }

    /// Loads a scenario, finds and loads its ruleset (or `rulesetReference` instead), checks one against
    /// the other, and binds them into a simulation.
    public func loadScenario(_ located: Located, lang: Lang, rulesetReference: String? = nil) -> LoadReport {
        let (scenario, scenarioDiagnostics) = ScenarioLoader(file: located.file, lang: lang).load(id: located.id)
        var diagnostics = scenarioDiagnostics + PersonalDataScanner.scan(located.file)
        guard let scenario else { return LoadReport(kind: .scenario, diagnostics: diagnostics) }

        let reference = rulesetReference ?? scenario.rulesetReference
        let (rulesetFile, tried) = locateRuleset(reference, from: located.origin)
        guard let rulesetFile else {
            let known = bundledRulesetNames
            let hint = Suggestion.closest(to: reference, in: known).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
            diagnostics.append(Diagnostic(
                .error, file: located.file.path, line: scenario.rulesetPosition.line, column: scenario.rulesetPosition.column,
                length: reference.unicodeScalars.count,
                message: LocalizedMessage(Strings.diagRulesetNotFound, [.text(reference), .text(tried.joined(separator: ", ")), .message(hint)]),
                sourceLine: located.file.line(scenario.rulesetPosition.line)
            ))
            return LoadReport(kind: .scenario, diagnostics: diagnostics)
        }
        let (ruleset, rulesetDiagnostics) = RulesetLoader(file: rulesetFile.file, lang: lang, models: modelSource).load(id: rulesetFile.id)
        diagnostics += rulesetDiagnostics
        guard let ruleset else {
            diagnostics.append(rulesetBroken(located, scenario, reference))
            return LoadReport(kind: .scenario, diagnostics: diagnostics)
        }
        // The scenario is checked against the ruleset even when the ruleset has errors of its own.
        let binder = ScenarioBinder(scenario: scenario, ruleset: ruleset, lang: lang)
        diagnostics += binder.check()
        let (compiled, compileDiagnostics) = RulesetCompiler.compile(ruleset, profileTypes: binder.profileTypes, lang: lang)
        diagnostics += compileDiagnostics
        if rulesetDiagnostics.hasErrors || compileDiagnostics.hasErrors {
            diagnostics.append(rulesetBroken(located, scenario, reference))
        }
        guard let compiled, !diagnostics.hasErrors else { return LoadReport(kind: .scenario, diagnostics: diagnostics) }
        guard let parameters = binder.startingParameters(diagnostics: &diagnostics) else {
            return LoadReport(kind: .scenario, diagnostics: diagnostics)
        }
        let simulation = Simulation(scenario: scenario, compiled: compiled, startingParameters: parameters)
        // The alternative rulesets must read the same claimants: each is loaded once here, when checking.
        if rulesetReference == nil {
            for (index, name) in scenario.alternativeRulesets.enumerated() {
                let other = loadScenario(located, lang: lang, rulesetReference: name)
                guard other.simulation == nil else { continue }
                let position = index < scenario.alternativeRulesetPositions.count ? scenario.alternativeRulesetPositions[index] : scenario.rulesetPosition
                let first = other.diagnostics.errors.first { $0.file == located.file.path && $0.line != position.line } ?? other.diagnostics.errors.first
                diagnostics.append(Diagnostic(
                    .error, file: located.file.path, line: position.line, column: position.column, length: name.unicodeScalars.count,
                    message: LocalizedMessage(Strings.diagAlternativeRulesetFails, [.text(name), .text(first?.headline(lang) ?? "")]),
                    sourceLine: located.file.line(position.line)))
            }
            if diagnostics.hasErrors { return LoadReport(kind: .scenario, diagnostics: diagnostics) }
        }
        return LoadReport(kind: .scenario, diagnostics: diagnostics, simulation: simulation)
    }

    private func rulesetBroken(_ located: Located, _ scenario: Scenario, _ reference: String) -> Diagnostic {
        Diagnostic(
            .error, file: located.file.path, line: scenario.rulesetPosition.line, column: scenario.rulesetPosition.column,
            length: reference.unicodeScalars.count, message: LocalizedMessage(Strings.diagRulesetHasErrors, reference),
            sourceLine: located.file.line(scenario.rulesetPosition.line)
        )
    }
}

/// Checks a scenario against its ruleset: event types, attributes, profile types, parameter overrides.
extension Simulation {
    /// `scenario` bound to `ruleset` as ``ScenarioLibrary/loadScenario(_:lang:rulesetReference:)`` binds
    /// a file: the scenario checked against the ruleset, profile types from the claimants, then the
    /// ruleset's defaults and the scenario's overrides. Nil, with every problem, when it cannot be used.
    package static func bind(_ scenario: Scenario, to ruleset: Ruleset, lang: Lang) -> (Simulation?, [Diagnostic]) {
        let binder = ScenarioBinder(scenario: scenario, ruleset: ruleset, lang: lang)
        var diagnostics = binder.check()
        let (compiled, compileDiagnostics) = RulesetCompiler.compile(ruleset, profileTypes: binder.profileTypes, lang: lang)
        diagnostics += compileDiagnostics
        guard let compiled, !diagnostics.hasErrors, let parameters = binder.startingParameters(diagnostics: &diagnostics) else { return (nil, diagnostics) }
        return (Simulation(scenario: scenario, compiled: compiled, startingParameters: parameters), diagnostics)
    }
}

struct ScenarioBinder {
    let scenario: Scenario
    let ruleset: Ruleset
    let lang: Lang

    /// The type of each profile key, when all claimants agree on it.
    var profileTypes: [String: ValueType] {
        var types: [String: ValueType] = [:]
        for claimant in scenario.claimants {
            for entry in claimant.profile {
                let type = Self.type(of: entry.value)
                if let known = types[entry.key], known != type { types[entry.key] = .any } else if types[entry.key] == nil { types[entry.key] = type }
            }
        }
        return types
    }

    static func type(of value: ScalarValue) -> ValueType {
        switch value {
        case .number: return .number
        case .text: return .text
        case .bool: return .bool
        }
    }

    func diagnostic(_ severity: Diagnostic.Severity, _ position: SourcePosition, length: Int = 1, _ message: LocalizedMessage, _ context: [LocalizedMessage]) -> Diagnostic {
        Diagnostic(severity, file: scenario.source.path, line: position.line, column: position.column, length: length,
                   message: message, context: context, sourceLine: scenario.source.line(position.line))
    }

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let typeNames = ruleset.eventTypes.map(\.id)
        var firstKinds: [String: (ValueType, String)] = [:]
        for claimant in scenario.claimants {
            let context = [LocalizedMessage(Strings.ctxClaimant, claimant.id)]
            for entry in claimant.profile {
                let type = Self.type(of: entry.value)
                if entry.key == "registered", type != .number {
                    diagnostics.append(diagnostic(.error, claimant.position, LocalizedMessage(Strings.diagRegisteredNotDay, entry.display.resolve(scenario.language)), context))
                }
                if let (known, owner) = firstKinds[entry.key], known != type {
                    diagnostics.append(diagnostic(.error, claimant.position, LocalizedMessage(Strings.diagProfileMixedTypes, [
                        .text(entry.key), .message(LocalizedMessage(type.phrase())), .text(owner), .message(LocalizedMessage(known.phrase())),
                    ]), context))
                } else if firstKinds[entry.key] == nil {
                    firstKinds[entry.key] = (type, claimant.id)
                }
            }
            for (index, event) in claimant.events.enumerated() {
                guard let type = ruleset.eventType(event.type) else {
                    let hint = Suggestion.closest(to: event.type, in: typeNames).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.exprKnownNames, typeNames.joined(separator: ", "))
                    let column = columnOfValue("type", line: event.position.line) ?? event.position.column
                    diagnostics.append(diagnostic(.error, SourcePosition(line: event.position.line, column: column), length: event.type.unicodeScalars.count,
                                                  LocalizedMessage(Strings.diagUnknownEventType, [.text(event.type), .text(ruleset.id), .message(hint)]),
                                                  context + [LocalizedMessage(Strings.ctxEvent, String(index + 1))]))
                    continue
                }
                if let declared = type.attributes?.map(\.name) {
                    for name in event.attributeOrder where !declared.contains(name) {
                        let hint = Suggestion.closest(to: name, in: declared).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.exprKnownNames, declared.joined(separator: ", "))
                        let column = columnOfKey(name, line: event.position.line) ?? event.position.column
                        diagnostics.append(diagnostic(.warning, SourcePosition(line: event.position.line, column: column), length: name.count,
                                                      LocalizedMessage(Strings.diagUndeclaredAttribute, [.text(name), .text(event.type), .message(hint)]),
                                                      context))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Ruleset defaults with the scenario's overrides, each checked against its range.
    func startingParameters(diagnostics: inout [Diagnostic]) -> ParameterValues? {
        var values = ParameterValues(defaultsOf: ruleset)
        var ok = true
        for override in scenario.parameterOverrides {
            do {
                values = try values.setting(override.name, to: override.value, in: ruleset)
            } catch {
                diagnostics.append(diagnostic(.error, override.position, length: override.name.count, error.message, []))
                ok = false
            }
        }
        return ok ? values : nil
    }

    private func columnOfKey(_ key: String, line: Int) -> Int? {
        guard let text = scenario.source.line(line), let range = text.range(of: key + ":") else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    private func columnOfValue(_ key: String, line: Int) -> Int? {
        guard let text = scenario.source.line(line), let range = text.range(of: key + ":") else { return nil }
        var index = range.upperBound
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index) + 1
    }
}
