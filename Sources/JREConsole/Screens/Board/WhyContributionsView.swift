import Foundation
import JRECore
import JREPopulation
import JREText
import JRETerminal

/// « Pourquoi ? » for a trained score: its contributions as a ranked bar chart in plain words.
///
/// One entry per feature, strongest first: the feature's label and this person's value (unit,
/// category in words), then a bar right of the axis when it pushed towards control, left when it
/// pushed away, with its size in log-odds; under an event-based feature, the events behind it.
/// Framed by the starting point (the bias, as a probability) and the resulting probability.
enum WhyContributionsView {
    /// How many events are listed under one feature before « … and N more ».
    static let eventLimit = 6

    static func lines(_ workshop: WorkshopState, score: ScoreExplanation, model: ScoreModel, lang: Lang, width: Int, glyphs: Glyphs) -> [PaneLine] {
        guard let contributions = score.contributions else { return [] }
        let kind = model.trained.kindName == "logistic-scorecard" ? Strings.modelKindScorecard(lang) : Strings.modelKindTrees(lang)
        var lines: [PaneLine] = [PaneLine("")]
        lines.append(PaneLine(Strings.whyBarsTitle.format(lang, kind + ", " + model.reference), .title))
        // A score whose low values are flagged (« peu employable »): pushes raise or lower it, not « towards control ».
        let lowIsFlagged = workshop.ruleset.scores[score.index].levels.last?.severity == .alert
        lines.append(PaneLine(lowIsFlagged ? Strings.whyBarsLegendRaises(lang) : Strings.whyBarsLegend(lang), .dim))
        lines.append(PaneLine(Strings.whyBarsStart.format(lang, probability(contributions.bias, model, lang))))
        let ranked = contributions.ranked
        let largest = max(ranked.map { abs($0.contribution) }.max() ?? 0, 1e-9)
        // Each side of the axis: what is left once the figure and its words are placed.
        let side = max(3, min(16, (width - 34) / 2))
        let explanation = ExplanationText(simulation: workshop.simulation, lang: lang, glyphs: glyphs)
        if let day = score.computedOn {
            lines.append(PaneLine(Strings.explainRecomputedMonthly.format(lang, DateText.long(workshop.simulation.scenario.date(ofDay: day), lang: lang)), .dim))
        }
        let tunable = model.weightParameters(in: workshop.simulation.ruleset)
        for entry in ranked {
            let feature = model.features[entry.index]
            let value = valueText(entry, feature, lang)
            // A weight the lab can move carries its « documenté / reconstitution » mark.
            let mark = tunable[entry.index] == nil ? "" : " (" + explanation.weightMark(model, entry.index) + ")"
            lines.append(PaneLine(runs: [(" " + feature.label.resolve(lang) + Strings.labelSeparator(lang), .normal), (value, .accent), (mark, .dim)]))
            // A visible push gets at least one cell, so its side always shows.
            var cells = Int((abs(entry.contribution) / largest * Double(side)).rounded())
            if cells == 0, abs(entry.contribution) >= 0.005 { cells = 1 }
            let full = glyphs.barEighths[7]
            let left = entry.contribution < 0 ? String(repeating: " ", count: side - cells) + String(repeating: full, count: cells) : String(repeating: " ", count: side)
            let right = entry.contribution > 0 ? String(repeating: full, count: cells) + String(repeating: " ", count: side - cells) : String(repeating: " ", count: side)
            // Below half a hundredth, the figure would read 0.00: no effect.
            let visible = abs(entry.contribution) >= 0.005
            let up = lowIsFlagged ? Strings.whyBarsRaises(lang) : Strings.whyBarsUp(lang), down = lowIsFlagged ? Strings.whyBarsLowers(lang) : Strings.whyBarsDown(lang)
            let words = !visible ? Strings.whyBarsNone(lang) : entry.contribution > 0 ? up : down
            let role: Role = !visible ? .dim : (entry.contribution > 0) != lowIsFlagged ? .alert : .ok
            lines.append(PaneLine(runs: [("   ", .normal), (left, role), (String(glyphs.box.vertical), .dim), (right, role),
                                         (" " + signed(entry.contribution, lang) + " " + words, role)]))
            let events = eventsBehind(score.tree.children[entry.index])
            if !events.isEmpty {
                lines.append(PaneLine("     " + Strings.whyBarsEvents.format(lang, count: events.count), .dim))
                for event in events.prefix(eventLimit) { lines.append(PaneLine("       " + eventText(event, workshop, explanation, lang), .dim)) }
                if events.count > eventLimit { lines.append(PaneLine("       " + Strings.whyBarsMoreEvents.format(lang, String(events.count - eventLimit)), .dim)) }
            }
        }
        let level = score.chosenLevel.map { index -> String in
            let definition = workshop.ruleset.scores[score.index].levels[index]
            return " → " + (definition.label?.resolve(lang) ?? definition.name)
        } ?? ""
        lines.append(PaneLine(runs: [(Strings.whyBarsResult.format(lang, percent(contributions.score, lang)) + level, .title)]))
        lines.append(PaneLine(Strings.whyBarsNote(lang), .dim))
        return lines
    }

    /// The person's value in words: a unit, a category's name, yes/no for a 0/1 indicator.
    static func valueText(_ entry: ModelContributions.Feature, _ feature: ModelFeature, _ lang: Lang) -> String {
        if entry.isMissing { return Strings.whyBarsMissing(lang) }
        switch entry.value {
        case .text(let code): return Strings.categoryLabel(code)?(lang) ?? code.replacingOccurrences(of: "_", with: " ")
        case .bool(let flag): return flag ? Strings.whyBarsYes(lang) : Strings.whyBarsNo(lang)
        case .number(let number):
            if feature.isIndicator, number == 0 || number == 1 { return number == 1 ? Strings.whyBarsYes(lang) : Strings.whyBarsNo(lang) }
            let unit = feature.unit?.resolve(lang) ?? ""
            return NumberText.decimal(number, lang, decimals: number != 0 && abs(number) < 1 ? 2 : 1) + (unit.isEmpty ? "" : " " + Strings.unit(unit, for: number, lang))
        case .fault: return Strings.whyBarsMissing(lang)
        }
    }


    /// Every event an event function under this feature counted, once each, in date order.
    static func eventsBehind(_ node: ExplainedNode) -> [EventReference] {
        var seen = Set<Int>(), result: [EventReference] = []
        func walk(_ node: ExplainedNode) {
            if case .aggregate(let detail) = node.detail, node.evaluated {
                for event in detail.events where seen.insert(event.index).inserted { result.append(event) }
            }
            node.children.forEach(walk)
        }
        walk(node)
        return result.sorted { ($0.day, $0.index) < ($1.day, $1.index) }
    }

    /// « · j12 (17/01) Connexion à l'espace personnel — pays=etranger ».
    static func eventText(_ event: EventReference, _ workshop: WorkshopState, _ explanation: ExplanationText, _ lang: Lang) -> String {
        guard let type = workshop.ruleset.eventTypes.first(where: { $0.id == event.type }) else { return explanation.eventLine(event) }
        var line = "\(explanation.glyphs.eventBullet) " + Strings.explainEventDay.format(lang, String(event.day), DateText.compact(event.date)) + " " + type.label.resolve(lang)
        if !event.words.isEmpty { line += " — " + event.words.map { $0.resolve(lang) }.joined(separator: " · ") }
        if let note = event.note?.resolve(lang), !note.isEmpty { line += " — " + ExplanationText.quotedNote(note, lang) }
        return line
    }

    /// A margin through the model's link, as a percentage (the bias of a logistic model).
    static func probability(_ margin: Double, _ model: ScoreModel, _ lang: Lang) -> String {
        switch model.trained {
        case .treeEnsemble(let trees): return percent(trees.objective.score(margin: margin), lang)
        case .scorecard: return percent(1 / (1 + exp(-margin)), lang)
        }
    }

    static func percent(_ share: Double, _ lang: Lang) -> String {
        PopulationNumbers.percent(share, lang)
    }

    /// « +0,41 », « −0,05 », « 0 » (two decimals, the language's decimal mark).
    static func signed(_ value: Double, _ lang: Lang) -> String {
        let text = NumberText.decimal(abs(value), lang, decimals: 2)
        return (text == "0" ? "" : value > 0 ? "+" : "−") + text
    }
}
