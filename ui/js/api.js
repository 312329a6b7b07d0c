// Generated from src-tauri/src/commands/mod.rs (REGISTRY) by the test
// `bindings_are_up_to_date`; run `DHMA_BLESS=1 cargo test -p dhma-desktop` to refresh.
// Do not edit by hand. Every call rejects with {code, args, message} on error.

const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);

/** The backups of the database, newest first. @returns {Promise<BackupsView>} */
export const backups = () => invoke("backups");

/** Restores a backup (the current state, or an unusable file, is kept first); returns the message. @returns {Promise<string>} */
export const restoreBackup = (name) => invoke("restore_backup", { name });

/** Sets an unusable database aside unchanged and starts a new file; returns the message. @returns {Promise<string>} */
export const startNewFile = () => invoke("start_new_file");

/** Finalises an assessment (approver_name, approver_role, government_approved); returns the message. @returns {Promise<string>} */
export const finalise = (id, signOff) => invoke("finalise", { id, signOff });

/** Opens a report written in this session with the system's PDF viewer. @returns {Promise<null>} */
export const openReport = (path) => invoke("open_report", { path });

/** Tries to open the database again. @returns {Promise<null>} */
export const retryOpen = () => invoke("retry_open");

/** First call: interface language, the sample to open on a first run, and why the database could not be opened (IpcError) if it could not. @returns {Promise<{lang, openId, problem, replaceable}>} */
export const startup = () => invoke("startup");

/** Fixed labels of the interface in the stored language, with dir (ltr/rtl). @returns {Promise<UiTexts>} */
export const uiTexts = () => invoke("ui_texts");

/** Called once the first screen is rendered (start-up benchmark probe). @returns {Promise<null>} */
export const appReady = () => invoke("app_ready");

/** Files handed to the app to open (command line, or a later launch), each given once; the interface imports them. @returns {Promise<string[]>} */
export const openedFiles = () => invoke("opened_files");

/** Stores the interface language and returns its labels. @returns {Promise<UiTexts>} */
export const setLanguage = (lang) => invoke("set_language", { lang });

/** The About screen: version, licence, the fonts' notice and the licences of every linked crate. @returns {Promise<AboutView>} */
export const about = () => invoke("about");

/** Writes every assessment into one move file (save dialog unless a path is given); null when cancelled. @returns {Promise<MoveOut | null>} */
export const moveExport = (path) => invoke("move_export", { path });

/** Brings in a move file, all or nothing (open dialog unless a path is given); null when cancelled. @returns {Promise<MoveIn | null>} */
export const moveImport = (path) => invoke("move_import", { path });

/** Assessments for the home screen. @returns {Promise<HomeItem[]>} */
export const listAssessments = () => invoke("list_assessments");

/** Frameworks a new assessment can use. @returns {Promise<FrameworkOption[]>} */
export const listFrameworks = () => invoke("list_frameworks");

/** Creates an assessment; returns its id. @returns {Promise<number>} */
export const createAssessment = (input) => invoke("create_assessment", { input });

/** Adds the sample assessment if missing; returns its id. @returns {Promise<number>} */
export const openSample = () => invoke("open_sample");

/** Deletes after writing a backup file; the path restores it. @returns {Promise<{path, message}>} */
export const deleteAssessment = (id) => invoke("delete_assessment", { id });

/** Imports a backup written by delete_assessment (undo). @returns {Promise<{id, message}>} */
export const restoreAssessment = (path) => invoke("restore_assessment", { path });

/** Imports an assessment file, merging it into its copy here if there is one ({id, merged, answers_taken, other_taken, new_conflicts, conflicts_waiting, summary}); path null opens the native dialog. @returns {Promise<ImportView | null>} */
export const importAssessment = (path) => invoke("import_assessment", { path });

/** Writes an assessment file; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportAssessment = (id, path) => invoke("export_assessment", { id, path });

/** Blocks and indicators with completion marks. @returns {Promise<WalkView>} */
export const walk = (id) => invoke("walk", { id });

/** One indicator page with its texts and saved answer. @returns {Promise<IndicatorView>} */
export const indicator = (id, code) => invoke("indicator", { id, code });

/** Checks and stores one answer at once (autosave). @returns {Promise<Saved>} */
export const saveResponse = (id, response) => invoke("save_response", { id, response });

/** Adds an evidence item. @returns {Promise<null>} */
export const addEvidence = (id, evidence) => invoke("add_evidence", { id, evidence });

/** Removes an evidence item. @returns {Promise<null>} */
export const removeEvidence = (id, row) => invoke("remove_evidence", { id, row });

/** Scores, radar SVG, exclusions and completeness. @returns {Promise<DashboardView>} */
export const dashboard = (id) => invoke("dashboard", { id });

/** The team's context, key findings and recommendations, overall and per building block. @returns {Promise<NarrativesView>} */
export const narratives = (id) => invoke("narratives", { id });

/** Stores one text (autosave; blank removes it): scope 'overall' or a block id, kind context|findings|recommendations. @returns {Promise<NarrativeSaved>} */
export const saveNarrative = (id, scope, kind, text) => invoke("save_narrative", { id, scope, kind, text });

/** Roadmap items grouped by building block and action line, with the choices. @returns {Promise<RoadmapView>} */
export const roadmap = (id) => invoke("roadmap", { id });

/** Proposes actions from the gaps, keeping every item a person edited. @returns {Promise<{count, message}>} */
export const regenerateRoadmap = (id) => invoke("regenerate_roadmap", { id });

/** Stores a person's change to one item (it is then kept on regeneration). @returns {Promise<null>} */
export const editRoadmapItem = (id, edit) => invoke("edit_roadmap_item", { id, edit });

/** Moves an item up (-1) or down (1) within its action line. @returns {Promise<null>} */
export const moveRoadmapItem = (id, uid, delta) => invoke("move_roadmap_item", { id, uid, delta });

/** Stores an action's status and progress note; also after sign-off (the follow-up). @returns {Promise<null>} */
export const setFollowUp = (id, uid, status, progress) => invoke("set_follow_up", { id, uid, status, progress });

/** Adds an action the team wrote, on an indicator or cross-cutting (drafts only); returns its uid. @returns {Promise<string>} */
export const addRoadmapAction = (id, action) => invoke("add_roadmap_action", { id, action });

/** Deletes an action the team wrote (drafts only); the template's actions are dropped instead. @returns {Promise<null>} */
export const deleteRoadmapAction = (id, uid) => invoke("delete_roadmap_action", { id, uid });

/** Writes the roadmap's progress report (PDF, interface language) and records it; also after sign-off; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportProgressReport = (id, path) => invoke("export_progress_report", { id, path });

/** Writes the PDF report in the interface language; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportReport = (id, path) => invoke("export_report", { id, path });

/** Writes the questionnaire to hand out before the workshop (PDF, interface language), optionally with the last round's phases; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportHandout = (id, prefill, path) => invoke("export_handout", { id, prefill, path });

/** Saves the radar or the bar chart (kind "radar" or "bars") in the interface language as PNG (300 dpi, 16 × 12 cm) or SVG, by the file's extension; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const saveChart = (id, kind, path) => invoke("save_chart", { id, kind, path });

/** Writes the report as an editable DOCX document in the interface language; path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportReportDocx = (id, path) => invoke("export_report_docx", { id, path });

/** The ratings of one indicator: distribution, min/median/max, discuss flag, proposed and agreed phase, note, dissent. @returns {Promise<SpreadView>} */
export const spread = (id, code) => invoke("spread", { id, code });

/** The indicators whose ratings differ by two phases or more, widest spread first. @returns {Promise<SpreadView[]>} */
export const toDiscuss = (id) => invoke("to_discuss", { id });

/** Stores one rating at once ({indicator, rater, phase, comment}); returns the new spread. @returns {Promise<SpreadView>} */
export const setRating = (id, rating) => invoke("set_rating", { id, rating });

/** Removes a participant's or group's rating of one indicator; returns the new spread. @returns {Promise<SpreadView>} */
export const clearRating = (id, code, rater) => invoke("clear_rating", { id, code, rater });

/** Replaces the anonymous ratings with a tally ({phases: [5 counts], not_applicable}); returns the new spread. @returns {Promise<SpreadView>} */
export const setTally = (id, code, tally) => invoke("set_tally", { id, code, tally });

/** Agrees a phase (1-5, "NA" or null) with its consensus note; refused without a note when one is needed. @returns {Promise<SpreadView>} */
export const agreePhase = (id, code, agreed, note) => invoke("agree_phase", { id, code, agreed, note });

/** Records or replaces a dissent ({indicator, rater, reason}); returns the new spread. @returns {Promise<SpreadView>} */
export const recordDissent = (id, dissent) => invoke("record_dissent", { id, dissent });

/** Removes a dissent; returns the new spread. @returns {Promise<SpreadView>} */
export const removeDissent = (id, code, rater) => invoke("remove_dissent", { id, code, rater });

/** The names of the assessment's participants, in order (the rows of the rating grid). @returns {Promise<string[]>} */
export const participants = (id) => invoke("participants", { id });

/** The participant list as the form edits it: one a line, name; organisation; role. @returns {Promise<string>} */
export const participantsText = (id) => invoke("participants_text", { id });

/** Replaces the participant list (the New form's text); refused for someone who has rated. @returns {Promise<null>} */
export const editParticipants = (id, text) => invoke("edit_participants", { id, text });

/** The breakout groups of an assessment. @returns {Promise<Group[]>} */
export const groups = (id) => invoke("groups", { id });

/** Creates a group (oldName null) or changes one. @returns {Promise<null>} */
export const saveGroup = (id, oldName, group) => invoke("save_group", { id, oldName, group });

/** Deletes a group that has neither rated nor dissented. @returns {Promise<null>} */
export const deleteGroup = (id, name) => invoke("delete_group", { id, name });

/** Picks a ratings CSV (or takes path) and says what it would store, storing nothing; null when cancelled. @returns {Promise<RatingsPreview | null>} */
export const previewRatingsImport = (id, path) => invoke("preview_ratings_import", { id, path });

/** Imports a ratings CSV all or nothing (as dhma ratings import); returns the sentence saying what was stored. @returns {Promise<string>} */
export const importRatings = (id, path) => invoke("import_ratings", { id, path });

/** Starts the next round of the assessment's country from its latest round (round, date: blank or null for the defaults); returns the new id and the sentence saying what was carried over. @returns {Promise<{id, message}>} */
export const newRound = (id, round, date) => invoke("new_round", { id, round, date });

/** Reviewed, no change: an answer carried over from the last round is no longer marked; returns the new mark and completion. @returns {Promise<Saved>} */
export const markReviewed = (id, code) => invoke("mark_reviewed", { id, code });

/** What changed since the previous round: blocks and indicators, old and new phase and target, the team's notes (empty when there is no previous round). @returns {Promise<ChangesView>} */
export const changes = (id) => invoke("changes", { id });

/** The conflicts merging left: {indicator, field, label, local, incoming, writable}, each side {value, text, by, at, changed}. @returns {Promise<ConflictItem[]>} */
export const conflicts = (id) => invoke("conflicts", { id });

/** Settles one conflict: choice "local", "incoming" or {value} (writable fields only); returns the conflicts left. @returns {Promise<{message, conflicts}>} */
export const resolveConflict = (id, indicator, field, choice) => invoke("resolve_conflict", { id, indicator, field, choice });

/** Writes a breakout file for one group (the whole assessment, marked with the group's blocks); path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportForGroup = (id, group, path) => invoke("export_for_group", { id, group, path });

/** The formats of Export…: {id, label, file_name, extension}. @returns {Promise<ExportChoice[]>} */
export const exportChoices = (id) => invoke("export_choices", { id });

/** Writes the assessment in a format of export_choices (texts in the interface language; excel: a byte-order mark before a CSV); path null opens the native dialog. @returns {Promise<{path, message} | null>} */
export const exportAs = (id, format, excel, path) => invoke("export_as", { id, format, excel, path });

/** Picks a workbook or CSV of answers (or takes path) and lists what it would change ({path, indicators: [{code, title, changes}], summary}), storing nothing; null when cancelled. @returns {Promise<AnswersPreview | null>} */
export const previewAnswersImport = (id, path) => invoke("preview_answers_import", { id, path });

/** Imports the answers of a workbook or CSV all or nothing (as dhma answers import); returns the sentence saying how many changed. @returns {Promise<string>} */
export const importAnswers = (id, path) => invoke("import_answers", { id, path });

/** The GDHM export dialog: {fields: [{name, label, value, required, email, multiline}], editable, problems} (problems: what GDHM would refuse, as sentences). @returns {Promise<GdhmDetailsView>} */
export const gdhmDetails = (id) => invoke("gdhm_details", { id });

/** Saves the GDHM details ({name: text}); returns the dialog again. @returns {Promise<GdhmDetailsView>} */
export const saveGdhmDetails = (id, values) => invoke("save_gdhm_details", { id, values });

/** Writes GDHM's upload CSV; path null opens the native dialog; a missing or invalid detail is the error and no file is written. @returns {Promise<{id, path, message} | null>} */
export const exportGdhmCsv = (id, path) => invoke("export_gdhm_csv", { id, path });

/** Reads a GDHM data export and lists its countries; path null opens the native dialog. @returns {Promise<{path, countries, date} | null>} */
export const gdhmFile = (path) => invoke("gdhm_file", { path });

/** Stores the mean of the chosen countries ({countries, label, date}) of a GDHM data export as the assessment's benchmark; returns the message. @returns {Promise<string>} */
export const importBenchmark = (id, path, choice) => invoke("import_benchmark", { id, path, choice });

/** Removes the assessment's benchmark; returns the message. @returns {Promise<string>} */
export const clearBenchmark = (id) => invoke("clear_benchmark", { id });

