//! Comparing secrets (webhook signatures and tokens, CSRF tokens, login codes) without letting
//! the time it takes tell a guesser how much of a guess was right.

/// True when the two are equal, in time that depends only on their lengths: `subtle` keeps the
/// optimiser from turning the comparison back into one that stops at the first difference.
pub fn same(given: impl AsRef<[u8]>, ours: impl AsRef<[u8]>) -> bool {
    use subtle::ConstantTimeEq;
    given.as_ref().ct_eq(ours.as_ref()).into()
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
