//! Inference off the async runtime: one dedicated thread owns the model and works through a
//! bounded queue, batching the messages that arrive together (sorted by length, so padding is
//! small) and answering through runtime-agnostic one-shot channels.
//!
//! A supervisor thread watches the inference thread. If inference panics, the callers waiting on
//! that batch get [`NlpError::Stopped`] (the bot then falls back to the safety patterns alone, so
//! a crisis still gets its reply), the worker reports itself down, and a fresh inference thread
//! takes over the same queue after a short pause: one bad message cannot stop the service.

use crate::labels::Classification;
use crate::loaded::Nlp;
use crate::NlpError;
use futures_channel::oneshot;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The most messages one model call embeds; larger batches stop paying off on a CPU.
const MAX_BATCH: usize = 32;

/// How long the supervisor waits before starting a new inference thread, so a fault that
/// repeats at once does not spin a core.
const RESTART_PAUSE: Duration = Duration::from_millis(200);

/// A message to classify, with the person's earlier messages (oldest first) to read it with.
struct Message {
    text: String,
    earlier: Vec<String>,
    reply: oneshot::Sender<Result<Classification, NlpError>>,
}

enum Job {
    Classify(Message),
    Embed(Vec<String>, oneshot::Sender<Result<Vec<Vec<f32>>, NlpError>>),
}

/// A cheap, cloneable handle on the inference thread; the threads stop when every handle is gone.
#[derive(Clone)]
pub struct NlpWorker {
    queue: SyncSender<Job>,
    health: Arc<Health>,
}

/// What the supervisor tells the outside world.
#[derive(Default)]
struct Health {
    /// False from a panic until the next inference thread is running.
    down: AtomicBool,
    /// How many times inference has been restarted since start-up.
    restarts: AtomicUsize,
}

impl NlpWorker {
    /// Starts the inference thread and its supervisor; `capacity` jobs may wait before callers
    /// are told "busy".
    pub fn spawn(nlp: Arc<Nlp>, capacity: usize) -> Result<NlpWorker, NlpError> {
        let (queue, jobs) = mpsc::sync_channel(capacity.max(1));
        let health = Arc::new(Health::default());
        let watched = health.clone();
        std::thread::Builder::new()
            .name("nlp-supervisor".into())
            .spawn(move || supervise(&nlp, Arc::new(Mutex::new(jobs)), &watched))
            .map_err(|e| NlpError::Model(format!("cannot start the inference thread: {e}")))?;
        Ok(NlpWorker { queue, health })
    }

    /// Classifies a message on the inference thread; never blocks the caller's thread.
    pub async fn classify(&self, text: String) -> Result<Classification, NlpError> {
        self.classify_in_context(text, Vec::new()).await
    }

    /// Classifies a message read with the person's earlier messages (oldest first; only the
    /// last few are used).
    pub async fn classify_in_context(&self, text: String, earlier: Vec<String>) -> Result<Classification, NlpError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Classify(Message { text, earlier, reply }))?;
        answer.await.map_err(|_| NlpError::Stopped)?
    }

    /// Embeds texts (service descriptions, search queries) on the inference thread.
    pub async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, NlpError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Embed(texts, reply))?;
        answer.await.map_err(|_| NlpError::Stopped)?
    }

    /// Whether inference is running now (false between a panic and its restart).
    pub fn is_up(&self) -> bool {
        !self.health.down.load(Ordering::SeqCst)
    }

    /// How many times inference has been restarted after a panic.
    pub fn restarts(&self) -> usize {
        self.health.restarts.load(Ordering::SeqCst)
    }

    fn submit(&self, job: Job) -> Result<(), NlpError> {
        self.queue.try_send(job).map_err(|error| match error {
            TrySendError::Full(_) => NlpError::Busy,
            TrySendError::Disconnected(_) => NlpError::Stopped,
        })
    }
}

/// Runs inference threads one after another on the same queue until the queue closes.
fn supervise(nlp: &Arc<Nlp>, jobs: Arc<Mutex<Receiver<Job>>>, health: &Health) {
    loop {
        let (nlp, jobs) = (nlp.clone(), jobs.clone());
        let inference = std::thread::Builder::new().name("nlp-inference".into()).spawn(move || {
            let jobs = jobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            serve(&nlp, &jobs);
        });
        health.down.store(false, Ordering::SeqCst);
        let finished = inference.map(|thread| thread.join());
        if matches!(finished, Ok(Ok(()))) {
            return;
        }
        health.down.store(true, Ordering::SeqCst);
        health.restarts.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(RESTART_PAUSE);
    }
}

/// The thread's loop: wait for one job, take whatever else is already queued, answer them all.
fn serve(nlp: &Nlp, jobs: &Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut messages = Vec::new();
        for job in std::iter::once(first).chain(std::iter::from_fn(|| jobs.try_recv().ok())) {
            match job {
                Job::Classify(message) => messages.push(message),
                Job::Embed(batch, reply) => {
                    let refs: Vec<&str> = batch.iter().map(String::as_str).collect();
                    let _ = reply.send(embed_in_batches(nlp, &refs));
                }
            }
        }
        classify_together(nlp, messages);
    }
}

fn embed_in_batches(nlp: &Nlp, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
    let mut vectors = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(MAX_BATCH) {
        vectors.extend(nlp.embed(chunk)?);
    }
    Ok(vectors)
}

/// Sorts waiting messages by length and classifies them in batches; each caller gets its own
/// answer (or the batch's error).
fn classify_together(nlp: &Nlp, mut waiting: Vec<Message>) {
    waiting.sort_by_key(|m| m.text.len());
    let mut rest = waiting.into_iter().peekable();
    while rest.peek().is_some() {
        let batch: Vec<Message> = rest.by_ref().take(MAX_BATCH).collect();
        let inputs: Vec<(&str, &[String])> = batch.iter().map(|m| (m.text.as_str(), m.earlier.as_slice())).collect();
        match nlp.classify_batch_in_context(&inputs) {
            Ok(answers) => batch.into_iter().zip(answers).for_each(|(message, answer)| {
                let _ = message.reply.send(Ok(answer));
            }),
            Err(error) => batch.into_iter().for_each(|message| {
                let _ = message.reply.send(Err(NlpError::Model(error.to_string())));
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::head::Head;
    use crate::reader::Rules;
    use crate::Embedder;
    use std::path::Path;

    /// Panics on the first message that asks it to, as a libtorch fault would; then works.
    struct Fragile {
        panicked: AtomicBool,
    }

    impl Embedder for Fragile {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
            if texts.iter().any(|t| t.contains("PANIC")) && !self.panicked.swap(true, Ordering::SeqCst) {
                panic!("inference fault");
            }
            Ok(texts.iter().map(|_| vec![0.0; 384]).collect())
        }

        fn dimension(&self) -> usize {
            384
        }
    }

    fn fragile_worker() -> NlpWorker {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let head = Head::load(&crate::head_path(&content)).unwrap();
        let fragile = Box::new(Fragile { panicked: AtomicBool::new(false) });
        let nlp = Nlp::assemble(fragile, None, head, Rules::load(&content).unwrap()).unwrap();
        NlpWorker::spawn(Arc::new(nlp), 8).unwrap()
    }

    #[test]
    fn a_panic_in_inference_fails_its_batch_and_the_worker_restarts() {
        let worker = fragile_worker();
        let failed = futures::executor::block_on(worker.classify("PANIC please".into()));
        assert!(matches!(failed, Err(NlpError::Stopped)), "{failed:?}");
        let answer = futures::executor::block_on(worker.classify("is there a choir in Batley".into()));
        assert!(answer.is_ok(), "a new inference thread answers: {answer:?}");
        assert_eq!(worker.restarts(), 1);
        assert!(worker.is_up());
    }
}
