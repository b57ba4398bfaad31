//! The working of the figure explained, asked of the file worker: the code that works
//! out every figure's steps is there, not in the page's first load, as only a visit
//! that asks how a figure is made needs it.

use crate::components::browser::file_worker::ask_file_worker;
use crate::file_worker::{Answer, Request};
use funding_model::figures::working::{Figure, Working};
use std::rc::Rc;
use yew::prelude::*;

/// The working of the figure explained, as far as it has come.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkingShown {
    /// Asked for, not yet answered.
    Waiting,
    Shown(Working),
    /// The figure is no longer on the page: the scenario changed under it.
    NotOnPage,
    /// The worker could not be loaded or failed.
    Failed,
}

/// What a working is asked for: the figure, the scenario as a link fragment, and
/// whether the page shows real terms.
type Asked = (Figure, Rc<str>, bool);

/// The working of `explained` (none when no figure is explained), of the scenario of
/// `fragment`, in real terms when the page shows them. An answer is shown only for
/// what was last asked, so a working never describes figures no longer on screen.
#[hook]
pub fn use_working(
    explained: Option<Figure>,
    fragment: &Rc<str>,
    real_terms: bool,
) -> Option<WorkingShown> {
    let asked: Option<Asked> = explained.map(|figure| (figure, fragment.clone(), real_terms));
    let answer = use_state(|| None::<(Asked, WorkingShown)>);
    {
        let answer = answer.clone();
        use_effect_with(asked.clone(), move |asked| {
            let Some(asked) = asked.clone() else { return };
            // An earlier answer to the same question (a failure, say) is not shown
            // while this one is awaited.
            if answer.is_some() {
                answer.set(None);
            }
            let request = Request::Explain {
                fragment: asked.1.to_string(),
                figure: asked.0.code(),
                real_terms: asked.2,
            };
            wasm_bindgen_futures::spawn_local(async move {
                let shown = match ask_file_worker(request).await {
                    Some(Answer::Explained(working)) => WorkingShown::Shown(working),
                    Some(_) => WorkingShown::NotOnPage,
                    None => WorkingShown::Failed,
                };
                answer.set(Some((asked, shown)));
            });
        });
    }
    let asked = asked?;
    Some(match &*answer {
        Some((answered, shown)) if *answered == asked => shown.clone(),
        _ => WorkingShown::Waiting,
    })
}
