//! The scenario: what a commissioner edits and shares. It holds one or more funding
//! options (such as "do nothing" and "a countywide pool"), one of them the baseline
//! the others are compared with. Plain data; the figures come from
//! [`crate::figures`], the limits from [`super::limits`].

use super::agreement::Agreement;
use super::appraisal::{Appraisal, Benefits};
use super::line::{CostLine, Partner};
use super::money::Percent;
use super::month::YearMonth;
use super::version::VersionDetails;
use rust_decimal::Decimal;

/// What a commissioner edits and shares: one or more funding options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub title: String,
    /// Never empty: a scenario always has at least one option.
    pub options: Vec<FundingOption>,
    /// The position of the option the others are compared with.
    pub baseline: usize,
    /// The position of the option being edited and shown.
    pub active: usize,
    /// How money over time is appraised, for every option alike.
    pub appraisal: Appraisal,
    /// Who wrote this version, its label, status and date.
    pub version: VersionDetails,
}

/// One way of funding the service: its contract, partners, spending and activity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FundingOption {
    /// As "Option 3: countywide pool".
    pub name: String,
    /// The first month of the contract.
    pub start: YearMonth,
    /// The initial term in whole years, [`MIN_TERM_YEARS`] to [`MAX_TERM_YEARS`].
    pub initial_years: u8,
    /// Extension options in the order they would follow the initial term.
    pub extensions: Vec<Extension>,
    /// Funding partners in the order the commissioner put them.
    pub partners: Vec<Partner>,
    /// What the pool is spent on; empty when no spending plan has been made.
    pub cost_lines: Vec<CostLine>,
    pub match_rule: MatchRule,
    pub activity: Activity,
    /// What the agreement says beyond the amounts.
    pub agreement: Agreement,
    /// What the option saves or is worth, for its present value.
    pub benefits: Benefits,
}

impl Scenario {
    /// A scenario of one option.
    pub fn single(title: &str, option: FundingOption) -> Self {
        Scenario {
            title: title.to_string(),
            options: vec![option],
            baseline: 0,
            active: 0,
            appraisal: Appraisal::default(),
            version: VersionDetails::default(),
        }
    }

    /// A new scenario to fill in: one option starting in `start`, one year long, with
    /// one partner with no name or amount yet, and nothing else.
    pub fn blank(start: YearMonth) -> Self {
        Scenario::single(
            "",
            FundingOption {
                name: "Option 1".to_string(),
                start,
                initial_years: 1,
                extensions: Vec::new(),
                partners: vec![Partner::new(
                    1,
                    "",
                    super::line::PartnerKind::Council,
                    Decimal::ZERO,
                )],
                cost_lines: Vec::new(),
                match_rule: MatchRule::NoRule,
                activity: Activity::default(),
                agreement: Agreement::default(),
                benefits: Benefits::default(),
            },
        )
    }

    /// The option being edited. Positions are kept in range by every change and by
    /// [`Scenario::check_limits`]; the fallback only guards against a bug.
    pub fn active_option(&self) -> &FundingOption {
        let index = self.active.min(self.options.len().saturating_sub(1));
        &self.options[index]
    }

    pub fn active_option_mut(&mut self) -> &mut FundingOption {
        let index = self.active.min(self.options.len().saturating_sub(1));
        &mut self.options[index]
    }
}

/// An option to extend the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extension {
    /// Stable identity while editing; not a position.
    pub id: u32,
    /// Length in months, 1 to [`super::limits::MAX_EXTENSION_MONTHS`]; usually 12.
    pub months: u16,
    /// Whether this scenario takes the option up. Extensions run in order, so one
    /// counts only if every extension before it is taken up too.
    pub taken: bool,
}

/// A condition on how much of the pool local partners (every partner but a grant)
/// provide, as grant agreements set it. Checked over the term taken up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchRule {
    NoRule,
    /// Local partners provide at least this share of the total.
    MinimumLocalShare(Percent),
    /// Local partners provide at least this much in total.
    MinimumLocalAmount(Decimal),
    /// Local partners provide at least this share of the grants, as "local match of at
    /// least 10% of the Home Office grant".
    MinimumShareOfGrant(Percent),
}

/// Expected activity, for value for money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Activity {
    pub referrals_per_year: u32,
    pub completions_per_year: u32,
    /// A change in demand applied to both, in whole percent (60 for "up 60%").
    pub demand_change_percent: i32,
}

impl FundingOption {
    /// How many extensions count: the leading run of taken ones.
    pub fn taken_extension_count(&self) -> usize {
        self.extensions
            .iter()
            .take_while(|extension| extension.taken)
            .count()
    }

    /// The smallest id above every partner's, extension's and cost line's, for the
    /// next one added.
    pub fn next_id(&self) -> u32 {
        let partner_ids = self.partners.iter().map(|p| p.id);
        let extension_ids = self.extensions.iter().map(|e| e.id);
        let cost_line_ids = self.cost_lines.iter().map(|c| c.id);
        partner_ids
            .chain(extension_ids)
            .chain(cost_line_ids)
            .max()
            .map_or(1, |max| max.saturating_add(1))
    }

    /// A new option with nothing in it yet, starting when `like` does.
    pub fn empty(name: &str, like: &FundingOption) -> Self {
        FundingOption {
            name: name.to_string(),
            start: like.start,
            initial_years: like.initial_years,
            extensions: Vec::new(),
            partners: Vec::new(),
            cost_lines: Vec::new(),
            match_rule: MatchRule::NoRule,
            activity: Activity::default(),
            agreement: Agreement::default(),
            benefits: Benefits::default(),
        }
    }
}
