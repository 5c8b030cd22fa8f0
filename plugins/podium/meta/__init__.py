"""Podium meta: how a page presents itself to search engines, unfurlers and the IndieWeb.

Plain library (no MkDocs import): Open Graph / Twitter / fediverse tags, JSON-LD, hreflang,
sitemaps, the speaking & events model with its iCalendar feed, and the press model.
"""
