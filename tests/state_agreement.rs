//! The agreement edited through actions, as the screen does: changing how an amount is
//! set keeps the amount, typed agreement fields reach the figures or keep their text
//! with a message, a split sets the rule rather than bare amounts, and removing a line
//! forgets what referred to it.

use funding_calculator::state::{
    Action, AgreementAction, AppState, Field, LineAction, LineRef, ListAction, Split,
};
use funding_model::data::agreement::{Basis, Period, RiskRule, Terms};
use funding_model::data::amount_set::AmountSet;
use funding_model::data::presets::Preset;
use funding_model::{format_gbp, LineList, Report};
use rust_decimal::Decimal;

fn pool(state: &AppState) -> String {
    format_gbp(Report::build(state.option()).years[0].pool)
}

fn type_text(state: AppState, field: Field, text: &str) -> AppState {
    state
        .apply(Action::Type(field, text.to_string()))
        .apply(Action::Settle(field))
}

#[test]
fn changing_how_an_amount_is_set_keeps_the_amount() {
    let state = AppState::default();
    let doncaster = LineRef::partner(1);
    for code in ["over-years", "share-of", "one-off", "annual"] {
        let next = state.apply(Action::line(
            doncaster,
            LineAction::SetHow(code.to_string()),
        ));
        assert_eq!(pool(&next), "£262,000.00", "{code}");
    }
    let over = state.apply(Action::line(
        doncaster,
        LineAction::SetHow("over-years".into()),
    ));
    assert_eq!(
        over.option().partners[0].terms.set,
        AmountSet::OverYears {
            total: Decimal::from(104_000),
            years: 2
        }
    );
    let typed = type_text(over, Field::SetTotal(doncaster), "120,000");
    assert_eq!(pool(&typed), "£270,000.00");
    let wrong = typed.apply(Action::Type(Field::SetYears(doncaster), "0".into()));
    assert_eq!(
        pool(&wrong),
        "£270,000.00",
        "a refused number of years changes nothing"
    );
    assert!(wrong
        .drafts
        .get(&Field::SetYears(doncaster))
        .unwrap()
        .error
        .is_some());
}

#[test]
fn a_split_by_figures_sets_the_basis_and_the_amounts_follow_it() {
    let state = AppState::default();
    let basis = Basis {
        name: "population".into(),
        total: Decimal::from(100_000),
        ..Basis::default()
    };
    let parts = [(1, 311_000), (3, 246_000), (4, 267_000)]
        .into_iter()
        .map(|(id, figure)| {
            let terms = Terms {
                set: AmountSet::ByBasis,
                basis_figure: Some(figure),
                ..Terms::default()
            };
            (id, Decimal::ZERO, terms)
        })
        .collect();
    let split = Split {
        chosen: parts,
        added: Vec::new(),
        basis: Some(basis),
    };
    let state = state.apply(Action::Lines(
        LineList::Partners,
        ListAction::SplitSet(Box::new(split)),
    ));
    let report = Report::build(state.option());
    assert_eq!(format_gbp(report.years[0].contributions[0]), "£37,742.72");
    let state = type_text(state, Field::BasisFigure(LineRef::partner(3)), "260,000");
    let report = Report::build(state.option());
    assert_eq!(format_gbp(report.years[0].contributions[2]), "£31,026.25");
    let state = type_text(state, Field::BasisTotal, "");
    assert_eq!(
        state.option().agreement.basis.as_ref().unwrap().total,
        Decimal::ZERO
    );
    let state = state.apply(Action::Agreement(AgreementAction::RemoveBasis));
    assert_eq!(state.option().agreement.basis, None);
}

#[test]
fn actual_spend_typed_by_line_and_removed_with_its_line() {
    let state = AppState::new(Preset::Cleveland2022.scenario());
    let state = state.apply(Action::Agreement(AgreementAction::SetOverspend(
        RiskRule::Aligned,
    )));
    let harbour = LineRef::cost_line(3);
    let state = state.apply(Action::line(harbour, LineAction::SetLead(Some(1))));
    let period = Period::ContractYear(1);
    let state = type_text(state, Field::ActualLine(harbour, period), "130,000");
    let report = Report::build(state.option());
    assert_eq!(report.outturns[0].split.parts, [880_300, 0]);
    let state = state.apply(Action::Lines(LineList::CostLines, ListAction::Remove(3)));
    assert!(
        state.option().agreement.actuals.is_empty(),
        "its actual spend goes with it"
    );
    let state = state.apply(Action::Lines(LineList::Partners, ListAction::Remove(1)));
    assert!(state
        .option()
        .cost_lines
        .iter()
        .all(|line| line.terms.lead.is_none()));
}

#[test]
fn every_agreement_field_finds_its_way_back_from_its_element_id() {
    let line = LineRef::partner(7);
    let cost = LineRef::cost_line(9);
    for field in [
        Field::SetTotal(line),
        Field::SetYears(line),
        Field::SetShare(line),
        Field::BasisFigure(line),
        Field::Group(line),
        Field::OverShare(line),
        Field::UnderShare(line),
        Field::Maximum(line),
        Field::BasisName,
        Field::BasisSource,
        Field::BasisDate,
        Field::BasisTotal,
        Field::RiskPool,
        Field::Tolerance,
        Field::Actual(Period::ContractYear(3)),
        Field::Actual(Period::FinancialYear(2024)),
        Field::ActualLine(cost, Period::FinancialYear(2025)),
    ] {
        assert_eq!(
            Field::from_element_id(&field.element_id()),
            Some(field),
            "{}",
            field.element_id()
        );
    }
}
