//! Base64url without padding (RFC 4648 §5): the alphabet that survives URLs and the
//! mail clients that carry them. Decoding refuses anything else rather than guess.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// `None` on any character outside the alphabet or an impossible length. One pass,
/// four characters to three bytes at a time.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    // Each byte's value, or a bit above the six a value uses: [`value`] as a table
    // built on each call (256 steps) rather than carried in the app's download.
    let mut values = [INVALID; 256];
    for (byte, entry) in (0..=u8::MAX).zip(values.iter_mut()) {
        *entry = value(byte).unwrap_or(INVALID);
    }
    let whole = text.len() / 4;
    let mut out = vec![0u8; whole * 3];
    let mut chunks = text.as_bytes().chunks_exact(4);
    for (chunk, bytes) in (&mut chunks).zip(out.chunks_exact_mut(3)) {
        let [a, b, c, d] = [0, 1, 2, 3].map(|i| values[usize::from(chunk[i])]);
        if (a | b | c | d) & INVALID != 0 {
            return None;
        }
        let n = a << 18 | b << 12 | c << 6 | d;
        bytes.copy_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    let last = chunks.remainder();
    if last.is_empty() {
        return Some(out);
    }
    let mut n = 0u32;
    for (i, &c) in last.iter().enumerate() {
        n |= value(c)? << (18 - 6 * i);
    }
    for i in 0..last.len() - 1 {
        out.push((n >> (16 - 8 * i)) as u8);
    }
    // Bits beyond the last whole byte must be zero, so each byte string has exactly
    // one encoding and an edited final character is noticed.
    let spare_bits = n & ((1 << (24 - 8 * (last.len() - 1))) - 1);
    (spare_bits == 0).then_some(out)
}

/// Marks a byte outside the alphabet in `decode`'s table.
const INVALID: u32 = 1 << 6;

/// A character's value in [`ALPHABET`].
fn value(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(encode(b""), "");
        assert_eq!(encode(b"f"), "Zg");
        assert_eq!(encode(b"fo"), "Zm8");
        assert_eq!(encode(b"foo"), "Zm9v");
        assert_eq!(encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(decode("Zm9v").as_deref(), Some(&b"foo"[..]));
        assert_eq!(decode("-_8").as_deref(), Some(&[0xFB, 0xFF][..]));
    }

    #[test]
    fn each_character_has_its_place_in_the_alphabet_and_no_other_has_one() {
        for byte in 0..=255u8 {
            let place = ALPHABET.iter().position(|&a| a == byte).map(|p| p as u32);
            assert_eq!(value(byte), place, "{byte}");
        }
    }

    #[test]
    fn round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for len in 0..bytes.len() {
            assert_eq!(
                decode(&encode(&bytes[..len])).as_deref(),
                Some(&bytes[..len])
            );
        }
    }

    #[test]
    fn refuses_what_is_not_base64url() {
        assert_eq!(decode("Zm9v="), None);
        assert_eq!(decode("Zm+v"), None);
        assert_eq!(decode("Z"), None);
        assert_eq!(decode("Zh"), None, "non-zero spare bits");
        assert_eq!(decode("é"), None);
    }

    #[test]
    fn every_byte_outside_the_alphabet_is_refused_in_each_place_of_a_chunk() {
        for byte in (0..=255u8).filter(|byte| !ALPHABET.contains(byte)) {
            for place in 0..8 {
                let mut text = *b"Zm9vYmFy";
                text[place] = byte;
                let text = String::from_utf8_lossy(&text);
                assert_eq!(decode(&text), None, "{byte} at {place}");
            }
        }
    }
}
