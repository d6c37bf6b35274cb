import JREText

extension Key {
    /// The key's name as shown to users in hints and help, in `lang`.
    ///
    /// Arrows show as arrow glyphs in the Unicode set and as words in the ASCII set.
    ///
    /// ```swift
    /// Key.enter.label(.fr, glyphs: .unicode)      // "Entrée"
    /// Key.ctrl("c").label(.en, glyphs: .ascii)    // "Ctrl+C"
    /// Key.up.label(.fr, glyphs: .unicode)         // "↑"
    /// ```
    public func label(_ lang: Lang, glyphs: Glyphs) -> String {
        switch self {
        case .char(" "): return Strings.termKeySpace(lang)
        case .char(let character): return String(character)
        case .ctrl(let character): return Strings.termKeyCtrl.format(lang, character.uppercased())
        case .up: return glyphs.isASCII ? Strings.termKeyUp(lang) : glyphs.arrows.up
        case .down: return glyphs.isASCII ? Strings.termKeyDown(lang) : glyphs.arrows.down
        case .left: return glyphs.isASCII ? Strings.termKeyLeft(lang) : glyphs.arrows.left
        case .right: return glyphs.isASCII ? Strings.termKeyRight(lang) : glyphs.arrows.right
        case .home: return Strings.termKeyHome(lang)
        case .end: return Strings.termKeyEnd(lang)
        case .pageUp: return Strings.termKeyPageUp(lang)
        case .pageDown: return Strings.termKeyPageDown(lang)
        case .enter: return Strings.termKeyEnter(lang)
        case .escape: return Strings.termKeyEscape(lang)
        case .tab: return Strings.termKeyTab(lang)
        case .backTab: return Strings.termKeyBackTab(lang)
        case .backspace: return Strings.termKeyBackspace(lang)
        case .delete: return Strings.termKeyDelete(lang)
        case .insert: return Strings.termKeyInsert(lang)
        case .function(let number): return Strings.termKeyFunction.format(lang, String(number))
        }
    }
}
