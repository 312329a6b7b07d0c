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

# Opening line of each building block's section: the block's own score; $phase and $target read like "Phase 3 – Defined".
report-block-score = Score of this building block: mean { $mean }, { $phase }; target: { $target }
report-block-score-none = Score of this building block: none yet (no indicator of the block has a phase)
# An indicator whose answer gives no confidence.
report-confidence-none = Confidence not stated
