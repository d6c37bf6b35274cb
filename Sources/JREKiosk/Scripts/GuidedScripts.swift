extension KioskScripts {
    /// Guided run, meeting the claimant: open the file of the selected claimant.
    public static let guidedMeetText = """
    # caption: file
    1500 Enter
    """

    /// Guided run, time passing: one day (played again until the alert's day).
    public static let guidedDayText = """
    # caption: time
    1200 n
    """

    /// Guided run, time passing: one week (while the alert's day is a week away or more).
    public static let guidedWeekText = """
    # caption: time
    1200 N
    """

    /// Guided run, the alert: back to the board, then « Pourquoi ? » on the claimant.
    public static let guidedAlertText = """
    # caption: why
    800 Escape
    1500 w
    """

    /// Guided run, the decision: close the explanation, open the decision dialog.
    public static let guidedDecideText = """
    1000 Escape
    800 d
    """

    /// Guided run, the reveal: the debrief of the claimant.
    public static let guidedRevealText = """
    # caption: debrief
    1500 b
    """
}
