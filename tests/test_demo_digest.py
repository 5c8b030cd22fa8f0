"""The demo builds byte-identical to the committed digest list (tests/data/demo_site_digest.txt).

Refactors must not change it; a deliberate output change regenerates it with
``python tests/demo_digest.py --update`` and names the change in its commit.
"""

from demo_digest import UPDATE_COMMAND, differences, digest_lines, failure_message, read_committed


def test_demo_site_matches_the_committed_digest(demo_site):
    assert demo_site.error is None, demo_site.warnings()
    changes = differences(read_committed(), digest_lines(demo_site.site))
    assert not changes, failure_message(changes)


def test_a_difference_names_the_path_and_the_regenerate_command():
    before = ["a" * 64 + "  index.html", "b" * 64 + "  old.html"]
    after = ["c" * 64 + "  index.html", "d" * 64 + "  new.html"]
    changes = differences(before, after)
    assert changes == ["changed  index.html", "added    new.html", "removed  old.html"]
    message = failure_message(changes)
    assert UPDATE_COMMAND in message
    assert "changed  index.html" in message
