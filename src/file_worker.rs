//! What the app and its file worker (`src/bin/file_worker.rs`) say to each other: one
//! type of request and one of answer, both sides built on this module, so neither
//! spells a message by hand. Each message travels as a JavaScript array of a kind and
//! a payload: a file's bytes pass as the `ArrayBuffer` the browser read, not copied
//! into the page's WebAssembly first, and no JSON code is needed on the page's side
//! (the first load carries none; docs/benchmarks.md).

use funding_model::figures::working::Working;
use funding_model::scenario_file::{file_to_fragment, fragment_to_file};
use wasm_bindgen::JsValue;

/// What the app asks of the worker.
#[derive(Debug)]
pub enum Request {
    /// Read a scenario file: its bytes, as an `ArrayBuffer`.
    Open(JsValue),
    /// Write a scenario file: the scenario as a link fragment.
    Save(String),
    /// Compare an earlier version (a link as pasted, or a fragment) with the
    /// scenario on screen (a fragment): the comparison's code and the decoding of a
    /// pasted link, however long, stay off the page.
    Compare { earlier: String, later: String },
    /// HM Treasury's GDP deflators, shipped with the worker, for real terms.
    Deflators,
    /// The appraisal of the scenario of this link fragment.
    Appraise(String),
    /// The working of a figure (its code, `Figure::code`) of the scenario of this link
    /// fragment, in cash or, as the page shows it, in real terms. Only the figure
    /// explained needs this code, so the page's first load carries none of it.
    Explain {
        fragment: String,
        figure: String,
        real_terms: bool,
    },
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The worker listens: sent once, before any request.
    Ready,
    /// The worker's code could not be loaded: sent by its loader
    /// (`assets/file-worker-loader.js`) in place of `Ready`.
    Failed,
    /// The file read, as a link fragment, which holds a scenario without loss.
    Opened(String),
    /// The file could not be read: what is wrong with it, in plain English.
    Refused(String),
    /// The file's text.
    Saved(String),
    /// The fragment was no scenario (the app sends only its own, so never expected).
    NotSaved,
    /// Two versions compared: the page's section, and the text to paste as plain
    /// text and as HTML.
    Compared(Section),
    /// The GDP deflators' file, as text.
    Deflators(String),
    /// The appraisal: the page's section and the text to paste.
    Appraised(Section),
    /// The working of the figure asked about.
    Explained(Working),
    /// The figure asked about is not among the scenario's figures.
    NotExplained,
}

/// A section the worker wrote: the page's HTML, and the text to paste as plain
/// text and as HTML.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The section of the page: HTML the model wrote, every text escaped.
    pub page: String,
    pub plain: String,
    pub html: String,
    /// Each table shown, as its file's name and its CSV.
    pub tables: Vec<(String, String)>,
}

impl Section {
    /// The section as it travels: its kind, its three texts, then each table's name
    /// and CSV.
    fn parts<'a>(&'a self, kind: &'a str) -> Vec<&'a str> {
        let mut parts = vec![kind, &self.page, &self.plain, &self.html];
        for (name, csv) in &self.tables {
            parts.extend([name.as_str(), csv.as_str()]);
        }
        parts
    }

    /// The section from the texts after its kind.
    fn from_parts(parts: Vec<String>) -> Option<Section> {
        let mut parts = parts.into_iter();
        let (page, plain, html) = (parts.next()?, parts.next()?, parts.next()?);
        let rest: Vec<String> = parts.collect();
        if !rest.len().is_multiple_of(2) {
            return None;
        }
        let tables = rest
            .chunks(2)
            .map(|pair| (pair[0].clone(), pair[1].clone()))
            .collect();
        Some(Section {
            page,
            plain,
            html,
            tables,
        })
    }
}

/// Each table as its file's name (from its title) and its CSV.
fn csv_files(
    tables: Vec<(String, funding_model::formats::table_export::Table)>,
) -> Vec<(String, String)> {
    tables
        .into_iter()
        .map(|(title, table)| {
            let name = title
                .to_lowercase()
                .replace([' ', ','], "-")
                .replace("--", "-");
            (name, funding_model::formats::table_export::to_csv(&table))
        })
        .collect()
}

const OPEN: &str = "open";
const SAVE: &str = "save";
const COMPARE: &str = "compare";
const COMPARED: &str = "compared";
const DEFLATORS: &str = "deflators";
const APPRAISE: &str = "appraise";
const APPRAISED: &str = "appraised";
const EXPLAIN: &str = "explain";
const EXPLAINED: &str = "explained";
const REAL_TERMS: &str = "real";

impl Request {
    pub fn to_js(&self) -> JsValue {
        let (kind, payload) = match self {
            Request::Open(bytes) => (OPEN, bytes.clone()),
            Request::Save(fragment) => (SAVE, JsValue::from_str(fragment)),
            Request::Compare { earlier, later } => {
                let (earlier, later) = (JsValue::from_str(earlier), JsValue::from_str(later));
                return js_sys::Array::of3(&COMPARE.into(), &earlier, &later).into();
            }
            Request::Deflators => (DEFLATORS, JsValue::UNDEFINED),
            Request::Appraise(fragment) => (APPRAISE, JsValue::from_str(fragment)),
            Request::Explain {
                fragment,
                figure,
                real_terms,
            } => {
                let prices = if *real_terms { REAL_TERMS } else { "cash" };
                let parts = [EXPLAIN, fragment, figure, prices].map(JsValue::from_str);
                return parts.into_iter().collect::<js_sys::Array>().into();
            }
        };
        js_sys::Array::of2(&kind.into(), &payload).into()
    }

    pub fn from_js(message: &JsValue) -> Option<Request> {
        let message = js_sys::Array::from(message);
        match message.get(0).as_string()?.as_str() {
            OPEN => Some(Request::Open(message.get(1))),
            SAVE => Some(Request::Save(message.get(1).as_string()?)),
            DEFLATORS => Some(Request::Deflators),
            APPRAISE => Some(Request::Appraise(message.get(1).as_string()?)),
            EXPLAIN => Some(Request::Explain {
                fragment: message.get(1).as_string()?,
                figure: message.get(2).as_string()?,
                real_terms: message.get(3).as_string()? == REAL_TERMS,
            }),
            COMPARE => Some(Request::Compare {
                earlier: message.get(1).as_string()?,
                later: message.get(2).as_string()?,
            }),
            _ => None,
        }
    }
}

impl Answer {
    /// The worker's answer to `request`.
    pub fn to(request: Request) -> Answer {
        match request {
            Request::Open(bytes) => Answer::to_open(&js_sys::Uint8Array::new(&bytes).to_vec()),
            Request::Save(fragment) => Answer::to_save(&fragment),
            Request::Compare { earlier, later } => Answer::to_compare(&earlier, &later),
            Request::Deflators => Answer::Deflators(
                funding_model::figures::appraisal::deflate::PUBLISHED_CSV.to_string(),
            ),
            Request::Appraise(fragment) => Answer::to_appraise(&fragment),
            Request::Explain {
                fragment,
                figure,
                real_terms,
            } => Answer::to_explain(&fragment, &figure, real_terms),
        }
    }

    /// The working of a figure, worked out from the scenario as the page does: the
    /// same figures, and in real terms the same deflators (the published ones are the
    /// worker's own, and the page's come from it).
    pub fn to_explain(fragment: &str, figure: &str, real_terms: bool) -> Answer {
        use funding_model::figures::appraisal::deflate::{parse_deflator_csv, PUBLISHED_CSV};
        use funding_model::figures::appraisal::{present_value, real_terms as real};
        use funding_model::figures::working::{working_in_prices, Figure, InRealTerms};
        let Ok(scenario) = funding_model::link::decode(fragment) else {
            return Answer::NotSaved;
        };
        let Some(figure) = Figure::parse(figure) else {
            return Answer::NotExplained;
        };
        let cash = funding_model::figures::Figures::build(&scenario);
        let base_year = present_value::base_year(&scenario);
        let in_real = real_terms.then(|| {
            let published =
                scenario.appraisal.deflator == funding_model::data::appraisal::Deflator::Published;
            let series = if published {
                parse_deflator_csv(PUBLISHED_CSV).ok()?
            } else {
                funding_model::figures::appraisal::deflate::DeflatorSeries::none()
            };
            let scenario = real::in_real_terms(&scenario, base_year, &series).ok()?;
            let figures = funding_model::figures::Figures::build(&scenario);
            Some((scenario, figures))
        });
        let real = match &in_real {
            Some(Some((scenario, figures))) => Some(InRealTerms {
                scenario,
                figures,
                base_year,
            }),
            // Real terms the page could work out and this could not: never expected.
            Some(None) => return Answer::NotExplained,
            None => None,
        };
        working_in_prices(&scenario, &cash, real, figure)
            .map_or(Answer::NotExplained, Answer::Explained)
    }

    /// The answer to appraising the scenario of this link fragment.
    pub fn to_appraise(fragment: &str) -> Answer {
        let Ok(scenario) = funding_model::link::decode(fragment) else {
            return Answer::NotSaved;
        };
        let page = funding_model::figures::appraisal::page::appraisal_page(&scenario);
        Answer::Appraised(Section {
            page: page.section,
            plain: page.plain,
            html: page.html,
            tables: csv_files(page.tables),
        })
    }

    /// The answer to comparing an earlier version, as pasted, with the later one.
    pub fn to_compare(earlier: &str, later: &str) -> Answer {
        let earlier = earlier.rsplit('#').next().unwrap_or(earlier).trim();
        let earlier = match funding_model::link::open_received(earlier) {
            Ok(received) => received.scenario,
            Err(error) => return Answer::Refused(error.message()),
        };
        let Ok(later) = funding_model::link::decode(later) else {
            return Answer::NotSaved;
        };
        let page = funding_model::figures::versions::page::compare_page(&earlier, &later);
        Answer::Compared(Section {
            page: page.section,
            plain: page.plain,
            html: page.html,
            tables: csv_files(page.tables),
        })
    }

    /// The answer to opening a file of these bytes.
    pub fn to_open(bytes: &[u8]) -> Answer {
        match file_to_fragment(bytes) {
            Ok(fragment) => Answer::Opened(fragment),
            Err(message) => Answer::Refused(message),
        }
    }

    /// The answer to saving the scenario of this link fragment.
    pub fn to_save(fragment: &str) -> Answer {
        fragment_to_file(fragment).map_or(Answer::NotSaved, Answer::Saved)
    }

    /// The answer as a kind and its texts, as it travels.
    fn to_parts(&self) -> Vec<&str> {
        match self {
            Answer::Ready => vec!["ready"],
            Answer::Failed => vec!["failed"],
            Answer::Opened(fragment) => vec!["opened", fragment],
            Answer::Refused(message) => vec!["refused", message],
            Answer::Saved(text) => vec!["saved", text],
            Answer::NotSaved => vec!["not-saved"],
            Answer::Compared(c) => c.parts(COMPARED),
            Answer::Appraised(c) => c.parts(APPRAISED),
            Answer::Deflators(text) => vec![DEFLATORS, text],
            Answer::Explained(working) => {
                let mut parts = vec![EXPLAINED, &working.title, &working.figure];
                parts.extend(working.steps.iter().map(String::as_str));
                parts
            }
            Answer::NotExplained => vec!["not-explained"],
        }
    }

    fn from_parts(parts: Vec<String>) -> Option<Answer> {
        let mut parts = parts.into_iter();
        let kind = parts.next()?;
        let mut text = || parts.next();
        Some(match kind.as_str() {
            "ready" => Answer::Ready,
            "failed" => Answer::Failed,
            "opened" => Answer::Opened(text()?),
            "refused" => Answer::Refused(text()?),
            "saved" => Answer::Saved(text()?),
            "not-saved" => Answer::NotSaved,
            DEFLATORS => Answer::Deflators(text()?),
            COMPARED => Answer::Compared(Section::from_parts(parts.collect())?),
            APPRAISED => Answer::Appraised(Section::from_parts(parts.collect())?),
            EXPLAINED => Answer::Explained(Working {
                title: text()?,
                figure: text()?,
                steps: parts.collect(),
            }),
            "not-explained" => Answer::NotExplained,
            _ => return None,
        })
    }

    pub fn to_js(&self) -> JsValue {
        let parts = self.to_parts().into_iter().map(JsValue::from_str);
        parts.collect::<js_sys::Array>().into()
    }

    pub fn from_js(message: &JsValue) -> Option<Answer> {
        let message = js_sys::Array::from(message);
        let parts: Option<Vec<String>> = message.iter().map(|part| part.as_string()).collect();
        Answer::from_parts(parts?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use funding_model::data::presets::Preset;
    use funding_model::{link, scenario_file};

    #[test]
    fn every_answer_travels_as_itself() {
        let answers = [
            Answer::Ready,
            Answer::Failed,
            Answer::Opened("v4.x".into()),
            Answer::Refused("It is not a scenario file.".into()),
            Answer::Saved("{}".into()),
            Answer::NotSaved,
            Answer::Compared(Section {
                page: "<p>One change.</p>".into(),
                plain: "Since…".into(),
                html: "<p>Since…</p>".into(),
                tables: vec![("what-changed".into(), "Option,What changed".into())],
            }),
            Answer::Appraised(Section {
                page: "<table></table>".into(),
                plain: "The present value…".into(),
                html: "<p>The present value…</p>".into(),
                tables: Vec::new(),
            }),
            Answer::Deflators("financial_year,index".into()),
            Answer::Explained(Working {
                title: "Doncaster Council's share of the pool".into(),
                figure: "19.85%".into(),
                steps: vec![
                    "£208,000.00 ÷ £1,048,000.00 = 19.8473…%".into(),
                    "Rounded.".into(),
                ],
            }),
            Answer::Explained(Working {
                title: "Balance".into(),
                figure: "£0.00".into(),
                steps: Vec::new(),
            }),
            Answer::NotExplained,
        ];
        for answer in answers {
            let parts = answer.to_parts().into_iter().map(String::from).collect();
            assert_eq!(Answer::from_parts(parts), Some(answer.clone()));
        }
        assert_eq!(Answer::from_parts(vec!["opened?".into()]), None);
        assert_eq!(Answer::from_parts(vec!["opened".into()]), None);
    }

    #[test]
    fn a_figure_is_explained_in_cash_and_in_real_terms_as_the_page_shows_it() {
        use funding_model::data::appraisal::Deflator;
        use funding_model::data::money::Rate;
        let explained = |scenario: &funding_model::Scenario, code: &str, real_terms: bool| {
            match Answer::to_explain(&link::encode(scenario), code, real_terms) {
                Answer::Explained(working) => working,
                other => panic!("{code} is explained: {other:?}"),
            }
        };
        let mut scenario = Preset::SouthYorkshire.scenario();
        let year = explained(&scenario, "c.0.0", false);
        assert_eq!(year.figure, "£52,000.00");
        assert!(!year.steps.iter().any(|step| step.contains("real terms")));

        // As the page shows it at 2% a year from 2020/21 (tests/e2e/appraisal.test.mjs).
        scenario.appraisal.real_terms = true;
        scenario.appraisal.deflator = Deflator::Constant(Rate(20_000));
        scenario.appraisal.base_year = Some(2020);
        let real = explained(&scenario, "c.0.0", true);
        assert_eq!(real.figure, "£51,150.32");
        assert_eq!(real.steps[..real.steps.len() - 1], year.steps[..]);
        assert!(real
            .steps
            .last()
            .is_some_and(|step| step
                .starts_with("That is £52,000.00 in cash. In real terms at 2020/21 prices")));
        // The page showing cash (its deflators still loading) is explained in cash.
        assert_eq!(explained(&scenario, "c.0.0", false), year);
        // The published deflators are the worker's own.
        scenario.appraisal.deflator = Deflator::Published;
        let published = explained(&scenario, "c.0.0", true);
        assert_ne!(published.figure, year.figure);

        let fragment = link::encode(&scenario);
        assert_eq!(
            Answer::to_explain(&fragment, "nonsense", false),
            Answer::NotExplained
        );
        assert_eq!(
            Answer::to_explain(&fragment, "c.99.0", false),
            Answer::NotExplained
        );
        assert_eq!(
            Answer::to_explain("v6.nonsense", "c.0.0", false),
            Answer::NotSaved
        );
    }

    #[test]
    fn a_file_opens_as_a_link_to_the_same_scenario_and_saves_back() {
        let scenario = Preset::SouthYorkshireOptions.scenario();
        let file = scenario_file::write(&scenario);
        let Answer::Opened(fragment) = Answer::to_open(file.as_bytes()) else {
            panic!("the file opens");
        };
        // The same scenario, whatever ids it carries (ids are in neither format).
        assert_eq!(fragment, link::encode(&scenario));
        assert_eq!(Answer::to_save(&fragment), Answer::Saved(file));
        assert!(matches!(
            Answer::to_open(b"{\"format\": 1"),
            Answer::Refused(_)
        ));
        assert_eq!(Answer::to_save("v4.nonsense"), Answer::NotSaved);
    }
}
