//! `frontdoor classify` and `frontdoor nlp train|eval`: the classifier from the command line, for
//! councils adding examples, for evaluation against labelled sets, and for the benchmark.

use anyhow::{bail, Context, Result};
use futures::stream::{self, StreamExt};
use nlp::cache::CachedEmbedder;
use nlp::calibration::calibrate;
use nlp::eval::{by_group, danger_table, evaluate, group_table, languages_named};
use nlp::examples::{read_conversations, read_labelled, Conversation, Labelled};
use nlp::finetune::{self, fine_tune, Settings};
use nlp::head::Head;
use nlp::minilm::{set_inference_threads, MiniLm};
use nlp::multilingual::MultilingualE5;
use nlp::reader::Rules;
use nlp::training::{cross_validate, cross_validate_tuned, embed_all, train_all, with_dangers_of_signs};
use nlp::{encoder_path, head_path, Classification, Classifier, Embedder, Nlp, NlpWorker, Route};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How many `--jsonl` messages are handed to the inference thread at once: enough that a typical
/// file is sorted by length as a whole, so its batches carry almost no padding.
const IN_FLIGHT: usize = 1024;

/// `frontdoor classify`: what the classifier makes of a message.
#[derive(Debug, clap::Args)]
pub struct ClassifyArgs {
    /// The message; leave out with `--jsonl`.
    pub text: Option<String>,
    /// Print one JSON object instead of a readable answer.
    #[arg(long)]
    pub json: bool,
    /// Read objects with `text` (and optional `id`) from standard input, one a line, and print
    /// one JSON object a line.
    #[arg(long, conflicts_with = "text")]
    pub jsonl: bool,
    /// With `--jsonl`: send messages one at a time, as single messages arrive in real use.
    #[arg(long, requires = "jsonl")]
    pub one_by_one: bool,
    /// CPU threads for the model (default: libtorch's choice).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print load time, latency (p50, p99), throughput and peak memory to standard error.
    #[arg(long)]
    pub timings: bool,
}

/// `frontdoor nlp ...`: training and evaluating the classifier.
#[derive(Debug, clap::Subcommand)]
pub enum NlpCommand {
    /// Fine-tune the encoder's transformer layers on labelled examples, then train the route and
    /// tag head through it: writes content/nlp/encoder.safetensors and content/nlp/head.json
    /// (several minutes on two cores). With --head-only, retrain just the head (seconds).
    Train {
        /// Labelled `.jsonl` files or folders of them (default: content/nlp/examples).
        #[arg(long = "examples")]
        examples: Vec<PathBuf>,
        /// Where to write the head (default: content/nlp/head.json).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Instead of writing anything, report K-fold cross-validated figures for these examples
        /// (the encoder is fine-tuned afresh for every fold unless --head-only).
        #[arg(long, value_name = "K")]
        cv: Option<usize>,
        /// Keep the encoder as it is and train only the head on it (for a few new examples).
        #[arg(long)]
        head_only: bool,
        /// Passes over the examples when fine-tuning (default 4).
        #[arg(long, conflicts_with = "head_only")]
        epochs: Option<usize>,
        /// With --head-only: keep embeddings in this file and reuse them, so retraining embeds
        /// only new examples.
        #[arg(long, value_name = "FILE", requires = "head_only")]
        cache: Option<PathBuf>,
        /// With `--cv`: also list every example given the wrong route or crisis flag.
        #[arg(long, requires = "cv")]
        mistakes: bool,
    },
    /// Score the classifier on a labelled `.jsonl` file: per-route precision, recall and F1,
    /// macro-F1, crisis recall and precision, harmless messages flagged, tag micro-F1, place exact
    /// match, the confusion matrix, and figures per `kind` and `lang` where the file has them.
    Eval {
        /// The labelled messages.
        file: PathBuf,
        /// Use this head file instead of content/nlp/head.json (with the tuned layers it names).
        #[arg(long)]
        head: Option<PathBuf>,
    },
    /// Score crisis detection with the conversation in view, on a `.jsonl` file of
    /// `{"messages": [...oldest first], "crisis": true|false}`: is the last message, read with
    /// the ones before it, a crisis?
    EvalContext {
        /// The labelled conversations.
        file: PathBuf,
        /// Also print every line that raised the alarm in a harmless conversation, and the last
        /// line of every crisis missed with the conversation, with its crisis probabilities and
        /// signs (for development sets only: reading a held-out set's lines spends it).
        #[arg(long)]
        lines: bool,
    },
}

/// One `--jsonl` input line.
#[derive(Deserialize)]
struct Input {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
}

/// One `--jsonl` / `--json` output object: the id passed through, then the classification.
#[derive(Serialize)]
struct Output<'a> {
    id: Option<serde_json::Value>,
    #[serde(flatten)]
    classification: &'a Classification,
}

/// Runs `frontdoor classify`.
pub async fn classify(args: ClassifyArgs, model_dir: &Path, content_dir: &Path) -> Result<()> {
    if let Some(threads) = args.threads {
        set_inference_threads(threads);
    }
    let started = Instant::now();
    let nlp = Arc::new(load(model_dir, content_dir).await?);
    let load_time = started.elapsed();
    let timings = if args.jsonl {
        classify_lines(nlp, &args).await?
    } else {
        let text = args.text.as_deref().context("give a message to classify, or --jsonl")?;
        classify_one(&nlp, text, args.json)?
    };
    if args.timings {
        eprintln!("{}", timings.report(load_time));
    }
    Ok(())
}

async fn load(model_dir: &Path, content_dir: &Path) -> Result<Nlp> {
    let (model_dir, content_dir) = (model_dir.to_owned(), content_dir.to_owned());
    tokio::task::spawn_blocking(move || Nlp::load(&model_dir, &content_dir))
        .await?
        .context("cannot load the classifier (run scripts/setup-deps, or set FRONTDOOR_MODEL and FRONTDOOR_CONTENT)")
}

fn classify_one(nlp: &Nlp, text: &str, json: bool) -> Result<Timings> {
    let started = Instant::now();
    let classification = nlp.classify(text);
    let elapsed = started.elapsed();
    if json {
        println!("{}", serde_json::to_string(&Output { id: None, classification: &classification })?);
    } else {
        print!("{}", readable(nlp, &classification));
    }
    Ok(Timings { latencies: vec![elapsed], total: elapsed })
}

/// The answer for people: one line per field, the place with its area when it is known.
fn readable(nlp: &Nlp, c: &Classification) -> String {
    let tags: Vec<&str> = c.tags.iter().map(|t| t.id()).collect();
    let place = match (&c.place, c.place.as_deref().and_then(|p| nlp.resolve_place(p))) {
        (Some(words), Some(point)) => format!("{words} ({}, {} in {})", point.name, point.lat, point.area),
        (Some(words), None) if !c.place_choices.is_empty() => format!("{words} (which? {})", c.place_choices.join("; ")),
        (Some(words), None) => format!("{words} (not in the gazetteer)"),
        (None, _) => "none".to_owned(),
    };
    let mut scores: Vec<_> = c.scores.iter().collect();
    scores.sort_by(|a, b| b.1.total_cmp(a.1));
    let top: Vec<String> = scores.iter().take(3).map(|(r, p)| format!("{} {:.2}", r.id(), p)).collect();
    format!(
        "route:    {}\ncrisis:   {}\ntags:     {}\nplace:    {}\nlanguage: {}\nscores:   {}\n",
        c.route.id(),
        if c.crisis { "YES: answer with urgent help" } else { "no" },
        if tags.is_empty() { "none".to_owned() } else { tags.join(", ") },
        place,
        c.lang.as_deref().unwrap_or("unknown"),
        top.join(", ")
    )
}

/// Classifies standard input through the inference worker, printing answers in input order.
async fn classify_lines(nlp: Arc<Nlp>, args: &ClassifyArgs) -> Result<Timings> {
    let inputs = read_inputs()?;
    let worker = NlpWorker::spawn(nlp, IN_FLIGHT)?;
    let started = Instant::now();
    let concurrency = if args.one_by_one { 1 } else { IN_FLIGHT };
    let answers: Vec<_> = stream::iter(inputs)
        .map(|input| {
            let worker = worker.clone();
            async move {
                let sent = Instant::now();
                let answer = worker.classify(input.text).await;
                (input.id, answer, sent.elapsed())
            }
        })
        .buffered(concurrency)
        .collect()
        .await;
    let total = started.elapsed();
    let mut out = std::io::stdout().lock();
    let mut latencies = Vec::with_capacity(answers.len());
    for (id, answer, latency) in answers {
        let classification = answer?;
        writeln!(out, "{}", serde_json::to_string(&Output { id, classification: &classification })?)?;
        latencies.push(latency);
    }
    Ok(Timings { latencies, total })
}

fn read_inputs() -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for (index, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let input: Input =
            serde_json::from_str(&line).with_context(|| format!("standard input, line {}: expected {{\"text\": ...}}", index + 1))?;
        inputs.push(input);
    }
    Ok(inputs)
}

/// What `--timings` reports.
struct Timings {
    latencies: Vec<Duration>,
    total: Duration,
}

impl Timings {
    fn report(mut self, load_time: Duration) -> String {
        self.latencies.sort();
        let percentile = |p: f64| {
            let index = ((self.latencies.len() as f64 * p).ceil() as usize).clamp(1, self.latencies.len().max(1)) - 1;
            self.latencies.get(index).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        let count = self.latencies.len();
        format!(
            "timings: messages={count} load_s={:.2} p50_ms={:.2} p99_ms={:.2} throughput_per_s={:.1} peak_rss_mb={}",
            load_time.as_secs_f64(),
            percentile(0.50),
            percentile(0.99),
            count as f64 / self.total.as_secs_f64().max(1e-9),
            peak_rss_mb().map_or("unknown".to_owned(), |mb| mb.to_string())
        )
    }
}

/// The process's peak resident memory, from Linux's /proc (None elsewhere).
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes / 1024)
}

/// Runs `frontdoor nlp train|eval|eval-context`.
pub async fn run(cmd: NlpCommand, model_dir: &Path, content_dir: &Path) -> Result<()> {
    let (model_dir, content_dir) = (model_dir.to_owned(), content_dir.to_owned());
    tokio::task::spawn_blocking(move || match cmd {
        NlpCommand::Train { examples, out, cv, head_only, epochs, cache, mistakes } => {
            let training = Training { paths: examples, out, folds: cv, head_only, epochs, cache, mistakes };
            train_command(&model_dir, &content_dir, training)
        }
        NlpCommand::Eval { file, head } => eval_command(&model_dir, &content_dir, &file, head.as_deref()),
        NlpCommand::EvalContext { file, lines } => eval_context_command(&model_dir, &content_dir, &file, lines),
    })
    .await?
}

/// What `nlp train` was asked to do.
struct Training {
    paths: Vec<PathBuf>,
    out: Option<PathBuf>,
    folds: Option<usize>,
    head_only: bool,
    epochs: Option<usize>,
    cache: Option<PathBuf>,
    mistakes: bool,
}

fn train_command(model_dir: &Path, content_dir: &Path, training: Training) -> Result<()> {
    let paths = if training.paths.is_empty() { vec![content_dir.join("nlp").join("examples")] } else { training.paths.clone() };
    let examples = read_labelled(&paths)?;
    if examples.is_empty() {
        bail!("no labelled examples found in {}", display_paths(&paths));
    }
    let rules = Rules::load(content_dir)?;
    // Scores are kept to the kinds the writers named; training also learns those strong signs name.
    let (written, examples) = (examples.clone(), with_dangers_of_signs(&rules, examples));
    let started = Instant::now();
    let settings = Settings { epochs: training.epochs.unwrap_or(Settings::default().epochs), ..Settings::default() };
    let progress = |line: &str| eprintln!("{line} ({:.0} s)", started.elapsed().as_secs_f64());
    if let Some(folds) = training.folds {
        let predictions = if training.head_only {
            let (embedder, _) = reading_encoder(model_dir, content_dir, training.cache.as_deref())?;
            cross_validate(&rules, &examples, &embed_all(&*embedder, &examples)?, folds)?
        } else {
            cross_validate_tuned(model_dir, &rules, &examples, folds, &settings, progress)?
        };
        println!("{folds}-fold cross-validation on {}{}", display_paths(&paths), if training.head_only { " (head only)" } else { "" });
        print!("{}", evaluate(&examples, &predictions));
        print!("{}", danger_table(&written, &predictions));
        print!("{}", calibrate(rules.safety(), |text| rules.signs(text), &examples, &predictions));
        if training.mistakes {
            print!("{}", misrouted(&examples, &predictions));
        }
        return Ok(());
    }
    let (embedder, encoder) = if training.head_only {
        reading_encoder(model_dir, content_dir, training.cache.as_deref())?
    } else {
        let mut model = MiniLm::load(model_dir)?;
        fine_tune(&mut model, &examples, &settings, progress)?;
        let checksum = finetune::save(&mut model, &encoder_path(content_dir))?;
        println!("fine-tuned the encoder on {} examples; wrote {}", examples.len(), encoder_path(content_dir).display());
        (Box::new(model) as Box<dyn Embedder>, Some(checksum))
    };
    let conversations = read_conversations(&training_conversations(content_dir))?;
    let mut head = train_all(&*embedder, &examples, &conversations)?;
    head.encoder = encoder;
    let multilingual = multilingual_reader(model_dir, training.cache.as_deref())?;
    head.train_multilingual(&multilingual_targets(&*multilingual, &examples)?);
    let out = training.out.unwrap_or_else(|| head_path(content_dir));
    head.save(&out)?;
    println!(
        "trained the head on {} examples and {} conversations in {:.1} s; wrote {}",
        examples.len(),
        conversations.len(),
        started.elapsed().as_secs_f64(),
        out.display()
    );
    Ok(())
}

/// The labelled conversations the crisis reader of a conversation learns from, when the content
/// has them.
fn training_conversations(content_dir: &Path) -> Vec<PathBuf> {
    let folder = content_dir.join("nlp").join("conversations");
    if folder.is_dir() {
        vec![folder]
    } else {
        Vec::new()
    }
}

/// The encoder the current head reads through (the tuned layers it names, else the stock
/// model) and that encoder's checksum, behind a file of remembered vectors when `cache` names one.
fn reading_encoder(model_dir: &Path, content_dir: &Path, cache: Option<&Path>) -> Result<(Box<dyn Embedder>, Option<String>)> {
    let stock = MiniLm::load(model_dir)?;
    let checksum = Head::load(&head_path(content_dir))?.encoder;
    let model = match &checksum {
        Some(_) => MiniLm::load_tuned(&stock, model_dir, &encoder_path(content_dir))?,
        None => stock,
    };
    let embedder: Box<dyn Embedder> = match cache {
        Some(path) => {
            let fingerprint = format!("{} tuned {}", MiniLm::fingerprint(model_dir)?, checksum.as_deref().unwrap_or("no"));
            Box::new(CachedEmbedder::open(model, path, &fingerprint)?)
        }
        None => Box::new(model),
    };
    Ok((embedder, checksum))
}

/// The multilingual reader, behind its own file of remembered vectors (beside the sentence
/// model's, `FILE.multilingual`) when `cache` names one.
fn multilingual_reader(model_dir: &Path, cache: Option<&Path>) -> Result<Box<dyn Embedder>> {
    let path = nlp::multilingual::default_path(model_dir);
    let reader = MultilingualE5::load(&path)?;
    Ok(match cache {
        Some(cache) => {
            let bytes = std::fs::metadata(&path)?.len();
            let fingerprint = format!("multilingual-e5-small 4-bit of {bytes} bytes");
            Box::new(CachedEmbedder::open(reader, &cache.with_extension("multilingual"), &fingerprint)?)
        }
        None => Box::new(reader),
    })
}

/// Every example's vector from the multilingual reader, with whether it is a crisis.
fn multilingual_targets(reader: &dyn Embedder, examples: &[Labelled]) -> Result<Vec<(Vec<f32>, bool)>> {
    let vectors = embed_all(reader, examples)?;
    Ok(vectors.into_iter().zip(examples).map(|(vector, example)| (vector, example.route == Route::Crisis)).collect())
}

fn load_nlp(model_dir: &Path, content_dir: &Path, head: Option<&Path>) -> Result<Nlp> {
    Ok(match head {
        Some(head) => Nlp::load_with_head(model_dir, content_dir, Head::load(head)?)?,
        None => Nlp::load(model_dir, content_dir)?,
    })
}

fn eval_command(model_dir: &Path, content_dir: &Path, file: &Path, head: Option<&Path>) -> Result<()> {
    let gold: Vec<Labelled> = read_labelled(&[file.to_owned()])?;
    let nlp = load_nlp(model_dir, content_dir, head)?;
    let mut predicted = Vec::with_capacity(gold.len());
    for chunk in gold.chunks(32) {
        let texts: Vec<&str> = chunk.iter().map(|g| g.text.as_str()).collect();
        predicted.extend(nlp.classify_batch(&texts)?);
    }
    println!("{}", file.display());
    print!("{}", evaluate(&gold, &predicted));
    for (title, groups) in
        [("kind", by_group(&gold, &predicted, |g| g.kind.as_deref())), ("language", by_group(&gold, &predicted, |g| g.lang.as_deref()))]
    {
        if !groups.is_empty() {
            print!("{}", group_table(title, &groups));
        }
    }
    if gold.iter().any(|g| g.lang.is_some()) {
        print!("{}", languages_named(&gold, &predicted));
    }
    print!("{}", danger_table(&gold, &predicted));
    Ok(())
}

fn eval_context_command(model_dir: &Path, content_dir: &Path, file: &Path, show_lines: bool) -> Result<()> {
    let conversations = read_conversations(&[file.to_owned()])?;
    let nlp = load_nlp(model_dir, content_dir, None)?;
    let mut inputs = Vec::with_capacity(conversations.len());
    for conversation in &conversations {
        let (last, earlier) =
            conversation.messages.split_last().with_context(|| format!("{}: a conversation without messages", file.display()))?;
        inputs.push((last.as_str(), earlier));
    }
    let answers = nlp.classify_batch_in_context(&inputs)?;
    let alone = nlp.classify_batch(&inputs.iter().map(|(last, _)| *last).collect::<Vec<_>>())?;
    let (anywhere, urgent_anywhere) = flagged_at_any_line(&nlp, &conversations, show_lines)?;
    println!("{}: {} conversations", file.display(), conversations.len());
    let readings = [
        ("last message alone", alone.iter().map(|a| a.crisis).collect::<Vec<_>>()),
        ("with the conversation", answers.iter().map(|a| a.crisis).collect()),
        ("any line, as the bot runs", anywhere),
        ("  of which the full reply", urgent_anywhere),
    ];
    for (label, flags) in readings {
        let tally = Tally::of(conversations.iter().zip(flags));
        println!("{label:<26} crises caught {}/{}  harmless calm {}/{}", tally.caught, tally.crises, tally.calm, tally.harmless);
    }
    print!("{}", by_language(&conversations, &answers));
    for ((conversation, answer), (last, earlier)) in
        conversations.iter().zip(&answers).zip(&inputs).filter(|((c, a), _)| c.crisis != a.crisis)
    {
        let what = if conversation.crisis { "missed" } else { "false alarm" };
        println!("  {what}: {} ({})", conversation.id.as_deref().unwrap_or("?"), conversation.kind.as_deref().unwrap_or("-"));
        if show_lines && conversation.crisis {
            println!("{}", line_reading(&nlp, "missed", conversation.id.as_deref(), last, earlier, answer));
        }
    }
    Ok(())
}

/// The conversations read with their earlier lines, per language where the file names it, as
/// "ar 1/2 1/1" (crises caught, harmless calm): the languages the model cannot read are where a
/// crisis told over several messages is most easily missed.
fn by_language(conversations: &[Conversation], answers: &[Classification]) -> String {
    let mut languages: BTreeMap<&str, Vec<(&Conversation, bool)>> = BTreeMap::new();
    for (conversation, answer) in conversations.iter().zip(answers) {
        if let Some(lang) = conversation.lang.as_deref() {
            languages.entry(lang).or_default().push((conversation, answer.crisis));
        }
    }
    if languages.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = languages
        .into_iter()
        .map(|(lang, read)| {
            let tally = Tally::of(read);
            format!("{lang} {}/{} {}/{}", tally.caught, tally.crises, tally.calm, tally.harmless)
        })
        .collect();
    format!("by language (crises caught, harmless calm): {}\n", parts.join(", "))
}

/// How one reading of a set of conversations did: crises caught of all crises, harmless
/// conversations left calm of all harmless ones.
#[derive(Default)]
struct Tally {
    caught: usize,
    crises: usize,
    calm: usize,
    harmless: usize,
}

impl Tally {
    /// Counts each conversation with whether the reading raised the alarm on it.
    fn of<'a>(read: impl IntoIterator<Item = (&'a Conversation, bool)>) -> Tally {
        let mut tally = Tally::default();
        for (conversation, flagged) in read {
            if conversation.crisis {
                tally.crises += 1;
                tally.caught += usize::from(flagged);
            } else {
                tally.harmless += 1;
                tally.calm += usize::from(!flagged);
            }
        }
        tally
    }
}

/// Whether each conversation raises the alarm at any line, each read with the lines before it
/// as the bot reads them one by one: a crisis told earlier was answered then (the flows then
/// hold the chat for a person), and a harmless conversation must be calm at every line, not only
/// at its last. Second, whether a line got the full urgent reply, not only the gentle check the
/// bot sends when the model alone read distress short of near-certain.
fn flagged_at_any_line(nlp: &Nlp, conversations: &[Conversation], show_lines: bool) -> Result<(Vec<bool>, Vec<bool>)> {
    let lines: Vec<(usize, &str, &[String])> = conversations
        .iter()
        .enumerate()
        .flat_map(|(index, c)| c.messages.iter().enumerate().map(move |(at, text)| (index, text.as_str(), &c.messages[..at])))
        .collect();
    let readings = nlp.classify_batch_in_context(&lines.iter().map(|(_, text, earlier)| (*text, *earlier)).collect::<Vec<_>>())?;
    let (mut flagged, mut urgent) = (vec![false; conversations.len()], vec![false; conversations.len()]);
    for ((index, text, earlier), reading) in lines.iter().zip(readings) {
        if show_lines && reading.crisis && !conversations[*index].crisis {
            println!("{}", line_reading(nlp, "alarm", conversations[*index].id.as_deref(), text, earlier, &reading));
        }
        flagged[*index] |= reading.crisis;
        urgent[*index] |= flows::gets_urgent_reply(&reading);
    }
    Ok((flagged, urgent))
}

/// Why a line of a harmless conversation raised the alarm, or a crisis was missed: its danger
/// (unsure when the model alone read it), its own crisis probability, the conversation's, and
/// its signs.
fn line_reading(nlp: &Nlp, what: &str, id: Option<&str>, text: &str, earlier: &[String], reading: &Classification) -> String {
    let own = reading.scores.get(&nlp::Route::Crisis).copied().unwrap_or(0.0);
    let in_context = match earlier.is_empty() {
        true => String::from("-"),
        false => nlp
            .read_vectors(&[nlp::reader::window(text, earlier).as_str()])
            .map_or(String::from("?"), |v| format!("{:.2}", nlp.head().context_crisis_probability(&v[0]))),
    };
    let danger = reading.danger.map_or("-", |d| d.id());
    format!(
        "  {what} {} line {}: {danger} own {own:.2} window {in_context} {:?}  {text}",
        id.unwrap_or("?"),
        earlier.len() + 1,
        nlp.rules().signs(text)
    )
}

/// One line per example the cross-validated classifier got wrong: gold and given route, the
/// crisis probability, and the text, so whoever writes examples sees what to add.
fn misrouted(gold: &[Labelled], predicted: &[Classification]) -> String {
    let mut lines = String::from("mistakes (gold -> given, crisis probability)\n");
    for (example, prediction) in gold.iter().zip(predicted).filter(|(g, p)| g.route != p.route) {
        let crisis = prediction.scores.get(&nlp::Route::Crisis).copied().unwrap_or(0.0);
        lines += &format!("{:<18} -> {:<18} {crisis:.2}  {}\n", example.route.id(), prediction.route.id(), example.text);
    }
    lines
}

fn display_paths(paths: &[PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}
