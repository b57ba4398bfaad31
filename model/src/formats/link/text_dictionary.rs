//! Compression of names and titles for links: words common in public-sector
//! commissioning are replaced by short codes.
//!
//! Encoded text is UTF-8 in which byte 0x01 starts a code: 0x01 then a LEB128 number
//! `k`. `k = 0` stands for a literal 0x01 byte; `k ≥ 1` for entry `k - 1` of
//! [`DICTIONARY`]. Every other byte stands for itself. So any text round-trips.
//!
//! From format version 4 the commonest entries also have one-byte codes: the control
//! bytes 0x02 to 0x1F but tab, line feed and carriage return ([`SHORT_CODES`]). There
//! 0x01 then `k = 0` is followed by one byte that stands for itself, so such a byte
//! in a name still round-trips.
//!
//! **The dictionary of format version 1 is frozen.** Links already sent depend on every
//! entry keeping its place; a new entry may only be added in a new format version.

use super::varint;

const ESCAPE: u8 = 0x01;

/// From version 4: byte `0x02 + i`, skipping tab, line feed and carriage return, is a
/// one-byte code for entry `SHORT_CODES[i]`. Frozen as the dictionary is.
const SHORT_CODES: [u8; 27] = [
    0, 1, 2, 3, 4, 5, 6, 18, 20, 25, 26, 27, 30, 32, 34, 39, 41, 43, 46, 53, 54, 68, 73, 87, 108,
    109, 116,
];

/// The control bytes that are one-byte codes, in the order of [`SHORT_CODES`].
fn short_code_bytes() -> impl Iterator<Item = u8> {
    (0x02..0x20).filter(|byte| !matches!(byte, 0x09 | 0x0A | 0x0D))
}

/// The one-byte code of dictionary entry `index`, if it has one.
fn short_code(index: usize) -> Option<u8> {
    short_code_bytes()
        .zip(SHORT_CODES)
        .find_map(|(byte, entry)| (usize::from(entry) == index).then_some(byte))
}

/// The dictionary entry a byte stands for, if it is a one-byte code.
fn short_entry(byte: u8) -> Option<&'static str> {
    SHORT_ENTRIES[usize::from(byte)].map(|entry| DICTIONARY[usize::from(entry)])
}

/// [`SHORT_CODES`] by byte: the entry each one-byte code stands for, looked up once per
/// byte of every text a link holds.
const SHORT_ENTRIES: [Option<u8>; 256] = {
    let mut table = [None; 256];
    let (mut byte, mut code) = (0x02, 0);
    while byte < 0x20 {
        if !matches!(byte, 0x09 | 0x0A | 0x0D) {
            table[byte] = Some(SHORT_CODES[code]);
            code += 1;
        }
        byte += 1;
    }
    table
};

/// Entries in order of likely use, so the commonest cost two bytes. Matching is
/// greedy, longest entry first, and case-sensitive.
pub const DICTIONARY: &[&str] = &[
    " Council",
    " Police and Crime Commissioner",
    " City Council",
    " County Council",
    " Borough Council",
    " Metropolitan Borough Council",
    " District Council",
    "Council",
    " Metropolitan",
    " Borough",
    " District",
    " County",
    " City",
    "City of ",
    "-on-",
    " upon ",
    "Royal Borough of ",
    "London Borough of ",
    " office",
    " Office",
    "Office of the Police and Crime Commissioner",
    " Commissioner's",
    " Commissioner",
    " Police",
    "Police",
    " and ",
    " the ",
    " of ",
    " for ",
    " with ",
    " funding",
    " Funding",
    " grant",
    " Grant",
    "Home Office",
    " Home Office",
    " match",
    " local",
    "Local",
    " programme",
    " Programme",
    " domestic abuse",
    " Domestic Abuse",
    " perpetrator",
    " Perpetrator",
    " perpetrators",
    " service",
    " Service",
    " services",
    " Services",
    " support",
    " Support",
    " Support Services",
    " Integrated Care Board",
    " NHS",
    "NHS",
    " Health",
    " Public Health",
    " Trust",
    " Foundation",
    " Partnership",
    " partnership",
    " commissioning",
    " Commissioning",
    " contract",
    " Contract",
    " delivery",
    " Delivery",
    " evaluation",
    " Evaluation",
    " Research",
    " Social",
    " research",
    " provider",
    " Provider",
    " option",
    " Option",
    " Baseline",
    " baseline",
    " year",
    " Year",
    " pooled",
    " Pooled",
    " budget",
    " Budget",
    " countywide",
    " Countywide",
    " Combined Authority",
    " Authority",
    " victims",
    " Victims",
    " violence",
    " Violence",
    " women",
    " Women",
    " children",
    " Children",
    " families",
    " Families",
    " young people",
    " Young People",
    " housing",
    " Housing",
    " Ministry of Justice",
    "Ministry of Justice",
    " Department",
    " Government",
    " Probation",
    "South ",
    "North ",
    "East ",
    "West ",
    " South",
    " North",
    " East",
    " West",
    "Yorkshire",
    " Yorkshire",
    " Riding",
    " Midlands",
    "Greater ",
    " Manchester",
    "London",
    " London",
    "Cleveland",
    " Cleveland",
    "Durham",
    "Northumbria",
    "Cumbria",
    "Lancashire",
    "Merseyside",
    "Cheshire",
    "Derbyshire",
    "Nottinghamshire",
    "Leicestershire",
    "Lincolnshire",
    "Staffordshire",
    "Warwickshire",
    "Hampshire",
    "Hertfordshire",
    "Bedfordshire",
    "Cambridgeshire",
    "Northamptonshire",
    "Gloucestershire",
    "Wiltshire",
    "Dorset",
    "Devon",
    "Cornwall",
    "Somerset",
    "Avon",
    "Thames Valley",
    "Surrey",
    "Sussex",
    "Kent",
    "Essex",
    "Suffolk",
    "Norfolk",
    "Humberside",
    "Gwent",
    "Dyfed-Powys",
    " Wales",
    "Doncaster",
    "Sheffield",
    "Barnsley",
    "Rotherham",
    "Hartlepool",
    "Middlesbrough",
    "Redcar and Cleveland",
    "Stockton-on-Tees",
    " Sister's Place",
    " Harbour",
    "Harbour",
    "Barefoot",
    "Domestic ",
    "Local match",
    "Independent",
    " independent",
    " Community",
    " community",
    " Safety",
    " safety",
    " Rehabilitation",
    " Company",
    " Limited",
    " Ltd",
    " Charity",
    " charity",
    " from ",
    " to ",
    " in ",
    " by ",
    " per ",
];

/// Whether some dictionary entry starts with each byte value: a byte that starts none
/// (most of them, and every byte of text outside ASCII) is passed over without a
/// search, which keeps compressing long names fast.
const STARTS_AN_ENTRY: [bool; 256] = {
    let mut table = [false; 256];
    let mut index = 0;
    while index < DICTIONARY.len() {
        table[DICTIONARY[index].as_bytes()[0] as usize] = true;
        index += 1;
    }
    table
};

/// Text in its compressed form; `short` for version 4's one-byte codes.
pub fn compress(text: &str, short: bool) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while position < bytes.len() {
        let rest = &bytes[position..];
        let cost = |index: usize| match short_code(index) {
            Some(_) if short => 1,
            _ => 1 + varint::encoded_len(index as u64 + 1),
        };
        let searched = match STARTS_AN_ENTRY[usize::from(rest[0])] {
            true => DICTIONARY.len(),
            false => 0,
        };
        let best = (DICTIONARY.iter().enumerate().take(searched))
            .filter(|(index, entry)| {
                rest.starts_with(entry.as_bytes()) && entry.len() > cost(*index)
            })
            .max_by_key(|(index, entry)| (entry.len(), std::cmp::Reverse(*index)));
        if let Some((index, entry)) = best {
            match short_code(index).filter(|_| short) {
                Some(byte) => out.push(byte),
                None => {
                    out.push(ESCAPE);
                    varint::write(&mut out, index as u64 + 1);
                }
            }
            position += entry.len();
            continue;
        }
        let byte = rest[0];
        if byte == ESCAPE {
            out.extend_from_slice(&[ESCAPE, 0]);
            if short {
                out.push(byte);
            }
        } else if short && short_entry(byte).is_some() {
            out.extend_from_slice(&[ESCAPE, 0, byte]);
        } else {
            out.push(byte);
        }
        position += 1;
    }
    out
}

/// Text from its compressed form; `None` if the bytes are not a valid encoding.
pub fn expand(compressed: &[u8], short: bool) -> Option<String> {
    let mut out = Vec::with_capacity(compressed.len() * 2);
    let mut reader = varint::Reader::new(compressed);
    while let Some(byte) = reader.byte() {
        if let Some(entry) = short_entry(byte).filter(|_| short) {
            out.extend_from_slice(entry.as_bytes());
            continue;
        }
        if byte != ESCAPE {
            out.push(byte);
            continue;
        }
        match reader.varint()? {
            0 if short => out.push(reader.byte()?),
            0 => out.push(ESCAPE),
            code => {
                out.extend_from_slice(DICTIONARY.get(usize::try_from(code - 1).ok()?)?.as_bytes())
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_any_text() {
        for text in [
            "",
            "Doncaster Council",
            "South Yorkshire Police and Crime Commissioner's office",
            "\u{1}\u{1}odd\u{1}",
            "\u{2}\u{1f}\t\u{1b} Council\u{3}",
            "Cyngor Sir Ynys Môn — 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
            "<img src=x onerror=alert(1)>",
            " Council Council  Council",
        ] {
            for short in [false, true] {
                let compressed = compress(text, short);
                assert_eq!(
                    expand(&compressed, short).as_deref(),
                    Some(text),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn common_words_shrink() {
        let name = "South Yorkshire Police and Crime Commissioner's office";
        assert!(
            compress(name, false).len() <= 12,
            "{} bytes",
            compress(name, false).len()
        );
        assert!(
            compress(name, true).len() <= 10,
            "{} bytes",
            compress(name, true).len()
        );
        assert_eq!(
            compress("Barnsley Metropolitan Borough Council", true).len(),
            4
        );
    }

    #[test]
    fn short_codes_are_distinct_entries_and_never_tab_or_newlines() {
        let mut seen = std::collections::HashSet::new();
        for entry in SHORT_CODES {
            assert!(usize::from(entry) < DICTIONARY.len());
            assert!(seen.insert(entry), "entry {entry} twice");
        }
        assert_eq!(short_code_bytes().count(), SHORT_CODES.len());
        for (byte, entry) in short_code_bytes().zip(SHORT_CODES) {
            assert_eq!(short_entry(byte), Some(DICTIONARY[usize::from(entry)]));
        }
        let coded = (0..=u8::MAX).filter(|byte| short_entry(*byte).is_some());
        assert_eq!(coded.count(), SHORT_CODES.len());
        for byte in 0..=u8::MAX {
            let starts = DICTIONARY.iter().any(|entry| entry.as_bytes()[0] == byte);
            assert_eq!(STARTS_AN_ENTRY[usize::from(byte)], starts, "{byte}");
        }
        assert_eq!(short_entry(b'\t'), None);
        assert_eq!(short_entry(0x02), Some(" Council"));
        assert_eq!(short_entry(0x1F), Some("Yorkshire"));
    }

    #[test]
    fn entries_are_unique_and_worth_a_code() {
        let mut seen = std::collections::HashSet::new();
        for entry in DICTIONARY {
            assert!(seen.insert(*entry), "duplicate entry {entry:?}");
            let code_cost = 1 + varint::encoded_len(seen.len() as u64);
            assert!(
                entry.len() > code_cost,
                "{entry:?} is no longer than its code"
            );
            assert!(
                entry.is_ascii(),
                "{entry:?}: entries are ASCII so they never split a character"
            );
        }
    }

    #[test]
    fn bad_codes_are_refused() {
        assert_eq!(expand(&[ESCAPE], false), None);
        assert_eq!(expand(&[ESCAPE, 0], true), None, "a literal byte missing");
        let past_the_end = DICTIONARY.len() as u64 + 1;
        let mut bytes = vec![ESCAPE];
        varint::write(&mut bytes, past_the_end);
        assert_eq!(expand(&bytes, true), None);
        assert_eq!(expand(&[ESCAPE, 0x80], true), None, "an unfinished code");
        assert_eq!(expand(&[0xFF], true), None);
    }
}
