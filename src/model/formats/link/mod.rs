//! The scenario as a link fragment: `#v2.` then base64url of a compact binary body.
//! Documented in `docs/url-format.md`; every released version keeps decoding (the
//! golden links in `tests/fixtures/links/` hold this to account).
//!
//! Decoding is for untrusted text: it never panics, and every failure is a
//! [`LinkError`] with a plain-English message.

mod base64url;
mod received;
mod text_dictionary;
mod varint;

pub use received::{open_received, Received, Repair};

use crate::model::data::limits::MAX_OPTIONS;
use crate::model::data::line::{CostKind, Line, LineKind, PartnerKind, Uplift};
use crate::model::data::money::{from_pence, to_pence, Percent};
use crate::model::data::month::YearMonth;
use crate::model::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;
use varint::Reader;

/// The newest format version this calculator reads and writes. Version 1 (one option,
/// no spending plan) and version 2 still open.
pub const CURRENT_VERSION: u32 = 3;

/// Fragments longer than this are refused before any work is done on them: room for
/// every scenario the editor can make at its limits (10 options of 300 lines each, all
/// with 200-character names of four-byte characters and amounts for every year, come
/// to about 5,000,000 characters; `tests/link_format.rs` holds the two in step), and
/// still read in well under a second. The saved draft is kept in this form too, so
/// every scenario inside the limits survives a reload.
pub const MAX_FRAGMENT_CHARS: usize = 8_000_000;

/// The longest link a browser opens: Chrome refuses addresses over 2 MB (2,097,152
/// characters). A scenario whose link is longer is shared as a file; its link is not
/// offered, nor written to the address bar (the saved draft still holds it).
pub const MAX_ADDRESS_CHARS: usize = 2_000_000;

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
    for number in [scenario.options.len(), scenario.baseline, scenario.active] {
        varint::write(&mut body, number as u64);
    }
    for option in &scenario.options {
        write_option(&mut body, option);
    }
    frame(super::version_for(scenario), body)
}

/// The fragment carrying `body` as format `version`: the tag, then base64url of the
/// body and its checksum. Public so tests can build bodies the encoder never writes.
pub fn frame(version: u32, mut body: Vec<u8>) -> String {
    let checksum = crc16(&body);
    body.extend_from_slice(&checksum.to_be_bytes());
    format!("v{version}.{}", base64url::encode(&body))
}

/// The format version and body a fragment carries, its checksum checked: what every
/// version shares. A leading `#` is allowed.
pub fn unframe(fragment: &str) -> Result<(u32, Vec<u8>), LinkError> {
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
    if version == 0 || data.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::Damaged);
    }
    let mut bytes = base64url::decode(data).ok_or(LinkError::Damaged)?;
    let length = bytes.len().checked_sub(2).ok_or(LinkError::Damaged)?;
    if crc16(&bytes[..length]).to_be_bytes() != bytes[length..] {
        return Err(LinkError::Damaged);
    }
    bytes.truncate(length);
    Ok((version, bytes))
}

fn write_option(body: &mut Vec<u8>, option: &FundingOption) {
    write_text(body, &option.name);
    write_contract(body, option);
    write_lines(body, &option.partners);
    write_lines(body, &option.cost_lines);
    match option.match_rule {
        MatchRule::NoRule => varint::write(body, 0),
        MatchRule::MinimumLocalShare(share) => {
            varint::write(body, 1);
            varint::write(body, u64::from(share.0));
        }
        MatchRule::MinimumLocalAmount(amount) => {
            varint::write(body, 2);
            write_pence(body, amount);
        }
        MatchRule::MinimumShareOfGrant(share) => {
            varint::write(body, 3);
            varint::write(body, u64::from(share.0));
        }
    }
    let activity = option.activity;
    varint::write(body, u64::from(activity.referrals_per_year));
    varint::write(body, u64::from(activity.completions_per_year));
    varint::write(body, zigzag(activity.demand_change_percent));
}

/// The start month, initial term and extensions, as v1 wrote them.
fn write_contract(body: &mut Vec<u8>, option: &FundingOption) {
    let start = option.start;
    let months_since_2000 = (start.year() - 2000) * 12 + i32::from(start.month()) - 1;
    varint::write(body, months_since_2000.max(0) as u64);
    body.push(option.initial_years);
    varint::write(body, option.extensions.len() as u64);
    for extension in &option.extensions {
        varint::write(
            body,
            u64::from(extension.months) << 1 | u64::from(extension.taken),
        );
    }
}

/// A list's length, then each line: its name, amounts and uplift.
fn write_lines<K: LinkCode>(body: &mut Vec<u8>, lines: &[Line<K>]) {
    varint::write(body, lines.len() as u64);
    for line in lines {
        write_line_v1(body, line);
        write_uplift(body, line.uplift);
    }
}

/// A line as v1 wrote a partner: name, annual amount, then the number of amounts
/// typed for particular years with the kind's code in its low 3 bits, then those.
fn write_line_v1<K: LinkCode>(body: &mut Vec<u8>, line: &Line<K>) {
    write_text(body, &line.name);
    write_pence(body, line.annual);
    let kind = u64::from(line.kind.link_code());
    varint::write(body, line.year_amounts.len() as u64 * 8 + kind);
    for (year, amount) in &line.year_amounts {
        varint::write(body, u64::from(*year));
        write_pence(body, *amount);
    }
}

/// 0 for no uplift ([`Uplift::NONE`]); else the percentage in hundredths plus 1, then
/// the first year. (A 0% uplift from another year than the default is kept, as the
/// editor holds it.)
fn write_uplift(body: &mut Vec<u8>, uplift: Uplift) {
    if uplift == Uplift::NONE {
        varint::write(body, 0);
    } else {
        varint::write(body, u64::from(uplift.percent.0) + 1);
        varint::write(body, u64::from(uplift.from_year));
    }
}

/// Signed numbers as varints: 0, -1, 1, -2, ... become 0, 1, 2, 3, ...
fn zigzag(value: i32) -> u64 {
    (i64::from(value) << 1 ^ i64::from(value) >> 63) as u64
}

fn unzigzag(value: u64) -> Option<i32> {
    i32::try_from((value >> 1) as i64 ^ -((value & 1) as i64)).ok()
}

/// The scenario a fragment carries; a leading `#` is allowed.
pub fn decode(fragment: &str) -> Result<Scenario, LinkError> {
    let (version, body) = unframe(fragment)?;
    let scenario = if version == 1 {
        read_v1(&body)
    } else {
        read_v2(&body, version)
    };
    let scenario = scenario.ok_or(LinkError::Damaged)?;
    scenario.check_limits().map_err(LinkError::Unusable)?;
    Ok(scenario)
}

/// Version 1: one option, partners with no uplift, no spending plan.
fn read_v1(body: &[u8]) -> Option<Scenario> {
    let mut reader = Reader::new(body);
    let title = read_text(&mut reader)?;
    let mut ids = 1..;
    let mut option = read_contract(&mut reader, "Option 1")?;
    option.partners = read_lines(&mut reader, &mut ids, false)?;
    if !reader.is_at_end() {
        return None;
    }
    number_extensions(&mut option, &mut ids)?;
    Some(Scenario::single(&title, option))
}

/// Versions 2 and 3, which differ only in the rules an option may have.
fn read_v2(body: &[u8], version: u32) -> Option<Scenario> {
    let mut reader = Reader::new(body);
    let title = read_text(&mut reader)?;
    let option_count = small_count(reader.varint()?)?;
    let baseline = small_count(reader.varint()?)?;
    let active = small_count(reader.varint()?)?;
    let mut options = Vec::with_capacity(option_count.min(MAX_OPTIONS));
    for _ in 0..option_count {
        options.push(read_option(&mut reader, version)?);
    }
    reader.is_at_end().then_some(Scenario {
        title,
        options,
        baseline,
        active,
    })
}

fn read_option(reader: &mut Reader, version: u32) -> Option<FundingOption> {
    let name = read_text(reader)?;
    let mut option = read_contract(reader, &name)?;
    let mut ids = 1..;
    option.partners = read_lines(reader, &mut ids, true)?;
    option.cost_lines = read_lines(reader, &mut ids, true)?;
    option.match_rule = match reader.varint()? {
        0 => MatchRule::NoRule,
        1 => MatchRule::MinimumLocalShare(Percent(u32::try_from(reader.varint()?).ok()?)),
        2 => MatchRule::MinimumLocalAmount(read_pence(reader)?),
        3 if version >= 3 => {
            MatchRule::MinimumShareOfGrant(Percent(u32::try_from(reader.varint()?).ok()?))
        }
        _ => return None,
    };
    option.activity = Activity {
        referrals_per_year: u32::try_from(reader.varint()?).ok()?,
        completions_per_year: u32::try_from(reader.varint()?).ok()?,
        demand_change_percent: unzigzag(reader.varint()?)?,
    };
    number_extensions(&mut option, &mut ids)?;
    Some(option)
}

/// An option with the start, term and extensions read, and nothing else yet.
fn read_contract(reader: &mut Reader, name: &str) -> Option<FundingOption> {
    let months_since_2000 = u32::try_from(reader.varint()?).ok()?;
    let start = YearMonth::new(
        2000 + (months_since_2000 / 12).min(1_000) as i32,
        (months_since_2000 % 12) as u8 + 1,
    )
    .unwrap_or(YearMonth::new(2000, 1)?.plus_months(months_since_2000.min(100_000)));
    let initial_years = reader.byte()?;
    let extension_count = small_count(reader.varint()?)?;
    let mut extensions = Vec::with_capacity(extension_count);
    for _ in 0..extension_count {
        let packed = reader.varint()?;
        extensions.push(Extension {
            id: 0,
            months: u16::try_from(packed >> 1).ok()?,
            taken: packed & 1 == 1,
        });
    }
    Some(FundingOption {
        name: name.to_string(),
        start,
        initial_years,
        extensions,
        partners: Vec::new(),
        cost_lines: Vec::new(),
        match_rule: MatchRule::NoRule,
        activity: Activity::default(),
    })
}

/// Gives extensions ids after the partners' and cost lines'.
fn number_extensions(option: &mut FundingOption, ids: &mut std::ops::RangeFrom<u32>) -> Option<()> {
    for extension in &mut option.extensions {
        extension.id = ids.next()?;
    }
    Some(())
}

/// A list of lines, numbered from the next of `ids`; v1 lines have no uplift.
fn read_lines<K: LinkCode>(
    reader: &mut Reader,
    ids: &mut std::ops::RangeFrom<u32>,
    with_uplift: bool,
) -> Option<Vec<Line<K>>> {
    let count = small_count(reader.varint()?)?;
    let mut lines = Vec::with_capacity(count);
    for _ in 0..count {
        let mut line = read_line_v1(reader, ids.next()?)?;
        if with_uplift {
            line.uplift = read_uplift(reader)?;
        }
        lines.push(line);
    }
    Some(lines)
}

fn read_line_v1<K: LinkCode>(reader: &mut Reader, id: u32) -> Option<Line<K>> {
    let name = read_text(reader)?;
    let annual = read_pence(reader)?;
    let kind_and_count = reader.varint()?;
    let kind = K::from_link_code((kind_and_count % 8) as u8)?;
    let mut line = Line::new(id, &name, kind, annual);
    // Written in year order, so each year follows the one before: anything else is
    // damage, and refusing it keeps reading linear in the link's length.
    for _ in 0..small_count(kind_and_count / 8)? {
        let year = u16::try_from(reader.varint()?).ok()?;
        let amount = read_pence(reader)?;
        line.year_amounts.push_next(year, amount).then_some(())?;
    }
    Some(line)
}

fn read_uplift(reader: &mut Reader) -> Option<Uplift> {
    let percent = u32::try_from(reader.varint()?).ok()?;
    if percent == 0 {
        return Some(Uplift::NONE);
    }
    Some(Uplift {
        percent: Percent(percent - 1),
        from_year: u16::try_from(reader.varint()?).ok()?,
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
fn write_pence(out: &mut Vec<u8>, pounds: Decimal) {
    let mut mantissa = to_pence(pounds).max(0) as u64;
    let mut exponent = 0;
    while exponent < 7 && mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exponent += 1;
    }
    varint::write(out, mantissa * 8 + exponent);
}

fn read_pence(reader: &mut Reader) -> Option<Decimal> {
    let packed = reader.varint()?;
    let pence = (packed / 8).checked_mul(10u64.checked_pow((packed % 8) as u32)?)?;
    (pence <= 100_000_000_000).then(|| from_pence(pence as i64))
}

/// A kind's code in links. Fixed forever: a code is never reused.
trait LinkCode: LineKind {
    fn link_code(self) -> u8;

    fn from_link_code(code: u8) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|kind| kind.link_code() == code)
    }
}

impl LinkCode for PartnerKind {
    fn link_code(self) -> u8 {
        match self {
            PartnerKind::Council => 0,
            PartnerKind::PccOffice => 1,
            PartnerKind::CentralGovernmentGrant => 2,
            PartnerKind::HealthBody => 3,
            PartnerKind::Other => 4,
        }
    }
}

impl LinkCode for CostKind {
    fn link_code(self) -> u8 {
        match self {
            CostKind::Provider => 0,
            CostKind::Evaluation => 1,
            CostKind::Other => 2,
        }
    }
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF).
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &byte in bytes {
        for nibble in [byte >> 4, byte & 0x0F] {
            crc = crc << 4 ^ CRC16_NIBBLES[usize::from((crc >> 12) as u8 ^ nibble)];
        }
    }
    crc
}

/// CRC-16/CCITT-FALSE four bits at a time: the remainder of each nibble, shifted
/// through the polynomial 0x1021. Sixteen entries, so a link of 2 MB is checked in
/// milliseconds with 32 bytes of table.
const CRC16_NIBBLES: [u16; 16] = {
    let mut table = [0u16; 16];
    let mut i = 0;
    while i < 16 {
        let mut crc = (i as u16) << 12;
        let mut bit = 0;
        while bit < 4 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zigzag_round_trips() {
        for value in [0, 1, -1, 60, -100, 1_000, i32::MAX, i32::MIN] {
            assert_eq!(unzigzag(zigzag(value)), Some(value));
        }
        assert_eq!(zigzag(-1), 1);
        assert_eq!(zigzag(1), 2);
    }

    #[test]
    fn crc16_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }
}
