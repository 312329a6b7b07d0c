//! The command registry: every command the interface may call, its arguments and what it
//! returns. `ui/js/api.js` is generated from [`REGISTRY`] (see [`bindings_js`]); a test fails
//! when the file and the registry drift apart, or when a registered name is not handled.

pub mod about;
pub mod app;
pub mod assessments;
pub mod backups;
pub mod charts;
pub mod copies;
pub mod dashboard;
pub mod exports;
pub mod gdhm;
pub mod handout;
pub mod narratives;
pub mod opened;
pub mod report;
pub mod responses;
pub mod roadmap;
pub mod rounds;
pub mod workshop;

/// The file a command reads or writes: `given` when the interface passes a path (the tests
/// do), otherwise the one the user chooses in the native dialog, filtered on `filters`
/// ((name, extensions) pairs): a save dialog with the suggested name when `save` is given,
/// an open dialog otherwise. `None` when the user cancels. Blocking is fine: async
/// commands run off the main thread.
pub(crate) fn chosen_path<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    given: Option<String>,
    save: Option<String>,
    filters: &[(&str, &[&str])],
) -> Option<std::path::PathBuf> {
    use tauri_plugin_dialog::DialogExt;
    if let Some(p) = given {
        return Some(std::path::PathBuf::from(p));
    }
    let dialog = filters.iter().fold(app.dialog().file(), |d, (name, exts)| {
        d.add_filter(*name, exts)
    });
    let chosen = match save {
        Some(name) => dialog.set_file_name(name).blocking_save_file(),
        None => dialog.blocking_pick_file(),
    };
    chosen.and_then(|p| p.into_path().ok())
}

/// The file an export of assessment `id` is written to: `given`, or the one the person
/// chooses in the save dialog, which suggests the assessment's file name ending in
/// `suffix` (`service::suggested_file_name`). `Ok(None)` when they cancel.
pub(crate) fn export_path<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &crate::state::AppState,
    id: i64,
    given: Option<String>,
    suffix: &str,
    filters: &[(&str, &[&str])],
) -> crate::error::IpcResult<Option<std::path::PathBuf>> {
    let suggested = state.with(|db, _| {
        let a = db.assessment(id)?;
        Ok(dhma::service::suggested_file_name(&a, suffix))
    })?;
    Ok(chosen_path(app, given, Some(suggested), filters))
}

/// One command as the interface sees it.
#[derive(Debug)]
pub struct CommandSpec {
    pub name: &'static str,
    /// Argument names, as the interface passes them (camelCase).
    pub args: &'static [&'static str],
    /// What the promise resolves to (documentation for the interface).
    pub returns: &'static str,
    pub doc: &'static str,
}

macro_rules! spec {
    ($name:literal, [$($arg:literal),*], $ret:literal, $doc:literal) => {
        CommandSpec { name: $name, args: &[$($arg),*], returns: $ret, doc: $doc }
    };
}

pub const REGISTRY: &[CommandSpec] = &[
    spec!(
        "backups",
        [],
        "BackupsView",
        "The backups of the database, newest first."
    ),
    spec!(
        "restore_backup",
        ["name"],
        "string",
        "Restores a backup (the current state, or an unusable file, is kept first); returns the message."
    ),
    spec!(
        "start_new_file",
        [],
        "string",
        "Sets an unusable database aside unchanged and starts a new file; returns the message."
    ),
    spec!(
        "finalise",
        ["id", "signOff"],
        "string",
        "Finalises an assessment (approver_name, approver_role, government_approved); returns the message."
    ),
    spec!(
        "open_report",
        ["path"],
        "null",
        "Opens a report written in this session with the system's PDF viewer."
    ),
    spec!(
        "retry_open",
        [],
        "null",
        "Tries to open the database again."
    ),
    spec!(
        "startup",
        [],
        "{lang, openId, problem, replaceable}",
        "First call: interface language, the sample to open on a first run, and why the database could not be opened (IpcError) if it could not."
    ),
    spec!(
        "ui_texts",
        [],
        "UiTexts",
        "Fixed labels of the interface in the stored language, with dir (ltr/rtl)."
    ),
    spec!(
        "app_ready",
        [],
        "null",
        "Called once the first screen is rendered (start-up benchmark probe)."
    ),
    spec!(
        "opened_files",
        [],
        "string[]",
        "Files handed to the app to open (command line, or a later launch), each given once; the interface imports them."
    ),
    spec!(
        "set_language",
        ["lang"],
        "UiTexts",
        "Stores the interface language and returns its labels."
    ),
    spec!(
        "about",
        [],
        "AboutView",
        "The About screen: version, licence, the fonts' notice and the licences of every linked crate."
    ),
    spec!(
        "move_export",
        ["path"],
        "MoveOut | null",
        "Writes every assessment into one move file (save dialog unless a path is given); null when cancelled."
    ),
    spec!(
        "move_import",
        ["path"],
        "MoveIn | null",
        "Brings in a move file, all or nothing (open dialog unless a path is given); null when cancelled."
    ),
    spec!(
        "list_assessments",
        [],
        "HomeItem[]",
        "Assessments for the home screen."
    ),
    spec!(
        "list_frameworks",
        [],
        "FrameworkOption[]",
        "Frameworks a new assessment can use."
    ),
    spec!(
        "create_assessment",
        ["input"],
        "number",
        "Creates an assessment; returns its id."
    ),
    spec!(
        "open_sample",
        [],
        "number",
        "Adds the sample assessment if missing; returns its id."
    ),
    spec!(
        "delete_assessment",
        ["id"],
        "{path, message}",
        "Deletes after writing a backup file; the path restores it."
    ),
    spec!(
        "restore_assessment",
        ["path"],
        "{id, message}",
        "Imports a backup written by delete_assessment (undo)."
    ),
    spec!(
        "import_assessment",
        ["path"],
        "ImportView | null",
        "Imports an assessment file, merging it into its copy here if there is one ({id, merged, answers_taken, other_taken, new_conflicts, conflicts_waiting, summary}); path null opens the native dialog."
    ),
    spec!(
        "export_assessment",
        ["id", "path"],
        "{path, message} | null",
        "Writes an assessment file; path null opens the native dialog."
    ),
    spec!(
        "walk",
        ["id"],
        "WalkView",
        "Blocks and indicators with completion marks."
    ),
    spec!(
        "indicator",
        ["id", "code"],
        "IndicatorView",
        "One indicator page with its texts and saved answer."
    ),
    spec!(
        "save_response",
        ["id", "response"],
        "Saved",
        "Checks and stores one answer at once (autosave)."
    ),
    spec!(
        "add_evidence",
        ["id", "evidence"],
        "null",
        "Adds an evidence item."
    ),
    spec!(
        "remove_evidence",
        ["id", "row"],
        "null",
        "Removes an evidence item."
    ),
    spec!(
        "dashboard",
        ["id"],
        "DashboardView",
        "Scores, radar SVG, exclusions and completeness."
    ),
    spec!(
        "narratives",
        ["id"],
        "NarrativesView",
        "The team's context, key findings and recommendations, overall and per building block."
    ),
    spec!(
        "save_narrative",
        ["id", "scope", "kind", "text"],
        "NarrativeSaved",
        "Stores one text (autosave; blank removes it): scope 'overall' or a block id, kind context|findings|recommendations."
    ),
    spec!(
        "roadmap",
        ["id"],
        "RoadmapView",
        "Roadmap items grouped by building block and action line, with the choices."
    ),
    spec!(
        "regenerate_roadmap",
        ["id"],
        "{count, message}",
        "Proposes actions from the gaps, keeping every item a person edited."
    ),
    spec!(
        "edit_roadmap_item",
        ["id", "edit"],
        "null",
        "Stores a person's change to one item (it is then kept on regeneration)."
    ),
    spec!(
        "move_roadmap_item",
        ["id", "uid", "delta"],
        "null",
        "Moves an item up (-1) or down (1) within its action line."
    ),
    spec!(
        "set_follow_up",
        ["id", "uid", "status", "progress"],
        "null",
        "Stores an action's status and progress note; also after sign-off (the follow-up)."
    ),
    spec!(
        "add_roadmap_action",
        ["id", "action"],
        "string",
        "Adds an action the team wrote, on an indicator or cross-cutting (drafts only); returns its uid."
    ),
    spec!(
        "delete_roadmap_action",
        ["id", "uid"],
        "null",
        "Deletes an action the team wrote (drafts only); the template's actions are dropped instead."
    ),
    spec!(
        "export_progress_report",
        ["id", "path"],
        "{path, message} | null",
        "Writes the roadmap's progress report (PDF, interface language) and records it; also after sign-off; path null opens the native dialog."
    ),
    spec!(
        "export_report",
        ["id", "path"],
        "{path, message} | null",
        "Writes the PDF report in the interface language; path null opens the native dialog."
    ),
    spec!(
        "export_handout",
        ["id", "prefill", "path"],
        "{path, message} | null",
        "Writes the questionnaire to hand out before the workshop (PDF, interface language), optionally with the last round's phases; path null opens the native dialog."
    ),
    spec!(
        "save_chart",
        ["id", "kind", "path"],
        "{path, message} | null",
        "Saves the radar or the bar chart (kind \"radar\" or \"bars\") in the interface language as PNG (300 dpi, 16 × 12 cm) or SVG, by the file's extension; path null opens the native dialog."
    ),
    spec!(
        "export_report_docx",
        ["id", "path"],
        "{path, message} | null",
        "Writes the report as an editable DOCX document in the interface language; path null opens the native dialog."
    ),
    spec!(
        "spread",
        ["id", "code"],
        "SpreadView",
        "The ratings of one indicator: distribution, min/median/max, discuss flag, proposed and agreed phase, note, dissent."
    ),
    spec!(
        "to_discuss",
        ["id"],
        "SpreadView[]",
        "The indicators whose ratings differ by two phases or more, widest spread first."
    ),
    spec!(
        "set_rating",
        ["id", "rating"],
        "SpreadView",
        "Stores one rating at once ({indicator, rater, phase, comment}); returns the new spread."
    ),
    spec!(
        "clear_rating",
        ["id", "code", "rater"],
        "SpreadView",
        "Removes a participant's or group's rating of one indicator; returns the new spread."
    ),
    spec!(
        "set_tally",
        ["id", "code", "tally"],
        "SpreadView",
        "Replaces the anonymous ratings with a tally ({phases: [5 counts], not_applicable}); returns the new spread."
    ),
    spec!(
        "agree_phase",
        ["id", "code", "agreed", "note"],
        "SpreadView",
        "Agrees a phase (1-5, \"NA\" or null) with its consensus note; refused without a note when one is needed."
    ),
    spec!(
        "record_dissent",
        ["id", "dissent"],
        "SpreadView",
        "Records or replaces a dissent ({indicator, rater, reason}); returns the new spread."
    ),
    spec!(
        "remove_dissent",
        ["id", "code", "rater"],
        "SpreadView",
        "Removes a dissent; returns the new spread."
    ),
    spec!(
        "participants",
        ["id"],
        "string[]",
        "The names of the assessment's participants, in order (the rows of the rating grid)."
    ),
    spec!(
        "participants_text",
        ["id"],
        "string",
        "The participant list as the form edits it: one a line, name; organisation; role."
    ),
    spec!(
        "edit_participants",
        ["id", "text"],
        "null",
        "Replaces the participant list (the New form's text); refused for someone who has rated."
    ),
    spec!(
        "groups",
        ["id"],
        "Group[]",
        "The breakout groups of an assessment."
    ),
    spec!(
        "save_group",
        ["id", "oldName", "group"],
        "null",
        "Creates a group (oldName null) or changes one."
    ),
    spec!(
        "delete_group",
        ["id", "name"],
        "null",
        "Deletes a group that has neither rated nor dissented."
    ),
    spec!(
        "preview_ratings_import",
        ["id", "path"],
        "RatingsPreview | null",
        "Picks a ratings CSV (or takes path) and says what it would store, storing nothing; null when cancelled."
    ),
    spec!(
        "import_ratings",
        ["id", "path"],
        "string",
        "Imports a ratings CSV all or nothing (as dhma ratings import); returns the sentence saying what was stored."
    ),
    spec!(
        "new_round",
        ["id", "round", "date"],
        "{id, message}",
        "Starts the next round of the assessment's country from its latest round (round, date: blank or null for the defaults); returns the new id and the sentence saying what was carried over."
    ),
    spec!(
        "mark_reviewed",
        ["id", "code"],
        "Saved",
        "Reviewed, no change: an answer carried over from the last round is no longer marked; returns the new mark and completion."
    ),
    spec!(
        "changes",
        ["id"],
        "ChangesView",
        "What changed since the previous round: blocks and indicators, old and new phase and target, the team's notes (empty when there is no previous round)."
    ),
    spec!(
        "conflicts",
        ["id"],
        "ConflictItem[]",
        "The conflicts merging left: {indicator, field, label, local, incoming, writable}, each side {value, text, by, at, changed}."
    ),
    spec!(
        "resolve_conflict",
        ["id", "indicator", "field", "choice"],
        "{message, conflicts}",
        "Settles one conflict: choice \"local\", \"incoming\" or {value} (writable fields only); returns the conflicts left."
    ),
    spec!(
        "export_for_group",
        ["id", "group", "path"],
        "{path, message} | null",
        "Writes a breakout file for one group (the whole assessment, marked with the group's blocks); path null opens the native dialog."
    ),
    spec!(
        "export_choices",
        ["id"],
        "ExportChoice[]",
        "The formats of Export…: {id, label, file_name, extension}."
    ),
    spec!(
        "export_as",
        ["id", "format", "excel", "path"],
        "{path, message} | null",
        "Writes the assessment in a format of export_choices (texts in the interface language; excel: a byte-order mark before a CSV); path null opens the native dialog."
    ),
    spec!(
        "preview_answers_import",
        ["id", "path"],
        "AnswersPreview | null",
        "Picks a workbook or CSV of answers (or takes path) and lists what it would change ({path, indicators: [{code, title, changes}], summary}), storing nothing; null when cancelled."
    ),
    spec!(
        "import_answers",
        ["id", "path"],
        "string",
        "Imports the answers of a workbook or CSV all or nothing (as dhma answers import); returns the sentence saying how many changed."
    ),
    spec!(
        "gdhm_details",
        ["id"],
        "GdhmDetailsView",
        "The GDHM export dialog: {fields: [{name, label, value, required, email, multiline}], editable, problems} (problems: what GDHM would refuse, as sentences)."
    ),
    spec!(
        "save_gdhm_details",
        ["id", "values"],
        "GdhmDetailsView",
        "Saves the GDHM details ({name: text}); returns the dialog again."
    ),
    spec!(
        "export_gdhm_csv",
        ["id", "path"],
        "{id, path, message} | null",
        "Writes GDHM's upload CSV; path null opens the native dialog; a missing or invalid detail is the error and no file is written."
    ),
    spec!(
        "gdhm_file",
        ["path"],
        "{path, countries, date} | null",
        "Reads a GDHM data export and lists its countries; path null opens the native dialog."
    ),
    spec!(
        "import_benchmark",
        ["id", "path", "choice"],
        "string",
        "Stores the mean of the chosen countries ({countries, label, date}) of a GDHM data export as the assessment's benchmark; returns the message."
    ),
    spec!(
        "clear_benchmark",
        ["id"],
        "string",
        "Removes the assessment's benchmark; returns the message."
    ),
];

/// Adds every command to the builder. Keep in step with [`REGISTRY`] (a test checks).
pub fn register<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        app::startup,
        backups::backups,
        backups::restore_backup,
        backups::start_new_file,
        backups::retry_open,
        app::ui_texts,
        app::app_ready,
        opened::opened_files,
        app::set_language,
        about::about,
        about::move_export,
        about::move_import,
        assessments::list_assessments,
        assessments::list_frameworks,
        assessments::create_assessment,
        assessments::open_sample,
        assessments::delete_assessment,
        assessments::restore_assessment,
        assessments::import_assessment,
        assessments::export_assessment,
        responses::walk,
        responses::indicator,
        responses::save_response,
        responses::add_evidence,
        responses::remove_evidence,
        dashboard::dashboard,
        dashboard::finalise,
        roadmap::roadmap,
        roadmap::regenerate_roadmap,
        roadmap::edit_roadmap_item,
        roadmap::move_roadmap_item,
        roadmap::set_follow_up,
        roadmap::add_roadmap_action,
        roadmap::delete_roadmap_action,
        roadmap::export_progress_report,
        report::export_report,
        report::export_report_docx,
        report::open_report,
        handout::export_handout,
        charts::save_chart,
        workshop::spread,
        workshop::to_discuss,
        workshop::set_rating,
        workshop::clear_rating,
        workshop::set_tally,
        workshop::agree_phase,
        workshop::record_dissent,
        workshop::remove_dissent,
        workshop::participants,
        workshop::participants_text,
        workshop::edit_participants,
        workshop::groups,
        workshop::save_group,
        workshop::delete_group,
        workshop::preview_ratings_import,
        workshop::import_ratings,
        rounds::new_round,
        rounds::mark_reviewed,
        dashboard::changes,
        narratives::narratives,
        narratives::save_narrative,
        copies::conflicts,
        copies::resolve_conflict,
        copies::export_for_group,
        exports::export_choices,
        exports::export_as,
        exports::preview_answers_import,
        exports::import_answers,
        gdhm::gdhm_details,
        gdhm::save_gdhm_details,
        gdhm::export_gdhm_csv,
        gdhm::gdhm_file,
        gdhm::import_benchmark,
        gdhm::clear_benchmark,
    ])
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The JavaScript module the interface imports: one function per command.
pub fn bindings_js() -> String {
    let mut out = String::from(
        "// Generated from src-tauri/src/commands/mod.rs (REGISTRY) by the test\n\
         // `bindings_are_up_to_date`; run `DHMA_BLESS=1 cargo test -p dhma-desktop` to refresh.\n\
         // Do not edit by hand. Every call rejects with {code, args, message} on error.\n\n\
         const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);\n\n",
    );
    for c in REGISTRY {
        let params = c.args.join(", ");
        let obj = if c.args.is_empty() {
            String::new()
        } else {
            format!(", {{ {params} }}")
        };
        out.push_str(&format!(
            "/** {} @returns {{Promise<{}>}} */\nexport const {} = ({params}) => invoke(\"{}\"{obj});\n\n",
            c.doc,
            c.returns,
            camel(c.name),
            c.name
        ));
    }
    out
}
