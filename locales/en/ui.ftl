# Texts of the desktop interface.

ui-app-title = Digital health maturity assessment
ui-skip-to-content = Skip to content
ui-nav-home = Assessments
ui-nav-walk = Assessment
ui-nav-dashboard = Dashboard
ui-language = Language
ui-save-saving = Saving…
ui-save-saved = All changes saved
ui-save-failed = Not saved – your change is still on screen
ui-loading = Loading…
ui-close = Close
ui-cancel = Cancel

ui-home-title = Assessments
ui-home-intro = Each assessment scores the seven building blocks of the national digital health environment. Open one to continue, or start a new one.
ui-home-empty = No assessments yet. Start a new one or open the sample assessment.
ui-home-new = New assessment
ui-home-sample = Open the sample assessment
ui-home-import = Import a file…
ui-home-open = Open
ui-home-export = Export file…
ui-home-delete = Delete
ui-home-col-country = Country
ui-home-col-round = Round
ui-home-col-date = Date
ui-home-col-status = Status
ui-home-col-completion = Completion
ui-home-col-actions = Actions
ui-delete-confirm = Delete the assessment { $name }? A backup copy is kept and you can undo.
ui-deleted = The assessment { $name } was deleted. A backup was saved to { $path }.
ui-undo = Undo
ui-restored = The assessment { $name } was restored.
ui-imported = The assessment { $name } was imported.
ui-exported = The assessment was saved to { $path }.
ui-file-filter = DHMA assessment file

ui-new-title = New assessment
ui-new-country = Country
ui-new-round = Round
ui-new-round-hint = For example: Baseline 2026, or Mid-term review 2028
ui-new-date = Date of the assessment
ui-new-facilitator = Facilitator
ui-new-participants = Participants
ui-new-participants-hint = One person per line: name; organisation; role
ui-new-framework = Framework
ui-new-language = Language of the assessment and report
ui-new-create = Create and start

ui-walk-blocks = Building blocks and indicators
ui-walk-completion = { $answered } of { $total } indicators answered
ui-walk-question = Question
ui-walk-guidance = Guidance: what to look at, whom to ask
ui-walk-current = Current phase
ui-walk-phase-keys = Choose with the keys 1 to 5, or N for not applicable. Next indicator: Page Down or Alt+→; previous: Page Up or Alt+←.
ui-walk-not-applicable = Not applicable / not available
ui-walk-sub-indicator = Sub-indicator: collected and reported, but never counted in the score.
ui-walk-target = Target phase
ui-walk-target-none = No target
ui-walk-target-year = Target year
ui-walk-rationale = Rationale
ui-walk-rationale-hint = Why this phase? Required before the assessment can be finalised.
ui-walk-confidence = Confidence
ui-walk-confidence-none = Not stated
ui-walk-evidence = Evidence
ui-walk-evidence-examples = Examples of evidence
ui-walk-evidence-title = Document, law or source
ui-walk-evidence-reference = Link or reference
# An evidence item in the list: its title and its link or reference.
ui-walk-evidence-item = { $title } — { $reference }
ui-walk-evidence-add = Add evidence
ui-walk-evidence-remove = Remove
ui-walk-evidence-none = No evidence recorded yet.
ui-walk-previous = Previous
ui-walk-next = Next
ui-walk-locked = This assessment is finalised and cannot be changed.
ui-walk-state-answered = answered
ui-walk-state-na = not applicable
ui-walk-state-empty = not answered
# Read by screen readers after an indicator's title in the list, e.g. "(answered)".
ui-walk-state-note = ({ $state })

ui-dash-title = Dashboard
ui-dash-heading = { ui-dash-title } – { $title }
ui-dash-radar = Building blocks: current and target phases
ui-dash-legend-current = Current
ui-dash-legend-target = Target
ui-dash-legend-previous = Previous round: { $round }
ui-dash-table = Scores by building block
ui-dash-col-block = Building block
ui-dash-col-mean = Mean
ui-dash-col-phase = Phase
ui-dash-col-target = Target
ui-dash-col-scored = Scored indicators
ui-dash-excluded = Indicators not counted
ui-dash-excluded-none = Every scored indicator has a phase.
ui-dash-excluded-item = { $code } { $title }: { $reason }
ui-dash-completeness = Completeness
ui-dash-rule = How the scores are computed
ui-dash-gap-note = A building block without any scored answer has no score; the chart leaves a gap there instead of drawing a zero.

# Roadmap screen.
ui-nav-roadmap = Roadmap
ui-road-heading = { ui-nav-roadmap } – { $title }
ui-road-intro = Actions proposed from every gap between the current and the target phase, grouped by action line. Edit, reorder or drop them; your changes are kept when the roadmap is proposed again.
ui-road-regenerate = Propose actions from the gaps
ui-road-regenerated = { $count ->
        [one] The roadmap now has one action.
       *[other] The roadmap now has { $count } actions.
    } Your own changes were kept.
ui-road-empty = No actions yet. Set target phases above the current ones, then propose actions from the gaps.
ui-road-action = Action
ui-road-monitoring = Monitoring indicator
ui-road-step = Indicator and step
# A roadmap action's indicator title and its step between phases.
ui-road-item-subtitle = { $title } · { $step }
ui-road-timeframe = Time frame
ui-road-responsible = Responsible body
ui-road-priority = Priority
ui-road-cost = Cost class
ui-road-status = Status
ui-road-edited = edited by the team
ui-road-up = Move up
ui-road-down = Move down

# PDF report.
ui-report-export = Export PDF report…
ui-report-working = Preparing the PDF report…
ui-report-written = The report ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was saved to { $path }.
ui-report-open = Open the report

ui-home-backups = Backups…
ui-backups-title = Backups
ui-backups-intro = DHMA backs up the assessment file before every upgrade, at every finalisation and every hour while answers are saved. The { $keep } most recent are kept; those made at finalisation are never deleted automatically. Folder: { $dir }
ui-backups-col-time = Made (UTC)
ui-backups-col-reason = Why
ui-backups-col-assessments = Assessments
ui-backups-col-size = Size
ui-backups-size = { $kib } KiB
ui-backups-restore = Restore
ui-backups-restore-confirm = Restore the backup of { $time }? The assessment file as it is now is backed up first, so nothing is lost.
ui-backups-restored = Backup restored. The state just before it is kept as the backup of { $time }.
ui-backups-empty = No backups yet.
ui-recovery-title = The assessment file cannot be opened
ui-recovery-choose = You can restore one of its backups, or start a new, empty file. Either way the file that cannot be opened is kept unchanged in the backups folder.
ui-recovery-new = Start a new file
ui-recovery-new-confirm = Start a new, empty assessment file? The file that cannot be opened will be kept unchanged in the backups folder.
ui-recovery-new-done = A new, empty assessment file was started. The file that could not be opened is kept unchanged as { $aside } in { $dir }.
ui-recovery-restored = Backup restored. The file that could not be opened is kept unchanged as { $aside }.
ui-recovery-retry = Try again

ui-signoff-title = Sign-off
ui-signoff-intro = Finalising locks the assessment: its answers can no longer change, it gets a check code (it shows whether the assessment was changed afterwards), and a backup of it is kept that is never deleted automatically. Every scored indicator needs a phase (or “not applicable”) and a rationale first.
ui-signoff-name = Approver’s name
ui-signoff-role = Role
ui-signoff-government = Approved by the government
ui-signoff-finalise = Finalise the assessment
ui-signoff-confirm = Finalise this assessment? It can no longer be changed afterwards.
ui-signoff-done = The assessment is finalised and locked. Its backup will never be deleted automatically: { $backup }.
ui-signoff-approver = { $name } ({ $role })
ui-signoff-finalised = Finalised on { $date } by { $approver }. Check code { $fingerprint }…
ui-signoff-finalised-government = Finalised on { $date } by { $approver }. Approved by the government. Check code { $fingerprint }…

# The workshop: individual ratings and their spread (src/service/workshop.rs).
ui-workshop-anonymous = Anonymous
ui-workshop-na = Not applicable
ui-workshop-na-short = NA
ui-workshop-phase = Phase { $phase }
ui-workshop-bar = { $label }: { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    }
ui-workshop-summary = { $count ->
        [one] One rating
       *[other] { $count } ratings
    }, from phase { $min } to phase { $max }, median { $median }{ $na ->
        [0] {""}
        [one] ; one “not applicable”
       *[other] ; { $na } “not applicable”
    }
ui-workshop-summary-none = No phase given yet{ $na ->
        [0] {""}
        [one] ; one “not applicable”
       *[other] ; { $na } “not applicable”
    }
ui-workshop-discuss = To discuss: the ratings are two phases or more apart.
ui-workshop-proposed = Proposed phase: { $phase } (the median, rounded down)
ui-workshop-ratings = Ratings of the room
ui-groups = Groups
ui-group-tag = group
ui-group-name = Group name
ui-group-members = Members
ui-group-blocks = Blocks it scores (optional)
ui-group-create = Create the group
ui-group-delete = Delete
ui-group-none = No breakout groups yet.
ui-ratings-import = Import ratings…
ui-ratings-file-filter = Ratings (CSV)
ui-ratings-preview-title = Ratings to import
ui-ratings-preview = { $count ->
        [one] One rating for { $indicators ->
            [one] one indicator.
           *[other] { $indicators } indicators.
        }
       *[other] { $count } ratings for { $indicators ->
            [one] one indicator.
           *[other] { $indicators } indicators.
        }
    }
ui-ratings-preview-new = { $count ->
        [one] New participant: { $names }
       *[other] New participants ({ $count }): { $names }
    }
ui-ratings-preview-known = Every name is already a participant.
ui-ratings-confirm = Import these ratings
ui-ratings-imported = { $count ->
        [one] Imported one rating.
       *[other] Imported { $count } ratings.
    }
ui-workshop-by-person = By person
ui-workshop-participant = Participant
ui-workshop-rating = Rating
ui-workshop-comment = Comment (optional)
ui-workshop-rating-keys = Type 1 to 5, or N for not applicable; Delete clears. The arrow keys and Tab move between people. Each change is saved at once.
ui-workshop-by-tally = By tally (anonymous cards)
ui-workshop-tally-hint = How many cards showed each phase. Each change is saved at once and replaces this indicator's anonymous ratings.
ui-workshop-distribution = Distribution of the ratings
ui-workshop-agreed = Agreed phase
ui-workshop-agreed-none = Not agreed yet
ui-workshop-note = Consensus note
ui-workshop-note-required = The ratings are far apart: write why the room agreed on this phase.
ui-workshop-agree = Agree
ui-workshop-dissent = Dissent
ui-workshop-dissent-none = No dissent recorded.
ui-workshop-dissent-who = Who disagrees
ui-workshop-dissent-reason = Reason
ui-workshop-dissent-add = Record the dissent
ui-workshop-dissent-remove = Remove
ui-dash-spread = Spread of the ratings
ui-dash-spread-legend = Each line runs from the lowest to the highest rating; the circle is the median, the diamond the agreed phase; red rows are to discuss.
ui-workshop-to-discuss = Indicators to discuss
ui-workshop-to-discuss-none = No indicator has ratings two phases or more apart.
ui-projector-open = Show on the projector
ui-projector-leave = Leave (Escape)
ui-projector-keys = Arrows: previous or next indicator. 1 to 5 or N: point the room to a phase (nothing is recorded). Escape: leave.

# Rounds that start from the last one (issue 12).
ui-walk-carried = Carried over, not reviewed
ui-walk-state-note-carried = ({ $state }, carried over, not reviewed)
ui-walk-reviewed = Reviewed, no change
ui-walk-change-note = What changed since the last round?
ui-walk-change-note-save = Save the phase with this note
ui-round-next = Start the next round
ui-round-intro = The new round starts from the latest round of this country: its phases, targets, rationale, evidence, open roadmap items and the context written for the report, each answer marked “carried over, not reviewed”. Participants, ratings, consensus notes, key findings and recommendations start empty.
ui-round-name = Name of the new round
ui-round-name-hint = Leave blank to use the year of its date
ui-round-date = Date of the new round
ui-round-start = Start the round
ui-round-started = { $title } started from { $from }: { $count ->
    [one] one answer carried over
   *[other] { $count } answers carried over
}, each to be reviewed.
ui-home-carried = { $count ->
    [one] one answer carried over, not reviewed
   *[other] { $count } answers carried over, not reviewed
}
ui-changes-open = What changed since the last round
ui-changes-back = Back to the dashboard
ui-changes-blocks = Building blocks
## Copies of an assessment: merging files, conflicts, breakout groups (issue 12)
ui-conflicts-title = Conflicts
ui-conflicts-intro = These fields were changed on this computer and in an imported file, to different values. For each, keep one value or write another: the value not chosen stays in the change log.
ui-conflicts-none = No conflict waits: everything from the files has been merged.
ui-conflicts-open = Settle the conflicts
ui-conflicts-local = On this computer
ui-conflicts-incoming = In the file
ui-conflicts-keep-local = Keep this computer’s
ui-conflicts-take-incoming = Take the file’s
ui-conflicts-write = Write another value
ui-conflicts-value = Another value
ui-conflicts-value-hint = A phase: 1 to 5, or NA for not applicable. Confidence: low, medium or high. A year: 2030. A date: 2026-11-30.
ui-conflicts-confirm = Use this value
ui-conflicts-back = Back to the dashboard
ui-conflicts-waiting = { $count ->
        [one] One conflict from merging files waits for a decision.
       *[other] { $count } conflicts from merging files wait for a decision.
    }
ui-conflict-settled = Settled. { $count ->
        [0] No conflict is left.
        [one] One conflict is left.
       *[other] { $count } conflicts are left.
    }
ui-export-group = Export for a group…
ui-export-group-choose = Group
ui-export-group-none = No breakout group yet: create one on an indicator’s page, under “Groups”.
ui-exported-for-group = The file for group { $group } ({ $blocks ->
        [0] all building blocks
        [one] one building block
       *[other] { $blocks } building blocks
    }) was saved in { $path }.
ui-breakout-banner = Breakout file for group { $group }: { $blocks }.
ui-breakout-banner-all = Breakout file for group { $group }: all building blocks.
ui-date-hint = Day/month/year, e.g. 02/12/2026
ui-dash-target-note = An indicator with a phase but no target counts with its current phase as its target (no change planned).
ui-participants-edit = Edit participants
ui-participants-save = Save participants
ui-participants-saved = The participant list is saved.

# Chart legends, titles and scale, shared by the dashboard and the report: the current score is the mean of the indicators, the target is the block's target phase as the scores table shows it.
ui-chart-legend-mean = Current score (mean of the indicators)
ui-chart-legend-target-phase = Target phase (as in the table)
ui-chart-bars-title = Building blocks: current score and target phase
ui-chart-scale-note = Rings: phases 1 to 5

# Findings and recommendations (issue 13): the team's texts for the report.
ui-narratives-open = Findings and recommendations
ui-narratives-intro = Printed in the report: the context and the overall findings and recommendations in the executive summary, those of a building block at the start of its section. Saved as you type.
# Which NA the team means (issue 13), asked in the walk once NA is chosen.
ui-walk-na-which = Which one?
ui-walk-na-not-applicable = Not applicable: the indicator does not apply here
ui-walk-na-not-available = Not available: it applies, but the data is missing

# The questionnaire to hand out before the workshop (dashboard).
ui-handout-written = The questionnaire ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was saved to { $path }.
ui-handout-export = Print the questionnaire…
ui-handout-prefill = with the last round’s phases
ui-handout-working = Preparing the questionnaire…
ui-handout-open = Open the questionnaire
ui-handout-hint = The questionnaire to hand out before the workshop: every question with its five phases, boxes to tick and an answer sheet.

# The roadmap's follow-up (issue 15): an action's progress note, and the note over a finalised assessment's roadmap.
ui-road-progress = Progress note
ui-road-follow-up = Finalised: the answers, scores and actions stay as signed. Each action’s status and progress note stay up to date for the follow-up of the roadmap.
# Export… and Import answers… on the dashboard.
export-format-dhma = Assessment file (.dhma.json)
export-format-xlsx = Excel workbook (.xlsx)
export-format-csv = Indicators table (.csv)
export-format-json = Assessment and scores (.json)
ui-export = Export…
ui-export-title = Export the assessment
ui-export-format = Format
ui-export-excel = For Microsoft Excel (with a byte-order mark, so that Excel reads the text as UTF-8)
ui-export-choose = Choose where to save…
ui-import-answers = Import answers…
ui-import-answers-title = Answers from a spreadsheet
ui-import-answers-hint = The Indicators sheet of an exported workbook, or its CSV, filled in: columns are found by their heading in any language; an empty cell leaves the answer as it is.
ui-import-answers-confirm = Store these changes
ui-import-answers-filter = Spreadsheets (.xlsx, .csv)
ui-gdhm-export = Export for GDHM…
ui-gdhm-title = GDHM upload file
ui-gdhm-intro = GDHM's upload asks for these details. They are kept with the assessment.
ui-gdhm-save-export = Save and export…
ui-gdhm-required = required
ui-gdhm-exported = The GDHM upload file was written.
ui-benchmark = Compare with countries…
ui-benchmark-title = Compare with other countries
ui-benchmark-intro = Choose a GDHM data export, then the countries whose mean the radar and the report show.
ui-benchmark-choose-file = Choose a GDHM data export…
ui-benchmark-label = Name of this group (for example a region; optional)
ui-benchmark-store = Compare
ui-benchmark-remove = Remove the benchmark

export-format-gdhm-csv = GDHM upload file (.csv)
# Chart images: "Save chart…" under each chart of the dashboard (its accessible name says which).
ui-chart-save = Save chart…
ui-chart-save-radar = Save the radar as an image (PNG or SVG)
ui-chart-save-bars = Save the bar chart as an image (PNG or SVG)
ui-chart-saved = The chart was saved in { $path }.
# The dashboard's button and notices for the report as an editable DOCX document (Word, LibreOffice).
ui-report-export-docx = Export editable report (Word)…
ui-report-docx-working = Preparing the editable report (Word)…
ui-report-docx-written = The editable report (Word document) was saved to { $path }.
ui-about = About
ui-move-title = Move to another computer
ui-move-intro = Every assessment of this computer in one file: copy it to the new computer (a USB stick will do) and bring it in there. An assessment already there is merged, never overwritten; if any part of the file is refused, nothing is stored.
ui-move-export = Save all assessments to one file…
ui-move-import = Bring in a move file…
ui-move-filter = DHMA move file

# Issue 15: the team's own and richer roadmap actions.
ui-road-indicator-choice = { $code } · { $title }
ui-road-no-step = No step
ui-road-add = Add an action
ui-road-add-intro = An action of your own, for one indicator or across indicators (cross-cutting). The report marks it as written by the team.
ui-road-add-where = For
ui-road-add-cross = Cross-cutting (no single indicator)
ui-road-add-line = Action line
ui-road-add-block = Building block
ui-road-add-step = Step
ui-road-add-text = What will be done
ui-road-add-submit = Add the action
ui-road-added = The action was added to the roadmap.
ui-road-delete = Delete
ui-road-deleted = The action was deleted.
ui-road-start-year = Start year
ui-road-end-year = End year
ui-road-budget = Estimated budget
ui-road-currency = Currency (ISO code)
ui-road-budget-hint = In figures, with at most two decimals, and the currency’s three letters (for example 250000 USD).
ui-road-baseline = Baseline
ui-road-target = Target value
ui-road-progress-report = Progress report…
ui-road-progress-written = The progress report ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was saved to { $path }.
