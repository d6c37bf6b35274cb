extension KioskScripts {
    /// The attract loop, played once per scenario, starting on its board at day 1 with nobody
    /// at the keyboard: the board, a claimant's file, « Pourquoi ? », weeks going by, the
    /// threshold lab, the debrief. Captions are shown in French and English.
    public static let attractText = """
    # The attract loop: one round per scenario, from its board at day 1.
    # caption: board
    3500 Down
    1200 Down
    1200 Down
    # caption: file
    3000 Enter
    3500 Down
    1200 Down
    # caption: why
    2500 w
    5000 PageDown
    4000 PageDown
    # caption: time
    3500 Escape
    800 Escape
    2000 N
    2500 N
    2500 N
    2500 N
    # caption: lab
    3500 t
    2500 Down
    1500 +
    1500 +
    1500 +
    1500 +
    3500 Escape
    # caption: debrief
    3000 b
    3500 Down
    2500 Down
    2500 Down
    5000 Escape
    """
}
