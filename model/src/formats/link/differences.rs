//! Version 4: an option after the first stored as its differences from an earlier
//! option, so options that share thirty partners do not repeat them. Each option is
//! written whichever way is shorter: in full as in version 3, or as differences from
//! the earlier option that gives the fewest bytes (`docs/url-format.md`). Version 5
//! adds the agreement as one more part an option may copy.

use super::varint::{self, Reader};
use super::{
    agreement, read_activity, read_contract, read_line, read_match_rule, read_option_after_name,
    read_text, small_count, write_text, LinkCode, OptionParts, AGREEMENT_VERSION,
    APPRAISAL_VERSION, DIFFERENCES_VERSION as VERSION,
};
use crate::data::line::Line;
use crate::data::scenario::FundingOption;
use std::ops::RangeFrom;

/// Which of the contract, rule, activity, (version 5) agreement and (version 6)
/// benefits an option writes: the rest it copies.
const CONTRACT: u64 = 1;
const RULE: u64 = 2;
const ACTIVITY: u64 = 4;
const AGREEMENT: u64 = 8;
const BENEFITS: u64 = 16;

/// Option `index`, named `name`: its name, then 0 and the option in full, or the
/// position of its reference plus 1 and its differences from that option.
pub(super) fn write_option(body: &mut Vec<u8>, name: &str, options: &[OptionParts], index: usize) {
    let option = &options[index];
    write_text(body, name, VERSION);
    if index == 0 {
        option.write_in_full(body);
        return;
    }
    let mut shortest = vec![0];
    option.write_in_full(&mut shortest);
    for (position, reference) in options[..index].iter().enumerate() {
        let candidate = differences(position, reference, option);
        if candidate.len() < shortest.len() {
            shortest = candidate;
        }
    }
    body.extend_from_slice(&shortest);
}

fn differences(position: usize, reference: &OptionParts, option: &OptionParts) -> Vec<u8> {
    let parts = [
        (CONTRACT, &reference.contract, &option.contract),
        (RULE, &reference.rule, &option.rule),
        (ACTIVITY, &reference.activity, &option.activity),
        (AGREEMENT, &reference.agreement, &option.agreement),
        (BENEFITS, &reference.benefits, &option.benefits),
    ];
    let flags = parts
        .iter()
        .filter(|(_, old, new)| old != new)
        .fold(0, |flags, (flag, _, _)| flags | flag);
    let mut out = Vec::new();
    varint::write(&mut out, position as u64 + 1);
    varint::write(&mut out, flags);
    let written = |part: u64| flags & part != 0;
    if written(CONTRACT) {
        out.extend_from_slice(&option.contract);
    }
    write_line_edits(&mut out, &reference.partners, &option.partners);
    write_line_edits(&mut out, &reference.cost_lines, &option.cost_lines);
    if written(RULE) {
        out.extend_from_slice(&option.rule);
    }
    if written(ACTIVITY) {
        out.extend_from_slice(&option.activity);
    }
    if written(AGREEMENT) {
        out.extend_from_slice(&option.agreement);
    }
    if written(BENEFITS) {
        out.extend_from_slice(&option.benefits);
    }
    out
}

/// The lines as edits of the reference's: a number of runs (0 when they are the same),
/// each run the number of reference lines to copy, to drop, and of new lines to
/// insert, then those lines; reference lines after the last run are copied. This
/// encoder writes one run: what lies between the common start and the common end.
fn write_line_edits(out: &mut Vec<u8>, old: &[Vec<u8>], new: &[Vec<u8>]) {
    let same_start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if same_start == old.len() && same_start == new.len() {
        varint::write(out, 0);
        return;
    }
    let same_end = old[same_start..]
        .iter()
        .rev()
        .zip(new[same_start..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let inserted = &new[same_start..new.len() - same_end];
    for number in [
        1,
        same_start,
        old.len() - same_start - same_end,
        inserted.len(),
    ] {
        varint::write(out, number as u64);
    }
    for line in inserted {
        out.extend_from_slice(line);
    }
}

/// The next option of a link of `version` (4, 5 or 6), given the options read before it.
pub(super) fn read_option(
    reader: &mut Reader,
    earlier: &[FundingOption],
    version: u32,
) -> Option<FundingOption> {
    let name = read_text(reader, version)?;
    let reference = match reader.varint()? {
        0 => return read_option_after_name(reader, version, &name),
        position => earlier.get(usize::try_from(position - 1).ok()?)?,
    };
    let flags = reader.varint()?;
    let parts = match version {
        APPRAISAL_VERSION.. => CONTRACT | RULE | ACTIVITY | AGREEMENT | BENEFITS,
        AGREEMENT_VERSION => CONTRACT | RULE | ACTIVITY | AGREEMENT,
        _ => CONTRACT | RULE | ACTIVITY,
    };
    if flags & !parts != 0 {
        return None;
    }
    let mut option = if flags & CONTRACT != 0 {
        read_contract(reader, &name)?
    } else {
        FundingOption {
            name,
            partners: Vec::new(),
            cost_lines: Vec::new(),
            ..reference.clone()
        }
    };
    let mut ids = 1..;
    option.partners = read_line_edits(reader, &reference.partners, &mut ids, version)?;
    option.cost_lines = read_line_edits(reader, &reference.cost_lines, &mut ids, version)?;
    option.match_rule = if flags & RULE != 0 {
        read_match_rule(reader, version)?
    } else {
        reference.match_rule
    };
    option.activity = if flags & ACTIVITY != 0 {
        read_activity(reader)?
    } else {
        reference.activity
    };
    let partners = option.partners.len();
    option.agreement = if flags & AGREEMENT != 0 {
        agreement::read_agreement(reader, partners)?
    } else {
        agreement::moved(&reference.agreement, reference.partners.len(), partners)?
    };
    option.benefits = if flags & BENEFITS != 0 {
        super::appraisal::read_benefits(reader)?
    } else {
        reference.benefits
    };
    super::number_extensions(&mut option, &mut ids)?;
    Some(option)
}

/// Lines as [`write_line_edits`] writes them, numbered from the next of `ids`. Every
/// copy is of reference lines not yet passed, so the work is bounded by the
/// reference's length and the link's.
fn read_line_edits<K: LinkCode>(
    reader: &mut Reader,
    reference: &[Line<K>],
    ids: &mut RangeFrom<u32>,
    version: u32,
) -> Option<Vec<Line<K>>> {
    let mut lines = Vec::with_capacity(reference.len());
    let mut position = 0;
    for _ in 0..small_count(reader.varint()?)? {
        let kept = small_count(reader.varint()?)?;
        let dropped = small_count(reader.varint()?)?;
        copy_lines(&mut lines, reference.get(position..position + kept)?, ids)?;
        position += kept + dropped;
        for _ in 0..small_count(reader.varint()?)? {
            lines.push(read_line(reader, ids.next()?, version)?);
        }
    }
    copy_lines(&mut lines, reference.get(position..)?, ids)?;
    Some(lines)
}

fn copy_lines<K: LinkCode>(
    lines: &mut Vec<Line<K>>,
    copied: &[Line<K>],
    ids: &mut RangeFrom<u32>,
) -> Option<()> {
    for line in copied {
        lines.push(Line {
            id: ids.next()?,
            ..line.clone()
        });
    }
    Some(())
}
