//! The scenario as a link fragment: `#v1.` then base64url of a compact binary body.
//! Documented in `docs/url-format.md`; every released version keeps decoding (the
//! golden links in `tests/fixtures/links/` hold this to account).
//!
//! Decoding is for untrusted text: it never panics, and every failure is a
//! [`LinkError`] with a plain-English message.

use super::money::{from_pence, to_pence};
use super::month::YearMonth;
use super::scenario::{Extension, Partner, PartnerKind, Scenario};
use super::varint::{self, Reader};
use super::{base64url, text_dictionary};
use std::collections::BTreeMap;

/// The format version this calculator writes.
pub const CURRENT_VERSION: u32 = 1;

/// Fragments longer than this are refused before any work is done on them.
const MAX_FRAGMENT_CHARS: usize = 100_000;

/// Why a fragment could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is something else (such as `#main-content`): not an error to show.
    NotAScenario,
    /// Made by a newer calculator, in this format version.
    NewerVersion(u32),
    /// Cut short, mistyped or otherwise changed since it was made.
    Damaged,
    /// Intact, but holding something the calculator cannot use.
    Unusable(String),
}

impl LinkError {
    /// What went wrong and what the user can do, for the message on screen.
    pub fn message(&self) -> String {
        match self {
            LinkError::NotAScenario => "This address does not hold a scenario.".to_string(),
            LinkError::NewerVersion(version) => format!(
                "This link was made by a newer version of the calculator (link format {version}), \
                 so this version cannot open it. Open it in the latest version of the calculator, \
                 or ask the sender for the scenario file."
            ),
            LinkError::Damaged => "This link is incomplete or has been changed, so it cannot be \
                 opened. Email programs sometimes cut long links short. Ask the sender to send it \
                 again, or to send the scenario file instead."
                .to_string(),
            LinkError::Unusable(why) => format!(
                "This link cannot be opened: {why}. Ask the sender to check the scenario and send it again."
            ),
        }
    }
}

/// The fragment (without `#`) that carries `scenario`.
pub fn encode(scenario: &Scenario) -> String {
    let mut body = Vec::with_capacity(256);
    write_text(&mut body, &scenario.title);
    let start = scenario.start;
    let months_since_2000 = (start.year() - 2000) * 12 + i32::from(start.month()) - 1;
    varint::write(&mut body, months_since_2000.max(0) as u64);
    body.push(scenario.initial_years);
    varint::write(&mut body, scenario.extensions.len() as u64);
    for extension in &scenario.extensions {
        varint::write(
            &mut body,
            u64::from(extension.months) << 1 | u64::from(extension.taken),
        );
    }
    varint::write(&mut body, scenario.partners.len() as u64);
    for partner in &scenario.partners {
        write_text(&mut body, &partner.name);
        write_pence(&mut body, partner.annual);
        let kind_and_count =
            partner.year_amounts.len() as u64 * 8 + u64::from(kind_code(partner.kind));
        varint::write(&mut body, kind_and_count);
        for (year, amount) in &partner.year_amounts {
            varint::write(&mut body, u64::from(*year));
            write_pence(&mut body, *amount);
        }
    }
    let checksum = crc16(&body);
    body.extend_from_slice(&checksum.to_be_bytes());
    format!("v{CURRENT_VERSION}.{}", base64url::encode(&body))
}

/// The scenario a fragment carries; a leading `#` is allowed.
pub fn decode(fragment: &str) -> Result<Scenario, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some((tag, data)) = fragment.split_once('.') else {
        return Err(LinkError::NotAScenario);
    };
    let version = match tag.strip_prefix('v') {
        Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse::<u32>().map_err(|_| LinkError::Damaged)?
        }
        _ => return Err(LinkError::NotAScenario),
    };
    if version > CURRENT_VERSION {
        return Err(LinkError::NewerVersion(version));
    }
    if version != 1 || data.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::Damaged);
    }
    let bytes = base64url::decode(data).ok_or(LinkError::Damaged)?;
    let (body, checksum) = bytes
        .split_at_checked(bytes.len().wrapping_sub(2))
        .ok_or(LinkError::Damaged)?;
    if crc16(body).to_be_bytes() != checksum {
        return Err(LinkError::Damaged);
    }
    let scenario = read_v1(body).ok_or(LinkError::Damaged)?;
    scenario.check_limits().map_err(LinkError::Unusable)?;
    Ok(scenario)
}

fn read_v1(body: &[u8]) -> Option<Scenario> {
    let mut reader = Reader::new(body);
    let title = read_text(&mut reader)?;
    let months_since_2000 = u32::try_from(reader.varint()?).ok()?;
    let start = YearMonth::new(
        2000 + (months_since_2000 / 12).min(1_000) as i32,
        (months_since_2000 % 12) as u8 + 1,
    )
    .unwrap_or(YearMonth::new(2000, 1)?.plus_months(months_since_2000.min(100_000)));
    let initial_years = reader.byte()?;
    let extension_count = small_count(reader.varint()?)?;
    let mut next_id = 1;
    let mut extensions = Vec::with_capacity(extension_count);
    for _ in 0..extension_count {
        let packed = reader.varint()?;
        extensions.push(Extension {
            id: 0,
            months: u16::try_from(packed >> 1).ok()?,
            taken: packed & 1 == 1,
        });
    }
    let partner_count = small_count(reader.varint()?)?;
    let mut partners = Vec::with_capacity(partner_count);
    for _ in 0..partner_count {
        let name = read_text(&mut reader)?;
        let annual = read_pence(&mut reader)?;
        let kind_and_count = reader.varint()?;
        let kind = kind_from_code((kind_and_count % 8) as u8)?;
        let override_count = small_count(kind_and_count / 8)?;
        let mut year_amounts = BTreeMap::new();
        for _ in 0..override_count {
            let year = u16::try_from(reader.varint()?).ok()?;
            let amount = read_pence(&mut reader)?;
            year_amounts.insert(year, amount);
        }
        partners.push(Partner {
            id: next_id,
            name,
            kind,
            annual,
            year_amounts,
        });
        next_id += 1;
    }
    if !reader.is_at_end() {
        return None;
    }
    for extension in &mut extensions {
        extension.id = next_id;
        next_id += 1;
    }
    Some(Scenario {
        title,
        start,
        initial_years,
        extensions,
        partners,
    })
}

/// Counts in a link are small; a huge one means damage, and must not reserve memory.
fn small_count(count: u64) -> Option<usize> {
    (count <= 1_000).then_some(count as usize)
}

fn write_text(out: &mut Vec<u8>, text: &str) {
    let compressed = text_dictionary::compress(text);
    varint::write(out, compressed.len() as u64);
    out.extend_from_slice(&compressed);
}

fn read_text(reader: &mut Reader) -> Option<String> {
    let length = usize::try_from(reader.varint()?).ok()?;
    text_dictionary::expand(reader.take(length)?)
}

/// Amounts as pence = m × 10^e, written as the number m × 8 + e (e from 0 to 7), so
/// the round sums budgets are made of stay short: £52,000.00 is 52 × 10^5, two bytes.
fn write_pence(out: &mut Vec<u8>, pounds: rust_decimal::Decimal) {
    let mut mantissa = to_pence(pounds).max(0) as u64;
    let mut exponent = 0;
    while exponent < 7 && mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exponent += 1;
    }
    varint::write(out, mantissa * 8 + exponent);
}

fn read_pence(reader: &mut Reader) -> Option<rust_decimal::Decimal> {
    let packed = reader.varint()?;
    let pence = (packed / 8).checked_mul(10u64.checked_pow((packed % 8) as u32)?)?;
    (pence <= 100_000_000_000).then(|| from_pence(pence as i64))
}

/// Partner kinds' codes in links. Fixed forever: a code is never reused.
fn kind_code(kind: PartnerKind) -> u8 {
    match kind {
        PartnerKind::Council => 0,
        PartnerKind::PccOffice => 1,
        PartnerKind::CentralGovernmentGrant => 2,
        PartnerKind::HealthBody => 3,
        PartnerKind::Other => 4,
    }
}

fn kind_from_code(code: u8) -> Option<PartnerKind> {
    PartnerKind::ALL
        .into_iter()
        .find(|&kind| kind_code(kind) == code)
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF).
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc16_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }
}
