import JREText

extension Debrief {
    /// Why one of a claimant's alerts was on, in the sentence « Pourquoi ? » shows, on the last day it
    /// was on and with the parameters in force at the end (those the debrief's alert days use); nil if
    /// the alert never fired.
    public func alertReason(_ story: ClaimantStory, alert: Int, simulation: Simulation, lang: Lang) -> (day: Int, text: String)? {
        guard story.alertDays.indices.contains(alert), let day = story.alertDays[alert].last else { return nil }
        let parameters = ParameterValues(values: self.parameters.map(\.value))
        let explanation = simulation.explain(claimant: story.index, day: day, parameters: parameters)
        guard let rule = explanation.alerts.first(where: { $0.index == alert }) else { return nil }
        return (day, PlainExplanation(simulation: simulation, lang: lang).alertReason(rule, in: explanation))
    }

    /// « Pourquoi, le jour 14 : inscrit·e depuis 20,4 mois (seuil : 12 mois) et … », or nil if the alert never fired.
    public func alertReasonLine(_ story: ClaimantStory, alert: Int, simulation: Simulation, lang: Lang) -> String? {
        alertReason(story, alert: alert, simulation: simulation, lang: lang).map { Strings.debriefWhy.format(lang, String($0.day), $0.text) }
    }
}
