//! The scenario editor: examples, scenarios set aside, the options, and every section
//! of the option being edited. Each section gets only its view of the state, so an
//! edit re-renders the section it is in and leaves the others alone.

use super::activity_editor::activity_editor;
use super::contract_form::contract_form;
use super::extensions_editor::extensions_editor;
use super::lines_editor::LinesEditor;
use super::match_rule_editor::match_rule_editor;
use super::options_editor::options_editor;
use super::preset_picker::preset_picker;
use super::ViewProps;
use crate::components::browser::next_april;
use crate::components::calculator::KeepingActions;
use crate::components::results::totals_bar::{totals_bar, TotalsBarProps};
use crate::components::sharing::set_aside_list::{set_aside_list, Entry, SetAsideActions};
use crate::model::figures::comparison::option_name;
use crate::model::{LineList, Report};
use crate::state::{Action, AppState, DocumentAction};
use std::rc::Rc;
use yew::prelude::*;

/// What the editor column is drawn from.
pub struct ScenarioEditorProps<'a> {
    pub state: &'a AppState,
    /// The figures of the option being edited: its timeline, and the totals bar.
    pub report: Rc<Report>,
    /// How many entries the figures leave out because they need fixing.
    pub problem_count: usize,
    pub embedded: bool,
    /// Scenarios set aside on this computer, but for one just like the scenario on
    /// screen.
    pub set_aside: Vec<&'a Entry>,
    pub keeping: &'a KeepingActions,
    pub dispatch: Callback<Action>,
}

/// The editor column. A plain function, not a component: it is drawn again with every
/// change anyway, and the sections inside it are the components that may be skipped.
pub fn scenario_editor(props: ScenarioEditorProps) -> Html {
    let state = props.state;
    let dispatch = &props.dispatch;
    let timeline = props.report.timeline.clone();
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
            <LinesEditor list={list} lines={state.line_views(list)} timeline={timeline.clone()} report={props.report.clone()} dispatch={dispatch.clone()} />
        }
    };
    html! {
        <section class="layout__editor" aria-labelledby="editor-heading" onkeydown={on_keydown}>
            <h2 class="heading-m" id="editor-heading">{ "Scenario" }</h2>
            { preset_picker(&props.keeping.replace.reform(DocumentAction::LoadPreset),
                &props.keeping.replace.reform(|()| DocumentAction::StartNew(next_april()))) }
            if !props.embedded {
                { set_aside_list(&props.set_aside, SetAsideActions { on_open: &props.keeping.open_set_aside,
                    on_remove: &props.keeping.remove_set_aside }) }
            }
            { options_editor(&ViewProps { view: state.options_view(), dispatch: dispatch.clone() }) }
            <h3 class="heading-m option-heading" id="option-heading">
                <span class="caption">{ "Option being edited" }</span>
                { option_name(&state.option().name, state.scenario.active) }
            </h3>
            { contract_form(&ViewProps { view: state.contract_view(), dispatch: dispatch.clone() }) }
            { extensions_editor(&ViewProps { view: state.extension_views(), dispatch: dispatch.clone() }) }
            { lines(LineList::Partners) }
            { match_rule_editor(&ViewProps { view: state.match_rule_view(), dispatch: dispatch.clone() }) }
            { lines(LineList::CostLines) }
            { activity_editor(&ViewProps { view: state.activity_view(), dispatch: dispatch.clone() }) }
            { totals_bar(&TotalsBarProps { report: props.report.clone(), problem_count: props.problem_count }) }
        </section>
    }
}
