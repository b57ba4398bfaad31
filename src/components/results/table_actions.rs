//! Download a results table as CSV for Excel, or copy it to paste into a spreadsheet.

use crate::components::browser::clipboard::copy_to_clipboard;
use crate::components::browser::files::download_text;
use crate::state::page::{Copied, PageAction};
use funding_model::formats::table_export::{to_csv, to_tsv, ResultsTable};
use funding_model::scenario_file::file_name;
use funding_model::Report;
use std::rc::Rc;
use yew::prelude::*;

/// What a table's actions are drawn from.
pub struct TableActionsArgs<'a> {
    pub report: &'a Rc<Report>,
    pub table: ResultsTable,
    /// The scenario's title, for the file name.
    pub title: &'a AttrValue,
    /// What the table is, for the buttons' accessible names.
    pub table_name: &'static str,
    /// The table last copied, and whether the browser let it be copied.
    pub copied: Option<(ResultsTable, Copied)>,
    pub on_page: &'a Callback<PageAction>,
}

/// A table's buttons, and what copying it last did.
pub fn table_actions(args: TableActionsArgs) -> Html {
    let on_download = {
        let report = args.report.clone();
        let table = args.table;
        let title = args.title.clone();
        Callback::from(move |_: MouseEvent| {
            let table = table.build(&report);
            let stem = file_name(&title).trim_end_matches(".json").to_string();
            download_text(
                &format!("{stem}-{}.csv", table.name),
                &to_csv(&table),
                "text/csv;charset=utf-8",
            );
        })
    };
    let on_copy = {
        let report = args.report.clone();
        let table = args.table;
        let on_page = args.on_page.clone();
        Callback::from(move |_: MouseEvent| {
            let text = to_tsv(&table.build(&report));
            let on_page = on_page.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(&text, None).await;
                on_page.emit(PageAction::TableCopied(table, copied));
            });
        })
    };
    let status = match args.copied {
        Some((table, true)) if table == args.table => "Table copied. Paste it into a spreadsheet.",
        Some((table, false)) if table == args.table => {
            "Your browser did not let the calculator copy the table. Download it as CSV instead."
        }
        _ => "",
    };
    html! {
        <div class="table-actions">
            <div class="button-group">
                <button type="button" class="button button--secondary button--small" onclick={on_download}>
                    { "Download as CSV" }<span class="visually-hidden">{ format!(": {}", args.table_name) }</span>
                </button>
                <button type="button" class="button button--secondary button--small" onclick={on_copy}>
                    { "Copy table" }<span class="visually-hidden">{ format!(": {}", args.table_name) }</span>
                </button>
            </div>
            <p class="table-actions__status" role="status">{ status }</p>
        </div>
    }
}

/// A button for each table of a section the worker wrote, which downloads its CSV
/// (named after the scenario and the table, as the results tables' are).
pub fn section_downloads(tables: &[(String, String)], title: &str) -> Html {
    let stem = file_name(title).trim_end_matches(".json").to_string();
    html! {
        <div class="button-group">
            for (name, csv) in tables.iter().cloned() {
                {{
                    let file = format!("{stem}-{name}.csv");
                    let label = format!("Download “{}” as CSV", name.replace('-', " "));
                    let on_download = Callback::from(move |_: MouseEvent| {
                        download_text(&file, &csv, "text/csv;charset=utf-8");
                    });
                    html! { <button type="button" class="button button--secondary button--small" onclick={on_download}>{ label }</button> }
                }}
            }
        </div>
    }
}
