//! Which page of the app the address bar asks for. Pure: parsed from and written to
//! the query string, tested natively.

/// The app's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Calculator,
    AccessibilityStatement,
}

impl Page {
    /// The page named by a query string such as `?page=accessibility`. Anything
    /// unknown is the calculator: an odd address never stops the app opening.
    pub fn from_query(query: &str) -> Page {
        let query = query.strip_prefix('?').unwrap_or(query);
        let wants_statement = query.split('&').any(|pair| pair == "page=accessibility");
        if wants_statement {
            Page::AccessibilityStatement
        } else {
            Page::Calculator
        }
    }

    /// The query string that names this page: empty for the calculator.
    pub fn query(self) -> &'static str {
        match self {
            Page::Calculator => "",
            Page::AccessibilityStatement => "?page=accessibility",
        }
    }

    /// Whether the query asks for embed mode (`?embed=1`): the calculator without its
    /// page chrome, for an iframe in another page (docs/embedding.md).
    pub fn is_embed_query(query: &str) -> bool {
        let query = query.strip_prefix('?').unwrap_or(query);
        query.split('&').any(|pair| pair == "embed=1")
    }

    /// The document title, naming the page first as GOV.UK pages do.
    pub fn document_title(self) -> &'static str {
        match self {
            Page::Calculator => "Funding scenario calculator",
            Page::AccessibilityStatement => "Accessibility statement – Funding scenario calculator",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_page() {
        assert_eq!(Page::from_query(""), Page::Calculator);
        assert_eq!(
            Page::from_query("?page=accessibility"),
            Page::AccessibilityStatement
        );
        assert_eq!(
            Page::from_query("?x=1&page=accessibility"),
            Page::AccessibilityStatement
        );
        assert_eq!(Page::from_query("?page=<script>"), Page::Calculator);
        assert!(Page::is_embed_query("?embed=1"));
        assert!(Page::is_embed_query("?page=accessibility&embed=1"));
        assert!(!Page::is_embed_query("?embed=0"));
        for page in [Page::Calculator, Page::AccessibilityStatement] {
            assert_eq!(Page::from_query(page.query()), page);
        }
    }
}
