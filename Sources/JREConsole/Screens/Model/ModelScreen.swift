import JRECore
import JREPopulation
import JREText
import JRETerminal

/// The model screen: a trained score read as a control policy, not a bare probability.
///
/// The control capacity as « N controls a month » (←/→), what it selects in a sample of the
/// synthetic fraud world (precision and recall among the people controlled before, the hidden
/// truth), selection and false-positive rates per group with four-fifths flags, and archetypes of
/// the person selected on the board. Opened with `M` from the board or the lab.
public struct ModelScreen: Sendable, Equatable {
    public var audit: ModelAudit
    /// People controlled a month in the sample (its highest scores).
    public var controls: Int
    public var scroll = ListScroll()
    /// A retraining under way: its job id and the step it reported (0: queued).
    public var training: (id: Int, step: Int, people: Int)?
    /// After a retraining: the ruleset with the retrained model, and how long it took.
    public var retrained: (ruleset: Ruleset, seconds: Double, people: Int)?
    /// Jobs started so far (the next job's id).
    public var trainings = 0

    public init(audit: ModelAudit, controls: Int? = nil) {
        self.audit = audit
        self.controls = controls ?? Self.defaultControls(size: audit.size)
    }

    /// The model card's capacity: 5 % of the people.
    public static func defaultControls(size: Int) -> Int { max(1, Int((Double(size) * 0.05).rounded())) }

    /// One step of ←/→: 1 % of the sample (at least one person).
    public var step: Int { max(1, audit.size / 100) }

    public static func == (a: ModelScreen, b: ModelScreen) -> Bool {
        a.audit === b.audit && a.controls == b.controls && a.scroll == b.scroll && a.training?.id == b.training?.id
            && a.training?.step == b.training?.step && a.retrained?.seconds == b.retrained?.seconds && a.trainings == b.trainings
    }
}

extension AppState {
    /// `M` on the board or the lab: the model screen of the ruleset's first trained score.
    mutating func openModelScreen() {
        guard let workshop else { return }
        guard let index = workshop.ruleset.scores.firstIndex(where: { $0.model != nil }) else {
            status = Strings.modelNoTrainedScore(lang)
            return
        }
        screen = .model(ModelScreen(audit: ModelAudit.make(ruleset: workshop.ruleset, scoreIndex: index)))
    }

    /// ←/→ move the capacity, ↑/↓ scroll, Esc goes back to the board.
    mutating func performOnModel(_ action: ConsoleAction, _ model: ModelScreen, effects: inout [ConsoleEffect]) {
        var model = model
        switch action {
        case .back:
            screen = .board
            return
        case .increase:
            model.controls = min(max(1, model.audit.size), model.controls + model.step)
        case .decrease:
            model.controls = max(1, model.controls - model.step)
        case .toggleHistory:
            // The same people, the other control history: who has a label changes, the model does not.
            guard let workshop else { return }
            let history: ControlHistoryMode = model.audit.history == .targeted ? .random : .targeted
            model.audit = ModelAudit.make(ruleset: model.retrained?.ruleset ?? workshop.ruleset, scoreIndex: model.audit.scoreIndex, size: model.audit.size, history: history)
        case .retrainModel:
            // One retraining at a time; it learns from the history the sample shows.
            guard let workshop, model.training == nil, model.audit.failure == nil else { return }
            model.trainings += 1
            model.training = (model.trainings, 0, ModelTrainingJob.defaultTrainingSize)
            effects.append(.trainModel(ModelTrainingJob(id: model.trainings, ruleset: workshop.ruleset, scoreIndex: model.audit.scoreIndex,
                                                        history: model.audit.history, trainingSize: ModelTrainingJob.defaultTrainingSize,
                                                        sampleSize: model.audit.size)))
        default:
            guard model.scroll.follow(action, page: max(1, height - 6)) else { return }
        }
        screen = .model(model)
    }
}

/// The model screen's view.
enum ModelView {
    static func draw(_ state: AppState, _ model: ModelScreen, into grid: inout CellGrid) {
        guard let workshop = state.workshop else { return }
        HeaderView.draw(workshop, lang: state.lang, into: &grid)
        let lines = self.lines(state, workshop, model, glyphs: grid.glyphs, width: grid.width)
        PaneDrawing.draw(lines, area: PaneArea(top: 2, left: 0, width: grid.width, height: grid.height - 3), scroll: model.scroll.offset, selected: nil, into: &grid)
    }

    static func lines(_ state: AppState, _ workshop: WorkshopState, _ model: ModelScreen, glyphs: Glyphs, width: Int) -> [PaneLine] {
        let lang = state.lang
        let audit = model.audit
        let score = workshop.ruleset.scores[audit.scoreIndex]
        var lines: [PaneLine] = []
        func wrapped(_ text: String, _ role: Role, indent: String = " ") {
            for piece in TextLayout.wrap(text, width: max(10, width - indent.count - 1), hangingIndent: 2) { lines.append(PaneLine(indent + piece, role)) }
        }
        func section(_ title: String) {
            lines.append(PaneLine(""))
            let head = String(repeating: String(glyphs.box.horizontal), count: 2) + " " + title + " "
            lines.append(PaneLine(head + String(repeating: String(glyphs.box.horizontal), count: max(0, width - 2 - DisplayWidth.of(head))), .title))
        }
        let kind = score.model?.trained.kindName == "logistic-scorecard" ? Strings.modelKindScorecard(lang) : Strings.modelKindTrees(lang)
        wrapped(Strings.modelTitle.format(lang, score.label.resolve(lang), kind, score.model?.reference ?? ""), .title)
        wrapped(Strings.modelProvenance(lang), .illustrative)
        if let failure = audit.failure {
            wrapped(Strings.modelFailure.format(lang, failure), .error)
        } else {
            wrapped(Strings.modelSample.format(lang, PopulationNumbers.count(audit.size, lang), String(ModelAudit.seed),
                                               audit.history == .targeted ? Strings.modelHistoryTargeted(lang) : Strings.modelHistoryRandom(lang),
                                               String(ModelAudit.days)), .dim)
            wrapped(Strings.modelHistoryNote(lang), .dim)
            if let training = model.training {
                let spinner = glyphs.spinnerFrame(training.step)
                wrapped(spinner + " " + Strings.modelTrainingStep.format(lang, String(max(1, training.step)), PopulationNumbers.count(training.people, lang),
                                                                       audit.history == .targeted ? Strings.modelHistoryTargeted(lang) : Strings.modelHistoryRandom(lang)), .accent)
            } else if let retrained = model.retrained {
                wrapped(Strings.modelRetrained.format(lang, PopulationNumbers.count(retrained.people, lang),
                                                      audit.history == .targeted ? Strings.modelHistoryTargeted(lang) : Strings.modelHistoryRandom(lang),
                                                      PopulationNumbers.average(retrained.seconds, lang)), .accent)
            }
            let figures = audit.figures(controls: model.controls)
            section(Strings.modelCapacityTitle(lang))
            let capacity = glyphs.arrows.left + " " + Strings.modelCapacity.format(lang, PopulationNumbers.count(model.controls, lang)) + " " + glyphs.arrows.right
            lines.append(PaneLine(runs: [(" " + glyphs.pointer + " ", .accent), (capacity, .selected)]))
            wrapped(Strings.modelCapacityShare.format(lang, PopulationNumbers.percent(Double(figures.selected) / Double(max(1, audit.size)), lang),
                                                      threshold(figures.threshold, lang)), .dim, indent: "   ")
            wrapped(Strings.modelSelected.format(lang, PopulationNumbers.count(figures.selected, lang), PopulationNumbers.count(figures.selectedControlled, lang),
                                                 PopulationNumbers.count(figures.selectedFound, lang)), .normal)
            wrapped(Strings.modelPrecisionRecall.format(lang, PopulationNumbers.percent(figures.precision, lang), PopulationNumbers.percent(figures.recall, lang)), .accent)
            wrapped(Strings.modelPrecisionHelp(lang), .dim)
            wrapped(Strings.modelTruth.format(lang, PopulationNumbers.count(figures.selectedFrauds, lang), PopulationNumbers.count(figures.selected, lang),
                                              PopulationNumbers.count(figures.selected - figures.selectedFrauds, lang), PopulationNumbers.count(figures.frauds, lang)), .normal)
            section(Strings.modelGroupsTitle(lang))
            let nameWidth = max(12, min(26, width - 44))
            lines.append(PaneLine("   " + TextLayout.pad("", nameWidth) + Strings.modelGroupsHeader(lang), .dim))
            for (attribute, rates) in figures.groups {
                lines.append(PaneLine(" " + (Strings.groupingLabel(attribute)?(lang) ?? attribute), .title))
                for rate in rates where rate.size > 0 {
                    let name = Strings.categoryLabel(rate.value)?(lang) ?? rate.value
                    let people = right(PopulationNumbers.count(rate.size, lang), 9)
                    let selection = right(PopulationNumbers.percent(rate.selectionRate, lang), 10)
                    let falsePositive = right(PopulationNumbers.percent(rate.falsePositiveRate, lang), 14)
                    var runs: [(String, Role)] = [("   " + TextLayout.pad(name, nameWidth) + people + selection + falsePositive, .normal)]
                    if rate.selectionFlag || rate.falsePositiveFlag { runs.append(("  " + Strings.modelFourFifthsFlag(lang), .alert)) }
                    lines.append(PaneLine(runs: runs))
                }
            }
            wrapped(Strings.modelFourFifthsNote(lang), .dim)
        }
        section(Strings.modelArchetypesTitle.format(lang, workshop.scenario.claimants[workshop.selectedClaimant].name, String(workshop.day)))
        let retrainedModel = model.retrained?.ruleset.scores[audit.scoreIndex].model?.trained
        if let model = score.model,
           let archetypes = ModelArchetypes.rows(workshop.simulation, score: audit.scoreIndex, claimant: workshop.selectedClaimant, day: workshop.day,
                                                 parameters: workshop.parameters, trained: retrainedModel) {
            lines.append(PaneLine(" " + Strings.modelArchetypesCurrent.format(lang, PopulationNumbers.percent(archetypes.current, lang)), .accent))
            for row in archetypes.rows {
                let feature = model.features[row.feature]
                lines.append(PaneLine(" " + feature.label.resolve(lang) + Strings.labelColon(lang)))
                let variants = row.variants.map { variant in
                    (variant.isCurrent ? glyphs.pointer : "") + variantText(variant, feature, lang) + " " + glyphs.arrows.right + " " + PopulationNumbers.percent(variant.score, lang)
                }
                wrapped(variants.joined(separator: "  ·  "), .accent, indent: "    ")
            }
            wrapped(Strings.modelArchetypesNote.format(lang, glyphs.pointer), .dim)
        } else {
            wrapped(Strings.modelArchetypesNone(lang), .dim)
        }
        return lines
    }

    /// A tried value in words: a category, yes/no, a number with its unit.
    static func variantText(_ variant: ModelArchetypes.Variant, _ feature: ModelFeature, _ lang: Lang) -> String {
        if let categories = feature.categories {
            let index = Int(variant.value)
            guard categories.indices.contains(index) else { return "?" }
            return Strings.categoryLabel(categories[index])?(lang) ?? categories[index]
        }
        if WhyContributionsView.isIndicator(feature) { return variant.value == 1 ? Strings.whyBarsYes(lang) : Strings.whyBarsNo(lang) }
        let unit = feature.unit?.resolve(lang) ?? ""
        return NumberFormat.plain(Double(variant.value)) + (unit.isEmpty ? "" : " " + unit)
    }

    /// `text` right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    static func threshold(_ value: Double, _ lang: Lang) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.3f", value)
        return lang == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension AppState {
    /// A retraining's report: its step, or the new model's figures on the same sample.
    mutating func receive(_ event: ModelTrainingEvent) {
        guard case .model(var model) = screen, let training = model.training else { return }
        switch event {
        case .progress(let id, let step):
            guard id == training.id else { return }
            model.training = (id, step, training.people)
        case .trained(let id, let audit, let ruleset, let seconds, let people):
            guard id == training.id else { return }
            model.training = nil
            model.audit = audit
            model.retrained = (ruleset, seconds, people)
        case .failed(let id, let message):
            guard id == training.id else { return }
            model.training = nil
            status = Strings.modelTrainingFailed.format(lang, message)
        }
        screen = .model(model)
    }

    /// Whether the footer and the `?` help list `binding`: the model screen's key only when the
    /// ruleset has a trained score (elsewhere it would only say there is none).
    public func offers(_ binding: KeyBinding) -> Bool {
        binding.action != .openModel || workshop?.ruleset.scores.contains { $0.model != nil } == true
    }
}
