"""`podium import` sub-command: output, exit codes, options."""

from __future__ import annotations

import argparse
import io

from importer_archives import read_highlights, write_linkedin, write_x
from podium.importers.import_command import add_import_parser


def run(argv, capsys=None):
    parser = argparse.ArgumentParser(prog="podium")
    add_import_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["import", *argv])
    out = io.StringIO()
    code = args.handler(args, out)
    return code, out.getvalue()


def test_import_then_rerun(tmp_path):
    archive, docs = write_x(tmp_path / "archive"), tmp_path / "docs"
    code, out = run(["x", str(archive), "--docs-dir", str(docs)])
    assert code == 0
    assert out.count("wrote ") == 5
    assert "4 wrote, 0 updated, 0 unchanged, 0 skipped (edited)" in out
    assert "1 reply to someone else, 1 retweet" in out
    code, out = run(["x", str(archive), "--docs-dir", str(docs)])
    assert code == 0 and "0 wrote, 0 updated, 4 unchanged" in out


def test_dry_run_prints_and_writes_nothing(tmp_path):
    docs = tmp_path / "docs"
    code, out = run(["twitter", str(write_x(tmp_path / "a")), "--docs-dir", str(docs), "--dry-run"])
    assert code == 0
    assert f"would write      {docs}/highlights/x/2024-03-05-culture-eats-strategy" in out
    assert "dry run: nothing was written" in out
    assert not docs.exists()


def test_options_filter(tmp_path):
    docs = tmp_path / "docs"
    code, _ = run(
        [
            "linkedin",
            str(write_linkedin(tmp_path / "li")),
            "--docs-dir",
            str(docs),
            "--assume-lang",
            "en",
            "--lang",
            "en,fr",
            "--since",
            "2024-02-02",
            "--until",
            "2024-12-31",
            "--min-length",
            "10",
        ]
    )
    assert code == 0
    (only,) = read_highlights(docs).values()
    assert only[0]["date"].date().isoformat() == "2024-02-04"


def test_bad_archive_exits_non_zero_with_one_line(tmp_path, capsys):
    code, out = run(["mastodon", str(write_x(tmp_path / "x")), "--docs-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "not a Mastodon archive" in err and "podium import x" in err


def test_missing_archive(tmp_path, capsys):
    code, _ = run(["x", str(tmp_path / "nope.zip"), "--docs-dir", str(tmp_path / "d")])
    assert code == 1
    assert "nope.zip: no such file or folder" in capsys.readouterr().err


def test_since_after_until(tmp_path, capsys):
    archive = str(write_x(tmp_path / "x"))
    code, _ = run(["x", archive, "--since", "2024-05-01", "--until", "2024-01-01"])
    assert code == 1 and "--since is after --until" in capsys.readouterr().err


def test_defaults_come_from_mkdocs_yml(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "content/articles").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(
        "site_name: T\nsite_url: https://example.com/  # the hub\ndocs_dir: content\n"
    )
    (project / "content/articles/culture.md").write_text("---\ntitle: C\n---\nBody.\n")
    archive = write_x(tmp_path / "archive")
    monkeypatch.chdir(project)
    code, out = run(["x", str(archive)])
    assert code == 0 and "content/highlights/x/" in out
    highlights = read_highlights(project / "content")
    related = [meta.get("article") for meta, _ in highlights.values()]
    assert related.count("culture") == 1  # the tweet linking example.com/articles/culture/
