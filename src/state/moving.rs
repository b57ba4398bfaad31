//! Which way an item moves in its list: partners, cost lines and options alike.

/// Which way to move an item in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

impl Move {
    /// The position the item at `index` of `count` moves to, if it can move.
    pub fn neighbour(self, index: usize, count: usize) -> Option<usize> {
        match self {
            Move::Up => index.checked_sub(1).filter(|_| index < count),
            Move::Down => Some(index + 1).filter(|&next| next < count),
        }
    }

    /// The button that keeps focus once an item has moved to `position` of `count`:
    /// this one, or its twin once the item reaches the top or bottom and this goes.
    pub fn button_left_at(self, position: usize, count: usize) -> Move {
        match self {
            Move::Up if position == 0 => Move::Down,
            Move::Down if position + 1 == count => Move::Up,
            same => same,
        }
    }
}
