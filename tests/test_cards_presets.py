"""Presets: defaults, switching off, resizing, user-defined sizes and their validation."""

import pytest
from podium.cards import DEFAULT_PRESETS, CardError, parse_presets


def test_default_presets_match_platform_sizes():
    presets = {p.name: p for p in parse_presets(None)}
    # x is off by default: X shows the og card; switched on it comes back in its place.
    assert [p for p in presets] == ["og", "square", "portrait", "story"]
    presets = {p.name: p for p in parse_presets({"x": True})}
    assert [p for p in presets] == ["og", "x", "square", "portrait", "story"]
    assert (presets["og"].width, presets["og"].height) == (1200, 630)
    assert (presets["x"].width, presets["x"].height) == (1200, 600)
    assert (presets["story"].width, presets["story"].height) == (1080, 1920)
    assert presets["og"].max_bytes <= 300_000  # WhatsApp drops bigger previews
    assert {p.name for p in presets.values() if p.meta} == {"og", "x"}


def test_presets_can_be_switched_off_resized_and_added():
    presets = parse_presets(
        {"story": False, "square": {"width": 1200}, "banner": {"width": 1500, "height": 500}}
    )
    by_name = {p.name: p for p in presets}
    assert "story" not in by_name
    assert (by_name["square"].width, by_name["square"].height) == (1200, 1080)
    assert (by_name["banner"].width, by_name["banner"].height) == (1500, 500)
    assert not by_name["banner"].meta
    assert presets[-1].name == "banner"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"og": {"width": 0}}, "presets.og.width"),
        ({"huge": {"width": 100_000, "height": 600}}, "presets.huge.width"),
        ({"tiny": {"width": 1200, "height": -5}}, "presets.tiny.height"),
        ({"half": {"width": 1200}}, "presets.half.height"),
        ({"odd": {"width": "wide", "height": 600}}, "presets.odd.width"),
        ({"og": {"depth": 3}}, "presets.og.depth"),
        ({"Bad Name": {"width": 300, "height": 300}}, "presets.Bad Name"),
        ({"mine": True}, "presets.mine"),
        ({"x": {"max_bytes": 10}}, "presets.x.max_bytes"),
    ],
)
def test_bad_presets_name_the_config_key(raw, key):
    with pytest.raises(CardError) as error:
        parse_presets(raw)
    assert error.value.where == key
    assert str(error.value).startswith(f"{key}: ")


def test_defaults_are_not_mutated_by_user_config():
    parse_presets({"og": {"width": 1000}})
    assert DEFAULT_PRESETS["og"].width == 1200
