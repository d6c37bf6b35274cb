import JREConsole
import JRETerminal
import JREText

/// Every script the kiosk plays, parsed and checked once at start-up.
///
/// The texts are Swift string constants in the ``KeyScript`` format (`Scripts/*.swift`);
/// a malformed one stops the kiosk before it starts, with the script's name, the line and a
/// marker under the fault.
public struct KioskScripts: Sendable, Equatable {
    public var attract: KioskScript
    public var guidedMeet: KioskScript
    public var guidedDay: KioskScript
    public var guidedWeek: KioskScript
    public var guidedAlert: KioskScript
    public var guidedDecide: KioskScript
    public var guidedReveal: KioskScript

    /// Parses the built-in scripts (or `attract` instead of the built-in attract loop).
    public static func builtIn(attract: String = attractText, lang: Lang = .en) throws(KioskError) -> KioskScripts {
        KioskScripts(
            attract: try KioskScript(name: "attract", text: attract, lang: lang),
            guidedMeet: try KioskScript(name: "guided-meet", text: guidedMeetText, lang: lang),
            guidedDay: try KioskScript(name: "guided-day", text: guidedDayText, lang: lang),
            guidedWeek: try KioskScript(name: "guided-week", text: guidedWeekText, lang: lang),
            guidedAlert: try KioskScript(name: "guided-alert", text: guidedAlertText, lang: lang),
            guidedDecide: try KioskScript(name: "guided-decide", text: guidedDecideText, lang: lang),
            guidedReveal: try KioskScript(name: "guided-reveal", text: guidedRevealText, lang: lang))
    }
}
