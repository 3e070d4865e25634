"""Site adapters: per-site selectors and hooks, their registry, and how the pipeline applies them."""
