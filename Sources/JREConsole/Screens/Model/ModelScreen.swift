import JRECore
import JREPopulation
import JREText
import JRETerminal
import Synchronization

/// The model screen: a trained score read as a control policy, not a bare probability.
///
/// The control capacity as « N controls a month » (←/→), what it selects in a sample of the
/// synthetic fraud world (precision and recall among the people controlled before, the hidden
/// truth), selection and false-positive rates per group with four-fifths flags, and archetypes of
/// the person selected on the board. Opened with `M` from the board or the lab. The sample is
/// drawn and a retraining (`T`) runs off the screen's thread; Esc stops a retraining.
public struct ModelScreen: Sendable, Equatable {
    /// The sample and its figures; nil while it is being drawn (« calcul… »).
    public var audit: ModelAudit?
    /// The control history the sample shows (and a retraining learns from).
    public var history: ControlHistoryMode
    /// People of the sample.
    public var sampleSize: Int
    /// People controlled a month in the sample (its highest scores).
    public var controls: Int
    public var scroll = ListScroll()
    /// The sample job under way, if any.
    public var sampling: Int?
    /// A retraining under way: its job id, the stage it last reported (nil: queued) and its people.
    public var training: (id: Int, stage: ModelJobStage?, people: Int)?
    /// After a retraining: the ruleset with the retrained model, how long it took, the history it
    /// learnt from, its labels (people controlled) and how many of those were « fraud found ».
    public var retrained: (ruleset: Ruleset, seconds: Double, people: Int, history: ControlHistoryMode, labels: Int, positives: Int)?
    /// What became of the last retraining when it did not finish: stopped with Esc, or failed (why).
    public var outcome: Outcome?

    public enum Outcome: Sendable, Equatable {
        case cancelled
        case failed(String)
    }

    public init(history: ControlHistoryMode = .targeted, sampleSize: Int = ModelAudit.defaultSize, controls: Int? = nil) {
        self.history = history
        self.sampleSize = sampleSize
        self.controls = controls ?? Self.defaultControls(size: sampleSize)
    }

    public init(audit: ModelAudit, controls: Int? = nil) {
        self.init(history: audit.history, sampleSize: audit.size, controls: controls)
        self.audit = audit
    }

    /// The model card's capacity: 5 % of the people.
    public static func defaultControls(size: Int) -> Int { max(1, Int((Double(size) * 0.05).rounded())) }

    /// One step of ←/→: 1 % of the sample (at least one person).
    public var step: Int { max(1, sampleSize / 100) }

    /// A fresh job id: unique in the process, so a report from a screen closed since is never taken for a new job's.
    static func nextJobID() -> Int { jobCounter.add(1, ordering: .relaxed).newValue }
    private static let jobCounter = Atomic<Int>(0)

    public static func == (a: ModelScreen, b: ModelScreen) -> Bool {
        a.audit === b.audit && a.history == b.history && a.sampleSize == b.sampleSize && a.controls == b.controls && a.scroll == b.scroll
            && a.sampling == b.sampling && a.training?.id == b.training?.id && a.training?.stage == b.training?.stage
            && a.retrained?.seconds == b.retrained?.seconds && a.outcome == b.outcome
    }
}

extension AppState {
    /// `M` on the board or the lab: the model screen of the ruleset's first trained score; its sample is drawn in the background.
    mutating func openModelScreen(effects: inout [ConsoleEffect]) {
        guard let workshop else { return }
        guard let index = workshop.ruleset.scores.firstIndex(where: { $0.model != nil }) else {
            status = Strings.modelNoTrainedScore(lang)
            return
        }
        var model = ModelScreen()
        model.sampling = ModelScreen.nextJobID()
        effects.append(.trainModel(ModelTrainingJob(id: model.sampling ?? 0, kind: .sample, ruleset: workshop.ruleset, scoreIndex: index,
                                                    history: model.history, sampleSize: model.sampleSize, lang: lang)))
        screen = .model(model)
    }

    /// The trained score the screen shows.
    private var modelScoreIndex: Int? { workshop?.ruleset.scores.firstIndex { $0.model != nil } }

    /// ←/→ move the capacity, ↑/↓ scroll, `h` switches the history, `T` retrains, Esc stops a retraining or goes back to the board.
    mutating func performOnModel(_ action: ConsoleAction, _ model: ModelScreen, effects: inout [ConsoleEffect]) {
        var model = model
        switch action {
        case .back:
            if let training = model.training {
                // The job stops at its next round; its late reports are dropped.
                effects.append(.cancelModelTraining(training.id))
                model.training = nil
                model.outcome = .cancelled
            } else {
                if let sampling = model.sampling { effects.append(.cancelModelTraining(sampling)) }
                screen = .board
                return
            }
        case .increase:
            model.controls = min(max(1, model.sampleSize), model.controls + model.step)
        case .decrease:
            model.controls = max(1, model.controls - model.step)
        case .toggleHistory:
            // The same people, the other control history: who has a label changes, the model does not.
            guard let workshop, let index = modelScoreIndex else { return }
            guard model.training == nil else {
                status = Strings.modelBusyTraining(lang)
                return
            }
            if let sampling = model.sampling { effects.append(.cancelModelTraining(sampling)) }
            model.history = model.history == .targeted ? .random : .targeted
            model.audit = nil
            model.sampling = ModelScreen.nextJobID()
            effects.append(.trainModel(ModelTrainingJob(id: model.sampling ?? 0, kind: .sample, ruleset: model.retrained?.ruleset ?? workshop.ruleset,
                                                        scoreIndex: index, history: model.history, sampleSize: model.sampleSize, lang: lang)))
        case .retrainModel:
            // One retraining at a time, once the sample is there; it learns from the history the sample shows.
            guard let workshop, let audit = model.audit, audit.failure == nil else { return }
            guard model.training == nil else {
                status = Strings.modelBusyTraining(lang)
                return
            }
            let id = ModelScreen.nextJobID()
            model.training = (id, nil, ModelTrainingJob.defaultTrainingSize)
            model.outcome = nil
            effects.append(.trainModel(ModelTrainingJob(id: id, kind: .retrain(audit: audit), ruleset: workshop.ruleset, scoreIndex: audit.scoreIndex,
                                                        history: audit.history, lang: lang)))
        default:
            guard model.scroll.follow(action, page: max(1, height - 6)) else { return }
        }
        screen = .model(model)
    }

    /// A model job's report: the sample drawn, a retraining's stage, the new model's figures on the same sample, a stop or a failure.
    mutating func receive(_ event: ModelTrainingEvent) {
        guard case .model(var model) = screen else { return }
        switch event {
        case .sampled(let id, let audit):
            guard id == model.sampling else { return }
            // After a retraining, the sample job scored with the retrained model (its ruleset).
            model.sampling = nil
            model.audit = audit
        case .progress(let id, let stage):
            guard let training = model.training, id == training.id else { return }
            model.training = (id, stage, training.people)
        case .trained(let id, let audit, let ruleset, let seconds, let people, let labels, let positives):
            guard let training = model.training, id == training.id else { return }
            model.training = nil
            model.audit = audit
            model.retrained = (ruleset, seconds, people, audit.history, labels, positives)
        case .cancelled(let id):
            guard let training = model.training, id == training.id else { return }
            model.training = nil
            model.outcome = .cancelled
        case .failed(let id, let message):
            if id == model.sampling {
                model.sampling = nil
                status = Strings.modelTrainingFailed.format(lang, message)
            } else {
                guard let training = model.training, id == training.id else { return }
                model.training = nil
                model.outcome = .failed(message)
            }
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
        guard let scoreIndex = workshop.ruleset.scores.firstIndex(where: { $0.model != nil }) else { return [] }
        let score = workshop.ruleset.scores[scoreIndex]
        var lines: [PaneLine] = []
        func wrapped(_ text: String, _ role: Role, indent: String = " ") {
            for piece in TextLayout.wrap(text, width: max(10, width - indent.count - 1), hangingIndent: 2) { lines.append(PaneLine(indent + piece, role)) }
        }
        func section(_ title: String) {
            lines.append(PaneLine(""))
            let head = String(repeating: String(glyphs.box.horizontal), count: 2) + " " + title + " "
            lines.append(PaneLine(head + String(repeating: String(glyphs.box.horizontal), count: max(0, width - 2 - DisplayWidth.of(head))), .title))
        }
        func count(_ value: Int) -> String { NumberText.count(value, lang) }
        func percent(_ share: Double?) -> String { share.map { NumberText.percent($0, lang) } ?? "—" }
        let history = model.history == .targeted ? Strings.modelHistoryTargeted(lang) : Strings.modelHistoryRandom(lang)
        let kind = score.model?.trained.kindName == "logistic-scorecard" ? Strings.modelKindScorecard(lang) : Strings.modelKindTrees(lang)
        wrapped(Strings.modelTitle.format(lang, score.label.resolve(lang), kind, score.model?.reference ?? ""), .title)
        wrapped(Strings.modelProvenance(lang), .illustrative)
        if let failure = model.audit?.failure {
            wrapped(Strings.modelFailure.format(lang, failure), .error)
        } else {
            wrapped(Strings.modelSample.format(lang, count(model.sampleSize), String(ModelAudit.seed), history, String(ModelAudit.days)), .dim)
            wrapped(Strings.modelHistoryNote(lang), .dim)
            wrapped(Strings.modelRetrainingParameters.format(lang, count(ModelTrainingJob.trees), String(ModelTrainingJob.depth),
                                                             NumberText.decimal(ModelTrainingJob.eta, lang)), .dim)
            if let training = model.training {
                let spinner = glyphs.spinnerFrame(progressFrame(training.stage))
                wrapped(spinner + " " + Strings.modelTrainingLine.format(lang, history, count(training.people), stageText(training.stage, lang)), .accent)
            } else {
                // The model shown (the last one retrained, if any), then what became of a later attempt.
                if let retrained = model.retrained {
                    let learnt = retrained.history == .targeted ? Strings.modelHistoryTargeted(lang) : Strings.modelHistoryRandom(lang)
                    wrapped(Strings.modelRetrained.format(lang, count(retrained.people), learnt, NumberText.decimal(retrained.seconds, lang)), .accent)
                    wrapped(Strings.modelRetrainedLabels(retrained.labels, retrained.positives, lang), .dim)
                    if retrained.positives < Strings.fewPositiveLabels {
                        wrapped(Strings.modelFewLabels.format(lang, count: retrained.positives), .alert)
                    }
                }
                switch model.outcome {
                case .cancelled?: wrapped(Strings.modelTrainingCancelled(lang), .accent)
                case .failed(let message)?: wrapped(Strings.modelTrainingFailed.format(lang, message), .error)
                case nil: break
                }
            }
            section(Strings.modelCapacityTitle(lang))
            let capacity = glyphs.arrows.left + " " + Strings.modelCapacity.format(lang, count(model.controls)) + " " + glyphs.arrows.right
            lines.append(PaneLine(runs: [(" " + glyphs.pointer + " ", .accent), (capacity, .selected)]))
            if let audit = model.audit {
                let figures = audit.figures(controls: model.controls)
                wrapped(Strings.modelCapacityShare.format(lang, percent(Double(figures.selected) / Double(max(1, audit.size))),
                                                          NumberText.decimal(figures.threshold, lang, decimals: 3)), .dim, indent: "   ")
                wrapped(Strings.modelSelected.format(lang, count(figures.selected), count(figures.selectedControlled), count(figures.selectedFound)), .normal)
                wrapped(Strings.modelPrecisionRecall.format(lang, percent(figures.precision), percent(figures.recall)), .accent)
                wrapped(Strings.modelPrecisionHelp(lang), .dim)
                wrapped(Strings.modelTruth.format(lang, count(figures.selectedFrauds), count(figures.selected), count(figures.selected - figures.selectedFrauds),
                                                  count(figures.frauds)), .normal)
                section(Strings.modelGroupsTitle(lang))
                let nameWidth = max(12, min(26, width - 44))
                lines.append(PaneLine("   " + TextLayout.pad("", nameWidth) + Strings.modelGroupsHeader(lang), .dim))
                for (attribute, rates) in figures.groups {
                    lines.append(PaneLine(" " + (Strings.groupingLabel(attribute)?(lang) ?? attribute), .title))
                    for rate in rates where rate.size > 0 {
                        let name = Strings.categoryLabel(rate.value)?(lang) ?? rate.value
                        let row = "   " + TextLayout.pad(name, nameWidth) + right(count(rate.size), 9) + right(percent(rate.selectionRate), 10)
                            + right(percent(rate.falsePositiveRate), 14)
                        var runs: [(String, Role)] = [(row, .normal)]
                        if rate.selectionFlag || rate.falsePositiveFlag { runs.append(("  " + Strings.modelFourFifthsFlag(lang), .alert)) }
                        lines.append(PaneLine(runs: runs))
                    }
                }
                wrapped(Strings.modelFourFifthsNote(lang), .dim)
            } else {
                wrapped(glyphs.spinnerFrame(0) + " " + Strings.modelSampleComputing(lang), .dim, indent: "   ")
            }
        }
        section(Strings.modelArchetypesTitle.format(lang, workshop.scenario.claimants[workshop.selectedClaimant].name, String(workshop.day)))
        let retrainedModel = model.retrained?.ruleset.scores[scoreIndex].model?.trained
        if let trained = score.model,
           let archetypes = ModelArchetypes.rows(workshop.simulation, score: scoreIndex, claimant: workshop.selectedClaimant, day: workshop.day,
                                                 parameters: workshop.parameters, trained: retrainedModel) {
            lines.append(PaneLine(" " + Strings.modelArchetypesCurrent.format(lang, percent(archetypes.current)), .accent))
            for row in archetypes.rows {
                let feature = trained.features[row.feature]
                lines.append(PaneLine(" " + feature.label.resolve(lang) + Strings.labelColon(lang)))
                let variants = row.variants.map { variant in
                    (variant.isCurrent ? glyphs.pointer : "") + variantText(variant, feature, lang) + " " + glyphs.arrows.right + " " + percent(variant.score)
                }
                wrapped(variants.joined(separator: "  ·  "), .accent, indent: "    ")
            }
            wrapped(Strings.modelArchetypesNote.format(lang, glyphs.pointer), .dim)
        } else {
            wrapped(Strings.modelArchetypesNone(lang), .dim)
        }
        return lines
    }

    /// A retraining's stage in words, with its share or its tree: « Tirage de l'historique… 40 % », « Apprentissage : arbre 23/60 ».
    static func stageText(_ stage: ModelJobStage?, _ lang: Lang) -> String {
        switch stage {
        case nil: return Strings.modelStageQueued(lang)
        case .training(.drawingHistory(let share))?: return Strings.modelStageDrawing.format(lang, NumberText.percent(share, lang, decimals: 0))
        case .training(.evaluatingFeatures(let share))?: return Strings.modelStageFeatures.format(lang, NumberText.percent(share, lang, decimals: 0))
        case .training(.learning(let tree, let trees))?: return Strings.modelStageLearning.format(lang, String(tree), String(trees))
        case .training(.card(let share))?: return Strings.modelStageCard.format(lang, NumberText.percent(share, lang, decimals: 0))
        case .scoringSample?: return Strings.modelStageScoring(lang)
        }
    }

    /// The spinner's frame: it moves with the progress reported (the view has no clock).
    static func progressFrame(_ stage: ModelJobStage?) -> Int {
        switch stage {
        case nil: return 0
        case .training(.drawingHistory(let share))?: return 1 + Int(share * 10)
        case .training(.evaluatingFeatures(let share))?: return 12 + Int(share * 10)
        case .training(.learning(let tree, _))?: return 23 + tree
        case .training(.card(let share))?: return 7 + Int(share * 10)
        case .scoringSample?: return 3
        }
    }

    /// A tried value in words: a category, yes/no, a number with its unit.
    static func variantText(_ variant: ModelArchetypes.Variant, _ feature: ModelFeature, _ lang: Lang) -> String {
        if let categories = feature.categories {
            let index = Int(variant.value)
            guard categories.indices.contains(index) else { return "?" }
            return Strings.categoryLabel(categories[index])?(lang) ?? categories[index]
        }
        if feature.isIndicator { return variant.value == 1 ? Strings.whyBarsYes(lang) : Strings.whyBarsNo(lang) }
        let unit = feature.unit?.resolve(lang) ?? ""
        return NumberText.decimal(Double(variant.value), lang) + (unit.isEmpty ? "" : " " + unit)
    }

    /// `text` right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}

extension AppState {
    /// Whether the footer and the `?` help list `binding`: the model screen's key only when the
    /// ruleset has a trained score (elsewhere it would only say there is none).
    public func offers(_ binding: KeyBinding) -> Bool {
        binding.action != .openModel || workshop?.ruleset.scores.contains { $0.model != nil } == true
    }
}
