# Error messages, one per error code of the core (src/error.rs). Arguments are named.

error-io = The file { $path } could not be read or written.
error-database = The assessment database could not be used. Try again; if it happens again, send the details for support to whoever supports DHMA for you.
error-database-too-new = The database { $path } was created by a newer version of DHMA (schema { $found }; this version knows up to { $supported }). It has not been changed. Install the newer version, or open another file.
error-not-dhma-database = The file { $path } is not a DHMA database. It has not been changed.
error-assessment-not-found = No assessment with the identifier { $id } was found.
error-assessment-locked = { $country } – { $round } is finalised: its answers and scores are locked as they were signed. To assess again, use “Start the next round” on its dashboard (or dhma new-round).
error-unknown-framework = The framework { $id } { $version } is not available in this version of DHMA.
error-unknown-language = The language { $lang } is not available. Available languages: en, fr, es, pt, ar, ru, zh.
error-unknown-indicator = The indicator { $code } does not exist in this framework.
error-answered-twice = Indicator { $code } is answered twice in the file. Nothing was imported.
error-rater-unknown = No participant or group is called “{ $name }”. Nothing was changed.
error-rater-has-ratings = “{ $name }” has ratings or a recorded dissent in this assessment and cannot be removed. Remove their ratings and dissent first. Nothing was changed.
error-consensus-note-required = Indicator { $code }: the agreed phase lies outside the ratings, or the ratings are far apart. Write a consensus note that says why the room agreed on it. Nothing was changed.
error-group-name-taken = A group is already called “{ $name }”. Choose another name. Nothing was changed.
error-csv-blank-participant = Line { $line }: the participant’s name is blank. Nothing was imported.
error-csv-rated-twice = Line { $line }: { $name } already rated indicator { $code } on line { $first }. Nothing was imported.
error-invalid-value = The value “{ $value }” is not valid for “{ $label }”.
error-required = Please fill in { $field ->
        [country] { ui-new-country }
        [round] { ui-new-round }
        [facilitator] { ui-new-facilitator }
        [approver] { ui-signoff-name }
        [evidence] { ui-walk-evidence-title }
       *[other] { $field }
    }.
error-content = The framework has { $count ->
    [one] one problem
   *[other] { $count } problems
}:
error-file-too-large = The file { $path } is { $size }, larger than the limit of { $limit }. It was not imported.
error-malformed-json = The file { $path } is damaged or is not an assessment file: it cannot be read at line { $line }, column { $column }. Nothing was imported.
error-not-utf8 = The file { $path } is not UTF-8 text, the encoding DHMA writes: the character at line { $line }, column { $column } cannot be read. If another program saved it, save it again as UTF-8 or export it again from DHMA. Nothing was imported.
error-not-assessment-file = The file { $path } is not a DHMA assessment file. Nothing was imported.
error-format-too-new = The file { $path } was written by a newer version of DHMA (format { $found }; this version reads up to { $supported }). Install the newer version to import it.
error-checksum-mismatch = The file { $path } was changed or damaged after it was exported: its checksum does not match. Nothing was imported.
error-invalid-file-field = The file { $path } cannot be imported: { $reason } (in “{ $label }”). Nothing was imported.
error-phase-out-of-range = Indicator { $code }: the value { $value } given for “{ $label }” is not a phase from 1 to 5. Nothing was imported.
error-already-exists = The assessment { $country } – { $round } is already in this database. Delete it first or import the file on another computer.
error-csv-malformed = Line { $line } cannot be read.
error-csv-missing-column = The first line must be a header with the columns indicator and phase (and optionally target); the column { $column } is missing.
error-csv-unknown-indicator = Line { $line }: there is no indicator { $code } in this framework.
error-csv-bad-phase = Line { $line }: the value “{ $value }” given for “{ $label }” must be a phase from 1 to 5, or NA.
error-csv-duplicate = Line { $line }: indicator { $code } was already given on line { $first }.

content-issue = { $file }, { $item }, { $field }: { $problem }
content-issue-item = – { $issue }
content-syntax = the text cannot be read ({ $detail })
content-missing = missing
content-empty = empty
content-orphan = not used by the framework (an orphan)
content-duplicate = given more than once
content-unknown-reference = refers to “{ $detail }”, which does not exist
content-out-of-range = out of range: { $detail }
content-invalid = not valid: { $detail }
content-locale-tag = not a shipped language tag
content-placeables = uses different variables from the English text: { $detail }
error-database-in-use = The assessment file { $path } is already open in another DHMA window or program. Close it there first; nothing was changed.
error-no-rounds = There is no assessment of { $country } in this database.
error-database-damaged = The assessment database { $path } is damaged. It has not been changed. Restore a backup, or start a new file.
error-damaged-row = A stored value cannot be read: the assessment database is damaged there. Nothing was changed. Restore a backup.
error-read-only = The assessment database { $path } cannot be written: the disk or folder is read-only. The last change was not saved; nothing else was lost. Copy the file to a folder you can write to, or ask your administrator.
error-disk-full = The disk holding { $path } is full. The last change was not saved; nothing else was lost. Free some space, then try again.
error-backup-not-found = There is no backup named { $name }.
error-not-ready-to-finalise = The assessment cannot be finalised yet: { $count ->
    [one] one indicator still needs
   *[other] { $count } indicators still need
} a phase (or “not applicable”) and a rationale: { $codes }.

# Sentences chosen by what went wrong (src/error.rs, `Error::localize`); the raw text goes to the details for support.
error-io-not-found = The file or folder { $path } does not exist. It may have been moved, renamed or deleted.
error-io-permission-denied = DHMA is not allowed to read or write { $path }. Check the permissions of the file or folder, or ask your administrator.
error-io-already-exists = There is already a file or folder named { $path }.
error-io-read-only = { $path } is on a read-only disk or folder: it cannot be written.
error-io-storage-full = The disk holding { $path } is full. Free some space, then try again.
error-io-is-a-directory = { $path } is a folder, not a file.
error-io-not-a-directory = A part of the path { $path } is a file where a folder is expected.
error-io-invalid-filename = { $path } is not a valid file name on this computer.
error-io-file-too-large = { $path } is too large for this disk or folder.
error-io-unexpected-eof = The file { $path } ends too early: it is incomplete or damaged.
error-io-invalid-data = The file { $path } holds data that cannot be read: it may be damaged.
error-invalid-value-empty = “{ $label }” must be filled in.
error-invalid-value-internal = DHMA could not produce “{ $label }”. This is a fault in DHMA: please report it, with the details for support.
error-file-reason-unknown-field = it holds a field that this version of DHMA does not know (written by a newer version, or edited by hand)
error-file-reason-framework-mismatch = it names two different frameworks or framework versions
error-file-reason-missing-field = a required field is missing
error-file-reason-wrong-type = a value has the wrong type (for example text where a number belongs)
error-file-reason-bad-value = a value is not one of those allowed
error-file-reason-duplicate-field = a field is given twice
error-file-reason-damaged = its content does not have the form of a DHMA assessment
error-csv-malformed-fields = Line { $line } has { $found ->
    [one] one value
   *[other] { $found } values
}, but the header has { $expected ->
    [one] one column
   *[other] { $expected } columns
}.
error-csv-malformed-utf8 = Line { $line } is not UTF-8 text. Save the file again as “CSV UTF-8”.
error-support-details = Details for support: { $details }
error-merge-into-finalised = { $country }, { $round } is finalised on this computer: the file’s changes cannot be merged into it. Start the next round to record changes, or import the file on a computer where the assessment is still a draft. Nothing was changed.
error-merge-finalised-file = The file holds { $country }, { $round } finalised, and the draft on this computer differs from it. To take the finalised version, delete the draft here (a backup file is kept) and import the file again. Nothing was changed.
error-conflict-not-found = No conflict waits for indicator “{ $indicator }”, field “{ $field }”. “dhma conflicts” lists the conflicts with their fields. Nothing was changed.
error-conflict-value-not-allowed = “{ $field }” can only be settled by keeping one side or the other, not by writing another value. Nothing was changed.

# Rounds that start from the last one (issue 12).
error-change-note-required = Indicator { $code }: the new phase differs from the one carried over from the last round. Say what changed since the last round, then save the phase again.
error-carried-not-reviewed = The assessment cannot be finalised yet: { $count ->
    [one] one answer carried over from the last round is
   *[other] { $count } answers carried over from the last round are
} not reviewed: { $codes }. Save each one, or mark it “Reviewed, no change”.
error-round-name-taken = { $country } already has a round called { $round }. Choose another name.

# dhma handout --prefill, and the app's pre-filled questionnaire, for a first round.
error-no-earlier-round = { $title } has no earlier round, so the questionnaire cannot be pre-filled. Print it without the last round’s phases.
error-answers-cell-unknown-indicator = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): “{ $value }” is not an indicator of this assessment’s framework.
error-answers-cell-duplicate = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): indicator { $value } is already on row { $first }.
error-answers-cell-bad-phase = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): “{ $value }” is not a phase: write 1 to 5, or NA.
error-answers-cell-bad-target = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): “{ $value }” is not a target phase: write 1 to 5, or leave the cell empty.
error-answers-cell-bad-year = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): “{ $value }” is not a year from 2000 to 2100.
error-answers-cell-no-code = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $header }): the row has answers but no indicator code.
error-answers-no-code-column = Sheet “{ $sheet }” has no column “{ $heading }”: its first row needs the headings of the Indicators sheet that DHMA exports, in any of its languages.
error-answers-no-answer-column = Sheet “{ $sheet }” has no column of answers: its first row needs at least one of these headings: { $headings }.
error-spreadsheet-unreadable = “{ $path }” cannot be read as an Excel workbook (.xlsx) or a CSV file (.csv).
error-gdhm-detail-missing = GDHM's upload needs “{ $field }”: fill it in under the GDHM details, then export again. No file was written.
error-gdhm-invalid-email = “{ $value }” in “{ $field }” is not an e-mail address GDHM accepts. No file was written.
error-gdhm-unanswered = GDHM's upload needs a phase or NA for each indicator; these have none yet: { $codes }. No file was written.
error-gdhm-file-unreadable = { $path } is not an Excel workbook (.xlsx) that DHMA can read.
error-gdhm-file-empty = { $path } holds no country data: it is not a GDHM data export.
error-gdhm-file-cell-header = { $path }, row { $row }, column { $column }: “{ $value }” is not a heading of a GDHM data export (Indicator with a code, or Category with a number).
error-gdhm-file-cell-phase = { $path }, row { $row }, column { $column }: “{ $value }” is not a phase (Phase 1 to Phase 5, or Not Available).
error-gdhm-file-cell-country = { $path }, row { $row }, column { $column }: the row has phases but no country name.
error-gdhm-country-not-in-file = { $path } has no country called “{ $country }”.
error-gdhm-no-common-indicators = { $path } has no indicator of this assessment's framework.
# Chart images (dhma chart, "Save chart…"): a chart, format or resolution DHMA does not know; a fault drawing it.
error-unknown-chart-kind = “{ $value }” is not a chart DHMA can draw: choose radar or bars.
error-unknown-image-format = “{ $value }” is not an image format DHMA can write: choose png or svg.
error-dpi-out-of-range = The resolution “{ $value }” cannot be used: give a whole number of dots per inch from { $min } to { $max }.
error-chart-image = DHMA could not draw the chart image. This is a fault in DHMA: please report it, with the details for support.

# Issue 15: the team's own and richer roadmap actions.
error-invalid-action-year = “{ $value }” is not a year for an action: give a year from 2000 to 2100, in figures.
error-invalid-action-end-before-start = The end year { $value } comes before the start year: an action cannot end before it starts.
error-invalid-action-amount = “{ $value }” is not an amount: give zero or more in figures, with at most two decimals (for example 250000 or 1500.50).
error-invalid-action-currency = “{ $value }” is not a currency code: give the three letters of its ISO 4217 code, for example USD, EUR or XOF.
error-invalid-action-budget-incomplete = The budget “{ $value }” needs both an amount and its currency.
error-invalid-action-template-action = “{ $value }” comes from DHMA’s template library: set its status to “Dropped” instead of deleting it, so that the next proposal does not bring it back.
# GDHM benchmark: the countries chosen to compare with are none (the field left empty).
error-gdhm-no-country-chosen = No country of { $path } was chosen: choose at least one country to compare with.
