//! A small JSON reader and writer for the scenario file. Written by hand because
//! serde_json cost about 27 kB of the gzipped app (docs/benchmarks.md), and the file
//! needs only plain values. Reading is for untrusted text: it never panics, limits
//! nesting, and says where a problem is.

use std::fmt::Write;

/// Deeper nesting than this is refused, so a hostile file cannot exhaust the stack.
const MAX_DEPTH: usize = 32;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number's text as written, checked to be a JSON number.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Parses JSON text; the error says what is wrong and where.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        position: 0,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.position != parser.bytes.len() {
        return Err(parser.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        let before = &self.bytes[..self.position.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        format!("{what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.position += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.position += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected '{}'", byte as char)))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.peek() {
            None => Err(self.error("unexpected end of file")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.bytes[self.position..].starts_with(word.as_bytes()) {
            self.position += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected character"))
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.position;
        let digits = |parser: &mut Self| {
            let from = parser.position;
            while matches!(parser.peek(), Some(b'0'..=b'9')) {
                parser.position += 1;
            }
            parser.position > from
        };
        if self.peek() == Some(b'-') {
            self.position += 1;
        }
        if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.peek() == Some(b'.') {
            self.position += 1;
            if !digits(self) {
                return Err(self.error("expected a digit"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.position += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.position += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit"));
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..self.position]).unwrap_or("0");
        Ok(Json::Number(text.to_string()))
    }

    fn string(&mut self) -> Result<String, String> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error("unexpected end of file in text"));
            };
            self.position += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let escape = self
                        .peek()
                        .ok_or_else(|| self.error("unexpected end of file in text"))?;
                    self.position += 1;
                    let decoded = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("unknown escape in text")),
                    };
                    let mut buffer = [0; 4];
                    out.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
                }
                0..=0x1F => return Err(self.error("control character in text")),
                _ => out.push(byte),
            }
        }
        String::from_utf8(out).map_err(|_| self.error("text that is not UTF-8"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.position..self.position + 4)
            .ok_or_else(|| self.error("short \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        let value = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.position += 4;
        Ok(value)
    }

    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.position..].starts_with(b"\\u") {
                return Err(self.error("unpaired surrogate"));
            }
            self.position += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("unpaired surrogate"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate"))
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.position += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b']') => {
                    self.position += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.position += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            self.skip_space();
            let value = self.value(depth + 1)?;
            if members.iter().any(|(k, _)| *k == key) {
                return Err(self.error(&format!("duplicate field `{key}`")));
            }
            members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.position += 1,
                Some(b'}') => {
                    self.position += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }
}

/// Writes `value` on one line with no spaces.
#[cfg(test)]
pub fn write_compact(value: &Json) -> String {
    let mut out = String::new();
    write_value(&mut out, value, None);
    out
}

/// Writes `value` with two-space indentation, one member or item a line.
pub fn write_pretty(value: &Json) -> String {
    let mut out = String::new();
    write_value(&mut out, value, Some(0));
    out
}

/// `indent` is the nesting level when writing pretty, `None` when compact.
fn write_value(out: &mut String, value: &Json, indent: Option<usize>) {
    let inner = indent.map(|level| level + 1);
    let pad = |out: &mut String, level: Option<usize>| {
        if let Some(level) = level {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', level * 2));
        }
    };
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(text) => out.push_str(text),
        Json::String(text) => write_string(out, text),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                pad(out, inner);
                write_value(out, item, inner);
            }
            pad(out, indent);
            out.push(']');
        }
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Object(members) => {
            out.push('{');
            for (index, (key, item)) in members.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                pad(out, inner);
                write_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(out, item, inner);
            }
            pad(out, indent);
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let value = Json::Object(vec![
            (
                "a".to_string(),
                Json::Array(vec![Json::Number("1".into()), Json::Null, Json::Bool(true)]),
            ),
            (
                "b \"q\"".to_string(),
                Json::String("line\nbreak \u{1} é 🏴".to_string()),
            ),
            ("c".to_string(), Json::Object(vec![])),
            ("d".to_string(), Json::Array(vec![])),
        ]);
        assert_eq!(parse(&write_pretty(&value)), Ok(value.clone()));
        assert_eq!(parse(&write_compact(&value)), Ok(value.clone()));
        assert!(!write_compact(&value).contains(": "));
    }

    #[test]
    fn reads_standard_json() {
        let value =
            parse(r#" {"n": -1.5e3, "s": "\u00e9\ud83c\udff4\/", "x": [true, false, null]} "#)
                .unwrap();
        assert_eq!(value.get("n"), Some(&Json::Number("-1.5e3".into())));
        assert_eq!(value.get("s"), Some(&Json::String("é🏴/".into())));
    }

    #[test]
    fn refuses_bad_json_with_where() {
        assert_eq!(
            parse("{\"a\": }"),
            Err("unexpected character at line 1 column 7".to_string())
        );
        assert_eq!(
            parse("{\n \"a\": 1,\n}"),
            Err("expected '\"' at line 3 column 1".to_string())
        );
        assert!(parse("").is_err());
        assert!(parse("[1 2]").is_err());
        assert!(parse("\"abc").is_err());
        assert!(parse("01x").is_err());
        assert!(parse("\"\\ud800\"").is_err());
        assert!(parse("{\"a\":1,\"a\":2}")
            .unwrap_err()
            .contains("duplicate field `a`"));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().starts_with("nested too deeply"));
    }
}
