//! Each partner's contributions (or each cost line's spending) by UK financial year:
//! what each council puts in its own April-to-March budget. The total row is the
//! pool's (or the spending's) figure for each year, so it agrees with the pool's table.

use super::figure_row::{FigureRow, ShareCell};
use super::paper_table::{paper_table, PAPER_YEARS, STICKY_FROM_YEARS};
use crate::components::table::{
    figure_cell, head, hidden_caption, region, total_row, Column, Region, LONG_TABLE,
};
use funding_model::figures::financial_years::{
    costs_by_financial_year, partners_by_financial_year,
};
use funding_model::figures::working::Figure;
use funding_model::formats::table_export::ResultsTable;
use funding_model::LineList;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinesByFinancialYearProps {
    pub report: crate::components::Shared<funding_model::Report>,
    pub list: LineList,
    /// The page is being printed: the table cut to fit A4 is drawn.
    pub printing: bool,
    /// How many of its rows are drawn yet.
    pub rows_drawn: usize,
}

/// The words and ids of each list's table.
struct Words {
    title: &'static str,
    title_id: &'static str,
    hint: &'static str,
    hint_id: &'static str,
    total: &'static str,
}

fn words(list: LineList) -> Words {
    match list {
        LineList::Partners => Words {
            title: "Contributions by partner and financial year",
            title_id: "partners-by-financial-year-title",
            hint: "April to March: the figure each partner budgets for. Each year's pool is shared among the partners in proportion to their contributions that year, so rows and columns add up to the penny.",
            hint_id: "partners-by-financial-year-hint",
            total: "Total pooled budget",
        },
        LineList::CostLines => Words {
            title: "Spending by cost line and financial year",
            title_id: "spending-by-financial-year-title",
            hint: "April to March. Each year's spending is shared among the cost lines in proportion to their costs that year, so rows and columns add up to the penny.",
            hint_id: "spending-by-financial-year-hint",
            total: "Total spending",
        },
    }
}

#[component]
pub fn LinesByFinancialYear(props: &LinesByFinancialYearProps) -> Html {
    crate::count_render!("LinesByFinancialYear", props.list.noun());
    let report = &props.report;
    let (table, lines): (_, Vec<(u32, &str)>) = match props.list {
        LineList::Partners => (
            partners_by_financial_year(report),
            report
                .partners
                .iter()
                .map(|p| (p.id, p.name.as_str()))
                .collect(),
        ),
        LineList::CostLines => (
            costs_by_financial_year(report),
            report
                .cost_lines
                .iter()
                .map(|c| (c.id, c.name.as_str()))
                .collect(),
        ),
    };
    let words = words(props.list);
    let region_props = Region {
        labelled_by: words.title_id,
        class: if table.years.len() > STICKY_FROM_YEARS {
            "table table--figures table--rows table--sticky"
        } else if lines.len() > LONG_TABLE {
            "table table--figures table--rows"
        } else {
            "table table--figures"
        },
        described_by: Some(words.hint_id),
    };
    let grand_total: Decimal = table.totals.iter().sum();
    // Each year's label, then "total": the words of each figure cell, shared by the rows.
    let cell_words: Rc<[String]> = (table.years.iter().map(|year| year.label()))
        .chain(["total".to_string()])
        .collect();
    let mut columns: Vec<Column> = vec![(props.list.noun(), false)];
    let labels = &cell_words[..table.years.len()];
    columns.extend(labels.iter().map(|label| (label.as_str(), true)));
    columns.push(("Total", true));
    // Every figure shows its working.
    let figures = FigureNames::of(props.list, props.report.chosen_index());
    let line_cells = |line: usize| -> Rc<[(Figure, Decimal)]> {
        let years = table.lines[line].iter().enumerate();
        years
            .map(|(year, amount)| ((figures.cell)(line, year), *amount))
            .chain([((figures.line_total)(line), table.line_total(line))])
            .collect()
    };
    let total_cells: Html = (table.totals.iter().enumerate())
        .map(|(year, amount)| {
            let about = format!("{}, {}", words.total, labels[year]);
            figure_cell((figures.year_total)(year), *amount, &about)
        })
        .chain([figure_cell(
            figures.grand_total,
            grand_total,
            &format!("{}, total", words.total),
        )])
        .collect();
    let wide = table.years.len() > PAPER_YEARS;
    let paper = match props.list {
        LineList::Partners => ResultsTable::PartnersByFinancialYear,
        LineList::CostLines => ResultsTable::CostsByFinancialYear,
    };
    html! {
        <>
          <div class={classes!(wide.then_some("screen-only"))}>
            <h3 class="table__title" id={words.title_id}>{ words.title }</h3>
            <p class="hint" id={words.hint_id}>{ words.hint }</p>
            { region(region_props, hidden_caption(words.title), html! {
                <>
                    { head(&columns) }
                    <tbody role="rowgroup">
                        for (line, (id, name)) in lines.iter().enumerate().take(props.rows_drawn) {
                            <FigureRow key={*id} name={AttrValue::from(name.to_string())} cells={line_cells(line)}
                                columns={cell_words.clone()} share={ShareCell::None} />
                        }
                    </tbody>
                    { total_row(words.total, total_cells) }
                </>
            }) }
          </div>
          if wide && props.printing {
            { paper_table(&props.report, paper, words.title, 1) }
          }
        </>
    }
}

/// Which figure each cell of a list's table by financial year is.
struct FigureNames {
    cell: fn(usize, usize) -> Figure,
    year_total: fn(usize) -> Figure,
    line_total: fn(usize) -> Figure,
    grand_total: Figure,
}

impl FigureNames {
    fn of(list: LineList, chosen_term: usize) -> Self {
        match list {
            LineList::Partners => FigureNames {
                cell: |line, year| Figure::LineFinancialYear { line, year },
                year_total: Figure::FinancialYearPool,
                line_total: Figure::LineTotal,
                grand_total: Figure::TermTotal(chosen_term),
            },
            LineList::CostLines => FigureNames {
                cell: |line, year| Figure::CostFinancialYear { line, year },
                year_total: Figure::SpendingFinancialYear,
                line_total: Figure::CostLineTotal,
                grand_total: Figure::SpendingTotal,
            },
        }
    }
}
