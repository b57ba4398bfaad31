//! The scenario editor: examples, scenarios set aside, the options, and every section
//! of the option being edited. Each section gets only its view of the state, so an
//! edit changes only the view of the section it is in.

use super::activity_editor::activity_editor;
use super::agreement_editor::agreement_editor;
use super::appraisal_editor::appraisal_editor;
use super::contract_form::contract_form;
use super::extensions_editor::extensions_editor;
use super::lines_editor::LinesEditor;
use super::match_rule_editor::match_rule_editor;
use super::options_editor::options_editor;
use super::preset_picker::preset_picker;
use super::version_editor::version_editor;
use super::SectionArgs;
use crate::components::browser::clock::next_april;
use crate::components::results::totals_bar::{totals_bar, TotalsBarArgs};
use crate::components::sharing::set_aside_list::set_aside_list;
use crate::keeping::{Choice, SetAsideEntry};
use crate::state::{Action, AppState, DocumentAction};
use funding_model::figures::comparison::option_name;
use funding_model::{LineList, Report};
use std::rc::Rc;
use yew::prelude::*;

/// What the editor column is drawn from.
pub struct ScenarioEditorArgs<'a> {
    pub state: &'a AppState,
    /// The figures of the option being edited: its timeline, and the totals bar.
    pub report: Rc<Report>,
    /// How many entries the figures leave out because they need fixing.
    pub problem_count: usize,
    pub embedded: bool,
    /// Scenarios set aside on this computer, but for one just like the scenario on
    /// screen.
    pub set_aside: Vec<&'a SetAsideEntry>,
    /// The examples' choice, and the list set aside's.
    pub on_choice: &'a Callback<Choice>,
    pub dispatch: Callback<Action>,
    /// How many rows of each list are drawn yet.
    pub rows_drawn: usize,
}

/// The editor column. A plain function, drawn with every change, as are the sections
/// but the lists; in the lists, each line's editor is a component, skipped when its
/// view is unchanged.
pub fn scenario_editor(args: ScenarioEditorArgs) -> Html {
    let state = args.state;
    let dispatch = &args.dispatch;
    let timeline = args.report.timeline.clone();
    // Enter in a text field checks every entry, as submitting a GOV.UK form would.
    let on_keydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let in_text_field = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.type_() == "text");
            if event.key() == "Enter" && in_text_field {
                event.prevent_default();
                dispatch.emit(Action::CheckEntries);
            }
        })
    };
    let lines = |list: LineList| {
        html! {
            <LinesEditor list={list} lines={state.line_views(list)} timeline={timeline.clone()} report={args.report.clone()} dispatch={dispatch.clone()} rows_drawn={args.rows_drawn} />
        }
    };
    html! {
        <section class="layout__editor" aria-labelledby="editor-heading" onkeydown={on_keydown}>
            <h2 class="heading-m" id="editor-heading">{ "Scenario" }</h2>
            { preset_picker(&args.on_choice.reform(|preset| Choice::Replace(DocumentAction::LoadPreset(preset))),
                &args.on_choice.reform(|()| Choice::Replace(DocumentAction::StartNew(next_april())))) }
            if !args.embedded {
                { set_aside_list(&args.set_aside, args.on_choice) }
            }
            { options_editor(&SectionArgs { view: state.options_view(), dispatch: dispatch.clone() }) }
            { version_editor(&SectionArgs { view: state.version_view(), dispatch: dispatch.clone() }) }
            <h3 class="heading-m option-heading" id="option-heading">
                <span class="caption">{ "Option being edited" }</span>
                { option_name(&state.option().name, state.scenario.active) }
            </h3>
            { contract_form(&SectionArgs { view: state.contract_view(), dispatch: dispatch.clone() }) }
            { extensions_editor(&SectionArgs { view: state.extension_views(), dispatch: dispatch.clone() }) }
            { lines(LineList::Partners) }
            { match_rule_editor(&SectionArgs { view: state.match_rule_view(), dispatch: dispatch.clone() }) }
            { lines(LineList::CostLines) }
            { activity_editor(&SectionArgs { view: state.activity_view(), dispatch: dispatch.clone() }) }
            { agreement_editor(&SectionArgs { view: state.agreement_view(&args.report), dispatch: dispatch.clone() }) }
            { appraisal_editor(&SectionArgs { view: state.appraisal_view(), dispatch: dispatch.clone() }) }
            { totals_bar(&TotalsBarArgs { report: args.report.clone(), problem_count: args.problem_count }) }
        </section>
    }
}
