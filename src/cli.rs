//! The `dhma` command line. Every message a person reads comes from `locales/<lang>/cli.ftl`
//! or `errors.ftl` in the language chosen with `--lang` (or `DHMA_LANG`, or the system's).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use dhma::error::{Error, Result};
use dhma::export::Format as ExportFormat;
use dhma::framework::{self, Framework};
use dhma::i18n::{arg, Lang, Localizer, Texts};
use dhma::scoring::{self, Scores};
use dhma::service;
use dhma::storage::{default_db_path, Db, DbLock};
use dhma::{backup, content, exchange, recovery, transfer};

// Every help text (about, arguments, headings) is the Fluent message `cli-help-…` of
// `locales/<lang>/cli-help.ftl`, set at run time in the chosen language (see
// `localized_command`); a test fails when a subcommand or an argument has none.
#[derive(Debug, Parser)]
#[command(name = "dhma", version)]
pub struct Cli {
    #[arg(long, global = true, env = "DHMA_LANG")]
    lang: Option<String>,
    #[arg(long, global = true)]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Frameworks,
    Validate {
        folder: PathBuf,
        #[arg(long)]
        locales: Option<PathBuf>,
    },
    Score {
        #[arg(long, default_value = framework::DEFAULT_FRAMEWORK)]
        framework: String,
        #[arg(long = "framework-version")]
        framework_version: Option<String>,
        #[arg(
            long,
            conflicts_with = "assessment",
            required_unless_present = "assessment"
        )]
        answers: Option<PathBuf>,
        #[arg(long)]
        assessment: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    List,
    Backups,
    Restore {
        name: String,
    },
    Finalise {
        assessment: String,
        #[arg(long)]
        approver: String,
        #[arg(long, default_value = "")]
        role: String,
        #[arg(long)]
        government_approved: bool,
    },
    Compare {
        country: String,
        #[arg(long, default_value = framework::DEFAULT_FRAMEWORK)]
        framework: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long)]
        changes: bool,
    },
    Export {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long = "for-group")]
        for_group: Option<String>,
        #[arg(long, default_value = "dhma", value_parser = export_format_parser())]
        format: ExportFormat,
        #[arg(long)]
        excel: bool,
        #[arg(long, conflicts_with = "for_group")]
        all: bool,
    },
    Answers {
        #[command(subcommand)]
        action: AnswersAction,
    },
    Import {
        file: PathBuf,
    },
    Conflicts {
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    Resolve {
        id: String,
        indicator: String,
        field: String,
        #[arg(
            long,
            value_enum,
            required_unless_present = "value",
            conflicts_with = "value"
        )]
        take: Option<Side>,
        #[arg(long, allow_hyphen_values = true)]
        value: Option<String>,
    },
    NewRound {
        id: String,
        #[arg(long)]
        round: Option<String>,
        #[arg(long)]
        date: Option<String>,
    },
    Demo,
    Report {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        assessment: Option<String>,
        #[arg(long)]
        all: bool,
        #[arg(long = "report-lang")]
        report_lang: Option<String>,
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        // `--all` writes PDFs only (one per assessment).
        #[arg(long, value_enum, default_value_t = ReportFormat::Pdf, conflicts_with = "all")]
        format: ReportFormat,
        #[arg(short, long)]
        output: PathBuf,
    },
    Progress {
        id: String,
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
    Handout {
        target: String,
        #[arg(long)]
        prefill: bool,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    Benchmark {
        #[command(subcommand)]
        action: BenchmarkAction,
    },
    /// `dhma move export|import`: every assessment in one file, for another computer.
    Move {
        #[command(subcommand)]
        action: MoveAction,
    },
    /// `dhma licences`: version, licence, fonts and the licences of the crates in `dhma`.
    Licences,
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Ratings {
        #[command(subcommand)]
        action: Option<RatingsAction>,
        #[arg(required = true)]
        id: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    // Kind, format and resolution are read by `chart_image` (not clap's value parsers), so
    // that a wrong one is refused in the message language.
    Chart {
        assessment: String,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        format: String,
        #[arg(long)]
        dpi: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// `dhma ratings import`: nested under `ratings` (its help texts are `cli-help-ratings-import…`).
/// `dhma benchmark`: the benchmark from a GDHM data export.
#[derive(Debug, Subcommand)]
enum BenchmarkAction {
    Countries {
        file: PathBuf,
    },
    Import {
        id: String,
        file: PathBuf,
        #[arg(long, value_delimiter = ',', required = true)]
        countries: Vec<String>,
        #[arg(long, default_value = "")]
        label: String,
        #[arg(long)]
        date: Option<String>,
    },
    Clear {
        id: String,
    },
}

/// `dhma move`: "Move to another computer" (its help texts are `cli-help-move-…`).
#[derive(Debug, Subcommand)]
enum MoveAction {
    Export {
        #[arg(short, long)]
        output: PathBuf,
    },
    Import {
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum RatingsAction {
    Import { id: String, file: PathBuf },
}

/// `dhma answers import` (its help texts are `cli-help-answers-import…`).
#[derive(Debug, Subcommand)]
enum AnswersAction {
    Import { id: String, file: PathBuf },
}

/// `--format` of `dhma export`: every format of [`ExportFormat::ALL`], by its name.
fn export_format_parser() -> impl clap::builder::TypedValueParser<Value = ExportFormat> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(ExportFormat::ALL.map(ExportFormat::as_str))
        // Only the names above get here.
        .map(|name| ExportFormat::parse(&name).unwrap_or(ExportFormat::Dhma))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for dhma::report::Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A4 => dhma::report::Paper::A4,
            PaperArg::Letter => dhma::report::Paper::Letter,
        }
    }
}

/// What `dhma report` writes: the PDF, or the editable DOCX document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Pdf,
    Docx,
}

/// Which side of a conflict `dhma resolve --take` keeps.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum Side {
    Local,
    Incoming,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Table,
}

/// Picks the message language: `--lang`/`DHMA_LANG`, else the system locale, else English.
fn choose_lang(explicit: Option<&str>) -> Result<Lang> {
    if let Some(tag) = explicit {
        return tag.parse();
    }
    Ok(Lang::from_system())
}

/// The language of the help, decided before parsing (clap prints the help while parsing):
/// `--lang X` or `--lang=X` among the arguments, else `DHMA_LANG`, else the system's. A tag
/// that is not ours gives English here; parsing then reports it.
fn help_lang(args: &[OsString], env_lang: Option<&str>) -> Lang {
    let mut explicit = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        } else if word == "--lang" {
            explicit = words.next().map(|w| w.into_owned());
        } else if let Some(tag) = word.strip_prefix("--lang=") {
            explicit = Some(tag.to_string());
        }
    }
    match explicit.as_deref().or(env_lang.filter(|t| !t.is_empty())) {
        Some(tag) => Lang::parse(tag).unwrap_or(Lang::En),
        None => Lang::from_system(),
    }
}

/// The message key of an argument's help: `cli-help-<subcommand>-<argument>`, or
/// `cli-help-<argument>` for the global and built-in ones.
fn arg_help_key(sub: &str, id: &str) -> String {
    let id = id.replace('_', "-");
    // Every `help` subcommand (`help`, `ratings-help`) shares the texts of `help`.
    let sub = if sub.ends_with("-help") { "help" } else { sub };
    if sub.is_empty() || ["lang", "db", "help", "version"].contains(&id.as_str()) {
        format!("cli-help-{id}")
    } else {
        format!("cli-help-{sub}-{id}")
    }
}

/// The command line with every help text in the language of `l`.
pub fn localized_command(l: &Localizer) -> clap::Command {
    let mut cmd = Cli::command();
    // Adds the built-in `--help`, `--version` and `help` subcommand, so that they are
    // translated too.
    cmd.build();
    localize_command(cmd, "", l)
}

fn localize_command(cmd: clap::Command, sub: &str, l: &Localizer) -> clap::Command {
    let about = about_key(sub);
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        l.text("cli-help-usage")
    );
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut cmd = cmd
        .about(l.text(&about))
        .help_template(template)
        .subcommand_help_heading(l.text("cli-help-commands"));
    for (id, positional) in args {
        let help = l.text(&arg_help_key(sub, &id));
        let heading = l.text(if positional {
            "cli-help-arguments"
        } else {
            "cli-help-options"
        });
        cmd = cmd.mut_arg(id, |a| a.help(help).help_heading(heading));
    }
    for name in subs {
        let key = sub_key(sub, &name);
        cmd = cmd.mut_subcommand(&name, |c| localize_command(c, &key, l));
    }
    cmd
}

/// The help-text name of subcommand `name` under `parent`: `import`, or `ratings-import`
/// for one nested under `ratings` (every `help` subcommand shares one text).
fn sub_key(parent: &str, name: &str) -> String {
    if name == "help" && !parent.is_empty() && parent != "help" {
        // `ratings help`: its entries name the subcommands of `ratings`.
        return format!("{parent}-help");
    }
    if parent.is_empty() || parent == "help" {
        return name.to_string();
    }
    match parent.strip_suffix("-help") {
        Some(owner) => format!("{owner}-{name}"),
        None => format!("{parent}-{name}"),
    }
}

/// The message of a subcommand's description.
fn about_key(sub: &str) -> String {
    match sub {
        "" => "cli-help-about".to_string(),
        _ if sub == "help" || sub.ends_with("-help") => "cli-help-help-command".to_string(),
        _ => format!("cli-help-{sub}"),
    }
}

/// Parses the arguments with the help in the language they (or `DHMA_LANG`) ask for.
fn parse(args: Vec<OsString>, env_lang: Option<&str>) -> std::result::Result<Cli, clap::Error> {
    let l = Localizer::new(help_lang(&args, env_lang), false);
    let matches = localized_command(&l).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The message of an error for a terminal: the sentence, then, when there is more to it,
/// the raw text for support on its own line.
fn error_text(e: &Error, l: &Localizer) -> String {
    let mut text = l.format("cli-error", &[arg("message", e.localize(l))]);
    if let Some(details) = e.support_detail() {
        text.push('\n');
        text.push_str(&l.format("error-support-details", &[arg("details", details)]));
    }
    printable(&text)
}

pub fn main() -> ExitCode {
    let env_lang = std::env::var("DHMA_LANG").ok();
    let cli = match parse(std::env::args_os().collect(), env_lang.as_deref()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let lang = match choose_lang(cli.lang.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            let l = Localizer::new(Lang::En, false);
            eprintln!("{}", error_text(&e, &l));
            return ExitCode::from(2);
        }
    };
    let l = Localizer::new(lang, false);
    let mut stdout = Printable(std::io::stdout().lock());
    match run(cli, &l, &mut stdout) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", error_text(&e, &l));
            ExitCode::from(exit_code(&e))
        }
    }
}

/// Text from files and databases shown on a terminal: control characters (which could move
/// the cursor, retitle the window or recolour it) are shown as `\u{…}`, never sent.
fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Standard output through [`printable`].
struct Printable<W: Write>(W);

impl<W: Write> Write for Printable<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .write_all(printable(&String::from_utf8_lossy(buf)).as_bytes())?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// 1 for a problem with the computer (files, database), 2 for a problem with the input.
fn exit_code(e: &Error) -> u8 {
    match e {
        Error::Io { .. }
        | Error::Database { .. }
        | Error::DatabaseTooNew { .. }
        | Error::NotDhmaDatabase { .. }
        | Error::DatabaseDamaged { .. }
        | Error::DamagedRow { .. }
        | Error::ReadOnly { .. }
        | Error::DiskFull { .. }
        | Error::DatabaseInUse { .. } => 1,
        _ => 2,
    }
}

fn db_path(path: Option<&Path>) -> PathBuf {
    path.map(Path::to_path_buf).unwrap_or_else(default_db_path)
}

/// Opens the database for a command that changes it: holds the file's lock, so a command
/// run while the desktop app has the file open is told "in use" and changes nothing.
fn open_db(path: Option<&Path>) -> Result<Db> {
    Db::open(&db_path(path))
}

/// For commands that only read: works beside the desktop app that edits the file.
fn open_for_reading(path: Option<&Path>) -> Result<Db> {
    Db::open_for_reading(&db_path(path))
}

fn io_err(e: std::io::Error) -> Error {
    // The reader went away (`dhma list | head -1`): done, as other command-line tools do.
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Error::io(Path::new("<stdout>"), &e)
}

/// Writes one line of output.
fn line(out: &mut impl Write, text: &str) -> Result<()> {
    writeln!(out, "{text}").map_err(io_err)
}

/// One function per subcommand.
fn run(cli: Cli, l: &Localizer, out: &mut impl Write) -> Result<ExitCode> {
    let db = cli.db.as_deref();
    match cli.command {
        Command::Frameworks => frameworks(l, out),
        Command::Validate { folder, locales } => validate(&folder, locales, l, out),
        Command::Score {
            framework,
            framework_version,
            answers,
            assessment,
            format,
        } => {
            let source = match (answers, assessment) {
                (Some(csv), _) => ScoreSource::Csv {
                    path: csv,
                    framework,
                    version: framework_version,
                },
                (None, Some(file)) => ScoreSource::File(file),
                (None, None) => {
                    return Err(Error::CsvMissingColumn {
                        column: "--answers".into(),
                    })
                }
            };
            score(source, format, l, out)
        }
        Command::List => list(db, l, out),
        Command::Backups => backups(db, l, out),
        Command::Restore { name } => restore(db, name, l, out),
        Command::Finalise {
            assessment,
            approver,
            role,
            government_approved,
        } => {
            let sign_off = service::SignOff {
                approver_name: approver,
                approver_role: role,
                government_approved,
            };
            finalise(db, &assessment, &sign_off, l, out)
        }
        Command::Compare {
            country,
            framework,
            format,
            changes: false,
        } => compare(db, &country, &framework, format, l, out),
        Command::Export {
            id,
            output,
            for_group,
            format,
            excel,
            all,
        } => match (format, all, id) {
            (ExportFormat::Xlsx, true, _) => export_all(db, &output, l, out),
            (format, true, _) => Err(Error::InvalidValue {
                field: "format".into(),
                value: format.as_str().into(),
            }),
            (_, false, None) => Err(Error::AssessmentNotFound { id: String::new() }),
            (ExportFormat::Dhma, false, Some(id)) => {
                export(db, &id, &output, for_group.as_deref(), l, out)
            }
            (_, false, Some(_)) if for_group.is_some() => {
                // A breakout file is an assessment file.
                Err(Error::InvalidValue {
                    field: "group".into(),
                    value: for_group.unwrap_or_default(),
                })
            }
            (format, false, Some(id)) => export_as(db, &id, format, excel, &output, l, out),
        },
        Command::Answers {
            action: AnswersAction::Import { id, file },
        } => answers_import(db, &id, &file, l, out),
        Command::Benchmark { action } => benchmark(db, action, l, out),
        Command::Move { action } => return move_all(db, action, l, out),
        Command::Licences => licences(l, out),
        // Exit 3 when conflicts wait after a merge.
        Command::Import { file } => return import(db, &file, l, out),
        Command::Conflicts { id, format } => conflicts(db, &id, format, l, out),
        Command::Resolve {
            id,
            indicator,
            field,
            take,
            value,
        } => {
            let how = match (take, value) {
                (_, Some(v)) => service::Resolution::Value(v),
                (Some(Side::Incoming), None) => service::Resolution::Incoming,
                _ => service::Resolution::Local,
            };
            resolve(db, &id, &indicator, &field, &how, l, out)
        }
        Command::NewRound { id, round, date } => new_round(db, &id, round, date, l, out),
        Command::Compare {
            country,
            framework,
            format,
            changes: true,
        } => compare_changes(db, &country, &framework, format, l, out),
        Command::Demo => demo(db, l, out),
        Command::Report {
            assessment,
            all,
            report_lang,
            paper,
            format,
            output,
        } => match (all, assessment) {
            (false, Some(assessment)) => {
                report(db, &assessment, report_lang, paper, format, &output, l, out)
            }
            _ => report_all(db, report_lang, paper, &output, l, out),
        },
        Command::Handout {
            target,
            prefill,
            output,
        } => handout(db, &target, prefill, output, l, out),
        Command::Progress { id, output, paper } => progress(db, &id, output, paper, l, out),
        Command::Ratings {
            action: Some(RatingsAction::Import { id, file }),
            ..
        } => ratings_import(db, &id, &file, l, out),
        Command::Ratings {
            action: None,
            id,
            format,
        } => {
            // clap requires the id without `import`; none would name no assessment.
            let id = id.ok_or_else(|| Error::AssessmentNotFound { id: String::new() })?;
            ratings(db, &id, format, l, out)
        }
        Command::Chart {
            assessment,
            kind,
            format,
            dpi,
            output,
        } => chart(
            db,
            &assessment,
            &kind,
            &format,
            dpi.as_deref(),
            &output,
            l,
            out,
        ),
    }?;
    Ok(ExitCode::SUCCESS)
}

/// `dhma frameworks`: the built-in frameworks with their counts, and the languages.
fn frameworks(l: &Localizer, out: &mut impl Write) -> Result<()> {
    line(out, &l.text("cli-frameworks-title"))?;
    for fw in framework::builtin() {
        let c = fw.counts();
        let name = l.format(
            "cli-framework-line",
            &[
                arg("id", &fw.id),
                arg("version", &fw.version),
                arg("name", l.text(&fw.name_key())),
            ],
        );
        line(out, &format!("  {name}"))?;
        let counts = l.format(
            "cli-framework-counts",
            &[
                arg("blocks", c.blocks),
                arg("scored", c.scored),
                arg("sub", c.sub_indicators),
                arg("actions", c.actions),
            ],
        );
        line(out, &format!("    {counts}"))?;
    }
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            l.format(
                "cli-language-item",
                &[
                    arg("code", lang.code()),
                    arg("name", Localizer::new(*lang, false).text("language-name")),
                ],
            )
        })
        .collect();
    line(
        out,
        &l.format("cli-languages", &[arg("list", l.list(&langs))]),
    )
}

/// `dhma validate`: checks a framework folder and its translations.
fn validate(
    folder: &Path,
    locales: Option<PathBuf>,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let fw = Framework::load_dir(folder)?;
    let locales = locales.unwrap_or_else(|| {
        let own = folder.join("locales");
        if own.is_dir() {
            own
        } else {
            folder.join("..").join("..").join("locales")
        }
    });
    let texts = Texts::from_dir(&locales)?;
    let issues = content::check_framework(&fw, &texts);
    if !issues.is_empty() {
        return Err(Error::Content(issues));
    }
    line(
        out,
        &l.format(
            "cli-validate-ok",
            &[
                arg("id", &fw.id),
                arg("version", &fw.version),
                arg("keys", fw.required_keys().len()),
                arg("langs", Lang::ALL.len()),
            ],
        ),
    )
}

/// What `dhma score` scores: a CSV of answers for a framework, or an assessment file.
enum ScoreSource {
    Csv {
        path: PathBuf,
        framework: String,
        version: Option<String>,
    },
    File(PathBuf),
}

/// `dhma score`: the scores of a CSV of answers or of an assessment file.
fn score(source: ScoreSource, format: Format, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let (fw, scores) = match source {
        ScoreSource::Csv {
            path,
            framework: id,
            version,
        } => {
            let fw = match &version {
                Some(v) => framework::find(&id, v)?,
                None => framework::latest(&id)?,
            };
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
            let inputs = dhma::answers_csv::parse(fw, &text)?;
            (fw, scoring::score(fw, &inputs))
        }
        ScoreSource::File(file) => {
            let data = exchange::read_file(&file)?;
            let r = &data.assessment.framework;
            let fw = framework::find(&r.id, &r.version)?;
            (fw, scoring::score(fw, &data.score_inputs()))
        }
    };
    match format {
        Format::Json => write_json(out, &service::score_json(fw, &scores)),
        Format::Table => write_table(out, l, fw, &scores).map_err(io_err),
    }
}

/// Pretty JSON on standard output.
fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::InvalidValue {
        field: "json".into(),
        value: e.to_string(),
    })?;
    line(out, &text)
}

/// `dhma list`: the assessments in the database.
fn list(db: Option<&Path>, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let db = open_for_reading(db)?;
    let list = db.list()?;
    if list.is_empty() {
        return line(out, &l.text("cli-list-empty"));
    }
    line(out, &l.format("cli-list-title", &[arg("path", db.path())]))?;
    for a in list {
        let text = l.format(
            "cli-list-line",
            &[
                arg("id", a.id),
                arg("title", service::assessment_title(l, &a.country, &a.round)),
                arg("date", l.date(&a.date)),
                arg("status", l.text(&format!("status-{}", a.status.as_str()))),
                num("answered", a.answered),
                num("total", a.total),
            ],
        );
        line(out, &format!("  {text}"))?;
    }
    Ok(())
}

/// A count as a Fluent number (plural selection works on numbers only).
fn num(name: &str, value: usize) -> (&str, fluent_bundle::FluentValue<'static>) {
    dhma::i18n::num(name, value as f64)
}

/// `dhma export`: writes an assessment file (with what this copy knows for merging, which
/// is recorded first: a change, so the database is opened for writing; beside the desktop
/// app it works when nothing is to be recorded), or with `--for-group` a breakout file.
fn export(
    db: Option<&Path>,
    id: &str,
    output: &Path,
    group: Option<&str>,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let mut db = match open_db(db) {
        // Beside the desktop app: written as long as nothing is to be recorded first.
        Err(Error::DatabaseInUse { path }) if group.is_none() => {
            let reader = open_for_reading(db)?;
            let id = reader.resolve(id)?;
            let (data, sync) = reader
                .sync_for_export_unchanged(id)?
                .ok_or(Error::DatabaseInUse { path })?;
            let text = exchange::to_string_with(&data, Some(&sync), None)?;
            exchange::write_atomically(output, text.as_bytes())?;
            let a = &data.assessment;
            let title = service::assessment_title(l, &a.country, &a.round);
            return line(
                out,
                &l.format(
                    "cli-exported",
                    &[arg("title", title), arg("path", output.display())],
                ),
            );
        }
        other => other?,
    };
    let id = db.resolve(id)?;
    let a = db.assessment(id)?;
    let title = service::assessment_title(l, &a.country, &a.round);
    match group {
        None => {
            exchange::export_file(&mut db, id, output)?;
            line(
                out,
                &l.format(
                    "cli-exported",
                    &[arg("title", title), arg("path", output.display())],
                ),
            )
        }
        Some(group) => {
            let b = service::export_for_group(&mut db, id, group, output)?;
            line(
                out,
                &l.format(
                    "cli-exported-for-group",
                    &[
                        arg("title", title),
                        arg("group", &b.group),
                        num("blocks", b.blocks.len()),
                        arg("path", output.display()),
                    ],
                ),
            )
        }
    }
}

/// `dhma export --format xlsx|csv|json|gdhm-csv`: a file for other programs, in the language of
/// `--lang`; only reads, so it works beside the desktop app.
fn export_as(
    db: Option<&Path>,
    id: &str,
    format: ExportFormat,
    excel: bool,
    output: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let db = open_for_reading(db)?;
    let id = db.resolve(id)?;
    service::export_read_only(&db, id, format, l.lang(), excel, output)?;
    let a = db.assessment(id)?;
    let key = match format {
        ExportFormat::GdhmCsv => "cli-exported-gdhm",
        _ => "cli-exported",
    };
    line(
        out,
        &l.format(
            key,
            &[
                arg("title", service::assessment_title(l, &a.country, &a.round)),
                arg("path", output.display()),
            ],
        ),
    )
}

/// `dhma answers import`: the answers of a spreadsheet, checked whole, then stored in one
/// transaction; what changed is listed, indicator by indicator.
fn answers_import(
    db: Option<&Path>,
    id: &str,
    file: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let mut db = open_db(db)?;
    let id = db.resolve(id)?;
    let preview = service::preview_answers(&db, id, file, l)?;
    let done = service::import_answers(&mut db, id, file, "dhma-cli", l)?;
    for i in &preview.indicators {
        line(
            out,
            &l.format(
                "changes-indicator",
                &[arg("code", &i.code), arg("title", &i.title)],
            ),
        )?;
        for change in &i.changes {
            line(out, &format!("  {change}"))?;
        }
    }
    line(out, &done.summary)
}

/// `dhma import`: the file is read and checked before the database is even opened; an
/// assessment that is here already is merged. Exit 3 when conflicts wait.
fn import(db: Option<&Path>, file: &Path, l: &Localizer, out: &mut impl Write) -> Result<ExitCode> {
    // Checked before the database is opened: a refused file never touches it.
    let parsed = exchange::read_file_full(file)?;
    let mut db = open_db(db)?;
    let done = service::import_read(&mut db, &parsed, "dhma-cli", l)?;
    line(out, &done.summary)?;
    if done.conflicts_waiting > 0 {
        line(out, &l.format("cli-conflicts-hint", &[arg("id", done.id)]))?;
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}

/// `dhma move export|import`: every assessment in one file, and that file brought in (read
/// and checked whole before the database is opened; all or nothing). Exit 3 when conflicts
/// wait after a merge.
fn move_all(
    db: Option<&Path>,
    action: MoveAction,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<ExitCode> {
    match action {
        MoveAction::Export { output } => {
            let mut db = open_db(db)?;
            let done = transfer::export(&mut db, &output, l)?;
            line(out, &done.summary)?;
        }
        MoveAction::Import { file } => {
            let parsed = transfer::read(&file)?;
            let mut db = open_db(db)?;
            let done = transfer::import_read(&mut db, &parsed, "dhma-cli", l)?;
            for item in &done.items {
                line(out, &item.summary)?;
            }
            line(out, &done.summary)?;
            if done.conflicts_waiting > 0 {
                return Ok(ExitCode::from(3));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `dhma licences`: the version, DHMA's licence, the fonts' notice and the licence of every
/// crate linked into `dhma`.
fn licences(l: &Localizer, out: &mut impl Write) -> Result<()> {
    let view = dhma::about::about(l, dhma::about::CORE_CRATES);
    line(out, &view.title)?;
    line(out, &view.version)?;
    line(out, &view.licence)?;
    line(out, "")?;
    line(out, &view.fonts_heading)?;
    line(out, &view.fonts_notice)?;
    for t in &view.font_texts {
        line(out, &format!("\n--- {} ---\n{}", t.file, t.text))?;
    }
    line(out, "")?;
    line(out, &view.crates_heading)?;
    line(out, &view.crates_intro)?;
    for c in &view.crates {
        let refs: Vec<String> = c.texts.iter().map(|i| format!("[{}]", i + 1)).collect();
        let refs = if refs.is_empty() {
            view.no_file.clone()
        } else {
            refs.join(" ")
        };
        line(
            out,
            &format!("{} {}  {}  {refs}", c.name, c.version, c.license),
        )?;
    }
    // Each licence text once, numbered as the list refers to it.
    for (i, t) in view.texts.iter().enumerate() {
        line(
            out,
            &format!("\n--- [{}] {} ---\n{}", i + 1, t.file, t.text),
        )?;
    }
    Ok(())
}

/// The conflicts as `dhma conflicts --format json` writes them.
#[derive(serde::Serialize)]
struct ConflictJson {
    indicator: Option<String>,
    field: String,
    local: serde_json::Value,
    incoming: serde_json::Value,
    local_by: String,
    local_at: String,
    incoming_by: String,
    incoming_at: String,
}

/// `dhma conflicts`: the conflicts waiting in an assessment.
fn conflicts(
    db: Option<&Path>,
    id: &str,
    format: Format,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let db = open_for_reading(db)?;
    let id = db.resolve(id)?;
    let list = service::conflicts(&db, id, l)?;
    if let Format::Json = format {
        let json: Vec<ConflictJson> = list
            .into_iter()
            .map(|c| ConflictJson {
                indicator: c.indicator,
                field: c.field,
                local: c.local.value,
                incoming: c.incoming.value,
                local_by: c.local.by,
                local_at: c.local.at,
                incoming_by: c.incoming.by,
                incoming_at: c.incoming.at,
            })
            .collect();
        return write_json(out, &json);
    }
    if list.is_empty() {
        return line(out, &l.text("cli-conflicts-none"));
    }
    line(
        out,
        &l.format("cli-conflicts-count", &[num("count", list.len())]),
    )?;
    for c in &list {
        line(out, "")?;
        line(
            out,
            &l.format(
                "cli-conflict-heading",
                &[
                    arg("label", &c.label),
                    arg("indicator", c.indicator.as_deref().unwrap_or("-")),
                    arg("field", &c.field),
                ],
            ),
        )?;
        for (key, sideview) in [
            ("cli-conflict-local", &c.local),
            ("cli-conflict-incoming", &c.incoming),
        ] {
            line(
                out,
                &l.format(
                    key,
                    &[
                        arg("value", &sideview.text),
                        arg("changed", &sideview.changed),
                    ],
                ),
            )?;
        }
    }
    Ok(())
}

/// `dhma resolve`: settles one conflict.
fn resolve(
    db: Option<&Path>,
    id: &str,
    indicator: &str,
    field: &str,
    how: &service::Resolution,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let mut db = open_db(db)?;
    let id = db.resolve(id)?;
    let indicator = Some(indicator).filter(|i| *i != "-" && !i.is_empty());
    service::resolve_conflict(&mut db, id, indicator, field, how, "dhma-cli")?;
    let left = db.conflicts(id)?.len();
    line(out, &l.format("cli-resolved", &[num("count", left)]))
}

/// `dhma new-round`: the next round of a country, started from its latest round (which may
/// not be the one named: then it says so).
fn new_round(
    db: Option<&Path>,
    id: &str,
    round: Option<String>,
    date: Option<String>,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let mut db = open_db(db)?;
    let id = db.resolve(id)?;
    let started = service::new_round(&mut db, id, round, date, "dhma", l)?;
    if started.from != id {
        let asked = db.assessment(id)?;
        line(
            out,
            &l.format(
                "cli-round-from-latest",
                &[
                    arg(
                        "asked",
                        service::assessment_title(l, &asked.country, &asked.round),
                    ),
                    arg("from", &started.from_title),
                ],
            ),
        )?;
    }
    line(
        out,
        &l.format(
            "cli-round-started",
            &[
                arg("title", &started.title),
                arg("id", started.id),
                arg("from", &started.from_title),
                num("count", started.carried),
            ],
        ),
    )
}

/// `dhma ratings import`: a `participant,indicator,phase[,comment]` CSV, checked whole,
/// then stored in one transaction; the names added as participants are listed.
fn ratings_import(
    db: Option<&Path>,
    id: &str,
    file: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let text = service::read_ratings_file(file)?;
    let mut db = open_db(db)?;
    let id = db.resolve(id)?;
    let done = service::import_ratings_csv(&mut db, id, &text, "dhma-cli")?;
    line(
        out,
        &l.format("cli-ratings-imported", &[num("count", done.ratings)]),
    )?;
    if !done.added.is_empty() {
        line(
            out,
            &l.format(
                "cli-ratings-added",
                &[
                    num("count", done.added.len()),
                    arg("names", l.list(&done.added)),
                ],
            ),
        )?;
    }
    Ok(())
}

/// `dhma ratings`: the spread of every indicator's ratings, as a table or JSON.
fn ratings(
    db: Option<&Path>,
    id: &str,
    format: Format,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let db = open_for_reading(db)?;
    let id = db.resolve(id)?;
    if let Format::Json = format {
        return write_json(out, &service::ratings_json(&db, id)?);
    }
    let na = l.text("not-available");
    let opt = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| na.clone());
    let mut rows = vec![vec![
        l.text("cli-ratings-col-indicator"),
        l.text("cli-ratings-col-count"),
        l.text("cli-ratings-col-min"),
        l.text("cli-ratings-col-median"),
        l.text("cli-ratings-col-max"),
        l.text("cli-ratings-col-counts"),
        l.text("cli-ratings-col-agreed"),
        l.text("cli-ratings-col-discuss"),
    ]];
    for v in service::spreads(&db, id, l)? {
        let s = &v.spread;
        let counts: Vec<String> = s
            .counts
            .iter()
            .chain(std::iter::once(&s.not_applicable))
            .map(|n| n.to_string())
            .collect();
        rows.push(vec![
            v.indicator.clone(),
            s.count.to_string(),
            opt(s.min),
            s.median
                .map(|m| l.decimal(m, usize::from(m.fract() != 0.0)))
                .unwrap_or_else(|| na.clone()),
            opt(s.max),
            counts.join(" "),
            match v.agreed {
                Some(dhma::scoring::Current::Phase(p)) => p.to_string(),
                Some(dhma::scoring::Current::NotApplicable) => l.text("cli-ratings-na"),
                None => na.clone(),
            },
            if s.discuss {
                l.text("cli-ratings-discuss")
            } else {
                String::new()
            },
        ]);
    }
    // `write_rows` draws a rule above its last row (the overall of a score table): an
    // empty last row keeps every indicator above it.
    rows.push(Vec::new());
    write_rows(out, &rows).map_err(io_err)
}

/// `dhma backups`: the backups of the database, newest first.
fn backups(db: Option<&Path>, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let path = db_path(db);
    let list = backup::list(&path)?;
    if list.is_empty() {
        line(out, &l.text("cli-backups-empty"))?;
    } else {
        line(
            out,
            &l.format(
                "cli-backups-title",
                &[arg("dir", backup::dir_for(&path).display())],
            ),
        )?;
    }
    for b in list {
        let assessments = b
            .assessments
            .map_or_else(|| l.text("not-available"), |n| n.to_string());
        let text = l.format(
            "cli-backup-line",
            &[
                arg("name", &b.name),
                arg(
                    "reason",
                    l.text(&format!("backup-reason-{}", b.reason.as_str())),
                ),
                arg("assessments", assessments),
                arg("kib", b.bytes.div_ceil(1024)),
            ],
        );
        line(out, &format!("  {text}"))?;
    }
    Ok(())
}

/// `dhma restore`: replaces the database with one of its backups.
fn restore(db: Option<&Path>, name: String, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let path = db_path(db);
    // The one writer while restoring: the desktop app cannot hold the file meanwhile.
    let lock = DbLock::acquire(&path)?;
    let mut slot = Db::open_locked(&lock);
    let message = match recovery::restore(&mut slot, &lock, &name)? {
        recovery::Restored::InPlace { before } => l.format(
            "cli-restored",
            &[arg("name", &name), arg("before", &before.name)],
        ),
        recovery::Restored::Replaced { aside } => l.format(
            "cli-restored-aside",
            &[arg("name", &name), arg("aside", aside)],
        ),
    };
    line(out, &message)
}

/// `dhma finalise`: locks, fingerprints and keeps a backup for ever.
fn finalise(
    db: Option<&Path>,
    assessment: &str,
    sign_off: &service::SignOff,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let mut db = open_db(db)?;
    let id = db.resolve(assessment)?;
    let kept = service::finalise(&mut db, id, sign_off, "dhma")?;
    let a = db.assessment(id)?;
    line(
        out,
        &l.format(
            "cli-finalised",
            &[
                arg("title", service::assessment_title(l, &a.country, &a.round)),
                arg("fingerprint", a.approval.fingerprint.unwrap_or_default()),
                arg("backup", kept.map(|b| b.name).unwrap_or_default()),
            ],
        ),
    )
}

/// `dhma compare`: every round of a country, oldest first.
fn compare(
    db: Option<&Path>,
    country: &str,
    framework_id: &str,
    format: Format,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let db = open_for_reading(db)?;
    let fw = framework::latest(framework_id)?;
    let c = dhma::compare::compare_rounds(&db, country, framework_id)?;
    if c.rounds.is_empty() {
        return Err(Error::NoRounds { country: c.country });
    }
    match format {
        Format::Json => write_json(out, &c),
        Format::Table => write_comparison(out, l, fw, &c).map_err(io_err),
    }
}

/// `dhma compare --changes`: what changed in the country's latest round since the one
/// before, per building block and per indicator, with the team's notes.
fn compare_changes(
    db: Option<&Path>,
    country: &str,
    framework_id: &str,
    format: Format,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let db = open_for_reading(db)?;
    let rounds = dhma::compare::rounds_of(&db, country, framework_id)?;
    let Some(latest) = rounds.last() else {
        return Err(Error::NoRounds {
            country: country.trim().to_string(),
        });
    };
    if let Format::Json = format {
        return write_json(out, &service::changes_json(&db, latest.id)?);
    }
    let v = service::changes_view(&db, latest.id, l)?;
    line(out, &v.heading)?;
    for sentence in [&v.empty, &v.since].into_iter().flatten() {
        line(out, sentence)?;
    }
    if v.summary.is_empty() {
        return Ok(());
    }
    line(out, &v.summary)?;
    for b in v.blocks.iter().chain(&v.overall) {
        line(out, "")?;
        line(
            out,
            &l.format(
                "cli-changes-block",
                &[
                    arg("name", &b.name),
                    arg("mean", &b.mean_label),
                    arg("phase", &b.phase_label),
                    arg("target", &b.target_label),
                    arg("direction", &b.direction_label),
                ],
            ),
        )?;
        // Every indicator, the changed ones first (as on the screen).
        for i in &b.indicators {
            let text = l.format(
                "cli-changes-indicator",
                &[
                    arg("label", &i.label),
                    arg("phase", &i.phase_label),
                    arg("target", &i.target_label),
                    arg("direction", &i.direction_label),
                ],
            );
            line(out, &format!("  {text}"))?;
            if let Some(note) = &i.note {
                let note = l.format("changes-note", &[arg("note", note)]);
                line(out, &format!("    {note}"))?;
            }
        }
    }
    Ok(())
}

/// A progress bar on standard error when it is a terminal (none otherwise), as a
/// `(done, total)` callback.
fn progress_bar() -> (indicatif::ProgressBar, impl FnMut(usize, usize)) {
    use std::io::IsTerminal;
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(0)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let handle = bar.clone();
    (bar, move |done: usize, total: usize| {
        handle.set_length(total as u64);
        handle.set_position(done as u64);
    })
}

/// `dhma export --all --format xlsx`: one workbook of every assessment in the database.
fn export_all(db: Option<&Path>, output: &Path, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let db = open_for_reading(db)?;
    let (bar, mut progress) = progress_bar();
    let n = service::export_all_xlsx(&db, l.lang(), output, &mut progress)?;
    bar.finish_and_clear();
    line(
        out,
        &l.format(
            "cli-exported-all",
            &[num("count", n), arg("path", output.display())],
        ),
    )
}

/// `dhma report --all`: one PDF per assessment in the folder `output`.
fn report_all(
    db: Option<&Path>,
    report_lang: Option<String>,
    paper: PaperArg,
    output: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let lang = match report_lang {
        Some(tag) => tag.parse()?,
        None => l.lang(),
    };
    let db = open_for_reading(db)?;
    let (bar, mut progress) = progress_bar();
    let files = service::report_all(&db, lang, paper.into(), output, &mut progress)?;
    bar.finish_and_clear();
    line(
        out,
        &l.format(
            "cli-reports-written",
            &[num("count", files.len()), arg("path", output.display())],
        ),
    )
}

/// `dhma benchmark`: the countries of a GDHM data export; importing the benchmark of
/// chosen countries into an assessment; removing it.
fn benchmark(
    db: Option<&Path>,
    action: BenchmarkAction,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    match action {
        BenchmarkAction::Countries { file } => {
            let view = service::gdhm_file(&file, l.lang())?;
            for c in view.countries {
                line(out, &c)?;
            }
            Ok(())
        }
        BenchmarkAction::Import {
            id,
            file,
            countries,
            label,
            date,
        } => {
            let mut db = open_db(db)?;
            let id = db.resolve(&id)?;
            let choice = service::BenchmarkChoice {
                countries,
                label,
                date,
            };
            let b = service::import_benchmark(&mut db, id, &file, &choice, "dhma")?;
            line(
                out,
                &l.format(
                    "cli-benchmark-imported",
                    &[
                        arg("label", dhma::charts::benchmark_name(&b, l)),
                        num("count", b.countries.len()),
                    ],
                ),
            )
        }
        BenchmarkAction::Clear { id } => {
            let mut db = open_db(db)?;
            let id = db.resolve(&id)?;
            service::clear_benchmark(&mut db, id, "dhma")?;
            line(out, &l.text("cli-benchmark-cleared"))
        }
    }
}

/// `dhma report`: the PDF report of an assessment in the database (with the country's
/// previous round on the radar) or of an assessment file.
/// `dhma report`: the PDF report (or, with `--format docx`, the editable DOCX document) of
/// an assessment in the database (with the country's previous round on the radar) or of an
/// assessment file.
#[allow(clippy::too_many_arguments)]
fn report(
    db: Option<&Path>,
    assessment: &str,
    report_lang: Option<String>,
    paper: PaperArg,
    format: ReportFormat,
    output: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let lang = match report_lang {
        Some(tag) => tag.parse()?,
        None => l.lang(),
    };
    let paper = dhma::report::Paper::from(paper);
    let path = Path::new(assessment);
    if format == ReportFormat::Docx {
        if path.is_file() {
            service::write_report_docx(exchange::read_file(path)?, None, lang, paper, output)?;
        } else {
            let db = open_for_reading(db)?;
            let id = db.resolve(assessment)?;
            service::export_report_docx(&db, id, lang, paper, output)?;
        }
        return line(
            out,
            &l.format("cli-report-docx-written", &[arg("path", output.display())]),
        );
    }
    let pages = if path.is_file() {
        service::write_report(exchange::read_file(path)?, None, lang, paper, output)?
    } else {
        let db = open_for_reading(db)?;
        let id = db.resolve(assessment)?;
        service::export_report_on(&db, id, lang, paper, output)?
    };
    line(
        out,
        &l.format(
            "cli-report-written",
            &[arg("path", output.display()), num("pages", pages)],
        ),
    )
}

/// `dhma progress`: the progress report of a roadmap, in the message language (`--lang`);
/// recorded, so that the next one says what moved since.
fn progress(
    db: Option<&Path>,
    id: &str,
    output: Option<PathBuf>,
    paper: PaperArg,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let output =
        output.unwrap_or_else(|| PathBuf::from(format!("progress-{}.pdf", l.lang().code())));
    let mut db = open_db(db)?;
    let id = db.resolve(id)?;
    let pages =
        service::write_progress_report_on(&mut db, id, l.lang(), paper.into(), &output, "dhma")?;
    line(
        out,
        &l.format(
            "cli-progress-written",
            &[arg("path", output.display()), num("pages", pages)],
        ),
    )
}

/// `dhma handout`: the questionnaire of a framework (blank) or of an assessment, in the
/// message language (`--lang`).
fn handout(
    db: Option<&Path>,
    target: &str,
    prefill: bool,
    output: Option<PathBuf>,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    let output =
        output.unwrap_or_else(|| PathBuf::from(format!("questionnaire-{}.pdf", l.lang().code())));
    let pages = if service::is_framework(target) {
        service::write_framework_handout(target, l.lang(), prefill, &output)?
    } else {
        let db = open_for_reading(db)?;
        let id = db.resolve(target)?;
        service::write_handout(&db, id, l.lang(), prefill, &output)?
    };
    line(
        out,
        &l.format(
            "cli-handout-written",
            &[arg("path", output.display()), num("pages", pages)],
        ),
    )
}

/// `dhma chart`: the dashboard's radar or bar chart of an assessment (in the database, or a
/// file) as a PNG or SVG image in the message language.
#[allow(clippy::too_many_arguments)]
fn chart(
    db: Option<&Path>,
    assessment: &str,
    kind: &str,
    format: &str,
    dpi: Option<&str>,
    output: &Path,
    l: &Localizer,
    out: &mut impl Write,
) -> Result<()> {
    use dhma::chart_image::{self, ChartKind, ImageFormat};
    let kind = ChartKind::parse(kind)?;
    let format = ImageFormat::parse(format)?;
    let dpi = match dpi {
        Some(d) => chart_image::parse_dpi(d)?,
        None => chart_image::DEFAULT_DPI,
    };
    let path = Path::new(assessment);
    if path.is_file() {
        let data = exchange::read_file(path)?;
        service::write_chart(&data, None, l.lang(), kind, format, dpi, output)?;
    } else {
        let db = open_for_reading(db)?;
        let id = db.resolve(assessment)?;
        service::save_chart(&db, id, l.lang(), kind, format, dpi, output)?;
    }
    line(
        out,
        &l.format("cli-chart-written", &[arg("path", output.display())]),
    )
}

/// `dhma demo`: adds the built-in sample assessment (once).
fn demo(db: Option<&Path>, l: &Localizer, out: &mut impl Write) -> Result<()> {
    let mut db = open_db(db)?;
    let sample = service::add_sample(&mut db)?;
    let a = db.assessment(sample.id)?;
    let key = if sample.created {
        "cli-demo-created"
    } else {
        "cli-demo-exists"
    };
    line(
        out,
        &l.format(
            key,
            &[
                arg("title", service::assessment_title(l, &a.country, &a.round)),
                arg("id", sample.id),
            ],
        ),
    )
}

fn write_table(
    out: &mut impl Write,
    l: &Localizer,
    fw: &Framework,
    scores: &Scores,
) -> std::io::Result<()> {
    let na = l.text("not-available");
    let mean = |m: Option<f64>| m.map(|m| l.decimal(m, 2)).unwrap_or_else(|| na.clone());
    let phase = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_else(|| na.clone());
    let header = [
        l.text("cli-score-col-block"),
        l.text("cli-score-col-mean"),
        l.text("cli-score-col-phase"),
        l.text("cli-score-col-scored"),
        l.text("cli-score-col-excluded"),
    ];
    let mut rows = vec![header.to_vec()];
    for b in &scores.blocks {
        let excluded: Vec<String> = b
            .excluded
            .iter()
            .filter(|e| e.reason != scoring::ExclusionReason::SubIndicator)
            .map(|e| {
                l.format(
                    "cli-score-excluded-item",
                    &[
                        arg("code", &e.code),
                        arg(
                            "reason",
                            l.text(&format!("exclusion-{}", e.reason.as_str())),
                        ),
                    ],
                )
            })
            .collect();
        rows.push(vec![
            l.text(&fw.block_key(&b.id)),
            mean(b.mean),
            phase(b.phase),
            l.list(&b.scored),
            l.list(&excluded),
        ]);
    }
    rows.push(vec![
        l.text("overall"),
        mean(scores.overall.mean),
        phase(scores.overall.phase),
        String::new(),
        String::new(),
    ]);
    writeln!(
        out,
        "{}",
        l.format(
            "cli-score-title",
            &[
                arg("framework", l.text(&fw.name_key())),
                arg("version", &fw.version)
            ]
        )
    )?;
    write_rows(out, &rows)
}

/// Writes rows as aligned columns, with a rule under the header and above the last row.
fn write_rows(out: &mut impl Write, rows: &[Vec<String>]) -> std::io::Result<()> {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
        if i == 0 || i + 2 == rows.len() {
            let total: usize = widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1);
            writeln!(out, "{}", "-".repeat(total))?;
        }
    }
    Ok(())
}

/// The comparison of rounds as a table: one row per building block (and overall), one
/// column per round.
fn write_comparison(
    out: &mut impl Write,
    l: &Localizer,
    fw: &Framework,
    c: &dhma::compare::Comparison,
) -> std::io::Result<()> {
    let na = l.text("not-available");
    let mean = |m: Option<f64>| m.map(|m| l.decimal(m, 2)).unwrap_or_else(|| na.clone());
    writeln!(
        out,
        "{}",
        l.format(
            "cli-compare-title",
            &[arg("country", &c.country), num("count", c.rounds.len())]
        )
    )?;
    let mut header = vec![l.text("cli-score-col-block")];
    header.extend(c.rounds.iter().map(|r| {
        l.format(
            "cli-compare-round",
            &[arg("round", &r.round), arg("date", l.date(&r.date))],
        )
    }));
    let mut rows = vec![header];
    for block in &fw.blocks {
        let mut row = vec![l.text(&fw.block_key(&block.id))];
        row.extend(
            c.rounds
                .iter()
                .map(|r| mean(r.scores.block(&block.id).and_then(|b| b.mean))),
        );
        rows.push(row);
    }
    let mut overall = vec![l.text("overall")];
    overall.extend(c.rounds.iter().map(|r| mean(r.scores.overall.mean)));
    rows.push(overall);
    write_rows(out, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(args: &[&str], env_lang: Option<&str>) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        match parse(args, env_lang) {
            Ok(_) => String::new(),
            Err(e) => e.render().to_string(),
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        fn check(cmd: &clap::Command, sub: &str, l: &Localizer) {
            let about = about_key(sub);
            assert!(l.has(&about), "{}: {about}", l.lang());
            for a in cmd.get_arguments() {
                let key = arg_help_key(sub, a.get_id().as_str());
                assert!(l.has(&key), "{}: {key}", l.lang());
            }
            for c in cmd.get_subcommands() {
                check(c, &sub_key(sub, c.get_name()), l);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        for lang in Lang::ALL {
            check(&cmd, "", &Localizer::new(lang, false));
        }
    }

    #[test]
    fn help_is_in_the_language_asked_for_before_parsing() {
        let fr = help(&["dhma", "--lang", "fr", "--help"], None);
        assert!(
            fr.contains("Utilisation :") && fr.contains("Afficher l’aide"),
            "{fr}"
        );
        assert!(fr.contains("Importer un fichier d’évaluation"), "{fr}");
        let ar = help(&["dhma", "import", "--help"], Some("ar"));
        assert!(
            ar.contains("ملف التقييم") && !ar.contains("Print help"),
            "{ar}"
        );
        let ru = help(&["dhma", "--lang=ru", "score", "--help"], Some("fr"));
        assert!(ru.contains("Формат вывода"), "{ru}");
        let zh = help(&["dhma", "help", "report"], Some("zh"));
        assert!(zh.contains("纸张大小"), "{zh}");
        // A language that is not ours: English help, and the parse reports it later.
        let en = help(&["dhma", "--lang", "klingon", "--help"], None);
        assert!(
            en.contains("Import an assessment file into the database"),
            "{en}"
        );
        assert_eq!(
            help_lang(
                &[
                    OsString::from("dhma"),
                    OsString::from("--"),
                    OsString::from("--lang")
                ],
                Some("es")
            ),
            Lang::Es
        );
    }
}
