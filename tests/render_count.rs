//! An edit redraws what it changed, and yew skips the rest: shown by counting each
//! component's drawings (`--features render-count`, `src/render_count.rs`) in the real
//! app, mounted in headless Chromium with the large document (30 partners, 12 years),
//! while a person's typing is played into one partner's fields.
//!
//! Run by `tools/test`: `cargo test --target wasm32-unknown-unknown --features
//! render-count --test render_count` (natively this file is empty).
#![cfg(all(target_arch = "wasm32", feature = "render-count"))]

#[path = "../model/tests/common/scenarios.rs"]
mod scenarios;

use funding_calculator::components::app::{App, AppProps};
use funding_calculator::render_count;
use funding_calculator::state::{ids, AppState, Field, LineRef};
use funding_model::LineList;
use std::collections::BTreeMap;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Long enough for yew to draw, and for the draft to be written once typing pauses.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(600)).await;
}

/// The app on the large document, in an element of the test page, with its partners'
/// ids and names; what it drew on opening is forgotten.
struct Mounted {
    app: yew::AppHandle<App>,
    root: web_sys::Element,
    partners: Vec<u32>,
    names: Vec<String>,
}

async fn mount_large_document() -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let state = AppState::new(scenarios::large());
    let partners = state.option().partners.iter().map(|p| p.id).collect();
    let names = state
        .option()
        .partners
        .iter()
        .map(|p| p.name.clone())
        .collect();
    let props = AppProps {
        initial: Some(state),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    render_count::take();
    Mounted {
        app,
        root,
        partners,
        names,
    }
}

impl Mounted {
    /// Takes the app out of the page, so the next test's ids are its own.
    fn unmount(self) {
        self.app.destroy();
        self.root.remove();
    }
}

fn element<T: JsCast>(id: &str) -> T {
    gloo::utils::document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("#{id} is not the element expected"))
}

/// Types `text` into the field, as one input event, then leaves it.
fn type_into(field: Field, text: &str) {
    let input: web_sys::HtmlInputElement = element(&field.element_id());
    input.set_value(text);
    for kind in ["input", "change", "focusout"] {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
        input.dispatch_event(&event).unwrap();
    }
}

/// The rows each component drew, by the row's key: `{"LineEditor": {"3": 1}}`.
fn drawn(counts: &BTreeMap<String, u32>, component: &str) -> BTreeMap<String, u32> {
    counts
        .iter()
        .filter_map(|(key, count)| {
            let row = key.strip_prefix(component)?.strip_prefix(' ')?;
            Some((row.to_string(), *count))
        })
        .collect()
}

fn partner(id: u32) -> LineRef {
    LineRef {
        list: LineList::Partners,
        id,
    }
}

#[wasm_bindgen_test]
async fn renaming_one_partner_redraws_its_editor_and_its_rows_alone() {
    let app = mount_large_document().await;
    let (third, old_name) = (app.partners[2], app.names[2].clone());
    type_into(Field::LineName(partner(third)), "Renamed Borough Council");
    settle().await;
    let counts = render_count::take();
    let editors = drawn(&counts, "LineEditor");
    assert_eq!(
        editors.keys().collect::<Vec<_>>(),
        [&third.to_string()],
        "{counts:#?}"
    );
    // Its row in the contributions table and in the table by financial year.
    let rows = drawn(&counts, "FigureRow");
    assert_eq!(
        rows,
        BTreeMap::from([("Renamed Borough Council".to_string(), 2)]),
        "{counts:#?}"
    );
    // In the options compared, partners are matched by name: the new name is a row of
    // its own, the old one (still in the other options) moves after the first option's
    // partners, and the three rows after the partners move down one place. No other
    // partner's row is drawn again.
    let total = |name: &str| format!("{name}: total for the term taken up");
    let compared: Vec<String> = drawn(&counts, "ComparisonRow").into_keys().collect();
    let mut expected = vec![
        "Balance for the term taken up".to_string(),
        "Cost per completion".to_string(),
        total("Renamed Borough Council"),
        total(&old_name),
        "Spending for the term taken up".to_string(),
    ];
    expected.sort();
    assert_eq!(compared, expected, "{counts:#?}");
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_new_amount_redraws_that_partners_editor_and_only_the_figures_it_changed() {
    let app = mount_large_document().await;
    let (third, names) = (app.partners[2], app.names.clone());
    type_into(Field::Annual(partner(third)), "61,000");
    settle().await;
    let counts = render_count::take();
    let editors = drawn(&counts, "LineEditor");
    assert_eq!(
        editors.keys().collect::<Vec<_>>(),
        [&third.to_string()],
        "{counts:#?}"
    );
    // Every partner's share of the pool changed, so every row of the contributions
    // table is drawn again; in the table by financial year, only the partner's own.
    let rows = drawn(&counts, "FigureRow");
    for (index, name) in names.iter().enumerate() {
        let expected = if index == 2 { 2 } else { 1 };
        assert_eq!(rows.get(name), Some(&expected), "{name}: {counts:#?}");
    }
    assert_eq!(rows.len(), names.len(), "{counts:#?}");
    // Their amounts are not: only the partner's own, in both tables.
    let amounts = drawn(&counts, "AmountCells");
    assert_eq!(
        amounts.into_iter().collect::<Vec<_>>(),
        [(names[2].clone(), 2)],
        "{counts:#?}"
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn in_the_grid_one_cell_redraws_its_own_row_alone() {
    let app = mount_large_document().await;
    let grid: web_sys::HtmlInputElement = element(&format!(
        "{}-layout-grid",
        ids::paste_rows(LineList::Partners)
    ));
    grid.click();
    settle().await;
    assert!(
        !drawn(&render_count::take(), "GridRow").is_empty(),
        "the grid is drawn"
    );
    let third = app.partners[2];
    type_into(Field::Year(partner(third), 2), "70,000");
    settle().await;
    let counts = render_count::take();
    let rows = drawn(&counts, "GridRow");
    assert_eq!(
        rows.keys().collect::<Vec<_>>(),
        [&third.to_string()],
        "{counts:#?}"
    );
    app.unmount();
}
