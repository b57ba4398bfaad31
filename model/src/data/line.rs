//! A funded line: a partner that pays into the pool, or a cost line the pool pays for.
//! Both have a name, a kind and the same amounts (an annual amount, amounts for
//! particular years, a yearly uplift); only the kind, and the list it lives in, differ.
//! So there is one type, [`Line`], one set of arithmetic, and one editor for both.

use super::agreement::Terms;
use super::inputs::MAX_AMOUNT_POUNDS;
use super::money::{div_round, from_pence, to_pence, Rate};
use super::scenario::FundingOption;
use rust_decimal::Decimal;
use std::fmt::Debug;

/// The two lists of lines an option has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineList {
    /// Who pays into the pool.
    Partners,
    /// What the pool pays for: the spending plan.
    CostLines,
}

impl LineList {
    /// What one line is called, as in the placeholder "Partner 3 (no name yet)".
    pub fn noun(self) -> &'static str {
        match self {
            LineList::Partners => "Partner",
            LineList::CostLines => "Cost line",
        }
    }

    /// The kinds a line of this list can be, as (code, label), in the order offered.
    pub fn kind_choices(self) -> Vec<(&'static str, &'static str)> {
        fn choices<K: LineKind>() -> Vec<(&'static str, &'static str)> {
            K::ALL
                .iter()
                .map(|kind| (kind.code(), kind.label()))
                .collect()
        }
        match self {
            LineList::Partners => choices::<PartnerKind>(),
            LineList::CostLines => choices::<CostKind>(),
        }
    }
}

/// What sort of line a line is; ties each kind type to the list it lives in.
pub trait LineKind: Copy + Eq + Debug + 'static {
    /// Every kind, in the order offered.
    const ALL: &'static [Self];
    /// The list lines of this kind live in.
    const LIST: LineList;
    /// The kind a new line starts as.
    const FIRST: Self;
    /// The kind for anything else, and for a code this version does not know.
    const OTHER: Self;

    /// The name shown to people.
    fn label(self) -> &'static str;

    /// A short stable code, for form values and the scenario file.
    fn code(self) -> &'static str;

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|kind| kind.code() == code)
    }

    /// The option's lines of this kind.
    fn lines(option: &FundingOption) -> &Vec<Line<Self>>;

    fn lines_mut(option: &mut FundingOption) -> &mut Vec<Line<Self>>;
}

/// A partner or a cost line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line<K> {
    /// Stable identity while editing; not a position.
    pub id: u32,
    pub name: String,
    pub kind: K,
    /// The amount for a full contract year, unless `year_amounts` says otherwise.
    pub annual: Decimal,
    /// Full-year amounts that differ from `annual`, by contract year number (1 is the
    /// first year). A part year is pro-rated from its full-year figure.
    pub year_amounts: YearAmounts,
    /// A yearly rise applied to `annual` (not to amounts typed for a year).
    pub uplift: Uplift,
    /// How its amount is set, and its part in the agreement's rules.
    pub terms: Terms,
}

/// A body that contributes to the pool.
pub type Partner = Line<PartnerKind>;
/// Something the pool pays for.
pub type CostLine = Line<CostKind>;

impl<K: LineKind> Line<K> {
    pub fn new(id: u32, name: &str, kind: K, annual: Decimal) -> Self {
        Line {
            id,
            name: name.to_string(),
            kind,
            annual,
            year_amounts: YearAmounts::default(),
            uplift: Uplift::NONE,
            terms: Terms::default(),
        }
    }

    /// The full-year amount in contract year `number` (1-based): a figure typed for
    /// that year, or the annual amount with any uplift.
    pub fn full_year_amount(&self, number: u16) -> Decimal {
        full_year_amount(self.annual, &self.year_amounts, self.uplift, number)
    }

    /// As [`Line::full_year_amount`], an uplifted amount rounded to the pound each
    /// year where the agreement keeps amounts in `whole_pounds`.
    pub fn full_year_amount_in(&self, number: u16, whole_pounds: bool) -> Decimal {
        match self.year_amounts.get(&number) {
            Some(amount) => *amount,
            None if whole_pounds => self.uplift.apply_to_pounds(self.annual, number),
            None => self.uplift.apply(self.annual, number),
        }
    }

    /// The name to show: the line's own, or a numbered placeholder while it is blank.
    pub fn display_name(&self, position: usize) -> String {
        display_name(&self.name, K::LIST, position)
    }
}

/// The full-year amount in contract year `number` of a line with these amounts: the
/// figure typed for that year, or the annual amount with any uplift.
pub fn full_year_amount(
    annual: Decimal,
    year_amounts: &YearAmounts,
    uplift: Uplift,
    number: u16,
) -> Decimal {
    year_amounts
        .get(&number)
        .copied()
        .unwrap_or_else(|| uplift.apply(annual, number))
}

/// A line's name, or a numbered placeholder while it is blank: "Partner 3 (no name yet)".
pub fn display_name(name: &str, list: LineList, position: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{} {} (no name yet)", list.noun(), position + 1)
    } else {
        name.to_string()
    }
}

impl Partner {
    /// Whether the partner counts as local for match funding: every kind but a grant.
    pub fn is_local(&self) -> bool {
        self.kind != PartnerKind::CentralGovernmentGrant
    }
}

/// What sort of body a partner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartnerKind {
    Council,
    PccOffice,
    CentralGovernmentGrant,
    HealthBody,
    Other,
}

impl LineKind for PartnerKind {
    const ALL: &'static [Self] = &[
        PartnerKind::Council,
        PartnerKind::PccOffice,
        PartnerKind::CentralGovernmentGrant,
        PartnerKind::HealthBody,
        PartnerKind::Other,
    ];
    const LIST: LineList = LineList::Partners;
    const FIRST: Self = PartnerKind::Council;
    const OTHER: Self = PartnerKind::Other;

    fn label(self) -> &'static str {
        match self {
            PartnerKind::Council => "Council",
            PartnerKind::PccOffice => "Police and Crime Commissioner's office",
            PartnerKind::CentralGovernmentGrant => "Central government grant",
            PartnerKind::HealthBody => "Health body",
            PartnerKind::Other => "Other",
        }
    }

    fn code(self) -> &'static str {
        match self {
            PartnerKind::Council => "council",
            PartnerKind::PccOffice => "pcc",
            PartnerKind::CentralGovernmentGrant => "grant",
            PartnerKind::HealthBody => "health",
            PartnerKind::Other => "other",
        }
    }

    fn lines(option: &FundingOption) -> &Vec<Line<Self>> {
        &option.partners
    }

    fn lines_mut(option: &mut FundingOption) -> &mut Vec<Line<Self>> {
        &mut option.partners
    }
}

impl PartnerKind {
    /// Several partners of this kind, as a sentence names them: "councils", "health
    /// bodies" ("partners" for others).
    pub fn plural(self) -> &'static str {
        match self {
            PartnerKind::Council => "councils",
            PartnerKind::PccOffice => "Police and Crime Commissioners' offices",
            PartnerKind::CentralGovernmentGrant => "grants",
            PartnerKind::HealthBody => "health bodies",
            PartnerKind::Other => "partners",
        }
    }
}

/// What sort of cost a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostKind {
    Provider,
    Evaluation,
    Other,
}

impl LineKind for CostKind {
    const ALL: &'static [Self] = &[CostKind::Provider, CostKind::Evaluation, CostKind::Other];
    const LIST: LineList = LineList::CostLines;
    const FIRST: Self = CostKind::Provider;
    const OTHER: Self = CostKind::Other;

    fn label(self) -> &'static str {
        match self {
            CostKind::Provider => "Service provider",
            CostKind::Evaluation => "Evaluation",
            CostKind::Other => "Other",
        }
    }

    fn code(self) -> &'static str {
        match self {
            CostKind::Provider => "provider",
            CostKind::Evaluation => "evaluation",
            CostKind::Other => "other",
        }
    }

    fn lines(option: &FundingOption) -> &Vec<Line<Self>> {
        &option.cost_lines
    }

    fn lines_mut(option: &mut FundingOption) -> &mut Vec<Line<Self>> {
        &mut option.cost_lines
    }
}

/// A yearly rise in an amount, compounding: from `from_year` on, each year's amount is
/// the year before's plus `percent`, rounded to the penny, up to £1,000,000,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uplift {
    /// The rise each year.
    pub percent: Rate,
    /// The first contract year that is uplifted (1 is the first year).
    pub from_year: u16,
}

impl Uplift {
    pub const NONE: Uplift = Uplift {
        percent: Rate(0),
        from_year: 2,
    };

    pub fn is_none(self) -> bool {
        self.percent.0 == 0
    }

    /// `annual` as uplifted for contract year `number`, each year's amount rounded to
    /// the penny.
    pub fn apply(self, annual: Decimal, number: u16) -> Decimal {
        self.apply_in_units(annual, number, 1)
    }

    /// `annual` as uplifted for contract year `number`, each year's amount rounded to
    /// the pound, as budgets kept in whole pounds are: 5.66% on £11,651,150 gives
    /// £12,310,605, not £12,310,605.09.
    pub fn apply_to_pounds(self, annual: Decimal, number: u16) -> Decimal {
        self.apply_in_units(annual, number, 100)
    }

    fn apply_in_units(self, annual: Decimal, number: u16, unit: i128) -> Decimal {
        if self.is_none() || number < self.from_year {
            return annual;
        }
        // Capped at the largest amount the calculator takes, so no total can overflow.
        let most = i128::from(MAX_AMOUNT_POUNDS) * 100 / unit;
        let mut units = div_round(i128::from(to_pence(annual)), unit);
        for _ in self.from_year.max(1)..=number {
            let whole = i128::from(Rate::PER_PERCENT) * 100;
            let uplifted = units * (whole + i128::from(self.percent.0));
            units = div_round(uplifted, whole).min(most);
        }
        from_pence((units * unit) as i64)
    }
}

/// A line's name and amounts, whatever its kind: what every line has alike, so one
/// piece of code reads and edits them for either list.
pub struct LineParts<'a> {
    /// 0 for the first line of its list.
    pub position: usize,
    pub name: &'a str,
    pub annual: Decimal,
    pub year_amounts: &'a YearAmounts,
    pub uplift: Uplift,
    pub terms: &'a Terms,
}

/// [`LineParts`] to change.
pub struct LinePartsMut<'a> {
    pub name: &'a mut String,
    pub annual: &'a mut Decimal,
    pub year_amounts: &'a mut YearAmounts,
    pub uplift: &'a mut Uplift,
    pub terms: &'a mut Terms,
}

impl FundingOption {
    /// The line `id` of `list`, if it has one.
    pub fn line_parts(&self, list: LineList, id: u32) -> Option<LineParts<'_>> {
        fn parts<K: LineKind>(lines: &[Line<K>], id: u32) -> Option<LineParts<'_>> {
            let position = lines.iter().position(|line| line.id == id)?;
            let line = &lines[position];
            Some(LineParts {
                position,
                name: &line.name,
                annual: line.annual,
                year_amounts: &line.year_amounts,
                uplift: line.uplift,
                terms: &line.terms,
            })
        }
        match list {
            LineList::Partners => parts(&self.partners, id),
            LineList::CostLines => parts(&self.cost_lines, id),
        }
    }

    pub fn line_parts_mut(&mut self, list: LineList, id: u32) -> Option<LinePartsMut<'_>> {
        fn parts<K: LineKind>(lines: &mut [Line<K>], id: u32) -> Option<LinePartsMut<'_>> {
            let line = lines.iter_mut().find(|line| line.id == id)?;
            Some(LinePartsMut {
                name: &mut line.name,
                annual: &mut line.annual,
                year_amounts: &mut line.year_amounts,
                uplift: &mut line.uplift,
                terms: &mut line.terms,
            })
        }
        match list {
            LineList::Partners => parts(&mut self.partners, id),
            LineList::CostLines => parts(&mut self.cost_lines, id),
        }
    }

    /// The ids of `list`'s lines, in order.
    pub fn line_ids(&self, list: LineList) -> Vec<u32> {
        match list {
            LineList::Partners => self.partners.iter().map(|line| line.id).collect(),
            LineList::CostLines => self.cost_lines.iter().map(|line| line.id).collect(),
        }
    }
}

/// Amounts typed for particular contract years, in year order. A short sorted list (a
/// line has at most one amount a year of the longest contract): the same as a map for
/// every use here, for far less code in the bundle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearAmounts(Vec<(u16, Decimal)>);

impl YearAmounts {
    pub fn get(&self, year: &u16) -> Option<&Decimal> {
        self.find(*year).ok().map(|index| &self.0[index].1)
    }

    pub fn contains_key(&self, year: &u16) -> bool {
        self.find(*year).is_ok()
    }

    /// Sets the amount for `year`, returning the one it replaces.
    pub fn insert(&mut self, year: u16, amount: Decimal) -> Option<Decimal> {
        match self.find(year) {
            Ok(index) => Some(std::mem::replace(&mut self.0[index].1, amount)),
            Err(index) => {
                self.0.insert(index, (year, amount));
                None
            }
        }
    }

    pub fn remove(&mut self, year: &u16) -> Option<Decimal> {
        self.find(*year).ok().map(|index| self.0.remove(index).1)
    }

    /// Adds the amount for a year after every year held, as readers of a format that
    /// lists years in order do; `false` (and nothing added) if it is not after them.
    pub fn push_next(&mut self, year: u16, amount: Decimal) -> bool {
        let after = self.0.last().is_none_or(|(last, _)| *last < year);
        if after {
            self.0.push((year, amount));
        }
        after
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each year and its amount, in year order.
    pub fn iter(&self) -> impl Iterator<Item = (&u16, &Decimal)> {
        self.0.iter().map(|(year, amount)| (year, amount))
    }

    pub fn keys(&self) -> impl Iterator<Item = &u16> {
        self.0.iter().map(|(year, _)| year)
    }

    pub fn values(&self) -> impl Iterator<Item = &Decimal> {
        self.0.iter().map(|(_, amount)| amount)
    }

    fn find(&self, year: u16) -> Result<usize, usize> {
        self.0.binary_search_by_key(&year, |(held, _)| *held)
    }
}

impl FromIterator<(u16, Decimal)> for YearAmounts {
    /// Later amounts for a year replace earlier ones, as in a map.
    fn from_iter<I: IntoIterator<Item = (u16, Decimal)>>(items: I) -> Self {
        let mut amounts = YearAmounts::default();
        for (year, amount) in items {
            amounts.insert(year, amount);
        }
        amounts
    }
}

impl<'a> IntoIterator for &'a YearAmounts {
    type Item = (&'a u16, &'a Decimal);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (u16, Decimal)>,
        fn(&'a (u16, Decimal)) -> (&'a u16, &'a Decimal),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(year, amount)| (year, amount))
    }
}
