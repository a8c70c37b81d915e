//! The seam between the classifier and whatever turns sentences into vectors.
//!
//! The classifier, the trainer and the directory search only see [`Embedder`], so another backend
//! (ONNX, a remote service) can be added without touching them.

use crate::NlpError;

/// Turns sentences into fixed-length, L2-normalised vectors whose dot product is their cosine.
pub trait Embedder: Send {
    /// Embeds a batch; the answer has one vector per input, in order.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError>;

    /// The length of every vector, so a trained head can be checked against the model it needs.
    fn dimension(&self) -> usize;
}

/// Scales a vector to unit length (leaves a zero vector alone), so every backend answers alike.
pub fn normalise_vector(vector: &mut [f32]) {
    let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 1e-12 {
        vector.iter_mut().for_each(|x| *x /= norm);
    }
}

/// Cosine similarity of two vectors of the same length.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let norms = a.iter().map(|x| x * x).sum::<f32>().sqrt() * b.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norms > 1e-12 {
        dot / norms
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_vectors_have_unit_length_and_cosine_one_with_themselves() {
        let mut v = vec![3.0, 4.0];
        normalise_vector(&mut v);
        assert!((v[0] - 0.6).abs() < 1e-6 && (v[1] - 0.8).abs() < 1e-6);
        assert!((cosine(&v, &[6.0, 8.0]) - 1.0).abs() < 1e-6);
    }
}
