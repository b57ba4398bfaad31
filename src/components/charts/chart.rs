//! What the charts share: the figure with its caption, the SVG with its text
//! alternative, the value axis, the contract-year axis, the key and the table.
//!
//! Charts are drawn in a viewBox [`WIDTH`] units wide and scale to their container;
//! every coordinate is a whole number worked out from pence by
//! [`funding_model::figures::chart_scale`], never a float.

use crate::components::disclosure::Disclosure;
use funding_model::figures::chart_scale::{short_gbp, Scale};
use yew::prelude::*;

/// The viewBox's width. With text 13 units high (`styles/app.css`), labels stay at
/// 12 px or more down to a container 277 px wide, below a 320 px screen less the
/// page's margins (288 px).
pub const WIDTH: i32 = 300;
/// Roughly the width of one character of the 13-unit text, to leave room for labels.
const CHAR: i32 = 8;

/// The segment colours, by class (see `.chart__s0` and on in `styles/app.css`):
/// alternately dark and light, each at least 3:1 against white.
pub const SWATCHES: [&str; 6] = [
    "chart__s0",
    "chart__s1",
    "chart__s2",
    "chart__s3",
    "chart__s4",
    "chart__s5",
];

/// Where the bars go, in viewBox units.
#[derive(Clone, Copy)]
pub struct Plot {
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
}

impl Plot {
    /// A plot of bars rising from a money axis on the left, with room below for the
    /// contract years.
    pub fn upright(scale: &Scale) -> Plot {
        let widest = scale
            .ticks()
            .into_iter()
            .map(|t| short_gbp(t).chars().count());
        let left = widest.max().unwrap_or(2) as i32 * CHAR + 10;
        Plot {
            left,
            top: 12,
            width: WIDTH - left - 8,
            height: 180,
        }
    }

    pub fn bottom(&self) -> i32 {
        self.top + self.height
    }

    /// The height of an upright chart's viewBox.
    pub fn upright_view_height(&self) -> i32 {
        self.bottom() + 44
    }

    /// How far along its axis a value lies, in whole units.
    pub fn along(scale: &Scale, value: i128, length: i32) -> i32 {
        scale.to_pixels(value, i128::from(length)) as i32
    }

    /// The y of a value on an upright plot.
    pub fn y(&self, scale: &Scale, value: i128) -> i32 {
        self.bottom() - Plot::along(scale, value, self.height)
    }

    /// The left edge and width of bar `index` of `count`, and the middle of its slot.
    pub fn bar(&self, index: usize, count: usize) -> (i32, i32, i32) {
        let count = count.max(1) as i32;
        let index = index as i32;
        let start = self.left + self.width * index / count;
        let slot = self.left + self.width * (index + 1) / count - start;
        let width = (slot * 3 / 4).max(1);
        (start + (slot - width) / 2, width, start + slot / 2)
    }
}

/// A number as an SVG attribute.
pub fn n(value: i32) -> AttrValue {
    AttrValue::from(value.to_string())
}

/// The gridlines and money labels of a value axis: across an upright plot, or down
/// a plot of bars lying along it. The £0 line is drawn dark.
pub fn value_axis(scale: &Scale, plot: &Plot, lying: bool) -> Html {
    let mut nodes = Vec::new();
    for tick in scale.ticks() {
        let class = if tick == 0 { "chart__zero" } else { "" };
        let label = short_gbp(tick);
        nodes.push(if lying {
            let x = n(plot.left + Plot::along(scale, tick, plot.width));
            html! {
                <>
                    <line x1={x.clone()} x2={x.clone()} y1={n(plot.top)} y2={n(plot.bottom())} {class} />
                    <text {x} y={n(plot.bottom() + 18)} text-anchor="middle">{ label }</text>
                </>
            }
        } else {
            let y = plot.y(scale, tick);
            html! {
                <>
                    <line x1={n(plot.left)} x2={n(plot.left + plot.width)} y1={n(y)} y2={n(y)} {class} />
                    <text x={n(plot.left - 6)} y={n(y + 5)} text-anchor="end">{ label }</text>
                </>
            }
        });
    }
    html! { <g class="chart__grid">{ for nodes }</g> }
}

/// The contract years under an upright plot, numbered (every second or more when
/// there are many), with the axis's name.
pub fn years_axis(plot: &Plot, count: usize) -> Html {
    let every = count.div_ceil(10).max(1);
    let y = n(plot.bottom() + 18);
    let mut nodes = Vec::new();
    for index in (0..count).step_by(every) {
        let (_, _, middle) = plot.bar(index, count);
        nodes.push(html! {
            <text x={n(middle)} y={y.clone()} text-anchor="middle">{ index + 1 }</text>
        });
    }
    html! {
        <g>
            { for nodes }
            <text x={n(plot.left + plot.width / 2)} y={n(plot.bottom() + 38)} text-anchor="middle">{ "Contract year" }</text>
        </g>
    }
}

/// The key, in HTML so long names wrap: a swatch and its words per entry.
pub fn key(entries: Vec<(&'static str, String)>) -> Html {
    html! {
        <ul class="chart__key">
            for (swatch, words) in entries {
                <li><span class={swatch} aria-hidden="true"></span>{ words }</li>
            }
        </ul>
    }
}

/// What every chart is: a figure with a visible caption; the SVG as one image whose
/// name is the title and whose description is `desc`, the figures in words; the key;
/// and the same figures as a table, folded away and drawn only when opened. Ids start
/// with `id`.
pub fn figure(
    id: &'static str,
    title: &'static str,
    view_height: i32,
    desc: String,
    drawing: Html,
    key: Html,
    table: Callback<(), Html>,
) -> Html {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    html! {
        <figure class="chart" {id}>
            <figcaption class="chart__title">{ title }</figcaption>
            <svg class="chart__svg" role="img" aria-labelledby={format!("{title_id} {desc_id}")}
                viewBox={format!("0 0 {WIDTH} {view_height}")} width="100%" focusable="false">
                <title id={title_id}>{ title }</title>
                <desc id={desc_id}>{ desc }</desc>
                { drawing }
            </svg>
            { key }
            <Disclosure class={classes!("chart__table")} summary="Show the figures as a table"
                content={Callback::from(move |()| html! {
                    <div class="table-scroll" role="region" aria-label={title} tabindex="0">
                        <table class="table table--figures">
                            <caption class="visually-hidden">{ title }</caption>
                            { table.emit(()) }
                        </table>
                    </div>
                })} />
        </figure>
    }
}
