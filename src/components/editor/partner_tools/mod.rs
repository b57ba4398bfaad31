//! The tools that act on several partners at once (split, uplift, fill): one component
//! whose kind picks the tool, with the props and state they share. Each tool draws and
//! acts in its own file; [`panel`] holds what their panels share.

pub mod fill_tool;
pub mod panel;
pub mod split_tool;
pub mod uplift_tool;

use crate::state::Action;
use fill_tool::fill_tool;
use split_tool::{split_tool, Figures, SplitHow};
use uplift_tool::uplift_tool;
use yew::prelude::*;

/// Which of the tools acting on several partners a panel is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ToolKind {
    Split,
    Uplift,
    Fill,
}

/// What every tool acting on several partners is given.
#[derive(Properties, PartialEq)]
pub struct PartnerToolProps {
    pub kind: ToolKind,
    /// Each partner's id and name, in order.
    pub partners: Vec<(u32, String)>,
    /// How many years the contract can run, counting every extension, for tools that
    /// work by year.
    #[prop_or_default]
    pub years: u16,
    pub dispatch: Callback<Action>,
}

/// What a tool's outcome is: the words saying what it did, or what to fix.
pub type ToolOutcome = Option<Result<String, ToolProblem>>;

/// What to fix before a tool can act: the message, and the field it is about (its id),
/// where it is shown and which the summary links to; `None` for the tool as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolProblem {
    pub field: Option<String>,
    pub message: String,
}

impl ToolProblem {
    /// A problem with the field `field`.
    pub fn at(field: impl Into<String>, message: impl Into<String>) -> ToolProblem {
        ToolProblem {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// A problem with the tool as a whole (no partner chosen, say).
    pub fn whole(message: impl Into<String>) -> ToolProblem {
        ToolProblem {
            field: None,
            message: message.into(),
        }
    }
}

/// The error a tool's field `id` shows, if the tool's last problem is about it.
pub fn field_error(outcome: &ToolOutcome, id: &str) -> Option<AttrValue> {
    match outcome {
        Some(Err(problem)) if problem.field.as_deref() == Some(id) => {
            Some(problem.message.clone().into())
        }
        _ => None,
    }
}

/// A tool's own state: the partners left out (none, to begin with), what the tool last
/// did, the text of its fields in the order the tool names them, and how the split
/// tool splits and each partner's figure for it.
pub struct ToolState {
    pub left_out: UseStateHandle<Vec<u32>>,
    pub message: UseStateHandle<ToolOutcome>,
    pub fields: [UseStateHandle<String>; 5],
    pub how: UseStateHandle<SplitHow>,
    pub figures: UseStateHandle<Figures>,
}

/// One component for the three tools, so that they share one copy of yew's component
/// code (about 1 kB of the first load each); each tool draws and acts in its own file.
#[component]
pub fn PartnerTool(props: &PartnerToolProps) -> Html {
    // The uplift starts in the year after the first; a fill from the first year.
    let second_field = match props.kind {
        ToolKind::Split => "",
        ToolKind::Uplift => "2",
        ToolKind::Fill => "1",
    };
    let state = ToolState {
        left_out: use_state(Vec::new),
        message: use_state(|| None),
        fields: [
            use_state(String::new),
            use_state(|| second_field.to_string()),
            use_state(String::new),
            use_state(String::new),
            use_state(String::new),
        ],
        how: use_state(|| SplitHow::Equally),
        figures: use_state(Figures::new),
    };
    match props.kind {
        ToolKind::Split => split_tool(props, &state),
        ToolKind::Uplift => uplift_tool(props, &state),
        ToolKind::Fill => fill_tool(props, &state),
    }
}
