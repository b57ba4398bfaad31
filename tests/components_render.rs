//! The components rendered to HTML natively (yew's server-side renderer), checked for
//! what a person would read.
// Drawn with yew's server-side renderer, natively only.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::text_of;

use funding_calculator::components::app::{App, AppProps};
use funding_calculator::state::{Action, AppState, Field, LineRef};
use funding_model::data::presets::Preset;
use yew::LocalServerRenderer;

fn render(state: AppState) -> String {
    let renderer = LocalServerRenderer::<App>::with_props(AppProps {
        initial: Some(state),
    });
    futures::executor::block_on(renderer.render())
}

#[test]
fn opens_with_the_south_yorkshire_figures() {
    let html = render(AppState::default());
    let text = text_of(&html);
    assert!(
        text.contains("South Yorkshire domestic abuse perpetrator programme"),
        "{text}"
    );
    assert!(text.contains("Pooled budget £262,000.00 a year"), "{text}");
    assert!(
        text.contains("Initial term (2 years) £524,000.00"),
        "{text}"
    );
    assert!(
        text.contains("Total with 2 extensions taken up £1,048,000.00"),
        "{text}"
    );
    assert!(
        text.contains("With extension 1 3 years Feb 2021 to Jan 2024 £262,000.00 £786,000.00"),
        "{text}"
    );
    assert!(text.contains("Year 1 Feb 2021 to Jan 2022"), "{text}");
    assert!(
        text.contains(
            "Doncaster Council £52,000.00 £52,000.00 £52,000.00 £52,000.00 £208,000.00 19.85%"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Total pooled budget £262,000.00 £262,000.00 £262,000.00 £262,000.00 £1,048,000.00 100.00%"
        ),
        "{text}"
    );
    assert!(!text.contains("There is a problem"));
    assert!(
        text.contains("Pool £262,000.00 a year Total over 4 years £1,048,000.00"),
        "{text}"
    );
    assert!(!text.contains("Not including"));
}

#[test]
fn the_table_has_headers_a_screen_reader_can_use() {
    let html = render(AppState::default());
    assert!(html.contains(
        r#"<caption class="visually-hidden">Contributions by partner and contract year</caption>"#
    ));
    assert!(html.contains(r#"aria-labelledby="contributions-title""#));
    assert!(html.contains(r#"<th scope="col" class="numeric">Year 1"#));
    assert!(html.contains(r#"<th scope="row">Sheffield City Council</th>"#));
}

#[test]
fn amount_fields_are_labelled_in_pounds_with_inputmode() {
    let html = render(AppState::default());
    assert!(html.contains(
        r#"<label for="partner-1-annual" class="label">Annual contribution, in pounds</label>"#
    ));
    assert!(html.contains(r#"inputmode="decimal""#));
    assert!(html.contains(r#"value="52,000""#));
}

#[test]
fn a_bad_entry_shows_its_message_and_the_figures_say_they_leave_it_out() {
    let state = AppState::default()
        .apply(Action::Type(
            Field::Annual(LineRef::partner(2)),
            "abc".to_string(),
        ))
        .apply(Action::CheckEntries);
    let html = render(state);
    let text = text_of(&html);
    assert!(text.contains("There is a problem"), "{text}");
    assert!(
        text.contains("Error: Enter the amount as a number in pounds, like 52,000 or 52,000.50"),
        "{text}"
    );
    assert!(text.contains("These figures do not include 1 entry that needs fixing: Sheffield City Council: annual contribution"), "{text}");
    assert!(text.contains("£262,000.00 a year"), "{text}");
    assert!(
        text.contains("Not including 1 entry that needs fixing"),
        "{text}"
    );
    assert!(html.contains(r##"<a href="#partner-2-annual">"##));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert!(html.contains(r#"value="abc""#));
}

#[test]
fn names_are_shown_as_text_not_markup() {
    let state = AppState::default().apply(Action::Type(
        Field::LineName(LineRef::partner(1)),
        "<img src=x onerror=alert(1)>".to_string(),
    ));
    let html = render(state);
    assert!(
        !html.contains("<img src=x"),
        "markup from a name must be escaped"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn the_cleveland_preset_renders_its_total() {
    let html = render(AppState::new(Preset::Cleveland2022.scenario()));
    let text = text_of(&html);
    assert!(
        text.contains("Total with no extensions taken up £229,135.00"),
        "{text}"
    );
    assert!(
        text.contains("Home Office grant £157,423.33 £157,423.33 68.70%"),
        "{text}"
    );
}

#[test]
fn the_accessibility_statement_is_a_page_beside_the_app_and_its_footer_links_to_it() {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/accessibility.html"),
    )
    .unwrap();
    let text = text_of(&page);
    assert!(
        text.contains("Accessibility statement for the funding scenario calculator"),
        "{text}"
    );
    for heading in [
        "How accessible this calculator is",
        "Feedback and contact information",
        "Reporting accessibility problems with this calculator",
        "Enforcement procedure",
        "Compliance status",
        "Preparation of this accessibility statement",
    ] {
        assert!(text.contains(heading), "missing {heading}");
    }
    for part in [
        r#"<html lang="en-GB">"#,
        r#"<link rel="stylesheet" href="app.css">"#,
        r#"<a href="./" class="back-link">Back to the calculator</a>"#,
        "default-src 'none'",
    ] {
        assert!(page.contains(part), "the page lacks {part}");
    }
    assert!(!page.contains("<script"), "the statement runs no script");
    let app = render(AppState::default());
    assert!(
        app.contains(r#"href="accessibility.html" target="_blank" rel="noopener""#),
        "{app}"
    );
    assert!(text_of(&app).contains("Accessibility statement (opens in new tab)"));
}

#[test]
fn the_error_summary_can_take_focus_and_the_figures_are_announced_politely() {
    let state = AppState::default()
        .apply(Action::Type(
            Field::Annual(LineRef::partner(2)),
            "abc".to_string(),
        ))
        .apply(Action::CheckEntries);
    let html = render(state);
    assert!(
        html.contains(r#"id="error-summary" tabindex="-1""#),
        "summary must be focusable"
    );
    assert!(html.contains(r#"aria-live="polite""#));
}

#[test]
fn the_pool_is_shown_by_financial_year() {
    let mut scenario = Preset::SouthYorkshire.scenario();
    for extension in &mut scenario.active_option_mut().extensions {
        extension.taken = false;
    }
    let text = text_of(&render(AppState::new(scenario)));
    assert!(
        text.contains("Financial year Pooled budget 2020/21 £43,666.67 2021/22 £262,000.00 2022/23 £218,333.33 Total £524,000.00"),
        "{text}"
    );
}

/// Natively there is no browser storage, so nothing is saved: the page must say so
/// where the user works, and its footer must not claim the work is kept.
#[test]
fn when_nothing_can_be_saved_the_page_says_so_and_never_claims_otherwise() {
    let text = text_of(&render(AppState::default()));
    assert!(
        text.contains(
            "Your changes are not being saved in this browser: save a file or copy the link."
        ),
        "{text}"
    );
    assert!(text.contains("its storage is full or turned off"), "{text}");
    assert!(
        !text.contains("your work is kept in this browser"),
        "{text}"
    );
}

#[test]
fn the_grid_labels_every_cell_with_its_row_and_column_and_shows_what_each_year_holds() {
    use funding_calculator::components::editor::amounts_grid::amounts_grid;
    use funding_calculator::state::views::LineView;
    use funding_model::{LineList, Report};
    use std::rc::Rc;
    use yew::prelude::*;

    /// The grid drawn on its own, as the list draws it.
    #[derive(Properties, PartialEq)]
    struct GridHostProps {
        lines: Vec<LineView>,
        report: Rc<Report>,
    }
    #[component]
    fn GridHost(props: &GridHostProps) -> Html {
        amounts_grid(
            LineList::Partners,
            &props.lines,
            &props.report,
            &Callback::noop(),
        )
    }

    let state = AppState::default();
    let sheffield = LineRef {
        list: LineList::Partners,
        id: state.option().partners[1].id,
    };
    let state = state
        .apply(Action::Type(Field::Uplift(sheffield), "2.5".to_string()))
        .apply(Action::Type(
            Field::Year(sheffield, 3),
            "70,000".to_string(),
        ));
    let props = GridHostProps {
        lines: state.line_views(LineList::Partners),
        report: Rc::new(Report::build(state.option())),
    };
    let renderer = LocalServerRenderer::<GridHost>::with_props(props);
    let html = futures::executor::block_on(renderer.render());
    assert!(
        html.contains(r#"aria-label="Doncaster Council: Year 1, Feb 2021 to Jan 2022, in pounds""#),
        "{html}"
    );
    assert!(html.contains(r#"aria-label="Sheffield City Council: annual amount, in pounds""#));
    // Year 2 holds the uplifted amount; year 3 the amount typed for it, marked.
    assert!(html.contains(r#"value="61,500""#), "{html}");
    assert!(html.contains(r#"aria-label="Sheffield City Council: Year 3, Feb 2023 to Jan 2024, in pounds, set for this year""#));
    assert_eq!(html.matches("grid__cell--differs").count(), 1);
    let text = text_of(&html);
    assert!(
        text.contains("Total pooled budget £262,000.00 £263,500.00 £272,000.00"),
        "{text}"
    );
}
