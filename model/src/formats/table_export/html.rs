//! Tables and text as the page's HTML, for sections a worker writes: the same tables
//! the CSV and paper use, drawn as the page draws its results tables, every text
//! escaped.

use super::{Cell, Table};

/// A table as the page draws its results tables: a caption, column headings, the
/// first column naming the rows, figures right-aligned.
pub fn table_html(table: &Table, title: &str) -> String {
    table_html_with_id(table, title, table.name)
}

/// As [`table_html`], its title's id made from `id`, for tables of the same kind
/// drawn more than once.
pub fn table_html_with_id(table: &Table, title: &str, id: &str) -> String {
    let Some((header, body)) = table.rows.split_first() else {
        return String::new();
    };
    let id = format!("{id}-title");
    let mut html = format!(
        "<h4 class=\"table__title\" id=\"{id}\">{}</h4><div class=\"table-scroll\" role=\"region\" \
         aria-labelledby=\"{id}\" tabindex=\"0\"><table class=\"table table--figures\" \
         data-table=\"{}\"><caption class=\"visually-hidden\">{}</caption><thead><tr>",
        escape(title),
        table.name,
        escape(title)
    );
    for (column, cell) in header.iter().enumerate() {
        let class = if column > 0 { " class=\"numeric\"" } else { "" };
        html.push_str(&format!(
            "<th scope=\"col\"{class}>{}</th>",
            escape(&cell.words())
        ));
    }
    html.push_str("</tr></thead><tbody>");
    for row in body {
        html.push_str("<tr>");
        for (column, cell) in row.iter().enumerate() {
            let words = escape(&cell.words());
            match (column, cell) {
                (0, _) => html.push_str(&format!("<th scope=\"row\">{words}</th>")),
                (_, Cell::Text(_)) => html.push_str(&format!("<td>{words}</td>")),
                _ => html.push_str(&format!("<td class=\"numeric\">{words}</td>")),
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    html
}

/// Text made safe inside HTML and its attributes.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
