//! Rows copied from a spreadsheet, or read from a CSV file, added to a list in one go:
//! the text is read as it is pasted, a preview says where each row goes and names each
//! cell that cannot be read, and nothing changes until the user accepts.

use super::paste_preview::{preview, ExistingLine};
use crate::components::browser::clipboard::pasted_text;
use crate::components::browser::files::{chosen_file, file_bytes};
use crate::components::on_text;
use crate::state::{ids, Action, ListAction};
use funding_model::formats::table_import::{import_table, placements, Imported, MAX_IMPORT_CHARS};
use funding_model::LineList;
use std::rc::Rc;
use yew::prelude::*;

/// Text to read as rows, with what it reads as: read once, when the text is set, never
/// on a drawing of the page.
#[derive(Clone, Default, PartialEq)]
pub struct Pasted {
    pub text: Rc<str>,
    pub read: Option<Rc<Result<Imported, String>>>,
}

impl Pasted {
    pub fn of(text: String, list: LineList) -> Pasted {
        let read = (!text.trim().is_empty()).then(|| Rc::new(import_table(&text, list)));
        Pasted {
            text: text.into(),
            read,
        }
    }

    /// Why the text cannot be read at all, if it cannot.
    fn refusal(&self) -> Option<&str> {
        match self.read.as_deref() {
            Some(Err(message)) => Some(message),
            _ => None,
        }
    }
}

/// What a paste into the list comes to, decided before anything is put in the page.
pub enum PasteVerdict {
    /// A single value: the field it was pasted into takes it, as usual.
    Field,
    /// Rows, read, for the preview.
    Rows(Pasted),
    /// Not put in the page: more text than any list, or rows that cannot be read at all
    /// (more rows or columns than a list could use, a quote never closed). Said why.
    Refused(String),
}

/// Judges a paste: its size measured before it is copied out of the clipboard, then,
/// if it is a block of rows (a tab or a line break in it), read once.
pub fn judge_paste(event: &web_sys::ClipboardEvent, list: LineList) -> PasteVerdict {
    let text = match pasted_text(event, MAX_IMPORT_CHARS) {
        Ok(text) => text,
        Err(length) => return PasteVerdict::Refused(too_much_pasted(length)),
    };
    if !text.trim_end().contains(['\t', '\n']) {
        return PasteVerdict::Field;
    }
    let rows = Pasted::of(text, list);
    match rows.refusal() {
        Some(message) => PasteVerdict::Refused(format!("Nothing was pasted: {message}.")),
        None => PasteVerdict::Rows(rows),
    }
}

/// What the paste panel is drawn from; its state is the list editor's.
pub struct PasteRowsArgs<'a> {
    pub list: LineList,
    /// The lines already in the list, to say which rows update or fill them.
    pub existing: &'a [ExistingLine],
    /// The text to read, held by the list so that a block pasted into any of its
    /// fields lands here, with what it reads as.
    pub pasted: &'a UseStateHandle<Pasted>,
    /// What the panel last did, or why it could not.
    pub status: &'a UseStateHandle<Option<String>>,
    pub dispatch: &'a Callback<Action>,
}

/// The paste panel. A plain function: all it holds is the list editor's state, and
/// typing in it draws the list editor again anyway.
pub fn paste_rows(args: PasteRowsArgs) -> Html {
    let list = args.list;
    let (text, status) = (args.pasted.clone(), args.status.clone());
    let read = text.read.as_deref();
    let names: Vec<(&str, bool)> = args
        .existing
        .iter()
        .map(|l| (l.name.as_str(), l.unused))
        .collect();
    let plan = match read {
        Some(Ok(imported)) => placements(&names, &imported.lines, list.most()),
        _ => Vec::new(),
    };
    let on_accept = {
        let (text, status, dispatch) = (text.clone(), status.clone(), args.dispatch.clone());
        let lines = match read {
            Some(Ok(imported)) if imported.problems.is_empty() => imported.lines.clone(),
            _ => Vec::new(),
        };
        let words = funding_model::formats::table_import::describe_placements(&plan, list);
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Lines(list, ListAction::Import(lines.clone())));
            status.set(Some(words.clone()));
            text.set(Pasted::default());
        })
    };
    let on_cancel = {
        let (text, status) = (text.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            text.set(Pasted::default());
            status.set(Some("Nothing was changed.".to_string()));
        })
    };
    let on_paste = {
        let status = status.clone();
        Callback::from(move |event: Event| {
            let event: web_sys::ClipboardEvent = wasm_bindgen::JsCast::unchecked_into(event);
            if let PasteVerdict::Refused(message) = judge_paste(&event, list) {
                event.prevent_default();
                status.set(Some(message));
            }
        })
    };
    let id = ids::paste_rows(list);
    let hint_id = format!("{id}-hint");
    html! {
        <>
        <details class="details paste-rows" open={!text.text.is_empty()}>
            <summary class="details__summary">{ summary(list) }</summary>
            <div class="details__text">
                <div class="form-group">
                    <label class="label" for={id}>{ format!("{}s copied from a spreadsheet", list.noun()) }</label>
                    <div class="hint" id={hint_id.clone()}>{ hint(list) }</div>
                    <textarea class="input textarea" id={id} rows="6" aria-describedby={hint_id}
                        spellcheck="false" value={text.text.to_string()} onpaste={on_paste}
                        oninput={on_text({ let text = text.clone(); Callback::from(move |t: String| text.set(Pasted::of(t, list))) })} />
                </div>
                { csv_file_field(list, &text, &status) }
                if let Some(read) = read {
                    { preview(list, read, &plan, on_accept, on_cancel) }
                }
            </div>
        </details>
        <p class="paste-rows__status" role="status">{ (*status).clone().unwrap_or_default() }</p>
        </>
    }
}

fn summary(list: LineList) -> &'static str {
    match list {
        LineList::Partners => "Paste partners from a spreadsheet or a CSV file",
        LineList::CostLines => "Paste cost lines from a spreadsheet or a CSV file",
    }
}

fn hint(list: LineList) -> String {
    format!(
        "One row for each {}: its name, then the annual amount, or an amount for each contract year. \
         A kind may follow the name. Copy the rows in Excel or LibreOffice and paste them here, \
         with a header row if you have one. Nothing changes until you accept the preview.",
        list.noun().to_ascii_lowercase()
    )
}

/// Reads a chosen CSV file into the text box, for the same preview as a paste.
fn csv_file_field(
    list: LineList,
    text: &UseStateHandle<Pasted>,
    status: &UseStateHandle<Option<String>>,
) -> Html {
    let id = format!("{}-file", ids::paste_rows(list));
    let on_file = {
        let (text, status) = (text.clone(), status.clone());
        Callback::from(move |event: Event| {
            let Some(file) = chosen_file(&event) else {
                return;
            };
            let name = file.name();
            if file.size() > MAX_IMPORT_CHARS as f64 {
                status.set(Some(format!(
                    "{name} is too large to be a list of rows. Nothing was changed."
                )));
                return;
            }
            let (text, status) = (text.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = file_bytes(&file)
                    .await
                    .and_then(|bytes| String::from_utf8(bytes).ok());
                match read.map(|read| Pasted::of(read, list)) {
                    // Rows that cannot be read at all are not put in the page.
                    Some(rows) if rows.refusal().is_some() => status.set(Some(format!(
                        "{name}: {}. Nothing was changed.",
                        rows.refusal().unwrap_or_default()
                    ))),
                    Some(rows) => {
                        text.set(rows);
                        status.set(None);
                    }
                    None => status.set(Some(format!(
                        "{name} could not be read as text. Save it from the spreadsheet as “CSV UTF-8” and choose it again. Nothing was changed."
                    ))),
                }
            });
        })
    };
    html! {
        <div class="form-group">
            <label class="label" for={id.clone()}>{ "Or choose a CSV file" }</label>
            <input class="file-input" id={id} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onchange={on_file} />
        </div>
    }
}

/// Said when more text is pasted than any list could hold: it is not put in the page.
pub fn too_much_pasted(length: usize) -> String {
    format!(
        "Nothing was pasted: that is {} characters, more than any list of partners or cost lines ({} at most).",
        funding_model::data::money::group_thousands(length as u64),
        funding_model::data::money::group_thousands(MAX_IMPORT_CHARS as u64)
    )
}
