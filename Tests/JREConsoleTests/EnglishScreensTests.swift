import Foundation
import Testing
import JRECore
import JREConsole
import JRETerminal
import JREText
import JREBundledScenarios

/// `--lang en` shows no French: the board, the claimant file and the debrief of every bundled
/// scenario, rendered in English, hold none of the words the bundled files write only in French.
@Suite struct EnglishScreensTests {
    /// The words of the bundled files' French texts (`fr:` of every `{fr, en}` text) that none of
    /// their English texts uses: « démarches », « candidature », « refus »… (four letters or more,
    /// so that « de », « la », « site » shared by both languages never count).
    static let frenchWords: Set<String> = {
        var french = Set<String>(), english = Set<String>()
        for (_, text) in BundledScenarios.files {
            french.formUnion(texts(in: text, key: "fr").flatMap(words))
            english.formUnion(texts(in: text, key: "en").flatMap(words))
        }
        // People's and organisations' names are the same in both languages (« Lucas Petit », « Mairie
        // de Chenôve » are no French words here).
        let claimants = Console.pickerEN.entries.compactMap(\.simulation).flatMap(\.scenario.claimants)
        let names = claimants.flatMap { claimant in
            words(claimant.name) + claimant.events.compactMap { $0.attributes["employer"]?.description }.flatMap(words)
        }
        return french.subtracting(english).subtracting(alsoEnglish).subtracting(names)
    }()

    /// French words that are English words too, which English screens may rightly show.
    static let alsoEnglish: Set<String> = ["pause", "date", "dates", "minutes", "simulation", "instance", "service", "services",
                                           "distance", "condition", "conditions", "note", "notes", "total", "message", "messages",
                                           "sole", "mode", "modes", "score", "scores", "signal", "signaux", "contact", "contacts"]

    /// Lowercased words of four letters or more (letters only; « l'ouverture » gives « ouverture »).
    static func words(_ text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.letters.inverted).filter { $0.count >= 4 }
    }

    /// The texts written under `key` in a YAML file: inline (`fr: "…"`, `fr: …` in a flow map) or as a
    /// block (`fr: >-` and the lines indented under it).
    static func texts(in yaml: String, key: String) -> [String] {
        var result: [String] = []
        let lines = yaml.components(separatedBy: "\n")
        var index = 0
        let inline = try! NSRegularExpression(pattern: "(?:^|[{,\\s])" + key + ":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\"\\n>|][^,}\\n]*)")
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(key + ":"), trimmed.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces).first.map({ ">|".contains($0) }) == true {
                let indent = line.prefix { $0 == " " }.count
                var block: [String] = []
                index += 1
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty || lines[index].prefix(while: { $0 == " " }).count > indent {
                    block.append(lines[index])
                    index += 1
                }
                result.append(block.joined(separator: " "))
                continue
            }
            if !trimmed.hasPrefix("#") {
                for match in inline.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    result.append(String(line[Range(match.range(at: 1), in: line)!]))
                }
            }
            index += 1
        }
        return result
    }

    /// The French words on a screen, each with the line it is on.
    ///
    /// A line cut with « … » ends with part of a word (« Office de tour… »), which is no word: it is left out.
    static func french(in screen: String) -> [String] {
        screen.components(separatedBy: "\n").flatMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let whole = trimmed.hasSuffix("…") ? String(trimmed.dropLast().reversed().drop(while: \.isLetter).reversed()) : line
            return Set(words(whole)).intersection(frenchWords).sorted().map { "« \($0) » in: \(line.trimmingCharacters(in: .whitespaces))" }
        }
    }

    static var references: [String] { Console.pickerEN.entries.filter { $0.simulation != nil }.map(\.reference) }

    /// A day the workshop reaches with alerts on: the last pause, else the middle of the run.
    static func day(_ simulation: Simulation) -> Int {
        simulation.scenario.checkpoints.last?.day ?? max(1, simulation.scenario.days / 2)
    }

    @Test func theWordListHoldsTheFrenchOfTheBundledFiles() {
        // The list is what the test checks against: it must know the words a room would notice.
        for word in ["candidature", "démarches", "entretien", "refus"] {
            #expect(Self.frenchWords.contains(word), "« \(word) »")
        }
        #expect(!Self.frenchWords.contains("application") && !Self.frenchWords.contains("search"))
    }

    @Test(arguments: references)
    func theBoardInEnglishHasNoFrenchWord(reference: String) throws {
        let simulation = try Console.simulation(reference, lang: .en)
        for (width, height) in [(80, 24), (120, 40)] {
            let state = try Console.onBoard(reference, day: Self.day(simulation), lang: .en, width: width, height: height)
            // At 120 columns the file pane shares the screen: only the list's half is the board's.
            let board = state.lines().map { width >= 120 ? String($0.prefix(60)) : $0 }.joined(separator: "\n")
            let found = Self.french(in: board)
            #expect(found.isEmpty, "\(reference) at \(width)×\(height):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test(arguments: references)
    func theDebriefInEnglishHasNoFrenchWord(reference: String) throws {
        let simulation = try Console.simulation(reference, lang: .en)
        var state = try Console.onBoard(reference, day: Self.day(simulation), lang: .en, width: 120, height: 60)
        for claimant in simulation.scenario.claimants.indices {
            state.screen = .debrief(DebriefScreen(selection: claimant))
            let found = Self.french(in: state.text())
            #expect(found.isEmpty, "\(reference), \(simulation.scenario.claimants[claimant].name):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test(arguments: references)
    func theClaimantFileInEnglishHasNoFrenchWord(reference: String) throws {
        let simulation = try Console.simulation(reference, lang: .en)
        var state = try Console.onBoard(reference, day: Self.day(simulation), lang: .en, width: 120, height: 200)
        var found: [String] = []
        for claimant in simulation.scenario.claimants.indices {
            state.workshop?.selectedClaimant = claimant
            state.workshop?.selectedRowHint = nil
            let pane = state.lines().map { String($0.dropFirst(61)) }.joined(separator: "\n")
            found += Self.french(in: pane).map { simulation.scenario.claimants[claimant].name + ": " + $0 }
        }
        #expect(found.isEmpty, "\(reference):\n\(found.prefix(40).joined(separator: "\n"))")
    }
}
