"""Python-Markdown extensions of Podium (usable in any Markdown pipeline, MkDocs or not)."""
