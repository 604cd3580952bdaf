"""The page's own code: session state <-> the case form (state), shared widgets (widgets).

With steps/ (one page per step), the only code that imports streamlit; everything else is promo_ai's Workflow."""
