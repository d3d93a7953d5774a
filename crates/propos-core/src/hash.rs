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
        // the product's high bits are the well-mixed ones and the table indexes by the low
        // bits: without the rotation, keys with trailing zeros (the bits of a round f64,
        // aligned offsets) all fall in one bucket and every look-up walks them
        self.hash.rotate_left(26)
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;
/// A set of lexicon words: a word written as its lexicon line has it borrows the
/// compiled-in text, a word whose normal form differs owns that form (no allocation per
/// word for most words).
pub(crate) type WordSet = FastSet<std::borrow::Cow<'static, str>>;

/// The shapes of the keys of a word table: a bit per hashed (length, first two bytes,
/// last byte) of a key, about eight bits per key. A word whose shape is not set is not a
/// key, found with a few operations instead of hashing the word and probing the table.
#[derive(Clone, Debug)]
pub(crate) struct Sieve {
    bits: Vec<u64>,
    /// `bits.len() * 64 - 1`, a power of two less one.
    mask: usize,
}

impl Sieve {
    fn new<'a>(keys: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let mut sieve = Sieve::sized(keys.len());
        for key in keys {
            sieve.insert(key);
        }
        sieve
    }

    /// An empty sieve for about `keys` keys.
    pub(crate) fn sized(keys: usize) -> Self {
        let n = (keys * 8).next_power_of_two().max(512);
        Sieve {
            bits: vec![0; n / 64],
            mask: n - 1,
        }
    }

    /// Marks the shape of `key`.
    pub(crate) fn insert(&mut self, key: &str) {
        self.insert_bytes(key.as_bytes());
    }

    /// Marks the shape of the UTF-8 bytes of a key.
    fn insert_bytes(&mut self, key: &[u8]) {
        let at = self.slot(key);
        self.bits[at / 64] |= 1 << (at % 64);
    }

    #[inline]
    fn slot(&self, b: &[u8]) -> usize {
        let shape = match b {
            [] => 0,
            [first, .., last] => {
                u64::from(*first)
                    | u64::from(b[1]) << 8
                    | u64::from(*last) << 16
                    | (b.len() as u64) << 24
            }
            [only] => u64::from(*only) | 1 << 24,
        };
        (shape.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & self.mask
    }

    /// False when `word` is surely not a key.
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        self.may_hold_bytes(word.as_bytes())
    }

    /// [`Sieve::may_hold`] for the UTF-8 bytes of a word.
    #[inline]
    fn may_hold_bytes(&self, word: &[u8]) -> bool {
        let at = self.slot(word);
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }
}

/// A word table (a [`FastSet`] or [`FastMap`] keyed by `String`) with a [`Sieve`] of its
/// keys, that most absent words pass without a hash look-up. It reads like the table
/// (`Deref`); its look-ups by `&str` test the sieve first.
#[derive(Debug)]
pub(crate) struct Sieved<T> {
    table: T,
    sieve: Sieve,
}

impl<T> std::ops::Deref for Sieved<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.table
    }
}

impl From<FastSet<String>> for Sieved<FastSet<String>> {
    fn from(table: FastSet<String>) -> Self {
        let sieve = Sieve::new(table.iter().map(String::as_str));
        Self { table, sieve }
    }
}

impl<V> From<FastMap<String, V>> for Sieved<FastMap<String, V>> {
    fn from(table: FastMap<String, V>) -> Self {
        let sieve = Sieve::new(table.keys().map(String::as_str));
        Self { table, sieve }
    }
}

impl From<FastSet<&'static str>> for Sieved<FastSet<&'static str>> {
    fn from(table: FastSet<&'static str>) -> Self {
        let sieve = Sieve::new(table.iter().copied());
        Self { table, sieve }
    }
}

impl From<WordSet> for Sieved<WordSet> {
    fn from(table: WordSet) -> Self {
        let sieve = Sieve::new(table.iter().map(|word| &**word));
        Self { table, sieve }
    }
}

impl<A> FromIterator<A> for Sieved<WordSet>
where
    WordSet: FromIterator<A>,
{
    fn from_iter<I: IntoIterator<Item = A>>(items: I) -> Self {
        WordSet::from_iter(items).into()
    }
}

impl<A> FromIterator<A> for Sieved<FastSet<String>>
where
    FastSet<String>: FromIterator<A>,
{
    fn from_iter<I: IntoIterator<Item = A>>(items: I) -> Self {
        FastSet::from_iter(items).into()
    }
}

impl Sieved<WordSet> {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.sieve.may_hold(word) && self.table.contains(word)
    }
}

impl Sieved<FastSet<String>> {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.sieve.may_hold(word) && self.table.contains(word)
    }
}

impl Sieved<FastSet<&'static str>> {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.sieve.may_hold(word) && self.table.contains(word)
    }
}

impl<V> Sieved<FastMap<String, V>> {
    /// The value of `word`.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.sieve.may_hold(word) {
            self.table.get(word)
        } else {
            None
        }
    }

    /// Whether `word` is a key.
    #[inline]
    pub fn contains_key(&self, word: &str) -> bool {
        self.sieve.may_hold(word) && self.table.contains_key(word)
    }
}

/// A word table in a few flat buffers: the keys end to end in one string, their values in
/// key order, and an open-addressed index of `u32` slots (at most half full) hashed with
/// [`FxHasher`]. About a third of the memory of a [`FastMap`] keyed by `String` (no
/// allocation per key, no 24-byte key in each bucket) for the same look-up work: one
/// hash, a probe or two, one comparison. A [`Sieve`] of its keys answers most absent
/// words first. Keys are added, never removed.
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// The keys, end to end.
    text: Vec<u8>,
    /// Key `k` is `text[bounds[k]..bounds[k + 1]]`.
    bounds: Vec<u32>,
    values: Vec<V>,
    /// Key index + 1 for each slot, 0 for an empty one; a power of two long.
    slots: Vec<u32>,
    sieve: Sieve,
}

impl<V> WordMap<V> {
    /// An empty table (its index grows as keys come).
    pub(crate) fn new() -> Self {
        const SLOTS: usize = 16;
        WordMap {
            text: Vec::new(),
            bounds: vec![0],
            values: Vec::new(),
            slots: vec![0; SLOTS],
            sieve: Sieve::sized(SLOTS / 2),
        }
    }

    /// The value of `key`, made by `make` and added when `key` is not a key yet.
    pub(crate) fn entry_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let k = match self.find(key.as_bytes()) {
            Ok(k) => k,
            Err(at) => self.insert_at(at, key.as_bytes(), make()),
        };
        &mut self.values[k]
    }

    /// Sets the value of `key`, added when it is not a key yet: the last value given wins,
    /// as with [`FastMap::insert`].
    pub(crate) fn insert(&mut self, key: &str, value: V) {
        match self.find(key.as_bytes()) {
            Ok(k) => self.values[k] = value,
            Err(at) => {
                self.insert_at(at, key.as_bytes(), value);
            }
        }
    }

    /// Frees the room left for more keys.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.bounds.shrink_to_fit();
        self.values.shrink_to_fit();
    }

    /// The index of `key`, or the empty slot where it goes.
    #[inline]
    fn find(&self, key: &[u8]) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut at = slot_of(key, mask);
        loop {
            let Some(k) = self.slots[at].checked_sub(1) else {
                return Err(at);
            };
            let k = k as usize;
            let (a, b) = (self.bounds[k] as usize, self.bounds[k + 1] as usize);
            if b - a == key.len() && &self.text[a..b] == key {
                return Ok(k);
            }
            at = (at + 1) & mask;
        }
    }

    /// Adds `key`, not a key yet, whose empty slot is `at`, and returns its index. The
    /// index doubles (and the sieve is remade for it) when it would be more than half full.
    fn insert_at(&mut self, mut at: usize, key: &[u8], value: V) -> usize {
        let k = self.values.len();
        if 2 * (k + 1) > self.slots.len() {
            let n = 2 * self.slots.len();
            self.slots = vec![0; n];
            self.sieve = Sieve::sized(n / 2);
            for j in 0..k {
                let word = &self.text[self.bounds[j] as usize..self.bounds[j + 1] as usize];
                self.sieve.insert_bytes(word);
                let free = free_slot(&self.slots, word);
                self.slots[free] = j as u32 + 1;
            }
            at = free_slot(&self.slots, key);
        }
        self.sieve.insert_bytes(key);
        self.text.extend_from_slice(key);
        self.bounds
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        self.values.push(value);
        self.slots[at] = k as u32 + 1;
        k
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let word = word.as_bytes();
        if !self.sieve.may_hold_bytes(word) {
            return None;
        }
        self.find(word).ok().and_then(|k| self.values.get(k))
    }

    /// Whether `word` is a key.
    #[inline]
    pub(crate) fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The keys, in the order they were added.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.bounds.windows(2).map(|w| {
            std::str::from_utf8(&self.text[w[0] as usize..w[1] as usize]).unwrap_or_default()
        })
    }
}

impl WordMap<()> {
    /// Whether `word` is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.contains_key(word)
    }
}

/// A set of words in the flat buffers of a [`WordMap`], without room for more.
impl<K: AsRef<str>> FromIterator<K> for WordMap<()> {
    fn from_iter<I: IntoIterator<Item = K>>(words: I) -> Self {
        let mut set = WordMap::new();
        for word in words {
            set.entry_or_insert_with(word.as_ref(), || ());
        }
        set.shrink_to_fit();
        set
    }
}

/// The first empty slot for `word` in `slots` (a power of two long, never full), probing
/// from its first slot.
fn free_slot(slots: &[u32], word: &[u8]) -> usize {
    let mask = slots.len() - 1;
    let mut at = slot_of(word, mask);
    while slots[at] != 0 {
        at = (at + 1) & mask;
    }
    at
}

/// The first slot of `word` in an index of `mask + 1` slots.
#[inline]
fn slot_of(word: &[u8], mask: usize) -> usize {
    let mut h = FxHasher::default();
    h.write(word);
    // the high bits of the multiply are the mixed ones
    (h.finish() >> 32) as usize & mask
}

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

    #[test]
    fn a_sieved_table_finds_its_keys_and_only_them() {
        let keys = [
            "a",
            "ministre",
            "porte-parole",
            "été",
            "président",
            "états-unis",
        ];
        let set: super::Sieved<super::FastSet<String>> =
            keys.iter().map(|k| k.to_string()).collect();
        let map: super::Sieved<super::FastMap<String, usize>> =
            super::FastMap::from_iter(keys.iter().enumerate().map(|(i, k)| (k.to_string(), i)))
                .into();
        let words: super::Sieved<super::FastSet<&'static str>> =
            super::FastSet::from_iter(keys).into();
        for (i, key) in keys.iter().enumerate() {
            assert!(set.contains(key), "{key}");
            assert!(words.contains(key), "{key}");
            assert_eq!(map.get(key), Some(&i));
            assert!(map.contains_key(key));
        }
        for word in [
            "",
            "b",
            "ministres",
            "porte",
            "parole",
            "presidente",
            "étés",
        ] {
            assert!(!set.contains(word), "{word}");
            assert!(!words.contains(word), "{word}");
            assert_eq!(map.get(word), None);
        }
        assert_eq!(set.len(), keys.len());
    }

    #[test]
    fn a_word_map_finds_its_keys_keeps_the_first_value_and_grows() {
        let mut entries: Vec<(String, usize)> = (0..100).map(|i| (format!("mot{i}"), i)).collect();
        entries.push(("mot7".to_string(), 1000));
        entries.push((String::new(), 5000));
        // the index grows from its smallest size
        let mut map = super::WordMap::new();
        for (word, value) in entries {
            map.entry_or_insert_with(&word, || value);
        }
        for i in 0..100 {
            assert_eq!(map.get(&format!("mot{i}")), Some(&i));
        }
        assert_eq!(map.get(""), Some(&5000));
        let keys: Vec<&str> = map.keys().collect();
        assert_eq!((keys.len(), keys[0], keys[100]), (101, "mot0", ""));
        let mut counts = super::WordMap::new();
        for word in ["a", "b", "a", "c", "a"].iter().cycle().take(100) {
            *counts.entry_or_insert_with(word, || 0) += 1;
        }
        assert_eq!(counts.get("a"), Some(&60));
        assert_eq!(counts.get("c"), Some(&20));
        for word in ["mot", "mot100", "mo", "tom7", "été"] {
            assert_eq!(map.get(word), None, "{word}");
            assert!(!map.contains_key(word));
        }
    }
}
