import Foundation
import JRECore
import JREText

/// One line of the alert board: a group heading or a claimant under it.
public struct BoardRow: Sendable, Equatable {
    /// What the line shows.
    public enum Kind: Sendable, Equatable {
        /// An alert's label with its count, or the rest of the caseload (alert nil).
        case group(alert: Int?, count: Int)
        case claimant(Int, group: Int?)
    }

    public var kind: Kind

    public var claimant: Int? {
        if case .claimant(let index, _) = kind { return index }
        return nil
    }
}

extension WorkshopState {
    /// The board's lines: each alert with the claimants under it, then everyone else.
    public func boardRows() -> [BoardRow] {
        let claimants = scenario.claimants.indices.filter(matchesFilters).sorted(by: sortOrder)
        var rows: [BoardRow] = []
        var flagged = Set<Int>()
        for alert in ruleset.alerts.indices {
            if let alertFilter, alertFilter != alert { continue }
            let under = claimants.filter { history.isAlertOn(claimant: $0, day: day, alert: alert) }
            flagged.formUnion(under)
            rows.append(BoardRow(kind: .group(alert: alert, count: under.count)))
            rows += under.map { BoardRow(kind: .claimant($0, group: alert)) }
        }
        if alertFilter == nil {
            let rest = claimants.filter { !flagged.contains($0) }
            rows.append(BoardRow(kind: .group(alert: nil, count: rest.count)))
            rows += rest.map { BoardRow(kind: .claimant($0, group: nil)) }
        }
        return rows
    }

    func matchesFilters(_ claimant: Int) -> Bool {
        if let severityFilter, let worst = worstSeverity(claimant), rank(worst) < rank(severityFilter) { return false }
        if severityFilter != nil, worstSeverity(claimant) == nil { return false }
        if !search.isEmpty {
            let name = scenario.claimants[claimant].name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let needle = search.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if !name.contains(needle) { return false }
        }
        return true
    }

    func sortOrder(_ a: Int, _ b: Int) -> Bool {
        switch sort {
        case .name:
            return byName(a, b)
        case .severity:
            let ra = worstSeverity(a).map(rank) ?? -1, rb = worstSeverity(b).map(rank) ?? -1
            return ra != rb ? ra > rb : byName(a, b)
        case .lastLogin:
            let da = daysSinceLogin(a) ?? Int.max, db = daysSinceLogin(b) ?? Int.max
            return da != db ? da > db : byName(a, b)
        }
    }

    /// Alphabetical order as people expect it: accents and case do not move a name.
    func byName(_ a: Int, _ b: Int) -> Bool {
        let x = scenario.claimants[a].name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let y = scenario.claimants[b].name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return x != y ? x < y : a < b
    }

    /// Moves the selection to the first visible claimant when filters or the clock hid the selected one.
    public mutating func anchorSelection() {
        let rows = boardRows()
        guard !rows.contains(where: { $0.claimant == selectedClaimant }) else { return }
        if let first = rows.first(where: { $0.claimant != nil })?.claimant {
            selectedClaimant = first
            selectedRowHint = nil
        }
    }

    /// The row showing the selected claimant (its first appearance), or the first claimant row.
    public func selectedRow(in rows: [BoardRow]) -> Int? {
        if let hint = selectedRowHint, hint < rows.count, rows[hint].claimant == selectedClaimant { return hint }
        return rows.firstIndex { $0.claimant == selectedClaimant } ?? rows.firstIndex { $0.claimant != nil }
    }

    /// The items of the claimant file that « Pourquoi ? » can explain: levelled scores, then alerts.
    public var fileItems: [WhyTarget] {
        levelledScores.map { WhyTarget.score($0) } + signalScores.map { WhyTarget.score($0) } + ruleset.alerts.indices.map { WhyTarget.alert($0) }
    }
}
