//! Which option, partner or cost line of one version is which of another's. Names
//! are what people recognise, so things are matched by name first (ignoring case and
//! spaces, as "Sheffield city council" is "Sheffield City Council"); what is left is
//! matched by id, which stays put while the app edits, and then by position, so a
//! partner renamed in place is said to be renamed, not removed and added. Done with a
//! map of names, so hundreds of partners take no longer than a list of them.

use std::collections::{HashMap, VecDeque};

/// One thing of either version: its position in the earlier list, the later list, or
/// both where they are the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub earlier: Option<usize>,
    pub later: Option<usize>,
}

impl Pair {
    /// Both positions, where the thing is in both versions.
    pub fn both(self) -> Option<(usize, usize)> {
        Some((self.earlier?, self.later?))
    }
}

/// A name as it is matched: lower case, with no spaces.
pub fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Pairs the things of two lists, given each one's name and id: the later list's in
/// its order (matched or added), then those only in the earlier list (removed), in
/// theirs. Matched by name, then by id, then by position.
pub fn pairs<S: AsRef<str>>(earlier: &[(S, u32)], later: &[(S, u32)]) -> Vec<Pair> {
    let mut by_name: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (index, (name, _)) in earlier.iter().enumerate() {
        by_name
            .entry(name_key(name.as_ref()))
            .or_default()
            .push_back(index);
    }
    let mut taken = vec![false; earlier.len()];
    let mut matched: Vec<Option<usize>> = (later.iter().enumerate())
        .map(|(index, (name, _))| {
            // Of several of one name, the one in the same place first.
            let queue = by_name.get_mut(&name_key(name.as_ref()))?;
            let same_place = queue.iter().position(|&i| i == index);
            let found = queue.remove(same_place.unwrap_or(0))?;
            taken[found] = true;
            Some(found)
        })
        .collect();
    let mut by_id: HashMap<u32, usize> = HashMap::new();
    for (index, (_, id)) in earlier.iter().enumerate().rev() {
        if !taken[index] {
            by_id.insert(*id, index);
        }
    }
    for (index, (_, id)) in later.iter().enumerate() {
        if matched[index].is_some() {
            continue;
        }
        if let Some(found) = by_id.remove(id).filter(|&found| !taken[found]) {
            taken[found] = true;
            matched[index] = Some(found);
        }
    }
    for (index, slot) in matched.iter_mut().enumerate() {
        if slot.is_none() && index < earlier.len() && !taken[index] {
            taken[index] = true;
            *slot = Some(index);
        }
    }
    let mut pairs: Vec<Pair> = (matched.into_iter().enumerate())
        .map(|(later, earlier)| Pair {
            earlier,
            later: Some(later),
        })
        .collect();
    pairs.extend((0..earlier.len()).filter(|&i| !taken[i]).map(|i| Pair {
        earlier: Some(i),
        later: None,
    }));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(
        earlier: &[(&str, u32)],
        later: &[(&str, u32)],
    ) -> Vec<(Option<usize>, Option<usize>)> {
        pairs(earlier, later)
            .into_iter()
            .map(|pair| (pair.earlier, pair.later))
            .collect()
    }

    #[test]
    fn by_name_then_id_then_position() {
        // Reordered, and one name typed in another case.
        assert_eq!(
            matched(&[("A", 1), ("B", 2)], &[("b ", 2), ("a", 1)]),
            [(Some(1), Some(0)), (Some(0), Some(1))]
        );
        // Renamed in place, with ids renumbered: by position.
        assert_eq!(
            matched(&[("A", 1), ("B", 2)], &[("A", 1), ("C", 5)]),
            [(Some(0), Some(0)), (Some(1), Some(1))]
        );
        // Renamed and moved, keeping its id.
        assert_eq!(
            matched(&[("A", 1), ("B", 2), ("X", 3)], &[("Z", 3), ("A", 1)]),
            [(Some(2), Some(0)), (Some(0), Some(1)), (Some(1), None)]
        );
        // Added and removed.
        assert_eq!(
            matched(&[("A", 1)], &[("B", 7), ("C", 8)]),
            [(Some(0), Some(0)), (None, Some(1))]
        );
    }
}
