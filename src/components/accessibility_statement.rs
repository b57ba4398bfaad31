//! The accessibility statement, in the form UK public bodies publish under the Public
//! Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
//!
//! The statement is fixed text of our own, so it is kept as static HTML rather than
//! built element by element: that keeps its code out of the bundle. Nothing from a
//! user, a link or a file ever goes into it.

use yew::prelude::*;

/// The statement's text. Trusted: written here, never assembled from input.
const STATEMENT_HTML: &str = r#"<div class="statement-body">
<h1 class="heading-l" id="page-heading" tabindex="-1">
Accessibility statement for the funding scenario calculator
</h1>
<p>
This statement applies to the funding scenario calculator, a tool that councils, Police and Crime Commissioners' offices and their partners use to model pooled budgets for jointly commissioned services. The organisation that publishes the calculator on its website or intranet is responsible for it there.
</p>
<p>We want as many people as possible to be able to use this calculator. For example, that means you should be able to:</p>
<ul class="list">
<li>change colours, contrast levels and fonts using your browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>use the whole calculator using just a keyboard</li>
<li>use the calculator with speech recognition software</li>
<li>listen to the calculator using a screen reader, including its error messages and the new figures after each change</li>
</ul>
<p>We have also made the text as simple as possible to understand.</p>
<h2 class="heading-m">How accessible this calculator is</h2>
<p>We believe the calculator meets the Web Content Accessibility Guidelines (WCAG) version 2.2 to level AA. We know of no parts that are not accessible.</p>
<h2 class="heading-m">Feedback and contact information</h2>
<p>
If you need information from the calculator in a different format, such as accessible PDF, large print, easy read, audio recording or braille, contact the team that publishes it in your organisation. They will consider your request and get back to you within 10 working days.
</p>
<h2 class="heading-m">Reporting accessibility problems with this calculator</h2>
<p>
We are always looking to improve the accessibility of the calculator. If you find any problems not listed on this page or think we are not meeting accessibility requirements, contact the team that publishes it in your organisation, who will pass the problem to the calculator's developers.
</p>
<h2 class="heading-m">Enforcement procedure</h2>
<p>
The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
</p>
<h2 class="heading-m">Technical information about this calculator's accessibility</h2>
<p>We are committed to making the calculator accessible, in accordance with the accessibility regulations.</p>
<h3 class="heading-s">Compliance status</h3>
<p>The calculator is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.</p>
<h3 class="heading-s">Content that is not within the scope of the accessibility regulations</h3>
<p>None: the calculator has no PDFs, maps, video or audio.</p>
<h2 class="heading-m">What we are doing to improve accessibility</h2>
<p>
Every change to the calculator is checked automatically in a real browser: every screen and state (the opening example, each example scenario, the error messages and this statement) is tested with axe-core against the WCAG 2.0, 2.1 and 2.2 A and AA rules; a whole task is completed using only the keyboard; and the page is checked for sideways scrolling at 320 pixels wide. We have not yet had the calculator tested by disabled users or audited by specialists, and we plan to.
</p>
<h2 class="heading-m">Preparation of this accessibility statement</h2>
<p>This statement was prepared on 23 November 2026. It was last reviewed on 23 November 2026.</p>
<p>The calculator was last tested on 23 November 2026 by its developers, using the automated checks described above and manual keyboard testing.</p>
</div>"#;

#[derive(Properties, PartialEq)]
pub struct AccessibilityStatementProps {
    /// Back to the calculator, keeping the scenario.
    pub on_back: Callback<MouseEvent>,
}

/// A plain function, not a component: drawn with its parent, which costs less
/// code than a component of its own.
pub fn accessibility_statement(props: &AccessibilityStatementProps) -> Html {
    html! {
        <div class="statement">
            <a href="./" class="back-link" onclick={props.on_back.clone()}>{ "Back to the calculator" }</a>
            { Html::from_html_unchecked(AttrValue::Static(STATEMENT_HTML)) }
        </div>
    }
}
