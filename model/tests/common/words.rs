//! Checks on words, for the tests of generated text and of every message the code can
//! write (the app's `tests/code_rules.rs` uses them too).
#![allow(dead_code)]

/// The first word said twice in a row in `text`, if any ("the the"). Words are what
/// spaces part, less the punctuation around them, so a class list ("button
/// button--secondary") is not taken for a word said twice.
pub fn doubled_word(text: &str) -> Option<String> {
    // A figure between two words parts them: it stands as an empty word.
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .map(|word| {
            if word.chars().any(char::is_alphabetic) {
                word.to_lowercase()
            } else {
                String::new()
            }
        })
        .collect();
    words
        .windows(2)
        .find(|pair| pair[0] == pair[1] && !pair[0].is_empty())
        .map(|pair| pair[0].clone())
}

/// Whether `text` opens a bracket inside another ("(+£1.00 (+2.00%))").
pub fn nested_bracket(text: &str) -> bool {
    let mut depth = 0;
    for ch in text.chars() {
        match ch {
            '(' if depth > 0 => return true,
            '(' => depth += 1,
            ')' => depth -= 1,
            '\n' => depth = 0,
            _ => {}
        }
    }
    false
}
