import Foundation
import JREConsole
import JRECore
import JRETerminal
import JREText

/// A key script the kiosk plays by itself (attract loop, guided run), with its captions.
///
/// The text is the ``KeyScript`` format the tests use. The kiosk adds one convention inside
/// comments, which the key script parser ignores: a line `# caption: NAME` sets the caption
/// shown while waiting for the steps after it (NAME is a key of ``KioskCaptions/table``).
/// Only keys are allowed (no signals, resizes, `Close`, `q` or Ctrl chords), so a script
/// can never stop the console or leave the kiosk.
///
/// ```text
/// # caption: board
/// 3000 Down
/// # caption: file
/// 2500 Enter
/// ```
public struct KioskScript: Sendable, Equatable {
    /// The script's name in messages (`attract`, `guided-day`…).
    public let name: String
    /// The steps.
    public let script: KeyScript
    /// The caption name in force for each step (same indices as `script.steps`).
    public let captions: [String?]

    /// Reads and checks `text`.
    ///
    /// - Throws: ``KioskError/badScript(name:problem:)`` with the line and what is wrong.
    public init(name: String, text: String, lang: Lang = .en) throws(KioskError) {
        self.name = name
        let script: KeyScript
        do {
            script = try KeyScript.parse(text)
        } catch {
            throw .badScript(name: name, problem: error.message(lang))
        }
        guard !script.steps.isEmpty else { throw .badScript(name: name, problem: Strings.kioskScriptEmpty(lang)) }
        var captionByLine: [(line: Int, caption: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let caption = Self.caption(in: line) else { continue }
            guard KioskCaptions.table[caption] != nil else {
                let known = KioskCaptions.table.keys.sorted()
                let hint = Suggestion.closest(to: caption, in: known).map { Strings.diagDidYouMean.format(lang, $0) } ?? ""
                throw .badScript(name: name, problem: Strings.kioskScriptUnknownCaption.format(lang, String(index + 1), caption, hint, known.joined(separator: ", ")))
            }
            captionByLine.append((index + 1, caption))
        }
        for step in script.steps where !Self.isPlayable(step.event) {
            throw .badScript(name: name, problem: Strings.kioskScriptNotAKey.format(lang, String(step.line), step.event.scriptName))
        }
        self.script = script
        captions = script.steps.map { step in captionByLine.last { $0.line < step.line }?.caption }
    }

    /// The caption name of a `# caption: NAME` comment line, if it is one.
    static func caption(in line: Substring) -> String? {
        let trimmed = line.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("#") else { return nil }
        let body = trimmed.dropFirst().drop { $0.isWhitespace }
        guard body.lowercased().hasPrefix("caption:") else { return nil }
        return body.dropFirst("caption:".count).trimmingCharacters(in: .whitespaces)
    }

    /// Whether a script may play `event`: keys that cannot quit or suspend anything.
    static func isPlayable(_ event: InputEvent) -> Bool {
        guard case .key(let key) = event else { return false }
        return !KioskKeymap.withholds(key, by: KioskKeymap.unplayable, typing: false)
    }
}
