import JREText

/// A JSON value with its path from the root, whose typed accessors throw located `ModelFileError`s.
struct JSONCursor {
    let value: JSONValue
    /// Like `learner.gradient_booster.model.trees[3]`; empty at the root.
    let path: String
    let file: String

    /// A located error at this cursor's path: `phrase` whose `{0}` is what was found.
    func failure(_ phrase: Phrase, found: LocalizedMessage) -> ModelFileError {
        ModelFileError(file: file, place: .jsonPath(path.isEmpty ? "(root)" : path), text: LocalizedMessage(phrase, [.message(found)]))
    }

    private func child(_ value: JSONValue, _ step: String) -> JSONCursor {
        JSONCursor(value: value, path: path.isEmpty ? step : path + "." + step, file: file)
    }

    /// The member `key` of an object; throws if this is not an object or the member is absent.
    func member(_ key: String) throws(ModelFileError) -> JSONCursor {
        guard let found = try optionalMember(key) else { throw failure(Strings.jsonMemberMissing, key) }
        return found
    }

    /// The member `key` of an object, or nil when absent.
    func optionalMember(_ key: String) throws(ModelFileError) -> JSONCursor? {
        guard case .object(let members) = value else { throw failure(Strings.jsonExpectedObject, found: value.kindName) }
        return members[key].map { child($0, key) }
    }

    /// The elements of an array, each with its indexed path.
    func elements() throws(ModelFileError) -> [JSONCursor] {
        guard case .array(let items) = value else { throw failure(Strings.jsonExpectedArray, found: value.kindName) }
        return items.enumerated().map { JSONCursor(value: $0.element, path: path + "[\($0.offset)]", file: file) }
    }

    /// The path of element `index` of this array.
    func element(_ index: Int) -> JSONCursor {
        if case .array(let items) = value, items.indices.contains(index) {
            return JSONCursor(value: items[index], path: path + "[\(index)]", file: file)
        }
        return JSONCursor(value: .null, path: path + "[\(index)]", file: file)
    }

    func string() throws(ModelFileError) -> String {
        guard case .string(let text) = value else { throw failure(Strings.jsonExpectedString, found: value.kindName) }
        return text
    }

    func number() throws(ModelFileError) -> Double {
        guard case .number(let number) = value else { throw failure(Strings.jsonExpectedNumber, found: value.kindName) }
        return number
    }

    /// An integer, written as a JSON number or (as XGBoost does for parameters) as a string.
    func integer() throws(ModelFileError) -> Int {
        switch value {
        case .number(let number):
            guard number.rounded() == number, abs(number) < 1e15 else { throw failure(Strings.jsonExpectedInteger, String(number)) }
            return Int(number)
        case .string(let text):
            guard let number = Int(text) else { throw failure(Strings.jsonExpectedIntegerText, text) }
            return number
        default:
            throw failure(Strings.jsonExpectedInteger, found: value.kindName)
        }
    }

    /// An array of numbers, in one pass.
    func numbers() throws(ModelFileError) -> [Double] {
        guard case .array(let items) = value else { throw failure(Strings.jsonExpectedArray, found: value.kindName) }
        var result: [Double] = []
        result.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            guard case .number(let number) = item else {
                throw element(offset).failure(Strings.jsonExpectedNumber, found: item.kindName)
            }
            result.append(number)
        }
        return result
    }

    /// An array of integers.
    func integers() throws(ModelFileError) -> [Int] {
        let values = try numbers()
        for (offset, number) in values.enumerated() where number.rounded() != number || abs(number) >= 1e15 {
            throw element(offset).failure(Strings.jsonExpectedInteger, String(number))
        }
        return values.map { Int($0) }
    }

    /// An array of booleans, written as `true`/`false` or as `0`/`1` (XGBoost 1.7).
    func flags() throws(ModelFileError) -> [Bool] {
        guard case .array(let items) = value else { throw failure(Strings.jsonExpectedArray, found: value.kindName) }
        var result: [Bool] = []
        result.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            switch item {
            case .bool(let flag): result.append(flag)
            case .number(let number) where number == 0 || number == 1: result.append(number == 1)
            default: throw element(offset).failure(Strings.jsonExpectedFlag, found: item.kindName)
            }
        }
        return result
    }

    /// An array of strings.
    func strings() throws(ModelFileError) -> [String] {
        var result: [String] = []
        for item in try elements() { result.append(try item.string()) }
        return result
    }
}
