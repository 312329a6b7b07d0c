# Texts of the dhma command line.

cli-about = Run and score national digital health maturity assessments.
cli-error = Error: { $message }
cli-score-excluded-item = { $code } ({ $reason })
cli-compare-round = { $round } ({ $date })
cli-frameworks-title = Frameworks
cli-framework-line = { $id } { $version }: { $name }
cli-framework-counts = { $blocks } building blocks, { $scored } scored indicators, { $sub } sub-indicators, { $actions } roadmap actions
cli-languages = Languages: { $list }
cli-language-item = { $code } ({ $name })
cli-validate-ok = { $id } { $version } is valid: { $keys } texts checked in each of { $langs } languages.
cli-score-title = Scores: { $framework } { $version }
cli-score-col-block = Building block
cli-score-col-mean = Mean
cli-score-col-phase = Phase
cli-score-col-scored = Scored
cli-score-col-excluded = Excluded
cli-exported = Exported { $title } to { $path }.
cli-imported = Imported { $title } (identifier { $id }).
cli-demo-created = The sample assessment { $title } is ready (identifier { $id }).
cli-demo-exists = The sample assessment { $title } is already in the database (identifier { $id }).
cli-list-empty = No assessments yet. Run “dhma demo” to add the sample assessment.
cli-list-title = Assessments in { $path }
cli-list-line = { $id }  { $title }  { $date }  { $status }  { $answered }/{ $total } answered
cli-report-written = The report ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was written to { $path }.
cli-backups-empty = No backups yet. DHMA makes one before every upgrade, at every finalisation and every hour while answers are saved.
cli-backups-title = Backups in { $dir } (newest first):
cli-backup-line = { $name }  { $reason }  assessments: { $assessments }  { $kib } KiB
cli-restored = Backup { $name } restored. The database as it was just before is kept as backup { $before }.
cli-restored-aside = Backup { $name } restored. The database that could not be opened is kept unchanged as { $aside }.
cli-finalised = { $title } is finalised and locked (check code { $fingerprint }). Backup kept: { $backup }.
cli-compare-title = { $country }: { $count ->
    [one] one round
   *[other] { $count } rounds
}, mean phase by building block, oldest first

cli-ratings-imported = { $count ->
        [one] Imported one rating.
       *[other] Imported { $count } ratings.
    }
cli-ratings-added = { $count ->
        [one] Added as a new participant: { $names }
       *[other] Added as new participants ({ $count }): { $names }
    }
cli-ratings-col-indicator = Indicator
cli-ratings-col-count = Ratings
cli-ratings-col-min = Min
cli-ratings-col-median = Median
cli-ratings-col-max = Max
cli-ratings-col-counts = Phases 1–5, NA
cli-ratings-col-agreed = Agreed
cli-ratings-col-discuss = Discuss
cli-ratings-na = NA
cli-ratings-discuss = to discuss

## Merging copies of an assessment (issue 12)
cli-exported-for-group = Exported { $title } for group { $group } ({ $blocks ->
    [0] all blocks
    [one] one block
   *[other] { $blocks } blocks
}) to { $path }.
cli-conflicts-hint = Conflicts wait for a decision: list them with “dhma conflicts { $id }”, and settle each with “dhma resolve”.
cli-conflicts-none = No conflict waits for a decision.
cli-conflicts-count = { $count ->
    [one] One conflict waits for a decision.
   *[other] { $count } conflicts wait for a decision.
}
cli-conflict-heading = { $label } (dhma resolve … { $indicator } { $field })
cli-conflict-local = Here: { $value } – { $changed }
cli-conflict-incoming = In the file: { $value } – { $changed }
cli-resolved = Settled. { $count ->
    [0] No conflict is left.
    [one] One conflict is left.
   *[other] { $count } conflicts are left.
}
# Rounds that start from the last one (issue 12).
cli-round-started = Started { $title } (identifier { $id }) from { $from }: { $count ->
    [one] one answer carried over
   *[other] { $count } answers carried over
}, each to be reviewed.
cli-round-from-latest = { $asked } is not the latest round of its country: the new round starts from the latest one, { $from }.
cli-changes-block = { $name }: mean { $mean }; { $phase }; { $target } ({ $direction })
cli-changes-indicator = { $label }: { $phase }; { $target } ({ $direction })

cli-handout-written = The questionnaire ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was written to { $path }.

cli-progress-written = The progress report ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }) was written to { $path }.
cli-exported-all = { $count ->
    [one] One assessment exported to { $path }.
   *[other] { $count } assessments exported to { $path }.
}
cli-reports-written = { $count ->
    [one] One report written in { $path }.
   *[other] { $count } reports written in { $path }.
}
cli-exported-gdhm = Exported the GDHM upload file of { $title } to { $path }.
cli-benchmark-imported = { $count ->
    [one] Benchmark “{ $label }” stored (one country).
   *[other] Benchmark “{ $label }” stored ({ $count } countries).
}
cli-benchmark-cleared = The benchmark was removed.
# dhma chart
cli-chart-written = The chart was saved in { $path }.
cli-report-docx-written = The editable report (Word document) was written to { $path }.
