import JREConsole
import JRECore
import JRETerminal
import JREText

/// The guided tour's caption for its current step.
enum GuidedCaption {
    static func band(_ run: GuidedRun, state: KioskState) -> CaptionBand {
        let lang = state.lang
        let visitor = state.visitor
        let workshop = visitor.workshop
        let name = workshop.map { $0.scenario.claimants[min(run.plan.claimant, $0.scenario.claimants.count - 1)].name } ?? ""
        let text: String
        var more: [String] = []
        switch run.stage {
        case .board:
            text = Strings.kioskGuidedBoard.format(lang, String(workshop?.scenario.claimants.count ?? 0))
        case .meet:
            text = Strings.kioskGuidedMeet.format(lang, name)
        case .time:
            text = Strings.kioskGuidedTime.format(lang, String(workshop?.day ?? 1))
        case .alert:
            let label = workshop.flatMap { $0.ruleset.alerts.indices.contains(run.plan.alert) ? $0.ruleset.alerts[run.plan.alert].label.resolve(lang) : nil } ?? ""
            text = Strings.kioskGuidedAlert.format(lang, String(workshop?.day ?? run.plan.alertDay), name, label)
            // The computation promised, in words (the « Pourquoi ? » pane above keeps the formulas).
            if let workshop {
                let explanation = workshop.simulation.explain(claimant: run.plan.claimant, day: workshop.day, parameters: workshop.parameters)
                if let rule = explanation.alerts.first(where: { $0.index == run.plan.alert }), rule.fired {
                    let reason = PlainExplanation(simulation: workshop.simulation, lang: lang).alertReason(rule, in: explanation)
                    more.append(Strings.kioskAlertBecause.format(lang, reason))
                }
            }
        case .decide:
            text = Strings.kioskGuidedDecide(lang)
        case .reveal:
            text = Strings.kioskGuidedReveal(lang)
        case .thanks:
            text = Strings.kioskGuidedThanks(lang)
        }
        var hint: String? = run.awaitsVisitor && run.stage != .decide && run.stage != .thanks ? Strings.kioskContinue(lang) : nil
        var hintRole: Role = .new
        if let remaining = state.idleCountdown {
            hint = KioskRenderer.countdownText(state, remaining)
            hintRole = .alert
        }
        return CaptionBand(title: Strings.kioskGuidedStep.format(lang, String(run.stage.rawValue + 1), String(GuidedRun.stageCount)),
                           lines: [text] + more, hint: hint, hintRole: hintRole)
    }
}
