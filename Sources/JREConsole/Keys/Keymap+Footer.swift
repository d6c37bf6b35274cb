import JREText
import JRETerminal

/// One key hint of a footer: the key as shown, its full label and its short one.
public struct FooterHint: Sendable, Equatable {
    public var keys: String
    public var label: String
    public var shortLabel: String
    public var action: ConsoleAction

    /// Columns taken with `label` and `gap` spaces after it.
    func width(short: Bool, gap: Int) -> Int {
        DisplayWidth.of(keys) + 1 + DisplayWidth.of(short ? shortLabel : label) + gap
    }
}

/// Which hints a footer shows at a width, and how: the current step's keys first, then the
/// screen's other footer keys; when they do not fit, the labels are shortened, then the gaps
/// narrowed, before the last keys are dropped. `?` lists every key in any case.
public struct FooterFit: Sendable, Equatable {
    public var hints: [FooterHint]
    /// Whether the short labels are used.
    public var short: Bool
    /// Spaces after each hint.
    public var gap: Int

    /// The hints kept for `width` columns, with `reserved(gap)` columns taken by the always-shown part.
    public static func fit(_ hints: [FooterHint], width: Int, reserved: (Int) -> Int) -> FooterFit {
        var best: FooterFit?
        for (short, gap) in [(false, 2), (true, 2), (true, 1)] {
            let room = width - reserved(gap)
            var kept = hints
            while !kept.isEmpty, kept.reduce(0, { $0 + $1.width(short: short, gap: gap) }) > room { kept.removeLast() }
            let candidate = FooterFit(hints: kept, short: short, gap: gap)
            if kept.count == hints.count { return candidate }
            if best == nil || kept.count > best!.hints.count { best = candidate }
        }
        return best ?? FooterFit(hints: [], short: true, gap: 1)
    }

    /// Draws the hints from `col` on `row`; returns the column after the last.
    @discardableResult
    public func draw(row: Int, col: Int, into grid: inout CellGrid) -> Int {
        var col = col
        for hint in hints {
            col = grid.put(hint.keys, row: row, col: col, role: .key)
            col = grid.put(" " + (short ? hint.shortLabel : hint.label) + String(repeating: " ", count: gap), row: row, col: col, role: .footer)
        }
        return col
    }
}

extension Keymap {
    /// The shorter footer label of a binding, used when the full labels do not fit.
    static func shortLabel(_ binding: KeyBinding) -> Phrase? {
        if binding.label == Strings.keyCapacityMore { return Strings.keyCapacityMoreShort }
        if binding.label == Strings.keyCapacityLess { return Strings.keyCapacityLessShort }
        switch binding.action {
        case .nextCheckpoint: return Strings.keyNextCheckpointShort
        case .explain: return Strings.keyExplainShort
        case .openLab: return Strings.keyLabShort
        case .nextWeek: return Strings.keyNextWeekShort
        case .openDebrief: return Strings.keyDebriefShort
        default: return nil
        }
    }

    /// A binding as a footer hint: its first key, its label and short label.
    static func hint(_ binding: KeyBinding, lang: Lang, glyphs: Glyphs) -> FooterHint {
        let label = binding.label(lang)
        return FooterHint(keys: binding.keys.first.map { $0.label(lang, glyphs: glyphs) } ?? "", label: label,
                          shortLabel: shortLabel(binding)?(lang) ?? label, action: binding.action)
    }
}

extension AppState {
    /// The keys of the step the user is at, most needed first: they lead the footer and are the
    /// last to go when it is narrow (moving the clock to the next pause, opening a file, deciding,
    /// the lab on the board; moving and resetting a threshold in the lab).
    public var stepActions: [ConsoleAction] {
        switch screen {
        case .board:
            guard let workshop else { return [] }
            let clock: [ConsoleAction] = workshop.nextCheckpoint != nil ? [.nextCheckpoint, .nextDay] : [.nextDay, .openDebrief]
            if workshop.why != nil { return [.back, .decide] + clock + [.openLab] }
            if workshop.focus == .file { return [.explain, .decide, .switchPane] + clock + [.openLab] }
            return clock + [.open, .decide, .openModel, .openLab, .explain]
        case .lab:
            return [.increase, .decrease, .resetOne, .back, .openDebrief]
        default:
            return []
        }
    }

    /// The footer's hints, in order: the step's keys, then the screen's other footer keys; `?` and
    /// `q` apart (they always show, at the right) unless `including` them.
    public func footerHints(glyphs: Glyphs, excluding: [ConsoleAction] = [.toggleHelp, .quit], extra: [ConsoleAction] = []) -> [FooterHint] {
        let available = Keymap.bindings(for: keyContext).filter(offers)
        var ordered: [KeyBinding] = []
        func add(_ binding: KeyBinding) {
            guard !excluding.contains(binding.action), !ordered.contains(where: { $0.action == binding.action }) else { return }
            ordered.append(binding)
        }
        for action in stepActions + extra {
            if let binding = available.first(where: { $0.action == action }) { add(binding) }
        }
        for binding in available where binding.inFooter { add(binding) }
        return ordered.map { Keymap.hint($0, lang: lang, glyphs: glyphs) }
    }
}
