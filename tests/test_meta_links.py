"""Profile URLs and handles: what gets published, and clear errors for what cannot be."""

from __future__ import annotations

import pytest
from podium.core.yaml_reader import load_located
from podium.meta.profile_links import (
    ProfileLink,
    is_absolute_url,
    resolve_profile,
    resolve_profiles,
)


@pytest.mark.parametrize(
    ("network", "value", "url", "handle"),
    [
        ("x", "@janedoe", "https://x.com/janedoe", "@janedoe"),
        ("x", "janedoe", "https://x.com/janedoe", "@janedoe"),
        (
            "mastodon",
            "@jane@mastodon.example",
            "https://mastodon.example/@jane",
            "@jane@mastodon.example",
        ),
        (
            "mastodon",
            "https://mastodon.example/@jane",
            "https://mastodon.example/@jane",
            "@jane@mastodon.example",
        ),
        (
            "bluesky",
            "jane.bsky.social",
            "https://bsky.app/profile/jane.bsky.social",
            "jane.bsky.social",
        ),
        ("github", "janedoe", "https://github.com/janedoe", "janedoe"),
        ("linkedin", "in/jane-doe", "https://www.linkedin.com/in/jane-doe/", "jane-doe"),
        ("threads", "@jane.doe", "https://www.threads.com/@jane.doe", "@jane.doe"),
        ("website", "https://jane.example/", "https://jane.example/", ""),
    ],
)
def test_handles_and_urls_resolve(network: str, value: str, url: str, handle: str) -> None:
    assert resolve_profile(network, value) == ProfileLink(network, url, handle)


@pytest.mark.parametrize(
    ("network", "value"),
    [
        ("x", "Jane Doe"),
        ("x", "@this_handle_is_way_too_long"),
        ("mastodon", "jane"),
        ("website", "jane.example"),
        ("website", "ftp://jane.example/"),
        ("linkedin", "https://"),
        ("github", 42),
    ],
)
def test_bad_profiles_are_messages(network: str, value: object) -> None:
    result = resolve_profile(network, value)
    assert isinstance(result, str)
    assert "expected" in result


def test_profile_problem_names_file_line_and_field() -> None:
    text = "jane:\n  name: Jane Doe\n  profiles:\n    x: '@janedoe'\n    website: not a url\n"
    located = load_located(text)
    lines = {key: located.line("jane", "profiles", key) for key in located.data["jane"]["profiles"]}
    links, problems = resolve_profiles(
        located.data["jane"]["profiles"],
        path="docs/.authors.yml",
        line_of=lines,
        field_prefix="authors.jane.profiles",
    )
    assert [link.network for link in links] == ["x"]
    (problem,) = problems
    assert str(problem).startswith("docs/.authors.yml:5: authors.jane.profiles.website: ")
    assert "'not a url'" in str(problem)


def test_is_absolute_url() -> None:
    assert is_absolute_url("https://a.example/x?y=1")
    assert is_absolute_url("http://localhost:8000/")
    assert not is_absolute_url("https://a example.com/")
    assert not is_absolute_url("/relative/")
    assert not is_absolute_url("mailto:jane@example.com")
    assert not is_absolute_url(None)
