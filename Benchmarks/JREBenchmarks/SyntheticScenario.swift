import JRECore

/// Writes a large fictional scenario for timing: `claimants` people over `days` days on jre-standard.
enum SyntheticScenario {
    /// A deterministic pseudo-random generator (SplitMix64), so every run times the same file.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func yaml(claimants: Int, days: Int, seed: UInt64 = 42) -> String {
        var random = Generator(state: seed)
        let romes = ["J1501", "K2204", "N1103", "M1607", "D1106", "H2909", "G1603", "A1203"]
        let sectors = ["sante", "logistique", "commerce", "administration", "industrie", "hotellerie"]
        var lines = [
            "format: 1", "title: \"Banc d'essai synthétique\"", "ruleset: jre-standard",
            "start: 2024-01-01", "days: \(days)", "claimants:",
        ]
        for person in 0..<claimants {
            lines.append("  - id: p\(person)")
            lines.append("    name: \"Personne \(person)\"")
            lines.append("    profile: {age: \(20 + random.below(45)), registered: \(-random.below(700))}")
            lines.append("    events:")
            let activity = 1 + random.below(6)
            for day in 1...days {
                if random.below(14) < activity { lines.append("      - {day: \(day), type: login}") }
                if random.below(21) < activity {
                    lines.append("      - {day: \(day), type: application, rome: \(romes[random.below(romes.count)]), sector: \(sectors[random.below(sectors.count)])}")
                }
                if random.below(60) == 0 { lines.append("      - {day: \(day), type: response, outcome: refus}") }
                if random.below(90) == 0 { lines.append("      - {day: \(day), type: interview}") }
                if random.below(45) == 0 { lines.append("      - {day: \(day), type: appointment, attended: \(random.below(4) > 0)}") }
                if day % 30 == 0 { lines.append("      - {day: \(day), type: mood, value: \(1 + random.below(5))}") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
