//! The list of funding partners.

use super::partner_editor::PartnerEditor;
use super::split_tool::SplitTool;
use crate::model::report::timeline;
use crate::model::scenario::MAX_PARTNERS;
use crate::state::{Action, AppState, Field, PARTNERS_HEADING_ID};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PartnersEditorProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PartnersEditor(props: &PartnersEditorProps) -> Html {
    let partners = &props.state.option().partners;
    let years = timeline(props.state.option());
    let count = partners.len();
    html! {
        <section class="partners" aria-labelledby={PARTNERS_HEADING_ID}>
            <h3 class="heading-m" id={PARTNERS_HEADING_ID} tabindex="-1">{ "Funding partners" }</h3>
            <ol class="item-list">
                for (index, partner) in partners.iter().enumerate() {
                    <PartnerEditor
                        key={partner.id}
                        partner={partner.clone()}
                        position={index}
                        count={count}
                        years={years.clone()}
                        annual={props.state.field_view(Field::PartnerAnnual { partner: partner.id })}
                        by_year={years.iter().map(|y| props.state.field_view(Field::PartnerYear { partner: partner.id, year: y.number })).collect::<Vec<_>>()}
                        uplift={props.state.field_view(Field::PartnerUplift { partner: partner.id })}
                        dispatch={props.dispatch.clone()}
                    />
                }
            </ol>
            <SplitTool partners={partners.clone()} dispatch={props.dispatch.clone()} />
            if count < MAX_PARTNERS {
                <button type="button" class="button button--secondary"
                    onclick={props.dispatch.reform(|_| Action::AddPartner)}>
                    { "Add a partner" }
                </button>
            }
        </section>
    }
}
