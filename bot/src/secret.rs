//! Comparing secrets (webhook signatures and tokens, CSRF tokens, login codes) without letting
//! the time it takes tell a guesser how much of a guess was right.

/// True when the two are equal, in time that depends only on their lengths.
pub fn same(given: impl AsRef<[u8]>, ours: impl AsRef<[u8]>) -> bool {
    let (given, ours) = (given.as_ref(), ours.as_ref());
    given.len() == ours.len() && given.iter().zip(ours).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn equal_only_when_every_byte_and_the_length_agree() {
        assert!(same("abc123", "abc123"));
        assert!(!same("abc123", "abc124"));
        assert!(!same("abc", "abc123"));
        assert!(same(b"", b""));
    }
}
