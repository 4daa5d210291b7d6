//! One small stable sort for the whole crate.
//!
//! The standard library's sorts are fast but large: each instantiation
//! (each element type and key closure) weighs 3–5 KB of WebAssembly, and a
//! dozen of them made up a sixth of the module. The parser sorts short
//! lists (headings, records, lexicon entries), so one bottom-up merge sort
//! over `(key, index)` pairs — a single instantiation for `u64` keys — is
//! enough, and it is stable and O(n log n) on any input.

/// Sort `items` by `key`, stably.
pub(crate) fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    merge_sort(&mut keyed);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .iter()
            .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sort plain keys ascending.
pub(crate) fn sort_keys(keys: &mut [u64]) {
    let mut keyed: Vec<(u64, usize)> = keys.iter().map(|&k| (k, 0)).collect();
    merge_sort(&mut keyed);
    for (slot, (k, _)) in keys.iter_mut().zip(keyed) {
        *slot = k;
    }
}

/// Bottom-up merge sort of `(key, index)` pairs; ties keep their order.
fn merge_sort(v: &mut Vec<(u64, usize)>) {
    let n = v.len();
    let mut buffer: Vec<(u64, usize)> = v.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, middle);
            for slot in &mut buffer[start..end] {
                if i < middle && (j >= end || v[i].0 <= v[j].0) {
                    *slot = v[i];
                    i += 1;
                } else {
                    *slot = v[j];
                    j += 1;
                }
            }
            start = end;
        }
        std::mem::swap(v, &mut buffer);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(
            items,
            [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')],
            "should keep ties in order"
        );
    }

    #[test]
    fn sorts_keys() {
        let mut keys: Vec<u64> = (0..1000).map(|i| (i * 7919) % 1009).collect();
        sort_keys(&mut keys);
        assert!(
            keys.windows(2).all(|w| w[0] <= w[1]),
            "should sort ascending"
        );
    }
}
