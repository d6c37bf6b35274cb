extension BoardReport {
    /// `"ranks": {"ALERT": {"position": 2, "ranked": 13, "top": 5, "selected": true, "boundary": 0.31}}`
    /// for each alert chosen by rank (only when the ruleset has one): where the claimant stands.
    func writeRanks(_ json: inout JSONWriter, _ standings: [Int: [RankStanding]], claimant: Int) {
        json.open("ranks")
        for alert in standings.keys.sorted() {
            guard let standing = standings[alert]?[claimant] else { continue }
            json.open(simulation.ruleset.alerts[alert].id)
            json.number("position", standing.position.map(Double.init))
            json.number("ranked", Double(standing.ranked))
            json.number("top", Double(standing.top))
            json.bool("selected", standing.selected)
            json.number("boundary", standing.boundary)
            json.close()
        }
        json.close()
    }
}
