//! What the address bar's query asks of the app. Pure: read from the query string,
//! tested natively. The accessibility statement is a page of its own beside the app
//! (`assets/accessibility.html`), so the app has one page.

/// Whether the query asks for embed mode (`?embed=1`): the calculator without its
/// page chrome, for an iframe in another page (docs/embedding.md).
pub fn is_embed_query(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').any(|pair| pair == "embed=1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_embed_mode() {
        assert!(is_embed_query("?embed=1"));
        assert!(is_embed_query("?page=accessibility&embed=1"));
        assert!(is_embed_query("embed=1"));
        assert!(!is_embed_query("?embed=0"));
        assert!(!is_embed_query(""));
        assert!(!is_embed_query("?embed=10"));
    }
}
