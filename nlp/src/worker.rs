//! Inference off the async runtime: one dedicated thread owns the model and works through a
//! bounded queue, batching the messages that arrive together (sorted by length, so padding is
//! small) and answering through runtime-agnostic one-shot channels.

use crate::labels::Classification;
use crate::loaded::Nlp;
use crate::NlpError;
use futures_channel::oneshot;
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::Arc;

/// The most messages one model call embeds; larger batches stop paying off on a CPU.
const MAX_BATCH: usize = 32;

enum Job {
    Classify(String, oneshot::Sender<Result<Classification, NlpError>>),
    Embed(Vec<String>, oneshot::Sender<Result<Vec<Vec<f32>>, NlpError>>),
}

/// A cheap, cloneable handle on the inference thread; the thread stops when every handle is gone.
#[derive(Clone)]
pub struct NlpWorker {
    queue: SyncSender<Job>,
}

impl NlpWorker {
    /// Starts the inference thread; `capacity` jobs may wait before callers are told "busy".
    pub fn spawn(nlp: Arc<Nlp>, capacity: usize) -> Result<NlpWorker, NlpError> {
        let (queue, jobs) = mpsc::sync_channel(capacity.max(1));
        std::thread::Builder::new()
            .name("nlp-inference".into())
            .spawn(move || serve(&nlp, &jobs))
            .map_err(|e| NlpError::Model(format!("cannot start the inference thread: {e}")))?;
        Ok(NlpWorker { queue })
    }

    /// Classifies a message on the inference thread; never blocks the caller's thread.
    pub async fn classify(&self, text: String) -> Result<Classification, NlpError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Classify(text, reply))?;
        answer.await.map_err(|_| NlpError::Stopped)?
    }

    /// Embeds texts (service descriptions, search queries) on the inference thread.
    pub async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, NlpError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Embed(texts, reply))?;
        answer.await.map_err(|_| NlpError::Stopped)?
    }

    fn submit(&self, job: Job) -> Result<(), NlpError> {
        self.queue.try_send(job).map_err(|error| match error {
            TrySendError::Full(_) => NlpError::Busy,
            TrySendError::Disconnected(_) => NlpError::Stopped,
        })
    }
}

/// The thread's loop: wait for one job, take whatever else is already queued, answer them all.
fn serve(nlp: &Nlp, jobs: &Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut texts = Vec::new();
        let mut queue = vec![first];
        while let Ok(job) = jobs.try_recv() {
            queue.push(job);
        }
        for job in queue {
            match job {
                Job::Classify(text, reply) => texts.push((text, reply)),
                Job::Embed(batch, reply) => {
                    let refs: Vec<&str> = batch.iter().map(String::as_str).collect();
                    let _ = reply.send(embed_in_batches(nlp, &refs));
                }
            }
        }
        classify_together(nlp, texts);
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
fn classify_together(nlp: &Nlp, mut waiting: Vec<(String, oneshot::Sender<Result<Classification, NlpError>>)>) {
    waiting.sort_by_key(|(text, _)| text.len());
    let mut rest = waiting.into_iter().peekable();
    while rest.peek().is_some() {
        let batch: Vec<_> = rest.by_ref().take(MAX_BATCH).collect();
        let texts: Vec<&str> = batch.iter().map(|(t, _)| t.as_str()).collect();
        match nlp.classify_batch(&texts) {
            Ok(answers) => batch.into_iter().zip(answers).for_each(|((_, reply), answer)| {
                let _ = reply.send(Ok(answer));
            }),
            Err(error) => batch.into_iter().for_each(|(_, reply)| {
                let _ = reply.send(Err(NlpError::Model(error.to_string())));
            }),
        }
    }
}
