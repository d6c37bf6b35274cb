import JREText

/// Where one claimant stands in an alert chosen by rank (``CohortRank``) on one day: the data behind
/// « 2e score le plus haut des 13 dossiers ce mois-ci ; … un score sous 0,31 l'aurait laissé hors ».
public struct RankStanding: Sendable, Equatable {
    /// The ranked score's index and this claimant's value (NaN when not computed).
    public var score: Int
    public var value: Double
    /// Position among the ranked claimants (1 = highest score), nil when not ranked (`when` false, or a fault).
    public var position: Int?
    /// Claimants ranked (eligible), and all the scenario's claimants.
    public var ranked: Int
    public var claimants: Int
    /// How many are selected, and the parameter that says so (nil for a fixed number).
    public var top: Int
    public var parameter: Int?
    public var selected: Bool
    /// The score that decides: for a selected claimant, the highest one left out; for one left out,
    /// the lowest one selected. Nil when there is none (everyone ranked is selected, or `top` is 0).
    public var boundary: Double?
    public var boundaryPosition: Int?
}

extension Simulation {
    /// For each alert chosen by rank (by alert index), every claimant's standing on `day`.
    public func rankStandings(day: Int, parameters: ParameterValues) -> [Int: [RankStanding]] {
        guard hasRankAlerts else { return [:] }
        let results = evaluateUnranked(day: day, parameters: parameters)
        var standings: [Int: [RankStanding]] = [:]
        for rank in compiled.ranks {
            let values = results.map { $0.fault == nil ? $0.scoreValues[rank.score] : .nan }
            let order = CohortRank.order(values: values, eligible: results.map { $0.alerts[rank.alert] })
            let top = rank.top(parameters)
            var positions = [Int?](repeating: nil, count: values.count)
            for (place, claimant) in order.enumerated() { positions[claimant] = place + 1 }
            standings[rank.alert] = values.indices.map { claimant in
                var standing = RankStanding(score: rank.score, value: values[claimant], position: positions[claimant], ranked: order.count,
                                            claimants: values.count, top: top, parameter: rank.parameter, selected: false)
                if let position = positions[claimant] {
                    standing.selected = position <= top
                    let decider = standing.selected ? top + 1 : top
                    if decider >= 1, decider <= order.count {
                        standing.boundary = values[order[decider - 1]]
                        standing.boundaryPosition = decider
                    }
                }
                return standing
            }
        }
        return standings
    }

    /// The explained alerts with each rank alert's standing: on only when selected (as on the board).
    func ranked(_ alerts: [RuleExplanation], claimant: Int, day: Int, parameters: ParameterValues) -> [RuleExplanation] {
        let standings = rankStandings(day: day, parameters: parameters)
        guard !standings.isEmpty else { return alerts }
        return alerts.map { rule in
            guard let standing = standings[rule.index]?[claimant] else { return rule }
            var ranked = rule
            ranked.rank = standing
            ranked.fired = standing.selected
            ranked.distance = nil
            return ranked
        }
    }
}

extension PlainExplanation {
    /// Why a rank alert is on or off, in words (without the alert's label).
    func rankReason(_ rule: RuleExplanation, _ standing: RankStanding, in explanation: ClaimantExplanation) -> String {
        guard let position = standing.position else {
            if standing.value.isNaN { return Strings.rankNoScore(lang) }
            return Strings.rankNotRanked.format(lang, sentence(explanation).clause(rule.tree))
        }
        let definition = ruleset.scores[standing.score]
        let files = standing.ranked == standing.claimants
            ? Strings.rankFiles.format(lang, NumberText.count(standing.ranked, lang))
            : Strings.rankFilesRanked.format(lang, NumberText.count(standing.ranked, lang), NumberText.count(standing.claimants, lang))
        let when = definition.recomputeMonthly ? Strings.rankThisMonth(lang) : Strings.rankThatDay(lang)
        var parts = [Strings.rankPosition.format(lang, Strings.ordinal(position, lang), files, when, words.scoreLabel(standing.score),
                                                 valueText(score: standing.score, value: standing.value))]
        let note = standing.parameter.map { Strings.rankParameterNote.format(lang, ruleset.parameters[$0].label.resolve(lang)) } ?? ""
        let count = NumberText.count(standing.top, lang)
        if standing.top == 0 {
            parts.append(Strings.rankKeepsNone(lang) + note)
        } else {
            parts.append((standing.selected ? Strings.rankKeeps : Strings.rankKeepsOnly).format(lang, count) + note)
        }
        if let boundary = standing.boundary, let place = standing.boundaryPosition {
            let text = valueText(score: standing.score, value: boundary)
            parts.append((standing.selected ? Strings.rankWouldLeave : Strings.rankWouldEnter).format(lang, text, Strings.ordinal(place, lang)))
            if boundary == standing.value { parts.append(Strings.rankTie(lang)) }
        } else if standing.selected {
            parts.append(Strings.rankAllKept(lang))
        }
        return parts.joined(separator: Strings.plainClauseSeparator(lang))
    }
}

extension ExplanationText {
    /// The formula view of a rank alert: its position, the count selected, the boundary.
    func rankLines(_ standing: RankStanding, indent: String) -> [String] {
        let ruleset = simulation.ruleset, score = ruleset.scores[standing.score]
        let count = String(standing.top) + (standing.parameter.map { " (\(ruleset.parameters[$0].id))" } ?? "")
        var lines = [indent + Strings.explainRankRule.format(lang, count, score.id)]
        guard let position = standing.position else { return lines + [indent + Strings.explainRankUnranked(lang)] }
        lines.append(indent + Strings.explainRankLine.format(lang, Strings.ordinal(position, lang), String(standing.ranked), score.id,
                                                             NumberFormat.plain(standing.value), count,
                                                             standing.selected ? Strings.explainRankSelected(lang) : Strings.explainRankLeftOut(lang)))
        if let boundary = standing.boundary, let place = standing.boundaryPosition {
            lines.append(indent + Strings.explainRankBoundary.format(lang, NumberFormat.plain(boundary), Strings.ordinal(place, lang)))
        }
        return lines
    }
}
