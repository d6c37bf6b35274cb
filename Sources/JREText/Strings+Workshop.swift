// The workshop loop: threshold lab, sweeps, decisions, sessions, debrief.

extension Strings {
    public static let sweepTitle = Phrase(fr: "Balayage de {0} ({1}) — jour {2}, {3}", en: "Sweep of {0} ({1}) — day {2}, {3}")
    public static let sweepRange = Phrase(fr: "de {0} à {1} par pas de {2} · valeur actuelle {3} (défaut {4}) ◀", en: "from {0} to {1} in steps of {2} · current value {3} (default {4}) ◀")
    public static let cliUnknownParameter = Phrase(fr: "paramètre inconnu « {0} »{1} (paramètres : {2})", en: "unknown parameter '{0}'{1} (parameters: {2})")
}
