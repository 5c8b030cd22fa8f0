"""``share_problems``: what ``podium check`` reports about share texts, without MkDocs."""

from __future__ import annotations

import re
import textwrap

from helpers import article
from podium.core.hub import SiteInfo, build_hub
from podium.core.loader import load_content
from podium.core.settings import ContentSettings
from podium.share.entries import share_problems
from podium.share.share_targets import PLATFORM_IDS


def hub_from(tmp_path, files):
    docs = tmp_path / "docs"
    for name, text in files.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (docs / ".authors.yml").write_text("authors:\n  ada:\n    name: Ada\n", encoding="utf-8")
    settings = ContentSettings(docs_dir=docs)
    loaded = load_content(settings)
    hub, _ = build_hub(loaded, settings, SiteInfo("Hub", "https://hub.example.com/"))
    return hub


def test_check_reports_hand_written_texts_over_their_limit_with_file_and_line(tmp_path):
    hub = hub_from(
        tmp_path,
        {
            "articles/too-long.md": article(
                "Too long", share={"bluesky": "word " * 70, "x": "fine", "txet": "typo"}
            ),
            "articles/long-description.md": article("Fine", description="word " * 200),
        },
    )
    problems = share_problems(hub, PLATFORM_IDS)
    errors = [str(p) for p in problems if p.is_error]
    assert len(errors) == 1
    assert re.match(
        r"articles/too-long\.md:\d+: share\.bluesky: hand-written Bluesky text is ", errors[0]
    )
    warnings = [str(p) for p in problems if not p.is_error]
    assert any("share.txet: unknown key; did you mean 'text'?" in w for w in warnings)
    assert any(w.startswith("articles/long-description.md: share.x: generated") for w in warnings)
    quiet = share_problems(hub, PLATFORM_IDS, include_shortened=False)
    assert not any("generated text shortened" in str(p) for p in quiet)
