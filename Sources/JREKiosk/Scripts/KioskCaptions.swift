import JREConsole
import JRETerminal
import JREText

/// The captions scripts may name in `# caption: NAME` lines.
public enum KioskCaptions {
    /// Caption names and their text (French and English).
    public static let table: [String: Phrase] = [
        "board": Strings.kioskCaptionBoard,
        "file": Strings.kioskCaptionFile,
        "why": Strings.kioskCaptionWhy,
        "time": Strings.kioskCaptionTime,
        "lab": Strings.kioskCaptionLab,
        "debrief": Strings.kioskCaptionDebrief,
    ]
}
