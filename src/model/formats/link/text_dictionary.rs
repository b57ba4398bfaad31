//! Compression of names and titles for links: words common in public-sector
//! commissioning are replaced by short codes.
//!
//! Encoded text is UTF-8 in which byte 0x01 starts a code: 0x01 then a LEB128 number
//! `k`. `k = 0` stands for a literal 0x01 byte; `k ≥ 1` for entry `k - 1` of
//! [`DICTIONARY`]. Every other byte stands for itself. So any text round-trips.
//!
//! **The dictionary of format version 1 is frozen.** Links already sent depend on every
//! entry keeping its place; a new entry may only be added in a new format version.

use super::varint;

const ESCAPE: u8 = 0x01;

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

/// Text in its compressed form.
pub fn compress(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut position = 0;
    while position < bytes.len() {
        let rest = &bytes[position..];
        let best = DICTIONARY
            .iter()
            .enumerate()
            .filter(|(_, entry)| rest.starts_with(entry.as_bytes()))
            .max_by_key(|(index, entry)| (entry.len(), std::cmp::Reverse(*index)));
        match best {
            Some((index, entry)) if entry.len() > varint::encoded_len(index as u64 + 1) + 1 => {
                out.push(ESCAPE);
                varint::write(&mut out, index as u64 + 1);
                position += entry.len();
            }
            _ => {
                if rest[0] == ESCAPE {
                    out.push(ESCAPE);
                    out.push(0);
                } else {
                    out.push(rest[0]);
                }
                position += 1;
            }
        }
    }
    out
}

/// Text from its compressed form; `None` if the bytes are not a valid encoding.
pub fn expand(compressed: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(compressed.len() * 2);
    let mut reader = varint::Reader::new(compressed);
    while let Some(byte) = reader.byte() {
        if byte != ESCAPE {
            out.push(byte);
            continue;
        }
        match reader.varint()? {
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
            "Cyngor Sir Ynys Môn — 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
            "<img src=x onerror=alert(1)>",
            " Council Council  Council",
        ] {
            assert_eq!(expand(&compress(text)).as_deref(), Some(text), "{text:?}");
        }
    }

    #[test]
    fn common_words_shrink() {
        let name = "South Yorkshire Police and Crime Commissioner's office";
        assert!(compress(name).len() <= 12, "{} bytes", compress(name).len());
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
        assert_eq!(expand(&[ESCAPE]), None);
        let past_the_end = DICTIONARY.len() as u64 + 1;
        let mut bytes = vec![ESCAPE];
        varint::write(&mut bytes, past_the_end);
        assert_eq!(expand(&bytes), None);
        assert_eq!(expand(&[ESCAPE, 0x80]), None, "an unfinished code");
        assert_eq!(expand(&[0xFF]), None);
    }
}
