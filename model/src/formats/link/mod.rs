//! The scenario as a link fragment: `#v2.` then base64url of a compact binary body.
//! Documented in `docs/url-format.md`; every released version keeps decoding (the
//! golden links in `tests/fixtures/links/` hold this to account).
//!
//! Decoding is for untrusted text: it never panics, and every failure is a
//! [`LinkError`] with a plain-English message.

mod agreement;
mod appraisal;
mod base64url;
mod differences;
mod received;
mod text_dictionary;
mod varint;

pub use received::{open_received, Received, Repair};

use crate::data::limits::MAX_OPTIONS;
use crate::data::line::{CostKind, Line, LineKind, Partner, PartnerKind, Uplift};
use crate::data::money::{from_pence, to_pence, Percent, Rate};
use crate::data::month::YearMonth;
use crate::data::scenario::{Activity, Extension, FundingOption, MatchRule, Scenario};
use rust_decimal::Decimal;
use varint::Reader;

/// The newest format version this calculator reads and writes. Versions 1 (one option,
/// no spending plan), 2, 3, 4 and 5 still open.
pub const CURRENT_VERSION: u32 = 6;

/// Version 4 stores each option after the first as its differences from an earlier
/// one. It is written only where that makes the link shorter; otherwise the link is
/// version 2 or 3 as before, so it opens in older calculators too.
const DIFFERENCES_VERSION: u32 = 4;

/// Version 5 is version 4 with each line's terms, each option's agreement and uplifts
/// to four decimal places. It is written only for a scenario that holds one of them
/// ([`super::uses_agreements`]); any other is written as before.
const AGREEMENT_VERSION: u32 = 5;

/// Version 6 is version 5 with each option's benefits, and the scenario's appraisal and
/// version details after the options. It is written only for a scenario that holds one
/// of them ([`super::uses_appraisal`]); any other is written as before.
const APPRAISAL_VERSION: u32 = 6;

/// Fragments longer than this are refused before any work is done on them: room for
/// every scenario the editor can make at its limits (10 options of 300 lines each, all
/// with 200-character names and funding groups of four-byte characters, amounts for
/// every year and every term and agreement at its limits, come to about 8,500,000
/// characters; `tests/link_format.rs` holds the two in step), and still read in well
/// under a second. The saved draft is kept in this form too, so every scenario inside
/// the limits survives a reload.
pub const MAX_FRAGMENT_CHARS: usize = 9_000_000;

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

/// The fragment (without `#`) that carries `scenario`: the shorter of the options
/// written in full (versions 2 and 3) and written as differences (version 4); or, for
/// a scenario with agreements, version 5, each option written the shorter way; for a
/// scenario with an appraisal, benefits or version details, version 6 likewise.
pub fn encode(scenario: &Scenario) -> String {
    if super::uses_appraisal(scenario) {
        return encode_as_differences(scenario, APPRAISAL_VERSION);
    }
    if super::uses_agreements(scenario) {
        return encode_as_differences(scenario, AGREEMENT_VERSION);
    }
    let in_full = encode_in_full(scenario);
    let as_differences = encode_as_differences(scenario, DIFFERENCES_VERSION);
    if as_differences.len() < in_full.len() {
        as_differences
    } else {
        in_full
    }
}

/// Options after the first written as differences where that is shorter.
fn encode_as_differences(scenario: &Scenario, version: u32) -> String {
    let mut body = header(scenario, version);
    let encoded: Vec<_> = scenario
        .options
        .iter()
        .map(|option| OptionParts::of(option, version))
        .collect();
    for (index, option) in scenario.options.iter().enumerate() {
        differences::write_option(&mut body, &option.name, &encoded, index);
    }
    write_after_options(&mut body, scenario, version);
    frame(version, body)
}

/// The fragment with every option in full, in the oldest version that holds the
/// scenario (2, or 3 for a rule on a share of the grants), byte for byte as those
/// versions were written: what [`encode`] falls back to, held to the golden links. A
/// scenario with agreements is version 5 (with an appraisal, benefits or version
/// details, 6), each option after the first marked as in full.
pub fn encode_in_full(scenario: &Scenario) -> String {
    let version = version_in_full(scenario);
    let mut body = header(scenario, version);
    for (index, option) in scenario.options.iter().enumerate() {
        write_text(&mut body, &option.name, version);
        if version >= DIFFERENCES_VERSION && index > 0 {
            varint::write(&mut body, 0);
        }
        OptionParts::of(option, version).write_in_full(&mut body);
    }
    write_after_options(&mut body, scenario, version);
    frame(version, body)
}

/// What follows the options from version 6: the appraisal and the version details.
fn write_after_options(body: &mut Vec<u8>, scenario: &Scenario, version: u32) {
    if version >= APPRAISAL_VERSION {
        appraisal::write_appraisal(body, scenario);
        appraisal::write_version(body, &scenario.version);
    }
}

/// The oldest version that holds the scenario with every option in full.
fn version_in_full(scenario: &Scenario) -> u32 {
    if super::uses_appraisal(scenario) {
        APPRAISAL_VERSION
    } else if super::uses_agreements(scenario) {
        AGREEMENT_VERSION
    } else {
        super::version_for(scenario)
    }
}

/// The title, the number of options, the baseline and the option shown.
fn header(scenario: &Scenario, version: u32) -> Vec<u8> {
    let mut body = Vec::with_capacity(256);
    write_text(&mut body, &scenario.title, version);
    for number in [scenario.options.len(), scenario.baseline, scenario.active] {
        varint::write(&mut body, number as u64);
    }
    body
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

/// An option's parts as format `version` writes them, each encoded once: written in
/// full they are the option, and version 4 compares them with an earlier option's. A
/// line's bytes hold its terms, and the agreement is a part of its own (version 5;
/// empty before), as are the benefits (version 6; empty before).
struct OptionParts {
    contract: Vec<u8>,
    partners: Vec<Vec<u8>>,
    cost_lines: Vec<Vec<u8>>,
    rule: Vec<u8>,
    activity: Vec<u8>,
    agreement: Vec<u8>,
    benefits: Vec<u8>,
}

impl OptionParts {
    fn of(option: &FundingOption, version: u32) -> OptionParts {
        let partners = &option.partners;
        let agreement = match version >= AGREEMENT_VERSION {
            true => bytes_of(|out| {
                agreement::write_agreement(out, &option.agreement, &option.cost_lines)
            }),
            false => Vec::new(),
        };
        let benefits = match version >= APPRAISAL_VERSION {
            true => bytes_of(|out| appraisal::write_benefits(out, &option.benefits)),
            false => Vec::new(),
        };
        OptionParts {
            contract: bytes_of(|out| write_contract(out, option)),
            partners: (partners.iter())
                .map(|partner| bytes_of(|out| write_line(out, partner, version, partners)))
                .collect(),
            cost_lines: (option.cost_lines.iter())
                .map(|cost| bytes_of(|out| write_line(out, cost, version, partners)))
                .collect(),
            rule: bytes_of(|out| write_match_rule(out, option.match_rule)),
            activity: bytes_of(|out| write_activity(out, option.activity)),
            agreement,
            benefits,
        }
    }

    /// All but the name: the contract, each list's length and lines, the rule, the
    /// activity, (version 5) the agreement and (version 6) the benefits.
    fn write_in_full(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.contract);
        for lines in [&self.partners, &self.cost_lines] {
            varint::write(out, lines.len() as u64);
            lines.iter().for_each(|line| out.extend_from_slice(line));
        }
        out.extend_from_slice(&self.rule);
        out.extend_from_slice(&self.activity);
        out.extend_from_slice(&self.agreement);
        out.extend_from_slice(&self.benefits);
    }
}

fn bytes_of(write: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out);
    out
}

fn write_match_rule(body: &mut Vec<u8>, rule: MatchRule) {
    match rule {
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
}

fn write_activity(body: &mut Vec<u8>, activity: Activity) {
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

/// A line: name, annual amount, then a number packing how many amounts are typed for
/// particular years with the kind's code (from version 4, and whether it has an uplift;
/// in version 5, and whether it has terms), then those amounts, its uplift and its
/// terms. `partners` are its option's, which a lead names by position.
fn write_line<K: LinkCode>(body: &mut Vec<u8>, line: &Line<K>, version: u32, partners: &[Partner]) {
    write_text(body, &line.name, version);
    write_pence(body, line.annual);
    let kind = u64::from(line.kind.link_code());
    let count = line.year_amounts.len() as u64;
    let has_uplift = u64::from(line.uplift != Uplift::NONE);
    let has_terms = u64::from(!line.terms.is_plain());
    match version {
        AGREEMENT_VERSION.. => {
            varint::write(body, count * 32 + has_terms * 16 + has_uplift * 8 + kind)
        }
        DIFFERENCES_VERSION => varint::write(body, count * 16 + has_uplift * 8 + kind),
        _ => varint::write(body, count * 8 + kind),
    }
    for (year, amount) in &line.year_amounts {
        varint::write(body, u64::from(*year));
        write_pence(body, *amount);
    }
    if version < DIFFERENCES_VERSION {
        write_uplift(body, line.uplift);
    } else if has_uplift == 1 {
        match version {
            AGREEMENT_VERSION.. => agreement::write_rate(body, line.uplift.percent),
            _ => varint::write(body, u64::from(line.uplift.percent.0 / 100)),
        }
        varint::write(body, u64::from(line.uplift.from_year));
    }
    if version >= AGREEMENT_VERSION && has_terms == 1 {
        agreement::write_terms(body, &line.terms, partners);
    }
}

/// 0 for no uplift ([`Uplift::NONE`]); else the percentage in hundredths plus 1, then
/// the first year. (A 0% uplift from another year than the default is kept, as the
/// editor holds it.)
fn write_uplift(body: &mut Vec<u8>, uplift: Uplift) {
    if uplift == Uplift::NONE {
        varint::write(body, 0);
    } else {
        varint::write(body, u64::from(uplift.percent.0 / 100) + 1);
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
    let title = read_text(&mut reader, 1)?;
    let mut ids = 1..;
    let mut option = read_contract(&mut reader, "Option 1")?;
    option.partners = read_lines(&mut reader, &mut ids, 1)?;
    if !reader.is_at_end() {
        return None;
    }
    number_extensions(&mut option, &mut ids)?;
    Some(Scenario::single(&title, option))
}

/// Versions 2 to 6: 3 adds a kind of rule, 4 options written as differences, 5 terms
/// and agreements, 6 benefits, the appraisal and version details.
fn read_v2(body: &[u8], version: u32) -> Option<Scenario> {
    let mut reader = Reader::new(body);
    let title = read_text(&mut reader, version)?;
    let option_count = small_count(reader.varint()?)?;
    let baseline = small_count(reader.varint()?)?;
    let active = small_count(reader.varint()?)?;
    // An option as differences copies an earlier one: with few options, reading
    // stays linear in the link's length.
    if version >= DIFFERENCES_VERSION && option_count > MAX_OPTIONS {
        return None;
    }
    let mut options = Vec::with_capacity(option_count.min(MAX_OPTIONS));
    for _ in 0..option_count {
        let option = if version >= DIFFERENCES_VERSION && !options.is_empty() {
            differences::read_option(&mut reader, &options, version)?
        } else {
            read_option(&mut reader, version)?
        };
        options.push(option);
    }
    let (appraisal, version) = match version >= APPRAISAL_VERSION {
        true => (
            appraisal::read_appraisal(&mut reader, &options)?,
            appraisal::read_version(&mut reader)?,
        ),
        false => Default::default(),
    };
    reader.is_at_end().then_some(Scenario {
        title,
        options,
        baseline,
        active,
        appraisal,
        version,
    })
}

fn read_option(reader: &mut Reader, version: u32) -> Option<FundingOption> {
    let name = read_text(reader, version)?;
    read_option_after_name(reader, version, &name)
}

/// An option written in full, from after its name.
fn read_option_after_name(reader: &mut Reader, version: u32, name: &str) -> Option<FundingOption> {
    let mut option = read_contract(reader, name)?;
    let mut ids = 1..;
    option.partners = read_lines(reader, &mut ids, version)?;
    option.cost_lines = read_lines(reader, &mut ids, version)?;
    option.match_rule = read_match_rule(reader, version)?;
    option.activity = read_activity(reader)?;
    if version >= AGREEMENT_VERSION {
        option.agreement = agreement::read_agreement(reader, option.partners.len())?;
    }
    if version >= APPRAISAL_VERSION {
        option.benefits = appraisal::read_benefits(reader)?;
    }
    number_extensions(&mut option, &mut ids)?;
    Some(option)
}

fn read_match_rule(reader: &mut Reader, version: u32) -> Option<MatchRule> {
    Some(match reader.varint()? {
        0 => MatchRule::NoRule,
        1 => MatchRule::MinimumLocalShare(Percent(u32::try_from(reader.varint()?).ok()?)),
        2 => MatchRule::MinimumLocalAmount(read_pence(reader)?),
        3 if version >= 3 => {
            MatchRule::MinimumShareOfGrant(Percent(u32::try_from(reader.varint()?).ok()?))
        }
        _ => return None,
    })
}

fn read_activity(reader: &mut Reader) -> Option<Activity> {
    Some(Activity {
        referrals_per_year: u32::try_from(reader.varint()?).ok()?,
        completions_per_year: u32::try_from(reader.varint()?).ok()?,
        demand_change_percent: unzigzag(reader.varint()?)?,
    })
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
        agreement: Default::default(),
        benefits: Default::default(),
    })
}

/// Gives extensions ids after the partners' and cost lines'.
fn number_extensions(option: &mut FundingOption, ids: &mut std::ops::RangeFrom<u32>) -> Option<()> {
    for extension in &mut option.extensions {
        extension.id = ids.next()?;
    }
    Some(())
}

/// A list of lines, numbered from the next of `ids`.
fn read_lines<K: LinkCode>(
    reader: &mut Reader,
    ids: &mut std::ops::RangeFrom<u32>,
    version: u32,
) -> Option<Vec<Line<K>>> {
    let count = small_count(reader.varint()?)?;
    let mut lines = Vec::with_capacity(count);
    for _ in 0..count {
        lines.push(read_line(reader, ids.next()?, version)?);
    }
    Some(lines)
}

/// A line as [`write_line`] writes it; version 1 lines have no uplift.
fn read_line<K: LinkCode>(reader: &mut Reader, id: u32, version: u32) -> Option<Line<K>> {
    let name = read_text(reader, version)?;
    let annual = read_pence(reader)?;
    let packed = reader.varint()?;
    let kind = K::from_link_code((packed % 8) as u8)?;
    let (count, has_uplift, has_terms) = match version {
        AGREEMENT_VERSION.. => (packed / 32, packed & 8 != 0, packed & 16 != 0),
        DIFFERENCES_VERSION => (packed / 16, packed & 8 != 0, false),
        _ => (packed / 8, false, false),
    };
    let mut line = Line::new(id, &name, kind, annual);
    // Written in year order, so each year follows the one before: anything else is
    // damage, and refusing it keeps reading linear in the link's length.
    for _ in 0..small_count(count)? {
        let year = u16::try_from(reader.varint()?).ok()?;
        let amount = read_pence(reader)?;
        line.year_amounts.push_next(year, amount).then_some(())?;
    }
    if version >= DIFFERENCES_VERSION {
        if has_uplift {
            line.uplift = Uplift {
                percent: match version {
                    AGREEMENT_VERSION.. => agreement::read_rate(reader)?,
                    _ => Rate::from(Percent(u32::try_from(reader.varint()?).ok()?)),
                },
                from_year: u16::try_from(reader.varint()?).ok()?,
            };
        }
    } else if version >= 2 {
        line.uplift = read_uplift(reader)?;
    }
    if has_terms {
        line.terms = agreement::read_terms(reader)?;
    }
    Some(line)
}

fn read_uplift(reader: &mut Reader) -> Option<Uplift> {
    let percent = u32::try_from(reader.varint()?).ok()?;
    if percent == 0 {
        return Some(Uplift::NONE);
    }
    Some(Uplift {
        percent: Rate::from(Percent(percent - 1)),
        from_year: u16::try_from(reader.varint()?).ok()?,
    })
}

/// Counts in a link are small; a huge one means damage, and must not reserve memory.
fn small_count(count: u64) -> Option<usize> {
    (count <= 1_000).then_some(count as usize)
}

/// Text compressed by the dictionary; from version 4 its commonest words take one byte.
fn write_text(out: &mut Vec<u8>, text: &str, version: u32) {
    let compressed = text_dictionary::compress(text, version >= DIFFERENCES_VERSION);
    varint::write(out, compressed.len() as u64);
    out.extend_from_slice(&compressed);
}

fn read_text(reader: &mut Reader, version: u32) -> Option<String> {
    let length = usize::try_from(reader.varint()?).ok()?;
    text_dictionary::expand(reader.take(length)?, version >= DIFFERENCES_VERSION)
}

/// Amounts as pence = m × 10^e, written as the number m × 8 + e (e from 0 to 7), so
/// the round sums budgets are made of stay short: £52,000.00 is 52 × 10^5, two bytes.
fn write_pence(out: &mut Vec<u8>, pounds: Decimal) {
    let mut mantissa = to_pence(pounds).max(0) as u64;
    let mut exponent = 0;
    while exponent < 7 && mantissa != 0 && mantissa.is_multiple_of(10) {
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

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF), a byte at a time
/// through a table built on each call: 256 steps, so a link of 2 MB is checked in
/// milliseconds with no table in the app's download.
fn crc16(bytes: &[u8]) -> u16 {
    let mut table = [0u16; 256];
    for (byte, entry) in (0u16..).zip(table.iter_mut()) {
        *entry = (0..8).fold(byte << 8, |crc, _| match crc & 0x8000 {
            0 => crc << 1,
            _ => crc << 1 ^ 0x1021,
        });
    }
    bytes.iter().fold(0xFFFF, |crc: u16, &byte| {
        crc << 8 ^ table[usize::from((crc >> 8) as u8 ^ byte)]
    })
}

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
