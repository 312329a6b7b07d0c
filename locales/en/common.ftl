# Texts shared by the interface, the command line and the report.

# The language's own name, shown in language pickers.
language-name = English
product-name = DHMA – Digital health maturity assessment
# An assessment's title wherever it is named: screens, messages, the report.
assessment-title = { $country } – { $round }
framework-with-version = { $name } ({ $version })

phase-label = Phase { $phase }
# A phase with its name, e.g. "Phase 3 – Established".
phase-title = { $label } – { $name }
phase-1-name = Nascent
phase-2-name = Emerging
phase-3-name = Established
phase-4-name = Institutionalised
phase-5-name = Optimised
not-applicable = Not applicable / not available
not-available = not available
overall = Overall

timeframe-short = Short term (within 1 year)
timeframe-medium = Medium term (1 to 3 years)
timeframe-long = Long term (3 to 5 years)
cost-low = Low cost
cost-medium = Medium cost
cost-high = High cost
confidence-low = Low confidence
confidence-medium = Medium confidence
confidence-high = High confidence
status-draft = Draft
status-finalised = Finalised

exclusion-not-applicable = marked not applicable / not available
exclusion-not-answered = not answered yet
exclusion-sub-indicator = sub-indicator: its answer is recorded but not counted in the score

scoring-rule = A building block's score is the mean of its scored indicators that have a phase; sub-indicators and indicators marked not applicable are left out. The overall score is the unweighted mean of the building-block scores. A score becomes a phase by rounding it to one decimal and then rounding up, with phase 1 as the minimum.

# Decimal separator used when the product prints a mean (e.g. 2.33).
number-decimal-separator = .
# Separator between items of a list (e.g. indicator codes).
list-separator = {", "}

# Roadmap statuses and priorities.
roadmap-status-proposed = Proposed
roadmap-status-planned = Planned
roadmap-status-in-progress = In progress
roadmap-status-done = Done
roadmap-status-dropped = Dropped
priority-1 = High priority
priority-2 = Medium priority
priority-3 = Low priority
roadmap-step = { $from } → { $to }
backup-reason-upgrade = before an upgrade
backup-reason-finalised = at finalisation
backup-reason-hourly = hourly
backup-reason-before-restore = before a restore
backup-reason-set-aside = could not be opened, set aside

## Merging copies of an assessment (issue 12)
merge-summary-added = { $title }: imported as a new assessment.
merge-summary = { $title }: merged with the file. Answer fields taken from the file: { $answers }. Other changes taken: { $others }. { $conflicts ->
    [0] No conflict.
    [one] One conflict waits for a decision.
   *[other] { $conflicts } conflicts wait for a decision.
}
merge-field-of-indicator = Indicator { $code } – { $field }
merge-field-current = Current phase
merge-field-target = Target phase
merge-field-target-year = Target year
merge-field-rationale = Rationale
merge-field-confidence = Confidence
merge-field-carried = Carried over, not reviewed
merge-field-change-note = What changed since the last round
merge-field-note = Consensus note
merge-field-tally = Tally of cards
merge-field-rating = Rating by { $name }
merge-field-dissent = Dissent by { $name }
merge-field-evidence = Evidence “{ $title }”
merge-field-roadmap = Roadmap action
merge-field-roadmap-position = Place of a roadmap action
merge-field-participant = Participant { $name }
merge-field-group = Group { $name }
merge-field-country = Country
merge-field-round = Round
merge-field-date = Date of the assessment
merge-field-facilitator = Facilitator
merge-field-language = Language
merge-value-removed = Removed
merge-value-empty = Empty
merge-value-phase = Phase { $phase }
merge-value-na = Not applicable
merge-value-yes = Yes
merge-value-no = No
merge-value-with-comment = { $value } (“{ $comment }”)
merge-changed-by = Changed by { $name }, { $time }
# What changed since the previous round: the screen, `dhma compare --changes` and the report.
changes-title = What changed
changes-heading = { changes-title } – { $title }
changes-since = Compared with the previous round, { $round } ({ $date }).
changes-first-round = { $country } has no earlier round under this framework, so there is nothing to compare with yet.
changes-count = { $count ->
        [0] No indicator’s phase or target changed.
        [one] The phase or target of one indicator changed.
       *[other] The phase or target of { $count } indicators changed.
    }
changes-block-count = { $count ->
        [0] No indicator changed
        [one] One indicator changed
       *[other] { $count } indicators changed
    }
# A phase then and now, e.g. "Phase 2 → 3".
changes-phase = Phase { $old } → { $new }
changes-target = Target { $old } → { $new }
# A value then and now, e.g. a mean "2.40 → 3.00".
changes-arrow = { $old } → { $new }
changes-value-na = not applicable
changes-value-none = not answered
changes-value-unset = not set
changes-value-absent = not in the framework
changes-direction-up = Up
changes-direction-down = Down
changes-direction-same = Unchanged
changes-direction-changed = Changed
changes-direction-new = Newly answered
changes-direction-removed = No longer answered
changes-note = What changed: { $note }
changes-indicator = { $code } { $title }
changes-col-indicator = Indicator
changes-col-mean = Mean
changes-col-phase = Phase
changes-col-target = Target
changes-col-direction = Phase change
changes-col-note = What changed (the team’s note)
# How a date is written (DD day, MM month, YYYY year; any separators): the date field and every date shown.
date-pattern = DD/MM/YYYY
# Between the name, organisation and role of a participant in the list the form edits.
participant-field-separator = {"; "}

# Narrative texts (issue 13): where a text goes, and its field in a conflict.
narrative-scope-overall = The whole assessment
merge-field-narrative = { $what } – { $scope }
# Which NA an answer means (issue 13): both are left out of the score alike.
na-reason-not-applicable = not applicable
na-reason-not-available = not available – data missing
na-reason-not-said = NA, not said whether not applicable or data missing
merge-field-na-reason = Which NA (not applicable or data missing)

# Answers imported from a spreadsheet (preview and result).
answers-change-current = Current phase: { $old } → { $new }
answers-change-target = Target phase: { $old } → { $new }
answers-change-target-year = Target year: { $old } → { $new }
answers-change-rationale = Rationale: { $old } → { $new }
answers-preview = { $count ->
        [one] The file changes { $count } answer.
       *[other] The file changes { $count } answers.
    }
answers-imported = { $count ->
        [one] { $count } answer changed.
       *[other] { $count } answers changed.
    }
merge-field-gdhm-country = Country name
merge-field-gdhm-country-summary = Country summary
merge-field-gdhm-country-contact-name = Country contact: name
merge-field-gdhm-country-contact-role = Country contact: role
merge-field-gdhm-country-contact-org = Country contact: organisation
merge-field-gdhm-country-contact-email = Country contact: e-mail
merge-field-gdhm-contact-person-name = Contact person: name
merge-field-gdhm-contact-person-role = Contact person: role
merge-field-gdhm-contact-person-email = Contact person: e-mail
merge-field-gdhm-approver-name = Data approver: name
merge-field-gdhm-approver-role = Data approver: role
merge-field-gdhm-approver-email = Data approver: e-mail
merge-field-gdhm-resources-link = Links to resources
chart-legend-benchmark = Benchmark: { $label }
chart-legend-benchmark-dated = Benchmark: { $label } ({ $date })
batch-sheet-assessments = Assessments
batch-sheet-indicators = Indicators
batch-col-country = Country
batch-col-round = Round
batch-col-date = Date
batch-col-status = Status
batch-col-overall = Overall mean
batch-col-overall-phase = Overall phase
batch-col-indicator = Indicator
batch-col-block = Building block
batch-col-phase = Current phase
batch-col-target = Target phase
batch-status-draft = Draft
batch-status-finalised = Finalised
move-exported = Assessments written to { $path }: { $count }.
move-imported = Move file brought in. New assessments: { $added }. Merged with the copy already here: { $merged }. { $conflicts ->
    [0] No conflict.
    [one] One conflict waits for a decision.
   *[other] { $conflicts } conflicts wait for a decision.
}
about-title = About DHMA
about-version = Version { $version }
about-licence = DHMA is free software under the { $licence } licence.
about-fonts-heading = Fonts
about-fonts-notice = Reports and chart images use the Noto fonts (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) by Google, licensed under the SIL Open Font License, version 1.1. Their copyright files, with the licence, follow as written.
about-crates-heading = Third-party software
about-crates-intro = Open-source Rust crates built into this program, each with its licence (SPDX expression) and the licence files it ships, as written: { $count }.
about-licence-text = Licence text
about-no-licence-file = This crate ships no licence file; its licence is the one named.
about-licence-undeclared = Not declared

# Issue 15: the team's own and richer roadmap actions.
roadmap-origin-own = Written by the team
roadmap-origin-template = From DHMA’s template library
roadmap-cross-cutting = Cross-cutting actions
roadmap-cross-cutting-short = Cross-cutting
roadmap-all-blocks = All building blocks
roadmap-body-development-partners = Development partners
roadmap-body-private-sector = Private sector
roadmap-body-subnational = Subnational levels (regions, districts)
roadmap-body-other-ministries = Other ministries
