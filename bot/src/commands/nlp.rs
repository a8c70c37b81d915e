//! `frontdoor classify` and `frontdoor nlp train|eval`: the classifier from the command line, for
//! councils adding examples, for evaluation against labelled sets, and for the benchmark.

use anyhow::{bail, Context, Result};
use futures::stream::{self, StreamExt};
use nlp::cache::CachedEmbedder;
use nlp::calibration::calibrate;
use nlp::eval::evaluate;
use nlp::examples::{read_labelled, Labelled};
use nlp::head::Head;
use nlp::minilm::{set_inference_threads, MiniLmEmbedder};
use nlp::reader::Rules;
use nlp::training::{cross_validate, embed_all, train};
use nlp::{head_path, Classification, Classifier, Embedder, Nlp, NlpWorker};
use serde::{Deserialize, Serialize};
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
    /// Train the route and tag head from labelled examples and write it to content/nlp/head.json.
    Train {
        /// Labelled `.jsonl` files or folders of them (default: content/nlp/examples).
        #[arg(long = "examples")]
        examples: Vec<PathBuf>,
        /// Where to write the head (default: content/nlp/head.json).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Instead of writing a head, report K-fold cross-validated figures for these examples.
        #[arg(long, value_name = "K")]
        cv: Option<usize>,
        /// Keep embeddings in this file and reuse them, so retraining embeds only new examples.
        #[arg(long, value_name = "FILE")]
        cache: Option<PathBuf>,
        /// With `--cv`: also list every example given the wrong route or crisis flag.
        #[arg(long, requires = "cv")]
        mistakes: bool,
    },
    /// Score the classifier on a labelled `.jsonl` file: per-route precision, recall and F1,
    /// macro-F1, crisis recall and precision, tag micro-F1, place exact match, confusion matrix.
    Eval {
        /// The labelled messages.
        file: PathBuf,
        /// Use this head file instead of content/nlp/head.json.
        #[arg(long)]
        head: Option<PathBuf>,
        /// Keep embeddings in this file and reuse them (see `nlp train --cache`).
        #[arg(long, value_name = "FILE")]
        cache: Option<PathBuf>,
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
        let input: Input = serde_json::from_str(&line).with_context(|| format!("standard input, line {}: expected {{\"text\": ...}}", index + 1))?;
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

/// Runs `frontdoor nlp train|eval`.
pub async fn run(cmd: NlpCommand, model_dir: &Path, content_dir: &Path) -> Result<()> {
    let (model_dir, content_dir) = (model_dir.to_owned(), content_dir.to_owned());
    tokio::task::spawn_blocking(move || match cmd {
        NlpCommand::Train { examples, out, cv, cache, mistakes } => {
            let training = Training { paths: examples, out, folds: cv, cache, mistakes };
            train_command(&model_dir, &content_dir, training)
        }
        NlpCommand::Eval { file, head, cache } => eval_command(&model_dir, &content_dir, &file, head.as_deref(), cache.as_deref()),
    })
    .await?
}

/// The model, behind a file of remembered embeddings when `--cache` names one.
fn embedder(model_dir: &Path, cache: Option<&Path>) -> Result<Box<dyn Embedder>> {
    let model = MiniLmEmbedder::load(model_dir)?;
    Ok(match cache {
        Some(path) => Box::new(CachedEmbedder::open(model, path, &MiniLmEmbedder::fingerprint(model_dir)?)?),
        None => Box::new(model),
    })
}

/// What `nlp train` was asked to do.
struct Training {
    paths: Vec<PathBuf>,
    out: Option<PathBuf>,
    folds: Option<usize>,
    cache: Option<PathBuf>,
    mistakes: bool,
}

fn train_command(model_dir: &Path, content_dir: &Path, training: Training) -> Result<()> {
    let Training { paths, out, folds, cache, mistakes } = training;
    let paths = if paths.is_empty() { vec![content_dir.join("nlp").join("examples")] } else { paths };
    let examples = read_labelled(&paths)?;
    if examples.is_empty() {
        bail!("no labelled examples found in {}", display_paths(&paths));
    }
    let embedder = embedder(model_dir, cache.as_deref())?;
    let started = Instant::now();
    let embeddings = embed_all(&*embedder, &examples)?;
    eprintln!("embedded {} examples in {:.1} s", examples.len(), started.elapsed().as_secs_f64());
    if let Some(folds) = folds {
        let rules = Rules::load(content_dir)?;
        let predictions = cross_validate(&rules, &examples, &embeddings, folds)?;
        println!("{folds}-fold cross-validation on {}", display_paths(&paths));
        print!("{}", evaluate(&examples, &predictions));
        print!("{}", calibrate(rules.safety(), &examples, &predictions));
        if mistakes {
            print!("{}", misrouted(&examples, &predictions));
        }
        return Ok(());
    }
    let head = train(&examples, &embeddings)?;
    let out = out.unwrap_or_else(|| head_path(content_dir));
    head.save(&out)?;
    println!("embedded and trained on {} examples in {:.1} s; wrote {}", examples.len(), started.elapsed().as_secs_f64(), out.display());
    Ok(())
}

fn eval_command(model_dir: &Path, content_dir: &Path, file: &Path, head: Option<&Path>, cache: Option<&Path>) -> Result<()> {
    let gold: Vec<Labelled> = read_labelled(&[file.to_owned()])?;
    let embedder = embedder(model_dir, cache)?;
    let nlp = match head {
        Some(head) => Nlp::assemble(embedder, Head::load(head)?, Rules::load(content_dir)?)?,
        None => Nlp::with_embedder(embedder, content_dir)?,
    };
    let mut predicted = Vec::with_capacity(gold.len());
    for chunk in gold.chunks(32) {
        let texts: Vec<&str> = chunk.iter().map(|g| g.text.as_str()).collect();
        predicted.extend(nlp.classify_batch(&texts)?);
    }
    println!("{}", file.display());
    print!("{}", evaluate(&gold, &predicted));
    Ok(())
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
