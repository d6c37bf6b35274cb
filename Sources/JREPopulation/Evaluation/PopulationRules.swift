import Foundation
import JRECore
import JREText

/// A ruleset checked against a population's profile columns and bound to its event vocabulary.
public final class PopulationRules: Sendable {
    public let compiled: CompiledRuleset
    let program: PopulationProgram

    public var ruleset: Ruleset { compiled.ruleset }

    /// Source event types the ruleset does not declare: their events are never read.
    public var ignoredEventTypes: [String] { program.ignoredTypes }

    /// Event types the rules count that the population never has, by the ruleset's plural nouns
    /// (« paiements, déclarations mensuelles »): every count of them is 0 there.
    public func absentEventTypes(_ lang: Lang) -> [String] {
        program.absentTypes.map { id in
            guard let type = ruleset.eventType(id) else { return id }
            return (type.plural ?? type.label).resolve(lang)
        }
    }

    init(compiled: CompiledRuleset, vocabulary: SourceVocabulary) {
        self.compiled = compiled
        program = PopulationProgram(compiled: compiled, vocabulary: vocabulary)
    }

    /// Checks `ruleset`'s expressions with the population's profile types; nil (and errors) when they do not hold.
    public static func bind(_ ruleset: Ruleset, to input: PopulationInput, lang: Lang) -> (PopulationRules?, [Diagnostic]) {
        let (compiled, diagnostics) = RulesetCompiler.compile(ruleset, profileTypes: input.profileTypes, lang: lang)
        guard let compiled, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (PopulationRules(compiled: compiled, vocabulary: input.vocabulary(for: ruleset)), diagnostics)
    }
}

extension PopulationRules {
    /// Loads the ruleset `reference` (a file, or a name among the user's and the bundled rulesets)
    /// and binds it to `input`; nil with every problem when it cannot be used.
    public static func load(_ reference: String, library: ScenarioLibrary, for input: PopulationInput, lang: Lang) -> (PopulationRules?, [Diagnostic]) {
        guard let located = library.locatePopulationRuleset(reference) else {
            let names = library.rulesetNames
            let hint = Suggestion.closest(to: reference, in: names).map { LocalizedMessage(Strings.diagDidYouMean, $0) } ?? LocalizedMessage(Strings.empty)
            return (nil, [Diagnostic(.error, file: reference, line: 0, column: 0,
                                     message: LocalizedMessage(Strings.popRulesetNotFound, [.text(reference), .text(names.joined(separator: ", ")), .message(hint)]))])
        }
        let (ruleset, diagnostics) = RulesetLoader(file: located.file, lang: lang, models: library.modelSource).load(id: located.id)
        guard let ruleset, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let (rules, more) = bind(ruleset, to: input, lang: lang)
        // An alert chosen by rank cannot be computed person by person: refused here, where a population is evaluated.
        if let rules, let refusal = rankRefusal(rules.compiled) { return (nil, diagnostics + more + [refusal]) }
        return (rules, diagnostics + more)
    }
}

extension ScenarioLibrary {
    /// A ruleset by path (an existing file), else by name: `NAME.yaml` or `rulesets/NAME.yaml` in the
    /// user's folders, then the bundled `rulesets/NAME.yaml`.
    public func locatePopulationRuleset(_ reference: String) -> Located? {
        if let located = Self.locateFile(reference) { return located }
        let name = reference.hasSuffix(".yaml") ? String(reference.dropLast(5)) : reference
        for folder in folders {
            for candidate in [name + ".yaml", "rulesets/" + name + ".yaml"] {
                let path = (folder as NSString).appendingPathComponent(candidate)
                if let located = Self.locateFile(path) { return located }
            }
        }
        let key = "rulesets/" + name + ".yaml"
        guard let text = bundled[key] else { return nil }
        return Located(origin: .bundled(key), file: SourceFile(path: Self.bundledPrefix + key, text: text))
    }

    /// The bundled rulesets' names.
    public var rulesetNames: [String] { bundledRulesetNames }
}
