"""press.yml: mentions and press kit."""

from __future__ import annotations

import datetime as dt

from podium.profile.press import parse_press

GOOD = """\
mentions:
  - outlet: Financial Times
    title: The CEO who wants fewer meetings
    date: 2026-05-04
    url: https://www.ft.com/content/abc
    kind: interview
    quote: Meetings are a tax.
  - outlet: Dagens Næringsliv
    title: Lederen som deler alt
    date: 2025-09-12
    url: https://www.dn.no/x
    lang: nb
kit:
  contact: press@jane.example
  bios:
    long: Long bio.
    short: Short bio.
  photos:
    - file: images/press/jane.jpg
      alt: Jane Doe on stage
      credit: "Photo: A. Photographer"
"""


def test_good_press_file() -> None:
    press, problems = parse_press("docs/press.yml", GOOD, file_exists=lambda p: True)
    assert problems == []
    assert [m.outlet for m in press.mentions] == ["Financial Times", "Dagens Næringsliv"]
    assert press.mentions[0].date == dt.date(2026, 5, 4)
    assert press.mentions[1].kind == "mention"
    assert [length for length, _ in press.kit.bios] == ["short", "long"]
    assert press.kit.photos[0].file == "images/press/jane.jpg"
    assert press.kit.contact == "press@jane.example"
    assert [year for year, _ in press.by_year] == [2026, 2025]


def test_bad_entries_are_reported_and_left_out() -> None:
    text = GOOD.replace("date: 2026-05-04", "date: 04/05/2026").replace(
        "url: https://www.dn.no/x", "url: dn.no/x"
    )
    press, problems = parse_press("docs/press.yml", text, file_exists=lambda p: True)
    assert press.mentions == ()
    assert [str(p) for p in problems] == [
        "docs/press.yml:4: mentions[0].date: bad date format '04/05/2026': "
        "expected YYYY-MM-DD, e.g. 2026-05-04",
        "docs/press.yml:11: mentions[1].url: expected an absolute URL (https://...), got 'dn.no/x'",
    ]


def test_missing_photo_file_and_alt() -> None:
    text = GOOD.replace("      alt: Jane Doe on stage\n", "")
    press, problems = parse_press("docs/press.yml", text, file_exists=lambda p: False)
    assert press.kit.photos == ()
    messages = [str(p) for p in problems]
    assert messages[0].startswith("docs/press.yml:19: kit.photos[0].file: no such file")
    assert messages[1].startswith("docs/press.yml:19: kit.photos[0].alt: required alt text")


def test_unknown_bio_length_and_unknown_key() -> None:
    text = GOOD.replace("    short: Short bio.", "    tiny: Tiny.").replace(
        "mentions:", "mention_list: []\nmentions:"
    )
    press, problems = parse_press("docs/press.yml", text, file_exists=lambda p: True)
    assert [length for length, _ in press.kit.bios] == ["long"]
    severities = {str(p).split(": ")[1]: p.severity for p in problems}
    assert severities == {"mention_list": "warning", "kit.bios.tiny": "error"}


def test_invalid_yaml_reports_line() -> None:
    press, problems = parse_press("docs/press.yml", "mentions:\n  - outlet: [x\n")
    assert press.mentions == ()
    assert str(problems[0]).startswith("docs/press.yml:")
    assert "invalid YAML" in str(problems[0])
