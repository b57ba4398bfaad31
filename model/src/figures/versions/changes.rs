//! What changed between two versions of a scenario: every input, option by option and
//! partner by partner, each with its earlier and later value as text, and every
//! headline figure that moved, in pounds and per cent. Things are matched as
//! [`super::matching`] says; a list reordered is not a change.

use super::describe::{self as say, or_none, yes_no};
use super::matching::{pairs, Pair};
use crate::data::agreement::{Agreement, Clause, Period, Terms};
use crate::data::line::{Line, LineKind, LineList};
use crate::data::scenario::{FundingOption, Scenario};
use crate::figures::agreement_words::capitalised;
use crate::figures::comparison::option_name;
use crate::figures::report::describe_months;
use crate::figures::words::quoted;
use crate::figures::Figures;
use crate::format_gbp;

pub use super::figure_changes::FigureChange;

/// How an input changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Renamed,
    Changed,
}

/// What part of a version a change is in: the breakdown applies the changes of one
/// topic in one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The title, the baseline, the appraisal, the version details, an option added
    /// or removed.
    Scenario,
    /// An option's name, match rule, activity or benefits: no total moves with them.
    Option,
    /// The version's author, label, status and date: the words name the version
    /// instead.
    Version,
    /// The contract start and the initial term.
    Contract,
    /// An extension, by position.
    Extension(usize),
    Agreement,
    /// A partner, by its place in [`MatchedOption::partners`].
    Partner(usize),
    /// A cost line, by its place in [`MatchedOption::cost_lines`].
    CostLine(usize),
}

/// One input that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The option it is in, named as the later version names it (the earlier, for an
    /// option removed); `None` for the scenario's own inputs.
    pub option: Option<String>,
    /// The option's position in the later version (the earlier, for one removed).
    pub at: Option<usize>,
    /// What changed, as a sentence's subject: "Sheffield City Council's annual
    /// contribution", "the contract start".
    pub label: String,
    pub earlier: String,
    pub later: String,
    pub kind: ChangeKind,
    pub topic: Topic,
    /// The change as a clause of a sentence: "Sheffield City Council's contribution has
    /// risen from £60,000.00 to £70,000.00 a year".
    pub phrase: String,
}

impl Change {
    /// As a list shows it: "£60,000.00 → £70,000.00".
    pub fn text(&self) -> String {
        format!("{} → {}", self.earlier, self.later)
    }

    /// The label as a list's row starts: "The contract start".
    pub fn heading(&self) -> String {
        capitalised(&self.label)
    }
}

/// An option in both versions, with its partners and cost lines paired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchedOption {
    pub earlier: usize,
    pub later: usize,
    /// As the later version names it.
    pub name: String,
    pub partners: Vec<Pair>,
    pub cost_lines: Vec<Pair>,
}

/// Every input and headline figure that differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionChanges {
    /// Every input that changed: the scenario's, then option by option.
    pub inputs: Vec<Change>,
    /// Every headline figure that changed.
    pub figures: Vec<FigureChange>,
    /// The options paired, in the later version's order, then those removed.
    pub options: Vec<Pair>,
    /// The options in both versions.
    pub matched: Vec<MatchedOption>,
}

impl VersionChanges {
    /// Whether the versions are the same in every input the list reports.
    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty() && self.figures.is_empty()
    }
}

/// Every input and headline figure that changed from `earlier` to `later`.
pub fn compare(earlier: &Scenario, later: &Scenario) -> VersionChanges {
    compare_with(
        earlier,
        &Figures::build(earlier),
        later,
        &Figures::build(later),
    )
}

/// As [`compare`], with each version's figures already built (the app has them).
pub fn compare_with(
    earlier: &Scenario,
    earlier_figures: &Figures,
    later: &Scenario,
    later_figures: &Figures,
) -> VersionChanges {
    let names = |s: &Scenario| -> Vec<(String, u32)> {
        (s.options.iter().enumerate())
            .map(|(i, o)| (o.name.clone(), i as u32))
            .collect()
    };
    let (before, after) = (names(earlier), names(later));
    let options = pairs(&before, &after);
    let mut inputs = scenario_changes(earlier, later);
    let mut matched = Vec::new();
    for pair in &options {
        match pair.both() {
            Some((e, l)) => {
                let (old, new) = (&earlier.options[e], &later.options[l]);
                let name = option_name(&new.name, l);
                let mut out = Out::new(Some((name.clone(), l)));
                let found = option_changes(&mut out, (old, e), (new, l));
                inputs.extend(out.changes);
                matched.push(MatchedOption {
                    earlier: e,
                    later: l,
                    name,
                    partners: found.0,
                    cost_lines: found.1,
                });
            }
            None => inputs.push(option_presence(earlier, later, *pair)),
        }
    }
    let figures = super::figure_changes::figure_changes(
        (earlier, earlier_figures),
        (later, later_figures),
        &options,
        &matched,
    );
    VersionChanges {
        inputs,
        figures,
        options,
        matched,
    }
}

/// An option only one version has.
fn option_presence(earlier: &Scenario, later: &Scenario, pair: Pair) -> Change {
    let (scenario, index, kind) = match (pair.earlier, pair.later) {
        (_, Some(l)) => (later, l, ChangeKind::Added),
        (Some(e), None) => (earlier, e, ChangeKind::Removed),
        (None, None) => (later, 0, ChangeKind::Added),
    };
    let name = option_name(&scenario.options[index].name, index);
    let (before, after, verb) = match kind {
        ChangeKind::Added => ("none", "added", "has been added as an option"),
        _ => ("included", "removed", "is no longer an option"),
    };
    Change {
        option: None,
        at: None,
        label: format!("{} (option)", quoted(&name)),
        earlier: before.to_string(),
        later: after.to_string(),
        kind,
        topic: Topic::Scenario,
        phrase: format!("{} {verb}", quoted(&name)),
    }
}

/// The changes found so far, all in one option (or the scenario's own).
pub(super) struct Out {
    option: Option<String>,
    at: Option<usize>,
    topic: Topic,
    pub(super) changes: Vec<Change>,
}

impl Out {
    pub(super) fn new(option: Option<(String, usize)>) -> Out {
        let (option, at) = option.unzip();
        Out {
            option,
            at,
            topic: Topic::Scenario,
            changes: Vec::new(),
        }
    }

    /// A change, where the words of the two values differ.
    fn field(&mut self, label: String, earlier: String, later: String) {
        if earlier != later {
            let phrase = format!("{label} has changed from {earlier} to {later}");
            self.push(label, earlier, later, ChangeKind::Changed, phrase);
        }
    }

    fn push(
        &mut self,
        label: String,
        earlier: String,
        later: String,
        kind: ChangeKind,
        phrase: String,
    ) {
        self.changes.push(Change {
            option: self.option.clone(),
            at: self.at,
            label,
            earlier,
            later,
            kind,
            topic: self.topic,
            phrase,
        });
    }

    /// A change of an amount: "has risen from £1.00 to £2.00 a year".
    fn amount(
        &mut self,
        label: String,
        subject: String,
        earlier: rust_decimal::Decimal,
        later: rust_decimal::Decimal,
        per: &str,
    ) {
        if earlier == later {
            return;
        }
        let verb = if later > earlier { "risen" } else { "fallen" };
        let (e, l) = (format_gbp(earlier), format_gbp(later));
        let phrase = format!("{subject} has {verb} from {e} to {l}{per}");
        self.push(label, e, l, ChangeKind::Changed, phrase);
    }
}

/// The title, the baseline, the appraisal and the version details.
fn scenario_changes(earlier: &Scenario, later: &Scenario) -> Vec<Change> {
    let mut out = Out::new(None);
    out.field(
        "the title".into(),
        quoted(&earlier.title),
        quoted(&later.title),
    );
    let baseline = |s: &Scenario| {
        let index = s.baseline.min(s.options.len().saturating_sub(1));
        s.options
            .get(index)
            .map_or_else(String::new, |o| quoted(&option_name(&o.name, index)))
    };
    out.field(
        "the baseline option".into(),
        baseline(earlier),
        baseline(later),
    );
    appraisal_changes(&mut out, earlier, later);
    out.topic = Topic::Version;
    let (a, b) = (&earlier.version, &later.version);
    out.field(
        "the version's author".into(),
        or_none(&a.author),
        or_none(&b.author),
    );
    out.field(
        "the version's label".into(),
        or_none(&a.label),
        or_none(&b.label),
    );
    let status = |v: &crate::data::version::VersionDetails| {
        v.status
            .map_or("none".to_string(), |s| s.label().to_string())
    };
    out.field("the version's status".into(), status(a), status(b));
    let date = |v: &crate::data::version::VersionDetails| {
        v.date.map_or("none".to_string(), |d| d.long_label())
    };
    out.field("the version's date".into(), date(a), date(b));
    out.changes
}

fn appraisal_changes(out: &mut Out, earlier: &Scenario, later: &Scenario) {
    let (a, b) = (&earlier.appraisal, &later.appraisal);
    if a == b {
        return;
    }
    out.field(
        "whether figures are in real terms".into(),
        yes_no(a.real_terms),
        yes_no(b.real_terms),
    );
    let first = "the first year of the baseline's contract";
    out.field(
        "the prices' base year".into(),
        say::year(a.base_year, first),
        say::year(b.base_year, first),
    );
    out.field(
        "the deflator".into(),
        say::deflator(&a.deflator),
        say::deflator(&b.deflator),
    );
    let same = "the prices' base year";
    out.field(
        "the discounting's year 0".into(),
        say::year(a.discount_year, same),
        say::year(b.discount_year, same),
    );
    let preferred =
        |s: &Scenario, p: Option<usize>| match p.and_then(|i| Some((i, s.options.get(i)?))) {
            Some((i, o)) => quoted(&option_name(&o.name, i)),
            None => "none".to_string(),
        };
    out.field(
        "the preferred option".into(),
        preferred(earlier, a.preferred),
        preferred(later, b.preferred),
    );
    out.field(
        "the optimism bias".into(),
        say::optimism_bias(a.optimism_bias.as_ref()),
        say::optimism_bias(b.optimism_bias.as_ref()),
    );
    for index in 0..a.sensitivities.len().max(b.sensitivities.len()) {
        out.field(
            format!("sensitivity test {}", index + 1),
            say::sensitivity(earlier, a.sensitivities.get(index)),
            say::sensitivity(later, b.sensitivities.get(index)),
        );
    }
    out.field(
        "the switching value's input".into(),
        say::input(earlier, a.switching_input),
        say::input(later, b.switching_input),
    );
}

/// One option's changes; its partners and cost lines paired.
fn option_changes(
    out: &mut Out,
    (a, a_index): (&FundingOption, usize),
    (b, b_index): (&FundingOption, usize),
) -> (Vec<Pair>, Vec<Pair>) {
    out.topic = Topic::Option;
    if a.name != b.name {
        let (e, l) = (option_name(&a.name, a_index), option_name(&b.name, b_index));
        let phrase = format!("{} has been renamed {}", quoted(&e), quoted(&l));
        out.push(
            "the option's name".into(),
            format!("renamed from {}", quoted(&e)),
            quoted(&l),
            ChangeKind::Renamed,
            phrase,
        );
    }
    contract_changes(out, a, b);
    agreement_changes(out, a, b);
    let partners = line_changes(out, (a, &a.partners), (b, &b.partners));
    let cost_lines = line_changes(out, (a, &a.cost_lines), (b, &b.cost_lines));
    out.topic = Topic::Option;
    out.field(
        "the match-funding rule".into(),
        say::match_rule(a.match_rule),
        say::match_rule(b.match_rule),
    );
    let (x, y) = (a.activity, b.activity);
    out.field(
        "referrals a year".into(),
        say::count(x.referrals_per_year),
        say::count(y.referrals_per_year),
    );
    out.field(
        "completions a year".into(),
        say::count(x.completions_per_year),
        say::count(y.completions_per_year),
    );
    let demand = |p: i32| format!("{p:+}%");
    out.field(
        "the change in demand".into(),
        demand(x.demand_change_percent),
        demand(y.demand_change_percent),
    );
    let (x, y) = (a.benefits, b.benefits);
    out.amount(
        "cashable savings a year".into(),
        "cashable savings".into(),
        x.cashable_savings,
        y.cashable_savings,
        " a year",
    );
    out.amount(
        "avoided costs a year".into(),
        "avoided costs".into(),
        x.avoided_costs,
        y.avoided_costs,
        " a year",
    );
    out.amount(
        "the value per completion".into(),
        "the value per completion".into(),
        x.value_per_completion,
        y.value_per_completion,
        "",
    );
    (partners, cost_lines)
}

/// The start, the initial term and each extension, by position.
fn contract_changes(out: &mut Out, a: &FundingOption, b: &FundingOption) {
    out.topic = Topic::Contract;
    out.field(
        "the contract start".into(),
        a.start.long_label(),
        b.start.long_label(),
    );
    let term = |years: u8| describe_months(u32::from(years) * 12);
    out.field(
        "the initial term".into(),
        term(a.initial_years),
        term(b.initial_years),
    );
    let taken = |t: bool| if t { "taken up" } else { "not taken up" }.to_string();
    for index in 0..a.extensions.len().max(b.extensions.len()) {
        let name = format!("extension {}", index + 1);
        out.topic = Topic::Extension(index);
        match (a.extensions.get(index), b.extensions.get(index)) {
            (Some(x), Some(y)) => {
                let length = |months: u16| describe_months(u32::from(months));
                out.field(
                    format!("the length of {name}"),
                    length(x.months),
                    length(y.months),
                );
                if x.taken != y.taken {
                    let phrase = match y.taken {
                        true => format!("{name} is now taken up"),
                        false => format!("{name} is no longer taken up"),
                    };
                    out.push(
                        name.clone(),
                        taken(x.taken),
                        taken(y.taken),
                        ChangeKind::Changed,
                        phrase,
                    );
                }
            }
            (x, y) => {
                let what = |e: Option<&crate::data::scenario::Extension>| {
                    e.map_or("none".to_string(), |e| {
                        format!(
                            "{}, {}",
                            describe_months(u32::from(e.months)),
                            taken(e.taken)
                        )
                    })
                };
                let (kind, verb) = if y.is_some() {
                    (ChangeKind::Added, "added")
                } else {
                    (ChangeKind::Removed, "removed")
                };
                let phrase = format!("{name} has been {verb}");
                out.push(name.clone(), what(x), what(y), kind, phrase);
            }
        }
    }
}

/// The agreement beyond the lines' terms.
fn agreement_changes(out: &mut Out, a: &FundingOption, b: &FundingOption) {
    let (x, y) = (&a.agreement, &b.agreement);
    if x == y {
        return;
    }
    out.topic = Topic::Agreement;
    out.field(
        "the basis".into(),
        say::basis(x.basis.as_ref()),
        say::basis(y.basis.as_ref()),
    );
    out.field(
        "whether amounts are kept in whole pounds".into(),
        yes_no(x.whole_pounds),
        yes_no(y.whole_pounds),
    );
    out.field(
        "who bears an overspend".into(),
        x.overspend.label().into(),
        y.overspend.label().into(),
    );
    out.field(
        "who bears an underspend".into(),
        x.underspend.label().into(),
        y.underspend.label().into(),
    );
    out.amount(
        "the risk pool".into(),
        "the risk pool".into(),
        x.risk_pool,
        y.risk_pool,
        "",
    );
    out.field(
        "the tolerance".into(),
        x.tolerance.label(),
        y.tolerance.label(),
    );
    let by = |fy: bool| {
        if fy {
            "financial year"
        } else {
            "contract year"
        }
        .to_string()
    };
    out.field(
        "how actual spend is entered".into(),
        by(x.by_financial_year),
        by(y.by_financial_year),
    );
    actual_changes(out, (a, x), (b, y));
    for clause in Clause::ALL {
        out.field(
            format!("whether clause 7(3)({}) is marked stated", clause.letter()),
            yes_no(x.stated.contains(&clause)),
            yes_no(y.stated.contains(&clause)),
        );
    }
}

/// Actual spend, period by period, its lines named as each version names them.
fn actual_changes(
    out: &mut Out,
    (a, x): (&FundingOption, &Agreement),
    (b, y): (&FundingOption, &Agreement),
) {
    let mut periods: Vec<Period> = x
        .actuals
        .iter()
        .chain(&y.actuals)
        .map(|o| o.period)
        .collect();
    periods.sort_unstable();
    periods.dedup();
    let namer = |option: &FundingOption| {
        let lines: std::collections::HashMap<u32, String> = (option.cost_lines.iter().enumerate())
            .map(|(i, line)| (line.id, line.display_name(i)))
            .collect();
        move |id: u32| {
            lines
                .get(&id)
                .cloned()
                .unwrap_or_else(|| format!("cost line {id}"))
        }
    };
    let (name_a, name_b) = (namer(a), namer(b));
    for period in periods {
        out.field(
            format!("actual spend in {}", say::period(period)),
            say::outturn(x.outturn(period), &name_a),
            say::outturn(y.outturn(period), &name_b),
        );
    }
}

/// A list's lines paired and compared, each that is in both field by field.
fn line_changes<K: LineKind>(
    out: &mut Out,
    (a, earlier): (&FundingOption, &[Line<K>]),
    (b, later): (&FundingOption, &[Line<K>]),
) -> Vec<Pair> {
    let keys = |lines: &[Line<K>]| -> Vec<(String, u32)> {
        (lines.iter().enumerate())
            .map(|(i, l)| (l.display_name(i), l.id))
            .collect()
    };
    let (before, after) = (keys(earlier), keys(later));
    let found = pairs(&before, &after);
    for (index, pair) in found.iter().enumerate() {
        out.topic = match K::LIST {
            LineList::Partners => Topic::Partner(index),
            LineList::CostLines => Topic::CostLine(index),
        };
        match (pair.earlier, pair.later) {
            (Some(e), Some(l)) => line_fields(
                out,
                (a, &earlier[e], &before[e].0),
                (b, &later[l], &after[l].0),
            ),
            (None, Some(l)) => line_presence(out, &later[l], &after[l].0, ChangeKind::Added),
            (Some(e), None) => line_presence(out, &earlier[e], &before[e].0, ChangeKind::Removed),
            (None, None) => {}
        }
    }
    found
}

/// A line only one version has.
fn line_presence<K: LineKind>(out: &mut Out, line: &Line<K>, name: &str, kind: ChangeKind) {
    let partner = K::LIST == LineList::Partners;
    let phrase = match (kind, partner) {
        (ChangeKind::Added, true) => format!("{name} has joined as a partner"),
        (ChangeKind::Added, false) => format!("{name} has been added to the spending plan"),
        (_, true) => format!("{name} is no longer a partner"),
        (_, false) => format!("{name} has been taken out of the spending plan"),
    };
    let what = format!("{} a year", format_gbp(line.annual));
    let (earlier, later) = match kind {
        ChangeKind::Added => ("none".to_string(), what),
        _ => (what, "none".to_string()),
    };
    let noun = if partner { "partner" } else { "cost line" };
    out.push(format!("{name} ({noun})"), earlier, later, kind, phrase);
}

/// A line in both versions, field by field.
fn line_fields<K: LineKind>(
    out: &mut Out,
    (a, x, x_name): (&FundingOption, &Line<K>, &str),
    (b, y, name): (&FundingOption, &Line<K>, &str),
) {
    let of = |what: &str| format!("{}{what}", possessive(name));
    if x.name != y.name {
        let phrase = format!("{x_name} has been renamed {name}");
        out.push(
            of("name"),
            format!("renamed from {x_name}"),
            name.to_string(),
            ChangeKind::Renamed,
            phrase,
        );
    }
    out.field(of("kind"), x.kind.label().into(), y.kind.label().into());
    let (label, subject) = match K::LIST {
        LineList::Partners => (of("annual contribution"), of("contribution")),
        LineList::CostLines => (of("annual amount"), of("amount")),
    };
    out.amount(label, subject, x.annual, y.annual, " a year");
    year_amount_changes(out, &of, x, y);
    out.field(of("uplift"), say::uplift(x.uplift), say::uplift(y.uplift));
    if x.terms != y.terms {
        terms_changes(out, &of, (a, &x.terms), (b, &y.terms));
    }
}

/// The amounts typed for particular years, merged in year order.
fn year_amount_changes<K: LineKind>(
    out: &mut Out,
    of: &dyn Fn(&str) -> String,
    x: &Line<K>,
    y: &Line<K>,
) {
    if x.year_amounts == y.year_amounts {
        return;
    }
    let mut years: Vec<u16> = x
        .year_amounts
        .keys()
        .chain(y.year_amounts.keys())
        .copied()
        .collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        out.field(
            of(&format!("amount for year {year}")),
            say::money_or_none(x.year_amounts.get(&year).copied()),
            say::money_or_none(y.year_amounts.get(&year).copied()),
        );
    }
}

fn terms_changes(
    out: &mut Out,
    of: &dyn Fn(&str) -> String,
    (a, x): (&FundingOption, &Terms),
    (b, y): (&FundingOption, &Terms),
) {
    out.field(
        format!("how {} is set", of("amount")),
        say::amount_set(&x.set),
        say::amount_set(&y.set),
    );
    let figure = |f: Option<u64>| f.map_or("none".to_string(), crate::data::money::group_thousands);
    out.field(
        of("basis figure"),
        figure(x.basis_figure),
        figure(y.basis_figure),
    );
    let group = |g: &str| {
        if g.trim().is_empty() {
            "the group of its kind".to_string()
        } else {
            g.to_string()
        }
    };
    out.field(of("funding group"), group(&x.group), group(&y.group));
    let percent = |p: Option<crate::Percent>| p.map_or("none".to_string(), |p| p.label());
    out.field(
        of("agreed share of an overspend"),
        percent(x.overspend_share),
        percent(y.overspend_share),
    );
    out.field(
        of("agreed share of an underspend"),
        percent(x.underspend_share),
        percent(y.underspend_share),
    );
    out.field(
        of("maximum"),
        say::money_or_none(x.maximum),
        say::money_or_none(y.maximum),
    );
    let lead = |o: &FundingOption, id: Option<u32>| match id {
        None => "none".to_string(),
        Some(id) => (o.partners.iter().enumerate())
            .find(|(_, p)| p.id == id)
            .map_or_else(|| format!("partner {id}"), |(i, p)| p.display_name(i)),
    };
    out.field(of("lead partner"), lead(a, x.lead), lead(b, y.lead));
    out.field(
        format!("whether {} is a fixed price", of("cost")),
        yes_no(x.fixed_cost),
        yes_no(y.fixed_cost),
    );
}

/// "Sheffield City Council's ", "Barnsley Councils' ".
pub fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}' ")
    } else {
        format!("{name}'s ")
    }
}
