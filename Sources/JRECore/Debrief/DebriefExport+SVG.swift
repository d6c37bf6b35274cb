import Foundation
import JREText

extension DebriefExport {
    /// Width of every chart's drawing, in SVG units (scaled to the page width).
    static let chartWidth = 680.0

    /// The count of claimants under one alert each day, as bars filled with the alert's pattern.
    func countChart(alert: Int, caption: String) -> String {
        let total = max(1, debrief.claimants.count)
        let counts = debrief.alertCounts[alert]
        let (left, right, top, bottom) = (34.0, 10.0, 8.0, 24.0)
        let height = 132.0
        let plotWidth = Self.chartWidth - left - right
        let plotHeight = height - top - bottom
        let cell = plotWidth / Double(debrief.lastDay)
        let pattern = "count-\(alert)"
        func y(_ count: Int) -> Double { top + plotHeight * (1 - Double(count) / Double(total)) }

        var svg = [Self.svgOpen(width: Self.chartWidth, height: height, label: caption)]
        svg.append("<defs>" + Self.patternDefinition(id: pattern, style: alert) + "</defs>")
        // Horizontal guides and the count axis.
        var ticks = [0, total]
        if total >= 4 { ticks.insert(total / 2, at: 1) }
        for tick in ticks {
            svg.append("<line x1=\"\(Self.n(left))\" y1=\"\(Self.n(y(tick)))\" x2=\"\(Self.n(left + plotWidth))\" y2=\"\(Self.n(y(tick)))\" stroke=\"#999\" stroke-width=\"0.5\""
                       + (tick == 0 ? "" : " stroke-dasharray=\"2 2\"") + "/>")
            svg.append("<text x=\"\(Self.n(left - 4))\" y=\"\(Self.n(y(tick) + 3))\" font-size=\"10\" text-anchor=\"end\">\(tick)</text>")
        }
        // One bar per run of days with the same non-zero count.
        var start = 0
        while start < counts.count {
            var end = start
            while end + 1 < counts.count, counts[end + 1] == counts[start] { end += 1 }
            if counts[start] > 0 {
                let x = left + Double(start) * cell
                svg.append("<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y(counts[start])))\" width=\"\(Self.n(Double(end - start + 1) * cell))\" height=\"\(Self.n(y(0) - y(counts[start])))\""
                           + " fill=\"url(#\(pattern))\" stroke=\"#111\" stroke-width=\"0.6\"/>")
            }
            start = end + 1
        }
        svg += dayAxis(left: left, cell: cell, baseline: top + plotHeight)
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// One claimant's alert timeline: a row per alert (filled days, in the alert's pattern, labelled),
    /// and a row of triangles on the days of the room's decisions.
    func stripChart(_ story: Debrief.ClaimantStory) -> String {
        let (left, right, top) = (200.0, 10.0, 4.0)
        let rowHeight = 13.0
        let rowGap = 4.0
        let rows = story.alertDays.count + 1
        let plotWidth = Self.chartWidth - left - right
        let cell = plotWidth / Double(debrief.lastDay)
        let plotBottom = top + Double(rows) * (rowHeight + rowGap) - rowGap
        let height = plotBottom + 16
        let prefix = "strip-\(story.index)-"
        let title = Strings.exportStripTitle.format(lang, story.name)

        var svg = [Self.svgOpen(width: Self.chartWidth, height: height, label: title)]
        svg.append("<defs>" + story.alertDays.indices.map { Self.patternDefinition(id: prefix + "\($0)", style: $0) }.joined() + "</defs>")
        let labels = story.alertDays.indices.map { alertLabel(index: $0) } + [Strings.exportStripDecisions(lang)]
        for row in 0..<rows {
            let rowTop = top + Double(row) * (rowHeight + rowGap)
            svg.append("<text x=\"\(Self.n(left - 6))\" y=\"\(Self.n(rowTop + rowHeight - 3))\" font-size=\"10\" text-anchor=\"end\">" + Self.escape(Self.shorten(labels[row], to: 34)) + "</text>")
            svg.append("<rect x=\"\(Self.n(left))\" y=\"\(Self.n(rowTop))\" width=\"\(Self.n(plotWidth))\" height=\"\(Self.n(rowHeight))\" fill=\"none\" stroke=\"#999\" stroke-width=\"0.5\"/>")
            if row < story.alertDays.count {
                for run in Self.runs(story.alertDays[row]) {
                    svg.append("<rect x=\"\(Self.n(left + Double(run.lowerBound - 1) * cell))\" y=\"\(Self.n(rowTop))\" width=\"\(Self.n(Double(run.count) * cell))\" height=\"\(Self.n(rowHeight))\""
                               + " fill=\"url(#\(prefix)\(row))\" stroke=\"#111\" stroke-width=\"0.6\"/>")
                }
            } else {
                for day in Set(story.decisions.map(\.day)).sorted() where days.contains(day) {
                    let x = left + (Double(day) - 0.5) * cell
                    svg.append("<path d=\"M\(Self.n(x)) \(Self.n(rowTop + 1))L\(Self.n(x + 5)) \(Self.n(rowTop + rowHeight - 1))L\(Self.n(x - 5)) \(Self.n(rowTop + rowHeight - 1))Z\" fill=\"#111\"/>")
                }
            }
        }
        // Week separators across the rows.
        for day in stride(from: 8, through: debrief.lastDay, by: 7) {
            let x = left + Double(day - 1) * cell
            svg.append("<line x1=\"\(Self.n(x))\" y1=\"\(Self.n(top))\" x2=\"\(Self.n(x))\" y2=\"\(Self.n(plotBottom))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>")
        }
        svg += dayAxis(left: left, cell: cell, baseline: plotBottom)
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// Ticks and numbers at the first day of each week, and the axis name left of them.
    private func dayAxis(left: Double, cell: Double, baseline: Double) -> [String] {
        var lines: [String] = []
        for day in stride(from: 1, through: debrief.lastDay, by: 7) {
            let x = left + (Double(day) - 0.5) * cell
            lines.append("<line x1=\"\(Self.n(x))\" y1=\"\(Self.n(baseline))\" x2=\"\(Self.n(x))\" y2=\"\(Self.n(baseline + 3))\" stroke=\"#111\" stroke-width=\"0.6\"/>")
            lines.append("<text x=\"\(Self.n(x))\" y=\"\(Self.n(baseline + 12))\" font-size=\"10\" text-anchor=\"middle\">\(day)</text>")
        }
        lines.append("<text x=\"\(Self.n(left - 6))\" y=\"\(Self.n(baseline + 12))\" font-size=\"10\" text-anchor=\"end\" font-style=\"italic\">" + Self.escape(Strings.exportChartDayAxis(lang)) + "</text>")
        return lines
    }

    /// The opening tag of an inline chart, labelled for screen readers (no namespace: HTML5 inline SVG).
    static func svgOpen(width: Double, height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(escape(label))\" font-family=\"Helvetica, Arial, sans-serif\">"
            + "<title>" + escape(label) + "</title>"
    }

    /// A fill that reads in black and white: solid, hatched, dotted or cross-hatched, by alert.
    static func patternDefinition(id: String, style: Int) -> String {
        let open = "<pattern id=\"\(id)\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\""
        switch style % 4 {
        case 0:
            return open + "><rect width=\"5\" height=\"5\" fill=\"#333\"/></pattern>"
        case 1:
            return open + " patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fff\"/><rect width=\"2\" height=\"5\" fill=\"#111\"/></pattern>"
        case 2:
            return open + "><rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.3\" fill=\"#111\"/></pattern>"
        default:
            return open + "><rect width=\"5\" height=\"5\" fill=\"#fff\"/><path d=\"M0 2.5H5M2.5 0V5\" stroke=\"#111\" stroke-width=\"1\"/></pattern>"
        }
    }

    /// A label cut to `length` characters with an ellipsis.
    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// A coordinate with at most two decimals.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
