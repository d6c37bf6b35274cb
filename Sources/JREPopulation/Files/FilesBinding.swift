import JRECore

/// How a program reads a folder's claimants: the column behind each profile slot with its values
/// encoded for the rules, and each grouping's position for every code.
struct FilesBinding: Sendable {
    /// Per profile slot: per code of its column, the value the rules read (nil: no such column).
    let profileValues: [[Double]?]
    let profileColumns: [Int?]
    /// Per grouping: its column (nil: the hidden situation), the position of each code, and of a missing value.
    let groupings: [(column: Int?, byCode: [Int32], missing: Int32)]

    init(program: PopulationProgram, table: ClaimantTable, groupings: [String]) {
        let texts = ProfileTexts(strings: program.compiled.strings)
        profileColumns = program.profileKeys.map { table.column(named: $0) }
        profileValues = profileColumns.map { column in
            column.map { table.columns[$0].values.map(texts.encode) }
        }
        self.groupings = groupings.map { name in
            guard let column = table.column(named: name) else { return (nil, [], 0) }
            let (byCode, missing) = table.groupPositions(column)
            return (column, byCode, missing)
        }
    }

    /// Fills the evaluator's profile slots and the group positions for claimant `index`;
    /// returns its hidden situation, if known.
    @inline(__always)
    func load(_ index: Int, table: ClaimantTable, situations: [Int8]?, evaluator: ClaimantEvaluator,
              groups: UnsafeMutablePointer<Int32>) -> TrueSituation? {
        for (slot, column) in profileColumns.enumerated() {
            guard let column, let values = profileValues[slot] else {
                evaluator.profile[slot] = .nan
                continue
            }
            let code = table.columns[column].codes[index]
            evaluator.profile[slot] = code == ClaimantTable.missing ? .nan : values[Int(code)]
        }
        var situation: TrueSituation?
        if let situations, situations[index] >= 0 { situation = TrueSituation.allCases[Int(situations[index])] }
        for (position, grouping) in groupings.enumerated() {
            if let column = grouping.column {
                let code = table.columns[column].codes[index]
                groups[position] = code == ClaimantTable.missing ? grouping.missing : grouping.byCode[Int(code)]
            } else {
                // The hidden situation; claimants without one fall in the last group (« other »).
                groups[position] = Int32(situation.flatMap { TrueSituation.allCases.firstIndex(of: $0) } ?? TrueSituation.allCases.count - 1)
            }
        }
        return situation
    }
}
