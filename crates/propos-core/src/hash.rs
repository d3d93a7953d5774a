//! The hash maps of the lexicons and of per-article indexes: keys are short words,
//! hashed with the FxHash scheme (not resistant to chosen collisions; the keys come
//! from lexicons and from one article at a time).

use std::hash::{BuildHasherDefault, Hasher};

/// A fast non-cryptographic hasher: eight bytes per multiply, and one more multiply for
/// the last one to seven bytes.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        let tail = match n {
            0 => return,
            // two overlapping 4-byte reads cover 4 to 7 bytes
            4.. => {
                let head = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
                let end = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
                u64::from(head) | u64::from(end) << 32
            }
            _ => u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
        };
        self.add(tail ^ (n as u64) << 59);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    #[test]
    fn every_byte_and_the_length_change_the_hash() {
        let build = std::hash::BuildHasherDefault::<super::FxHasher>::default();
        let mut words = Vec::new();
        for len in 1..=17 {
            words.push("a".repeat(len));
            for at in 0..len {
                let mut word = "a".repeat(len).into_bytes();
                word[at] = b'b';
                words.push(String::from_utf8(word).unwrap_or_default());
            }
        }
        let mut hashes: Vec<u64> = words.iter().map(|w| build.hash_one(w.as_str())).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
    }
}
