import JREText
import Yams

extension YAMLReader {
    /// One event attribute written as `{label, values}`: its label and the names of its coded values.
    ///
    /// `values` has the shape of a `profile:` attribute's (`refus: {fr: "refus", en: "rejection"}`);
    /// a value missing from it is shown as written.
    func attributeWithValues(_ node: Node, name: String, language: Lang) -> (label: LocalizedText, values: [(code: String, label: LocalizedText)]) {
        var label = LocalizedText(fr: name)
        var values: [(code: String, label: LocalizedText)] = []
        within(LocalizedMessage(Strings.ctxEventAttribute, name)) {
            guard let pairs = mapping(node, known: ["label", "values"], required: ["label"], what: LocalizedMessage(Strings.whatEventAttribute)) else { return }
            for (field, _, content) in pairs {
                switch field {
                case "label": label = text(content, language: language) ?? label
                case "values":
                    guard let entries = content.mapping else {
                        report(at: content, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatAttributeValues))]))
                        continue
                    }
                    for (code, text) in entries {
                        guard let code = string(code), let named = self.text(text, language: language) else { continue }
                        values.append((code, named))
                    }
                default: break
                }
            }
        }
        return (label, values)
    }
}
