"""Podium meta: how a page presents itself to search engines, unfurlers and the IndieWeb.

Plain library (no MkDocs import): Open Graph / Twitter / fediverse tags, JSON-LD, hreflang,
and sitemaps. The profile's models (events, press, person) are ``podium.profile``.
"""
