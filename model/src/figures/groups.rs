//! Funding groups: the partners counted together by kind of funder (the grants, the
//! councils, health, police) or in groups the user names, so "the grants rise by
//! £213,468.00" can be read without the match funding mixed in. And each partner's
//! part of each year, with the change from the year before.

use super::analysis::share_of;
use super::comparison::Difference;
use super::report::Report;
use crate::data::line::{LineKind, Partner, PartnerKind};
use crate::data::money::{to_pence, Percent};
use rust_decimal::Decimal;

/// A group's figures over the chosen term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupFigures {
    /// As the tables head it: "Grants", "Councils", or the name the user gave.
    pub name: String,
    /// Its partners, by position.
    pub members: Vec<usize>,
    /// Its part of the pool in each contract year of the chosen term.
    pub by_year: Vec<Decimal>,
    pub total: Decimal,
    /// Its share of the pool over the term, by the one rule for shares.
    pub share: Option<Percent>,
}

/// The group of a kind of partner, as the tables head it.
pub fn kind_group(kind: PartnerKind) -> &'static str {
    match kind {
        PartnerKind::Council => "Councils",
        PartnerKind::PccOffice => "Police and Crime Commissioners' offices",
        PartnerKind::CentralGovernmentGrant => "Grants",
        PartnerKind::HealthBody => "Health bodies",
        PartnerKind::Other => "Other partners",
    }
}

/// The group a partner is counted in: the one it is given, else its kind's.
pub fn group_of(partner: &Partner) -> String {
    match partner.terms.group.trim() {
        "" => kind_group(partner.kind).to_string(),
        named => named.to_string(),
    }
}

/// The groups of `partners`, in the order their first members appear, with their
/// figures from `report`: each group's amounts are the sums of its members', so the
/// groups add up to the pool exactly.
pub fn funding_groups(partners: &[Partner], report: &Report) -> Vec<GroupFigures> {
    let mut groups: Vec<GroupFigures> = Vec::new();
    for (index, partner) in partners.iter().enumerate() {
        let name = group_of(partner);
        match groups.iter_mut().find(|group| group.name == name) {
            Some(group) => group.members.push(index),
            None => groups.push(GroupFigures {
                name,
                members: vec![index],
                by_year: Vec::new(),
                total: Decimal::ZERO,
                share: None,
            }),
        }
    }
    let whole = to_pence(report.chosen_total);
    for group in &mut groups {
        group.by_year = (report.years.iter())
            .map(|year| {
                group
                    .members
                    .iter()
                    .filter_map(|&i| year.contributions.get(i))
                    .sum()
            })
            .collect();
        group.total = group.by_year.iter().sum();
        group.share = share_of(to_pence(group.total), whole);
    }
    groups
}

/// A partner's part of one contract year: its amount, its share of the year's pool,
/// and the change from the year before (`None` for the first year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearPart {
    pub amount: Decimal,
    pub share: Option<Percent>,
    pub change: Option<Difference>,
}

/// Partner `index`'s part of each contract year of the chosen term.
pub fn year_parts(report: &Report, index: usize) -> Vec<YearPart> {
    let mut before: Option<Decimal> = None;
    (report.years.iter())
        .map(|year| {
            let amount = year
                .contributions
                .get(index)
                .copied()
                .unwrap_or(Decimal::ZERO);
            let part = YearPart {
                amount,
                share: share_of(to_pence(amount), to_pence(year.pool)),
                change: Difference::between(Some(amount), before),
            };
            before = Some(amount);
            part
        })
        .collect()
}

/// A group's name in a sentence: "the grants", or "the grant" for a group of one, for
/// a kind's group; a named group as typed.
pub fn group_in_sentence(name: &str, members: usize) -> String {
    let kind = PartnerKind::ALL
        .iter()
        .copied()
        .find(|kind| kind_group(*kind) == name);
    match (kind, members) {
        (Some(PartnerKind::PccOffice), 1) => {
            "the Police and Crime Commissioner's office".to_string()
        }
        (Some(PartnerKind::PccOffice), _) => {
            "the Police and Crime Commissioners' offices".to_string()
        }
        (Some(PartnerKind::Other), 1) => "the other partner".to_string(),
        (Some(kind), 1) => format!("the {}", kind.label().to_lowercase()),
        (Some(_), _) => format!("the {}", name.to_lowercase()),
        (None, _) => name.to_string(),
    }
}

/// Whether a group is a kind's (the councils, the grants), not one the user named.
pub fn is_kind_group(name: &str) -> bool {
    PartnerKind::ALL
        .iter()
        .any(|kind| kind_group(*kind) == name)
}

/// Whether the groups say more than the partners do: two or more groups, one of them
/// with more than one partner.
pub fn groups_worth_showing(groups: &[GroupFigures]) -> bool {
    groups.len() > 1 && groups.iter().any(|group| group.members.len() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets::Preset;

    #[test]
    fn cleveland_grant_and_match_funding_apart() {
        let option = Preset::Cleveland2022.option();
        let report = Report::build(&option);
        let groups = &report.groups;
        let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["Grants", "Other partners"]);
        let sum: Decimal = groups.iter().map(|g| g.total).sum();
        assert_eq!(sum, report.chosen_total);
        let grants = groups.iter().find(|g| g.name == "Grants").unwrap();
        assert_eq!(grants.by_year[0], Decimal::new(15_742_333, 2));
    }

    #[test]
    fn a_named_group_gathers_partners_of_any_kind() {
        let mut option = Preset::SouthYorkshire.option();
        option.partners[0].terms.group = "Doncaster and Rotherham".into();
        option.partners[3].terms.group = " Doncaster and Rotherham ".into();
        let report = Report::build(&option);
        let groups = &report.groups;
        assert_eq!(groups[0].name, "Doncaster and Rotherham");
        assert_eq!(groups[0].members, [0, 3]);
    }

    #[test]
    fn each_year_with_its_change() {
        let mut option = Preset::SouthYorkshire.option();
        option.partners[0].uplift = crate::data::line::Uplift {
            percent: Percent(200).into(),
            from_year: 2,
        };
        let report = Report::build(&option);
        let parts = year_parts(&report, 0);
        assert_eq!(parts[0].change, None);
        assert_eq!(parts[1].change.unwrap().pounds, Decimal::from(1_040));
    }
}
