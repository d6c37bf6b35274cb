import Foundation
import JREText

/// Warns about text that looks like real personal data: scenarios must stay fictional.
enum PersonalDataScanner {
    private static let patterns: [(NSRegularExpression, Phrase)] = {
        let specs: [(String, Phrase)] = [
            (#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, Strings.warnEmail),
            (#"(?<![0-9])[12][ .]?[0-9]{2}[ .]?(0[1-9]|1[0-2])[ .]?(2[AB]|[0-9]{2})[ .]?[0-9]{3}[ .]?[0-9]{3}([ .]?[0-9]{2})?(?![0-9])"#, Strings.warnSocialSecurity),
            (#"(?<![0-9])(\+33[ .]?[1-9]|0[1-9])([ .-]?[0-9]{2}){4}(?![0-9])"#, Strings.warnPhone),
            (#"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?\b"#, Strings.warnIBAN),
        ]
        return specs.compactMap { pattern, phrase in
            (try? NSRegularExpression(pattern: pattern)).map { ($0, phrase) }
        }
    }()

    static func scan(_ file: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, line) in file.lines.enumerated() {
            // Only a line with an @ or at least nine digits can match: skip the regexes for the rest.
            var digits = 0
            var at = false
            for byte in line.utf8 {
                if byte == UInt8(ascii: "@") { at = true } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
            }
            let candidate = at || digits >= 9
            guard candidate else { continue }
            let range = NSRange(line.startIndex..., in: line)
            for (regex, phrase) in patterns {
                guard let match = regex.firstMatch(in: line, range: range), let found = Range(match.range, in: line) else { continue }
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: found.lowerBound) + 1
                diagnostics.append(Diagnostic(
                    .warning, file: file.path, line: index + 1, column: column, length: line[found].unicodeScalars.count,
                    message: LocalizedMessage(phrase, String(line[found])), sourceLine: line
                ))
            }
        }
        return diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
