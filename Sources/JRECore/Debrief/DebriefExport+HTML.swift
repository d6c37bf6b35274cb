import JREText

extension DebriefExport {
    /// The debrief as one self-contained HTML page: inline CSS and SVG, no script, no external
    /// resource; laid out to print on A4 and to read in black and white.
    public func html() -> String {
        var out: [String] = []
        let title = Strings.exportTitle.format(lang, debrief.scenarioTitle.resolve(lang))
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(lang.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>" + Self.escape(title) + "</title>")
        out.append("<style>")
        out.append(Self.stylesheet)
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<p class=\"notice\">" + Self.escape(Strings.exportNotice(lang)) + "</p>")
        out.append("<h1>" + Self.escape(title) + "</h1>")
        out.append("<p class=\"meta\">" + Self.escape(Strings.exportScenarioLine.format(lang, debrief.scenarioTitle.resolve(lang), debrief.scenarioId,
                                                                                       debrief.rulesetTitle.resolve(lang), debrief.rulesetId))
                   + "<br>" + Self.escape(Strings.exportPeriodLine.format(lang, shortDate(1), String(debrief.lastDay), shortDate(debrief.lastDay))) + "</p>")
        out.append("<p class=\"note\">" + Self.escape(Strings.exportStripNote(lang)) + "</p>")
        out.append("</header>")
        out += htmlCohort()
        out += htmlCounts()
        out += htmlThresholds()
        out += htmlParameters()
        out.append("<section class=\"claimants\">")
        out.append("<h2>" + Self.escape(Strings.exportClaimantsHeading(lang)) + "</h2>")
        out.append("<p class=\"note\">" + Self.escape(Strings.exportStripLegend(lang)) + "</p>")
        for story in debrief.claimants { out += htmlClaimant(story) }
        out.append("</section>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func htmlCohort() -> [String] {
        var out = ["<section class=\"cohort\">", "<h2>" + Self.escape(Strings.exportCohortHeading(lang)) + "</h2>", "<ul>"]
        let lines = cohortLines()
        var index = 0
        while index < lines.count {
            var item = "<li>" + Self.escape(lines[index].text)
            var nested: [String] = []
            while index + 1 < lines.count, lines[index + 1].level == 1 {
                index += 1
                nested.append("<li>" + Self.escape(lines[index].text) + "</li>")
            }
            if !nested.isEmpty { item += "<ul>" + nested.joined() + "</ul>" }
            out.append(item + "</li>")
            index += 1
        }
        out += ["</ul>", "</section>"]
        return out
    }

    private func htmlCounts() -> [String] {
        let total = debrief.claimants.count
        var out = ["<section class=\"counts\">", "<h2>" + Self.escape(Strings.exportCountsHeading(lang)) + "</h2>"]
        out.append("<table>")
        out.append("<thead><tr><th>" + Self.escape(Strings.exportCountsColumnAlert(lang)) + "</th><th class=\"num\">" + Self.escape(Strings.exportCountsColumnPeak(lang))
                   + "</th><th class=\"num\">" + Self.escape(Strings.exportCountsColumnLast.format(lang, String(debrief.lastDay))) + "</th></tr></thead>")
        out.append("<tbody>")
        for alert in debrief.alertIds.indices {
            let peak = peak(alert: alert)
            out.append("<tr><td>" + Self.escape(alertLabel(index: alert)) + "</td><td class=\"num\">\(peak.count)/\(total) (\(peak.day))</td><td class=\"num\">\(debrief.alertCounts[alert].last ?? 0)/\(total)</td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        for alert in debrief.alertIds.indices {
            let caption = Strings.exportChartCounts.format(lang, alertLabel(index: alert), String(total))
            out.append("<figure class=\"chart\">")
            out.append("<figcaption>" + Self.escape(caption) + "</figcaption>")
            out.append(countChart(alert: alert, caption: caption))
            out.append("</figure>")
        }
        out.append("</section>")
        return out
    }

    private func htmlThresholds() -> [String] {
        var out = ["<section class=\"thresholds\">", "<h2>" + Self.escape(Strings.exportThresholdsHeading(lang)) + "</h2>"]
        guard !debrief.thresholdChanges.isEmpty else {
            return out + ["<p>" + Self.escape(Strings.exportThresholdsNone(lang)) + "</p>", "</section>"]
        }
        out.append("<table>")
        out.append("<thead><tr><th class=\"num\">" + Self.escape(Strings.exportColumnDay(lang)) + "</th><th>" + Self.escape(Strings.exportColumnChange(lang))
                   + "</th><th>" + Self.escape(Strings.exportColumnMoved(lang)) + "</th></tr></thead>")
        out.append("<tbody>")
        for change in debrief.thresholdChanges {
            let moved = movedPhrases(change).map { "<li>" + Self.escape($0) + "</li>" }.joined()
            out.append("<tr><td class=\"num\">\(change.day)</td><td>" + Self.escape(changeDescription(change)) + "</td><td><ul>" + moved + "</ul></td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out.append("</section>")
        return out
    }

    private func htmlParameters() -> [String] {
        var out = ["<section class=\"parameters\">", "<h2>" + Self.escape(Strings.exportParametersHeading(lang)) + "</h2>"]
        out.append("<p>" + Self.escape(Strings.exportParametersSummary.format(lang, count: changedParameters.count, NumberText.count(debrief.parameters.count, lang))) + "</p>")
        out.append("<table>")
        out.append("<thead><tr><th>" + Self.escape(Strings.exportColumnParameter(lang)) + "</th><th class=\"num\">" + Self.escape(Strings.exportColumnInForce(lang))
                   + "</th><th class=\"num\">" + Self.escape(Strings.exportColumnDefault(lang)) + "</th><th></th></tr></thead>")
        out.append("<tbody>")
        for parameter in debrief.parameters {
            let changed = parameter.value != parameter.defaultValue
            out.append((changed ? "<tr class=\"changed\">" : "<tr>") + "<td>" + Self.escape(parameterLabel(parameter.id)) + " <code>" + Self.escape(parameter.id) + "</code></td>"
                       + "<td class=\"num\">" + Self.escape(parameterValue(parameter.id, parameter.value)) + "</td>"
                       + "<td class=\"num\">" + Self.escape(parameterValue(parameter.id, parameter.defaultValue)) + "</td>"
                       + "<td>" + (changed ? "◆ " + Self.escape(Strings.exportChangedMark(lang)) : "") + "</td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out.append("</section>")
        return out
    }

    private func htmlClaimant(_ story: Debrief.ClaimantStory) -> [String] {
        var out = ["<article class=\"claimant\" id=\"claimant-" + Self.escape(story.id) + "\">"]
        out.append("<h3>" + Self.escape(story.name) + " <code>" + Self.escape(story.id) + "</code></h3>")
        out.append("<p class=\"situation\">" + Self.escape(situationSentence(story.situation)) + "</p>")
        out.append("<figure class=\"strip\">")
        out.append(stripChart(story))
        out.append("</figure>")
        if story.wasEverFlagged {
            out.append("<ul class=\"alerts\">" + story.alertDays.indices.map { alert in
                let why = debrief.alertReasonLine(story, alert: alert, simulation: simulation, lang: lang).map { "<p class=\"why\">" + Self.escape($0) + "</p>" } ?? ""
                return "<li>" + Self.escape(alertDaysSentence(alert: alert, days: story.alertDays[alert])) + why + "</li>"
            }.joined() + "</ul>")
        } else {
            out.append("<p>" + Self.escape(Strings.exportNeverFlagged(lang)) + "</p>")
        }
        out.append("<h4>" + Self.escape(Strings.exportDecisionsHeading(lang)) + "</h4>")
        if story.decisions.isEmpty {
            out.append("<p>" + Self.escape(Strings.exportNoDecision(lang)) + "</p>")
        } else {
            out.append("<ul class=\"decisions\">" + story.decisions.map { "<li>" + Self.escape(decisionSentence($0)) + "</li>" }.joined() + "</ul>")
        }
        out.append("<h4>" + Self.escape(Strings.exportContextHeading(lang)) + "</h4>")
        let context = story.context?.resolve(lang) ?? ""
        out.append("<blockquote class=\"context\">" + Self.escape(context.isEmpty ? Strings.exportNoContext(lang) : context) + "</blockquote>")
        if let overpayment = story.overpayment {
            out.append("<h4>" + Self.escape(Strings.debriefOverpaymentHeader(lang)) + "</h4>")
            out.append("<p>" + Self.escape(Debrief.overpaymentText(overpayment, lang: lang)) + "</p>")
        }
        out.append("</article>")
        return out
    }

    /// Text safe inside HTML elements and double-quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The page's CSS: A4 pages, claimant blocks kept whole, black on white.
    static let stylesheet = """
    @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    html { color: #111; background: #fff; }
    body { font: 10.5pt/1.4 "Helvetica Neue", Helvetica, Arial, sans-serif; max-width: 182mm; margin: 0 auto; padding: 8mm 4mm; }
    h1 { font-size: 18pt; margin: 6pt 0 4pt; }
    h2 { font-size: 13pt; border-bottom: 1.5pt solid #111; padding-bottom: 2pt; margin: 18pt 0 8pt; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11.5pt; margin: 0 0 4pt; }
    h4 { font-size: 10.5pt; margin: 8pt 0 2pt; break-after: avoid; page-break-after: avoid; }
    code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 9pt; font-weight: normal; }
    .notice { border: 1.5pt solid #111; padding: 6pt 8pt; font-weight: bold; margin: 0; }
    .meta { margin: 2pt 0; }
    .note { font-style: italic; font-size: 9.5pt; }
    ul { margin: 2pt 0 6pt; padding-left: 16pt; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.75pt solid #777; padding: 2pt 5pt; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td ul { margin: 0; padding-left: 12pt; }
    .num { text-align: right; white-space: nowrap; }
    tr.changed td { font-weight: bold; }
    figure { margin: 4pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 9.5pt; font-weight: bold; margin-bottom: 2pt; }
    svg { display: block; width: 100%; height: auto; }
    .claimant { border-top: 0.75pt solid #777; padding-top: 8pt; margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
    .situation { font-weight: bold; margin: 2pt 0; }
    .why { margin: 1pt 0 3pt; font-size: 9.5pt; }
    .context { border-left: 3pt solid #111; margin: 2pt 0 0; padding: 2pt 8pt; font-style: italic; }
    @media print { body { max-width: none; padding: 0; } h2 { margin-top: 12pt; } }
    """
}
