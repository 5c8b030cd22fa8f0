"""podium/meta: head meta, hreflang, language switcher, html lang and sitemap for every page."""
