import Foundation

/// Writes a model's scores for a table of rows as CSV or JSON, optionally with contributions.
public enum ModelPredictionWriter {
    public enum Format: String, Sendable, CaseIterable {
        case csv
        case json
    }

    /// One output row per input row: the score, then (with `contributions`) one contribution per
    /// feature and the bias.
    public static func render(_ model: TrainedModel, _ table: FeatureTable, contributions: Bool, format: Format) -> String {
        let names = model.featureNames
        var out = ""
        switch format {
        case .csv:
            out += contributions ? (["score"] + names + ["bias"]).map(csvCell).joined(separator: ",") + "\n" : "score\n"
            for row in 0..<table.rowCount {
                let values = table.row(row)
                if contributions {
                    let explained = model.explain(values)
                    out += ([explained.score] + explained.contributions + [explained.bias]).map(number).joined(separator: ",") + "\n"
                } else {
                    out += number(model.score(values)) + "\n"
                }
            }
        case .json:
            out += "["
            for row in 0..<table.rowCount {
                let values = table.row(row)
                out += row == 0 ? "\n  " : ",\n  "
                if contributions {
                    let explained = model.explain(values)
                    let parts = zip(names, explained.contributions).map { "\(jsonString($0)): \(number($1))" }
                    out += "{\"score\": \(number(explained.score)), \"margin\": \(number(explained.margin)), "
                    out += "\"contributions\": {\(parts.joined(separator: ", "))}, \"bias\": \(number(explained.bias))}"
                } else {
                    out += "{\"score\": \(number(model.score(values)))}"
                }
            }
            out += table.rowCount == 0 ? "]\n" : "\n]\n"
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    private static func csvCell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
