//! Expected activity: what the money buys, for value for money.

use super::text_field::{text_field, Binding, TextField};
use super::SectionArgs;
use crate::state::views::ActivityView;
use crate::state::{Field, FieldView};
use yew::prelude::*;

/// A field, its label, its hint and what it shows.
type ActivityField<'a> = (Field, &'static str, &'static str, &'a FieldView);

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn activity_editor(args: &SectionArgs<ActivityView>) -> Html {
    let dispatch = &args.dispatch;
    let view = &args.view;
    let fields: [ActivityField; 3] = [
        (
            Field::Referrals,
            "Referrals a year",
            "People referred to the service in a full year.",
            &view.referrals,
        ),
        (
            Field::Completions,
            "Completions a year",
            "People expected to complete the programme in a full year.",
            &view.completions,
        ),
        (
            Field::DemandChange,
            "Change in demand, in per cent",
            "Applied to both, such as 60 for a rise of 60% or -20 for a fall. Leave blank for none.",
            &view.demand_change,
        ),
    ];
    html! {
        <section class="activity" aria-labelledby="activity-heading">
            <h3 class="heading-m" id="activity-heading">{ "Activity and value" }</h3>
            for (field, label, hint, shown) in fields {
                { text_field(TextField::new(Binding::to_state(field, shown.clone(), dispatch), label)
                    .hint(hint)
                    .number("numeric", "input--width-10")) }
            }
        </section>
    }
}
