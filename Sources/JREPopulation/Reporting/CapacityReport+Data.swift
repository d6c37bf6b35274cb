import JRECore

extension CapacityReport {
    /// Where the capacity comes from, for data formats: `controls_2024`, `target_2027` or `chosen`.
    public var sourceKey: String {
        switch capacity {
        case Self.controls2024: "controls_2024"
        case Self.target2027: "target_2027"
        default: "chosen"
        }
    }

    /// The section as one JSON object, written into `writer` (an element of `population evaluate`'s `capacities`).
    public func json(into writer: inout JSONWriter) {
        writer.open()
        writer.number("capacity", Double(capacity))
        writer.string("source", sourceKey)
        // The fraud service's own capacity is not public: these are other controls, an order of magnitude.
        writer.bool("fraud_service_capacity_public", false)
        writer.string("score", scoreID)
        writer.number("cut", cut)
        writer.number("bins", Double(CapacityRun.bins))
        writer.number("sample", Double(sampleSize))
        writer.number("selected", Double(selected))
        writer.number("selected_share", sampleSize > 0 ? Double(selected) / Double(sampleSize) : nil)
        writer.number("honest_selected", Double(honestSelected))
        writer.number("fraud_selected", Double(fraudSelected))
        writer.number("frauds", Double(frauds))
        writer.number("precision", confusion.precision)
        writer.number("recall", confusion.recall)
        writer.number("false_positive_rate", confusion.falsePositiveRate)
        writer.open("national")
        writer.number("base", Double(PopulationReport.nationalClaimants))
        writer.number("selected", national(selected))
        writer.number("honest_selected", national(honestSelected))
        writer.number("fraud_selected", national(fraudSelected))
        writer.number("frauds_not_selected", national(frauds - fraudSelected))
        writer.close()
        writer.open("groups", array: true)
        for table in groups {
            writer.open()
            writer.string("attribute", table.attribute)
            writer.string("reference", table.reference)
            writer.open("values", array: true)
            for (line, rates) in zip(table.lines, table.rates) {
                writer.open()
                writer.string("value", line.value)
                writer.number("people", Double(line.people))
                writer.number("selected", Double(line.selected))
                writer.number("selection_rate", rates.selectionRate)
                writer.number("selection_ratio", rates.selectionRatio)
                writer.bool("selection_flag", rates.selectionFlag)
                writer.number("honest", Double(line.honest))
                writer.number("honest_selected", Double(line.honestSelected))
                writer.number("false_positive_rate", rates.falsePositiveRate)
                writer.number("false_positive_ratio", rates.falsePositiveRatio)
                writer.bool("false_positive_flag", rates.falsePositiveFlag)
                writer.number("national_honest_selected", national(line.honestSelected))
                writer.close()
            }
            writer.close(array: true)
            writer.close()
        }
        writer.close(array: true)
        writer.close()
    }

    /// The section as rows of `population evaluate`'s CSV (`section,attribute,group,item,measure,value`):
    /// section `capacity`, item the number of controls.
    public func csvRows() -> [String] {
        var rows: [String] = []
        let item = String(capacity)
        func add(attribute: String = "", group: String = "", _ measure: String, _ value: Double?) {
            let text = value.map { $0.isFinite ? NumberFormat.json($0) : "" } ?? ""
            rows.append(["capacity", attribute, group, item, measure].map { CSVSyntax.escape($0) }.joined(separator: ",") + "," + text)
        }
        add("fraud_service_capacity_public", 0)
        add("cut", cut)
        add("sample", Double(sampleSize))
        add("selected", Double(selected))
        add("selected_share", sampleSize > 0 ? Double(selected) / Double(sampleSize) : nil)
        add("honest_selected", Double(honestSelected))
        add("fraud_selected", Double(fraudSelected))
        add("frauds", Double(frauds))
        add("precision", confusion.precision)
        add("recall", confusion.recall)
        add("false_positive_rate", confusion.falsePositiveRate)
        add("national_selected", national(selected))
        add("national_honest_selected", national(honestSelected))
        for table in groups {
            for (line, rates) in zip(table.lines, table.rates) {
                add(attribute: table.attribute, group: line.value, "people", Double(line.people))
                add(attribute: table.attribute, group: line.value, "selection_rate", rates.selectionRate)
                add(attribute: table.attribute, group: line.value, "selection_ratio", rates.selectionRatio)
                add(attribute: table.attribute, group: line.value, "false_positive_rate", rates.falsePositiveRate)
                add(attribute: table.attribute, group: line.value, "false_positive_ratio", rates.falsePositiveRatio)
                add(attribute: table.attribute, group: line.value, "national_honest_selected", national(line.honestSelected))
            }
        }
        return rows
    }
}
