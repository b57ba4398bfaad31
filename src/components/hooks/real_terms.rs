//! The figures as the tables and charts show them: in cash, or in real terms at the
//! prices of the base year. HM Treasury's GDP deflators come from the worker (which
//! ships them) the first time real terms are asked for, so the first load carries
//! none of the data; a constant rate or the user's own index needs nothing loaded.

use crate::components::browser::file_worker::ask_file_worker;
use crate::file_worker::{Answer, Request};
use funding_model::data::appraisal::Deflator;
use funding_model::figures::appraisal::deflate::{parse_deflator_csv, DeflatorSeries};
use funding_model::figures::appraisal::present_value::base_year;
use funding_model::figures::appraisal::real_terms::{
    contract_year_factors, in_real_terms, YearFactor,
};
use funding_model::figures::Figures;
use funding_model::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// What the tables and charts show.
#[derive(Clone, PartialEq)]
pub struct Shown {
    /// The figures the tables and charts are drawn from.
    pub figures: Rc<Figures>,
    /// In real terms: the scenario the figures are of, its base year and the option on
    /// screen's factors. `None` in cash.
    pub real: Option<Rc<RealTerms>>,
    /// Why the tables are in cash although real terms were asked for, or that the
    /// deflators are on their way.
    pub note: Option<String>,
}

#[derive(PartialEq)]
pub struct RealTerms {
    pub scenario: Scenario,
    pub base_year: i32,
    pub factors: Vec<YearFactor>,
    /// The deflator, as "HM Treasury's GDP deflators of June 2026" or "a constant
    /// 2.00% a year".
    pub deflator: String,
}

/// The deflators as loaded: not yet asked for, on their way, or here (or why not).
#[derive(Clone, PartialEq)]
enum Loaded {
    NotAsked,
    Loading,
    Here(Result<Rc<DeflatorSeries>, String>),
}

#[hook]
pub fn use_shown_figures(scenario: &Rc<Scenario>, cash: &Rc<Figures>) -> Shown {
    let loaded = use_state(|| Loaded::NotAsked);
    let wants_series =
        scenario.appraisal.real_terms && scenario.appraisal.deflator == Deflator::Published;
    {
        let loaded = loaded.clone();
        use_effect_with(wants_series, move |wants| {
            // Asked again after a failure, when real terms are next asked for.
            let retry = matches!(*loaded, Loaded::NotAsked | Loaded::Here(Err(_)));
            if *wants && retry {
                loaded.set(Loaded::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(Loaded::Here(match ask_file_worker(Request::Deflators).await {
                        Some(Answer::Deflators(text)) => parse_deflator_csv(&text).map(Rc::new),
                        _ => Err("HM Treasury's GDP deflators could not be loaded, so the tables show cash. To try again, choose cash, then real terms.".to_string()),
                    }));
                });
            }
        });
    }
    let memo = use_memo(
        (scenario.clone(), cash.clone(), (*loaded).clone()),
        |(scenario, cash, loaded)| shown(scenario, cash, loaded),
    );
    (*memo).clone()
}

fn shown(scenario: &Scenario, cash: &Rc<Figures>, loaded: &Loaded) -> Shown {
    let in_cash = |note: Option<String>| Shown {
        figures: cash.clone(),
        real: None,
        note,
    };
    if !scenario.appraisal.real_terms {
        return in_cash(None);
    }
    let series = match (&scenario.appraisal.deflator, loaded) {
        (Deflator::Published, Loaded::Here(Ok(series))) => series.clone(),
        (Deflator::Published, Loaded::Here(Err(why))) => return in_cash(Some(why.clone())),
        (Deflator::Published, _) => {
            return in_cash(Some(
                "Loading HM Treasury's GDP deflators: the tables show cash until they arrive."
                    .to_string(),
            ))
        }
        _ => Rc::new(DeflatorSeries::none()),
    };
    let base = base_year(scenario);
    let real = in_real_terms(scenario, base, &series).and_then(|real| {
        let option = scenario.active_option();
        let factors = contract_year_factors(option, base, &scenario.appraisal.deflator, &series)?;
        Ok((real, factors))
    });
    match real {
        Ok((real, factors)) => Shown {
            figures: Rc::new(Figures::build(&real)),
            real: Some(Rc::new(RealTerms {
                deflator: deflator_words(&scenario.appraisal.deflator, &series),
                scenario: real,
                base_year: base,
                factors,
            })),
            note: None,
        },
        Err(why) => in_cash(Some(format!(
            "The tables show cash, as real terms cannot be worked out: {why}"
        ))),
    }
}

fn deflator_words(deflator: &Deflator, series: &DeflatorSeries) -> String {
    match deflator {
        Deflator::Published => format!(
            "HM Treasury's GDP deflators at market prices, {} release",
            series.vintage
        ),
        Deflator::Constant(rate) => format!("a constant {} a year", rate.label()),
        Deflator::Own(_) => "the index entered for each financial year".to_string(),
    }
}
