import Foundation
@testable import JRECore
import JRETraining

/// A small world for trained scores: people with a number `x` (sometimes missing), a group `g`
/// (a, b or c) and logins; a model trained by libxgboost on the same kind of rows; a ruleset whose
/// trained score reads them, loaded through `ScenarioLibrary` exactly as bundled files are.
enum TrainedScoreFixture {
    static let groups = ["a", "b", "c"]
    static let day = 30

    struct Person {
        var id: String
        var x: Double?
        var group: Int
        var logins: Int
    }

    static func people(count: Int, seed: UInt64) -> [Person] {
        var random = SplitMix64(seed: seed)
        func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        return (0..<count).map { index in
            let x: Double? = unit() < 0.15 ? nil : (unit() * 100).rounded()
            return Person(id: "p\(index)", x: x, group: Int(unit() * 3) % 3, logins: Int(unit() * 6))
        }
    }

    /// What the label depends on (with noise): a high `x`, group b, many logins.
    static func label(_ person: Person, _ noise: Double) -> Float {
        let risk = (person.x ?? 40) / 100 + (person.group == 1 ? 0.4 : 0) + Double(person.logins) / 10
        return risk + noise > 0.9 ? 1 : 0
    }

    /// One row per person: x, the group (its index, or three 0/1 columns), logins.
    static func row(_ person: Person, oneHot: Bool) -> [Float] {
        let x = person.x.map(Float.init) ?? .nan
        let group: [Float] = oneHot ? groups.indices.map { $0 == person.group ? 1 : 0 } : [Float(person.group)]
        return [x] + group + [Float(person.logins)]
    }

    static func names(oneHot: Bool) -> [String] {
        oneHot ? ["x", "g_a", "g_b", "g_c", "logins"] : ["x", "g", "logins"]
    }

    static func kinds(oneHot: Bool) -> [FeatureKind] {
        oneHot ? Array(repeating: .quantitative, count: 5) : [.quantitative, .categorical, .quantitative]
    }

    static func matrix(_ people: [Person], oneHot: Bool) -> FeatureMatrix {
        FeatureMatrix(rows: people.count, columns: oneHot ? 5 : 3, values: people.flatMap { row($0, oneHot: oneHot) })
    }

    /// A booster trained on 3,000 rows; `oneHot` gives the group as three columns instead of a categorical one.
    static func booster(oneHot: Bool, trees: Int = 25, depth: Int = 4) throws -> Booster {
        let training = people(count: 3_000, seed: 11)
        var random = SplitMix64(seed: 12)
        let labels = training.map { label($0, Double(random.next() >> 11) / Double(1 << 53) * 0.4 - 0.2) }
        return try Booster.train(features: matrix(training, oneHot: oneHot), labels: labels, names: names(oneHot: oneHot),
                                 kinds: kinds(oneHot: oneHot), parameters: TrainingParameters(trees: trees, depth: depth, eta: 0.3, seed: 1, threads: 1))
    }

    /// The `features:` of the trained score, in the model's order.
    static func features(oneHot: Bool) -> String {
        var text = """
              x: {value: "profile.x", label: "Valeur x", unit: "points"}

        """
        if oneHot {
            for group in groups {
                text += "      g_\(group): {value: \"if(profile.g = '\(group)', 1, 0)\", label: \"Groupe \(group)\"}\n"
            }
        } else {
            text += "      g: {value: \"profile.g\", categories: [a, b, c], label: \"Groupe\"}\n"
        }
        text += "      logins: {value: \"count(login, 30)\", label: \"Connexions (30 jours)\"}\n"
        return text
    }

    static func ruleset(features: String, model: String = "models/m.json") -> String {
        """
        format: 1
        title: "Score entraîné de test"
        language: fr
        events:
          login: "Connexion"
        parameters:
          seuil: {value: 0.5, min: 0, max: 1, step: 0.05, label: "Seuil"}
        scores:
          risque:
            label: "Risque (modèle)"
            model: \(model)
            features:
        \(features)
            levels:
              - {name: haut, if: "value >= seuil", severity: alert}
              - {name: bas, severity: ok}
        alerts:
          controle:
            label: "Contrôle"
            when: "risque.level = 'haut'"

        """
    }

    static func scenario(_ people: [Person]) -> String {
        var text = """
        format: 1
        title: "Scénario de test"
        language: fr
        ruleset: r
        start: 2024-03-04
        days: \(day)
        claimants:

        """
        for person in people {
            var profile = ["g: \(groups[person.group])"]
            if let x = person.x { profile.append("x: \(Int(x))") }
            text += "  - id: \(person.id)\n    name: \"Personne \(person.id)\"\n    profile: {\(profile.joined(separator: ", "))}\n"
            if person.logins == 0 {
                text += "    events: []\n"
            } else {
                text += "    events:\n" + (0..<person.logins).map { "      - {day: \(day - $0 * 4), type: login}\n" }.joined()
            }
        }
        return text
    }

    /// The scenario loaded with its ruleset and the model file `models/m.json` (or `models` as given).
    static func load(ruleset: String, people: [Person], models: [String: String]) -> LoadReport {
        let library = ScenarioLibrary(bundled: ["s.yaml": scenario(people), "rulesets/r.yaml": ruleset],
                                      models: Dictionary(uniqueKeysWithValues: models.map { ("rulesets/" + $0.key, $0.value) }))
        let located = library.locateScenario("s")!
        return library.load(located, lang: .en)
    }
}
