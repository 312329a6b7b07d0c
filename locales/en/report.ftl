# Texts of the PDF report.

report-title = National digital health maturity assessment
report-running-header = { report-title } · { $title }
report-document-title = { report-title } – { $title }
# A label and its value on one line, e.g. "Date: 2026-12-02".
report-field = { $label }: { $value }
# An item of a bulleted list.
report-list-item = • { $item }
report-subtitle = Assessment report and roadmap
report-country = Country
report-round = Round
report-date = Date of the assessment
report-framework = Framework
report-facilitator = Facilitator
report-status = Status
report-generated = Report produced on { $date } with DHMA
report-page = Page { $page } of { $total }
report-summary = Executive summary
report-summary-overall = Overall maturity: phase { $phase } (mean { $mean }), target phase { $target }.
report-summary-strongest = Strongest building block: { $block } (mean { $mean }).
report-summary-weakest = Weakest building block: { $block } (mean { $mean }).
report-summary-agreement = Agreement in the room: { $percent }% of the scored indicators ({ $agreed } of { $counted }).
report-summary-agreement-meaning = On these indicators every individual rating lay within one phase of the agreed phase; on the others the room started further apart. The annex “How the team rated” shows where, and why.
report-summary-priorities = Top priorities of the roadmap
# A roadmap action among the top priorities, with the code of its indicator.
report-priority = { $action } ({ $indicator })
report-scores = Scores by building block
report-radar = Current and target phases by building block
report-block-section = Building block: { $block }
# An indicator's heading: its code, then its title.
report-indicator-heading = { $code }  { $title }
report-current = Current phase
report-target = Target phase
report-target-year = Target year
# The target phase and the year by which it is to be reached.
report-target-by-year = { $phase }, by { $year }
report-rationale = Rationale
report-evidence = Evidence
# Before the list of an indicator's evidence.
report-evidence-heading = Evidence:
report-no-evidence = No evidence recorded.
report-no-rationale = No rationale recorded.
report-sub-indicator = Sub-indicator (not counted in the score)
report-roadmap = Roadmap
report-roadmap-none = No roadmap actions have been recorded.
# A group of roadmap actions: its building block and action line.
report-action-line-heading = { $block } — { $line }
# A roadmap action's indicator and the step between phases, e.g. "5 · 2 → 3".
report-indicator-step = { $indicator } · { $step }
report-timeline = Timeline
report-method = Annex: method
report-excluded = Indicators not counted in the scores
report-excluded-none = Every scored indicator has a phase.
report-ratings = Annex: how the team rated
report-ratings-intro = Each participant or group rated the indicators before the room agreed on a phase. Columns 1 to 5 count the ratings that gave each phase, NA those that gave “not applicable”; minimum, median and maximum leave those out. Only the agreed phase enters the scores. “Within one phase” says whether every rating lay within one phase of the agreed phase, as the agreement figure of the summary counts it.
report-ratings-indicator = Indicator
# Short column heading: ratings of "not applicable".
report-ratings-na = NA
report-ratings-min = Min.
report-ratings-median = Median
report-ratings-max = Max.
report-ratings-agreed = Agreed phase
report-ratings-within = Within one phase
report-ratings-notes = Consensus notes and dissent
report-ratings-notes-none = No consensus note or dissent was recorded.
report-ratings-anonymous = Anonymous
report-consensus-note = Consensus note
# A participant or group that does not agree with the agreed phase, and why.
report-dissent = Dissent, { $who }: { $reason }
report-participants = Annex: participants
report-participants-none = No participants recorded.
report-signoff = Sign-off
report-approver = Approved by
report-approver-role = Role
# In place of a sign-off field left empty.
report-not-given = —
report-government-approved = Approved by the government
report-yes = Yes
report-no = No
report-signature = Signature and date
report-name = Name
report-organisation = Organisation

report-changes = Since the last round
report-changes-intro = Compared with the previous round, { $round } ({ $date }): each building block’s mean and phase then and now, and every indicator whose phase or target changed, with the team’s note of what changed.
report-changes-indicators = Indicators whose phase or target changed

# The report's status on every page. A draft: the word drawn large across each page, and the footer's notice.
report-draft-word = DRAFT
report-draft-footer = DRAFT – not yet signed
# The sign-off section of a draft.
report-signoff-draft = Not yet signed. This report is a draft: its answers can still change. The sign-off, the date of finalisation and the document check code are printed here once the assessment is finalised.
# A finalised report's footer on every page: the date of finalisation and the first characters of its check code.
report-finalised-footer = Finalised on { $date } · Document check code { $code }…
report-finalised-on = Finalised on
report-check-code = Document check code
report-check-code-meaning = The document check code is calculated from the assessment’s answers when it is finalised: an assessment file that shows the same code holds exactly the answers in this report.
# Columns of the timeline: how many roadmap actions fall in each time frame, and the indicators they concern.
report-timeline-col-actions = Number of actions
report-timeline-col-indicators = Indicators concerned

# The executive summary (issue 13). How the overall phase follows from the overall mean: $mean the mean, $rounded the mean rounded to one decimal, $phase the phase; $kind is "whole" when the rounded mean is a whole number, "up" otherwise.
report-summary-phase-rule = { $kind ->
    [whole] How the phase follows from the mean, as in the GDHM: the mean { $mean } rounded to one decimal is { $rounded }, a whole number, which gives phase { $phase }.
   *[up] How the phase follows from the mean, as in the GDHM: the mean { $mean } is rounded to one decimal, { $rounded }, then up to the next whole number, which gives phase { $phase }.
}
# The building blocks with the highest mean: $count how many share it, $blocks their names.
report-summary-strongest-blocks = { $count ->
    [one] Strongest building block: { $blocks } (mean { $mean }).
   *[other] Strongest building blocks, tied at a mean of { $mean }: { $blocks }.
}
# The building blocks with the lowest mean: $count how many share it, $blocks their names.
report-summary-weakest-blocks = { $count ->
    [one] Weakest building block: { $blocks } (mean { $mean }).
   *[other] Weakest building blocks, tied at a mean of { $mean }: { $blocks }.
}
report-summary-all-equal = Every building block has the same mean, { $mean }: none is stronger or weaker than the others.
report-summary-gaps = Largest gaps between target and current phase
# A building block's gap: the difference, its mean now and the mean of its target phases.
report-summary-gap = { $block }: { $gap } (mean { $current } now, mean target { $target })
report-summary-gaps-none = No building block has a target above its current mean.
report-summary-gaps-meaning = A gap is the mean of a building block’s target phases minus the mean of its current phases; an indicator without a target counts with its current phase.
# A roadmap action among the first priorities, after the code of the indicator it concerns.
report-summary-priority = Indicator { $indicator }: { $action }
report-summary-data-gaps = Data gaps
report-summary-data-gaps-intro = { $count ->
    [one] One indicator has no phase and is left out of the scores:
   *[other] { $count } indicators have no phase and are left out of the scores:
}
report-summary-data-gaps-none = Every indicator has a phase: no data gap.
# An indicator without a phase: its code, its title and why.
report-summary-data-gap = { $code } { $title }: { $reason }

# The method annex (issue 13).
report-method-conduct = How the assessment was run
report-method-last-change = Last change to the answers
report-method-participants = { $count ->
    [one] One person took part in the assessment:
   *[other] { $count } people took part in the assessment:
}
report-method-consensus-ratings = How consensus was reached: each participant or group first rated the indicators on their own; the room then discussed each indicator and agreed one phase, the phase that is scored. The annex “How the team rated” shows every rating, the consensus notes and any dissent.
report-method-consensus-plain = How consensus was reached: the team discussed each indicator and agreed one phase together, the phase that is scored. No individual ratings were recorded, so this report cannot show how far apart the views in the room were.
report-method-scale = The phase scale
report-method-scale-intro = Every indicator is rated in one of five phases. Each indicator describes its own phases (printed in its section); in general the phases mean:
report-method-phase-col = Phase
report-method-name-col = Name
report-method-meaning-col = What it means in general
report-method-phase-1 = Little or nothing is in place; efforts are informal, occasional or only planned.
report-method-phase-2 = First elements exist, such as drafts, pilots or isolated initiatives, but they are not yet adopted, funded or widely used.
report-method-phase-3 = The element is formally adopted and in use, but not yet everywhere, fully funded or sustained.
report-method-phase-4 = The element is in use nationally, with the rules, roles and budget that make it part of how the health system works.
report-method-phase-5 = The element is reviewed and improved regularly on the basis of evidence and adapts to new needs.
report-method-scoring = How the scores are calculated
report-method-example = A worked example with this assessment’s numbers
# The worked example for one building block: $codes the indicators counted, $phases their phases, $count how many, $sum their sum, $mean the mean, $rounded the mean rounded to one decimal, $phase the phase.
report-method-example-block = { $count ->
    [one] { $block }: indicator { $codes } counts, at phase { $phases }. Mean { $sum } ÷ { $count } = { $mean }; rounded to one decimal { $rounded }; phase { $phase }.
   *[other] { $block }: indicators { $codes } count, at phases { $phases }. Mean { $sum } ÷ { $count } = { $mean }; rounded to one decimal { $rounded }; phase { $phase }.
}
report-method-example-left-out = Left out of this mean: { $items }.
# An indicator left out of the example's mean: its code and why.
report-method-example-left-out-item = { $code } ({ $reason })
# The worked example for the overall result: $count building-block means, listed in $means.
report-method-example-overall = Overall: the mean of the { $count } building-block means ({ $means }) is { $mean }; rounded to one decimal { $rounded }; phase { $phase }.
report-method-codes = Indicator codes and the GDHM
report-method-codes-same = The framework carries no separate GDHM code: its indicator codes are the GDHM’s own, used unchanged. Codes with a letter (such as 2a) are sub-indicators: collected and printed, but not counted in the score.
report-method-codes-col-dhma = DHMA code
report-method-codes-col-gdhm = GDHM code
report-method-codes-col-scored = Counted in the score
report-method-codes-sub = No: sub-indicator of { $parent }
report-method-limits = Limitations
report-method-limit-self = The phases are a self-assessment: the judgement of the national team that took part, not an external audit.
report-method-limit-evidence = The evidence is listed as the team recorded it; DHMA does not verify it.
report-method-limit-na = Indicators marked not applicable or not available, and indicators not answered, are left out of the scores: a building block’s mean rests only on its indicators with a phase.
report-method-limit-sub = Sub-indicators are collected and printed but not scored.
report-disclaimer = Disclaimer
report-disclaimer-text = DHMA is an independent tool. It is not a product of the World Health Organization (WHO), the International Telecommunication Union (ITU) or the Global Digital Health Monitor (GDHM), and none of them has reviewed or endorsed it. “GDHM-compatible” means only that DHMA uses the same indicator codes and the same scoring rule as the GDHM. The results in this report are the assessment team’s own.
# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Score of this building block: mean { $mean }, { $phase }; target: { $target }
report-block-score-none = Score of this building block: none yet (no indicator of the block has a phase)
# An indicator whose answer gives no confidence.
report-confidence-none = Confidence not stated

# The team's own texts (issue 13): headings of the context, key findings and recommendations,
# overall in the executive summary and per building block in its section.
report-narrative-context = Context of the assessment
report-narrative-findings = Key findings
report-narrative-recommendations = Recommendations
# What leaving NA indicators out of a block's mean does (issue 13).
report-na-effect-intro = Not applicable and not available are both left out of the GDHM-compatible score. What leaving them out does:
report-na-effect = { $count ->
    [one] { $block } is { $without } without indicator { $codes }; counted at the lowest phase (phase 1), it would be { $with }.
   *[other] { $block } is { $without } without indicators { $codes }; counted at the lowest phase (phase 1), it would be { $with }.
}
report-na-effect-unscored = { $count ->
    [one] { $block } has no score without indicator { $codes }; counted at the lowest phase (phase 1), it would be { $with }.
   *[other] { $block } has no score without indicators { $codes }; counted at the lowest phase (phase 1), it would be { $with }.
}

# Method annex: the acronyms the report uses (src/report/acronyms.rs). $list: the team's other acronyms, joined.
report-method-acronyms = Acronyms
report-method-acronyms-col-acronym = Acronym
report-method-acronyms-col-meaning = Meaning
report-method-acronyms-others = Also in the team’s text, not written out in this list: { $list }.
# The glossary: acronym-<id> is the acronym as written in this language, acronym-<id>-means what it stands for.
acronym-ai = AI
acronym-ai-means = artificial intelligence
acronym-api = API
acronym-api-means = application programming interface
acronym-crvs = CRVS
acronym-crvs-means = civil registration and vital statistics
acronym-dhis2 = DHIS2
acronym-dhis2-means = District Health Information Software 2
acronym-dhma = DHMA
acronym-dhma-means = Digital Health Maturity Assessment, the tool that produced this report
acronym-ehr = EHR
acronym-ehr-means = electronic health record
acronym-emr = EMR
acronym-emr-means = electronic medical record
acronym-fhir = FHIR
acronym-fhir-means = Fast Healthcare Interoperability Resources, an HL7 standard
acronym-gdhm = GDHM
acronym-gdhm-means = Global Digital Health Monitor
acronym-gps = GPS
acronym-gps-means = Global Positioning System
acronym-his = HIS
acronym-his-means = health information system
acronym-hiv = HIV
acronym-hiv-means = human immunodeficiency virus
acronym-hl7 = HL7
acronym-hl7-means = Health Level Seven, a family of standards for exchanging health information
acronym-hmis = HMIS
acronym-hmis-means = health management information system
acronym-hr = HR
acronym-hr-means = human resources
acronym-icd = ICD
acronym-icd-means = International Classification of Diseases
acronym-ict = ICT
acronym-ict-means = information and communication technology
acronym-id = ID
acronym-id-means = identity (identification) document or number
acronym-itu = ITU
acronym-itu-means = International Telecommunication Union
acronym-lmis = LMIS
acronym-lmis-means = logistics management information system
acronym-moh = MoH
acronym-moh-means = Ministry of Health
acronym-mpi = MPI
acronym-mpi-means = master patient index
acronym-na = NA
acronym-na-means = not applicable or not available: an indicator without a phase, left out of the scores
acronym-ngo = NGO
acronym-ngo-means = non-governmental organization
acronym-uhc = UHC
acronym-uhc-means = universal health coverage
acronym-who = WHO
acronym-who-means = World Health Organization

# The questionnaire handed out before the workshop (src/report/handout.rs). $columns: the ratings file's column names, as the import reads them.
handout-title = Questionnaire for the national digital health maturity assessment
handout-running-header = Questionnaire · { $title }
handout-footer = Questionnaire for participants – not an assessment result
handout-date = Date of the workshop
handout-date-blank = Date of the workshop:
handout-name = Your name:
handout-organisation = Organisation and role:
handout-instructions = How to fill in this questionnaire
handout-instruction-read = Read each indicator’s question and the five phases that describe it, from { $first } to { $last }.
handout-instruction-tick = Tick the one phase that best describes the situation in the country today, or “{ $na }” if the indicator does not apply or the information is missing.
handout-instruction-comment = Write in the frame why you chose that phase, and the documents or facts that show it.
handout-instruction-last-round = A filled box shows the phase agreed in the last round, { $round } ({ $date }): say what has changed since then.
handout-instruction-sheet = Copy your phases onto the answer sheet at the end and hand it to the facilitator before the workshop.
handout-last-round = Last round, { $round } ({ $date }): { $phase }
handout-option = { $phase }: { $text }
handout-guidance = Guidance
handout-evidence = Evidence that can help:
handout-comment = Your comment and evidence:
handout-sheet = Answer sheet
handout-sheet-note = One row per indicator: your name, the indicator, the phase you ticked (1 to 5, or NA) and your comment. The columns are those of the ratings file ({ $columns }), so that the facilitator can type the sheets into a spreadsheet and import them into DHMA.

# The roadmap's progress report (src/report/progress.rs, dhma progress).
progress-title = Progress of the roadmap – { $title }
progress-date = Date of this report
progress-signed = Finalised on { $date }, approved by { $approver }.
progress-check-verifies = The document check code of the signed assessment still verifies: its answers and scores are as signed.
progress-check-fails = The document check code of the signed assessment does NOT verify: its content has changed since sign-off.
progress-draft = This assessment is a draft: its answers and scores can still change.
progress-by-status = Actions by status
progress-col-actions = Number of actions
progress-moved-since-report = What moved since the last progress report ({ $date })
progress-moved-since-signed = What moved since sign-off ({ $date })
progress-moved-since-created = What moved since the assessment began ({ $date })
progress-move = { $from } → { $to }
progress-moved-none = No action changed status in this period.
progress-col-when = Date
progress-overdue = Overdue actions
progress-overdue-rule = An action is overdue when it is neither done nor dropped and its time frame, counted from the date of the assessment, has ended (short term 1 year, medium term 3 years, long term 5 years).
progress-overdue-none = No action is overdue.
progress-col-due = Due
progress-all = Every action, with its status and progress note
progress-total = { $count ->
        [one] One action in the roadmap.
       *[other] { $count } actions in the roadmap.
    }
progress-running-header = Progress of the roadmap · { $title }
progress-footer = Progress report of { $date }
# Exports: sheet and column names of the workbook and the CSV (src/export/).
export-sheet-summary = Summary
export-sheet-indicators = Indicators
export-sheet-evidence = Evidence
export-sheet-roadmap = Roadmap
export-sheet-participants = Participants
export-sheet-ratings = Ratings
export-sheet-dissent = Dissent
export-sheet-changes = Change log
export-col-item = Item
export-col-value = Value
export-col-mean = Mean
export-col-phase = Phase
export-col-target = Target phase
export-col-code = Code
export-col-block = Building block
export-col-title = Indicator
export-col-current = Current phase
export-col-target-year = Target year
export-col-gap = Gap (phases)
export-col-rationale = Rationale
export-col-confidence = Confidence
export-col-evidence-count = Evidence items
export-col-ratings = Ratings
export-col-ratings-min = Lowest rating
export-col-ratings-median = Median rating
export-col-ratings-max = Highest rating
export-col-discuss = To discuss
export-col-evidence = Evidence
export-col-reference = Reference
export-col-action-line = Action line
export-col-from-phase = From phase
export-col-to-phase = To phase
export-col-action = Action
export-col-monitoring = Monitoring
export-col-timeframe = Time frame
export-col-responsible = Responsible body
export-col-priority = Priority
export-col-cost = Cost class
export-col-status = Status
export-col-name = Name
export-col-organisation = Organisation
export-col-role = Role
export-col-rater = Rated by
export-col-comment = Comment
export-col-reason = Reason
export-col-time = Time (UTC)
export-col-actor = By
export-col-what = Field
export-col-subject = Subject
export-col-old = Old value
export-col-new = New value
export-row-country = Country
export-row-round = Round
export-row-date = Date of the assessment
export-row-framework = Framework
export-row-status = Status

# Issue 15: the team's own and richer roadmap actions.
report-roadmap-own-action = { $text } *
report-roadmap-legend = * An action the team wrote. Actions without the mark come from DHMA’s template library of actions for each phase step, as the team kept or edited them.
report-roadmap-cross-cutting-intro = Actions that serve several indicators at once, by building block.
report-roadmap-years = { $start }–{ $end }
report-roadmap-budget = { $amount } { $currency }
report-roadmap-baseline = Baseline: { $value }
report-roadmap-target = Target: { $value }
report-summary-priority-cross-cutting = Cross-cutting: { $action }
export-col-origin = Origin
export-col-start-year = Start year
export-col-end-year = End year
export-col-budget = Estimated budget
export-col-currency = Currency
export-col-baseline = Baseline
export-col-monitoring-target = Target value
export-col-progress = Progress note
progress-overdue-end-year = An action for which the team gave an end year is overdue once that year has ended, whatever its time frame.

# The kinds of change-log entries, as the workbook's Change log sheet names them.
change-kind-assessment-created = Assessment created
change-kind-assessment-finalised = Assessment finalised and signed
change-kind-benchmark = Countries compared with
change-kind-dissent = Dissent
change-kind-evidence-added = Evidence added
change-kind-evidence-removed = Evidence removed
change-kind-group = Group
change-kind-group-deleted = Group deleted
change-kind-merge-conflict = Conflict between copies
change-kind-merge-resolved = Conflict settled
change-kind-merge-set-aside = Value set aside when merging
change-kind-merge-taken = Value taken from another copy
change-kind-participants = Participants
change-kind-participants-added = Participants added
change-kind-progress-reported = Progress report written
change-kind-rating = Rating
change-kind-ratings-imported = Ratings imported
change-kind-response-reviewed = Reviewed, no change
change-kind-roadmap-added = Action added
change-kind-roadmap-carried = Action carried over from the round before
change-kind-roadmap-deleted = Action deleted
change-kind-roadmap-regenerated = Actions proposed from the gaps
change-kind-roadmap-reordered = Actions reordered
change-kind-round-carried-from = Started from the round before
