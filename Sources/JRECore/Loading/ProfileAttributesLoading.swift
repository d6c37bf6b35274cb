import JREText
import Yams

extension YAMLReader {
    /// A `profile:` section (of a ruleset or a scenario): how people read each profile attribute.
    ///
    /// A key maps to a label (a text) or to `{label, unit, kind, values, phrase}`.
    func profileAttributes(_ node: Node, language: Lang) -> [ProfileAttribute] {
        guard let mapping = node.mapping else {
            report(at: node, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatProfileSection))]))
            return []
        }
        var result: [ProfileAttribute] = []
        for (key, value) in mapping {
            guard let name = identifier(key, allowDash: false) else { continue }
            let position = self.position(of: key)
            within(LocalizedMessage(Strings.ctxProfileAttribute, name)) {
                let languageKeys: Set<String> = ["fr", "en"]
                if value.scalar != nil || (value.mapping.map { Set($0.keys.compactMap { $0.scalar?.string }).isSubset(of: languageKeys) } ?? false) {
                    if let label = text(value, language: language) { result.append(ProfileAttribute(key: name, label: label, position: position)) }
                    return
                }
                let known = ["label", "unit", "kind", "values", "phrase"]
                guard let pairs = self.mapping(value, known: known, required: ["label"], what: LocalizedMessage(Strings.whatProfileAttribute)) else { return }
                var attribute = ProfileAttribute(key: name, label: LocalizedText(fr: name), position: position)
                for (field, _, content) in pairs {
                    switch field {
                    case "label": attribute.label = text(content, language: language) ?? attribute.label
                    case "unit": attribute.unit = text(content, language: language)
                    case "phrase": attribute.phrase = text(content, language: language)
                    case "kind":
                        guard let string = string(content) else { continue }
                        if let kind = ProfileAttribute.Kind(rawValue: string) {
                            attribute.kind = kind
                        } else {
                            let names = ProfileAttribute.Kind.allCases.map(\.rawValue)
                            let hint = Suggestion.closest(to: string, in: names).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
                            report(at: content, LocalizedMessage(Strings.diagBadChoice, string, names.joined(separator: ", "), hint))
                        }
                    case "values":
                        guard let values = content.mapping else {
                            report(at: content, LocalizedMessage(Strings.diagExpectedMapping, [.message(LocalizedMessage(Strings.whatProfileValues))]))
                            continue
                        }
                        for (code, label) in values {
                            guard let code = string(code), let label = text(label, language: language) else { continue }
                            attribute.values.append((code, label))
                        }
                    default: break
                    }
                }
                result.append(attribute)
            }
        }
        return result
    }
}
