"""Every feed of the demo hub passes the format checks (the demo is built once per session)."""

from __future__ import annotations

from feeds_checks import check_atom, check_json_feed, check_rss

CHECKS = {"feed.xml": check_rss, "atom.xml": check_atom, "feed.json": check_json_feed}


def test_every_demo_feed_is_valid(demo_site) -> None:
    assert demo_site.error is None
    feeds = sorted(p for p in demo_site.site.rglob("*") if p.name in CHECKS)
    folders = {p.parent.relative_to(demo_site.site).as_posix() for p in feeds}
    assert {".", "articles", "highlights"} <= folders
    assert len(feeds) == 3 * len(folders)
    for path in feeds:
        CHECKS[path.name](path.read_bytes())
    hub = check_json_feed((demo_site.site / "feed.json").read_bytes())
    assert len(hub["items"]) == 20  # the default limit; the demo has more entries
