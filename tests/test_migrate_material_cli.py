"""``podium migrate material`` on its own: the rewritten YAML, notes, backups, refusals."""

from __future__ import annotations

import yaml
from podium import cli
from podium.authoring.mkdocs_yaml import load_site_config

CONFIG = """\
site_name: Blog  # the name
# Plugins
plugins:
  - search
  - blog:
      # where posts live
      blog_dir: news   # not "blog"
      post_url_format: "{file}"
      post_slugify: !!python/name:markdown.extensions.toc.slugify
      post_date_format: full
      archive_url_date_format: yyyy/MM
      categories_allowed: [A, B]
      draft_if_future_date: true
  - tags
markdown_extensions:
  - toc:
      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}
"""


def write(tmp_path, text=CONFIG):
    (tmp_path / "docs/news/posts").mkdir(parents=True)
    (tmp_path / "docs/news/.authors.yml").write_text("authors: {}\n", encoding="utf-8")
    path = tmp_path / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_rewrites_only_the_blog_entry(tmp_path, capsys):
    path = write(tmp_path)
    assert cli.main(["migrate", "material", "--config", str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    # Every line outside the entry is untouched, the entry's comments are kept.
    assert text.startswith("site_name: Blog  # the name\n# Plugins\nplugins:\n  - search\n")
    assert text.endswith("  - tags\nmarkdown_extensions:\n  - toc:\n" + CONFIG.split("- toc:\n")[1])
    assert '  # where posts live\n  # not "blog"\n  - podium/articles:' in text
    options = load_site_config(path).plugin("podium/articles")
    assert options["articles_dir"] == "news/posts"
    assert options["authors_file"] == "news/.authors.yml"
    assert options["article_url"] == "news/{file}/"
    assert options["url_slugify"] == "toc"
    assert options["index_url"] == "news/"
    assert options["archive_url"] == "news/archive/{year}/"
    assert options["redirects"] == {"news/archive/{year}/{month}/": "news/archive/{year}/"}
    assert "include_future" not in options  # draft_if_future_date: future posts wait
    assert load_site_config(path).plugin("blog") is None
    out = capsys.readouterr().out
    assert "note: categories_allowed: Podium accepts any category" in out
    assert "post_date_format" in out  # presentation only: named, not silently dropped
    backup = tmp_path / "mkdocs.yml.material-backup"
    assert backup.read_text(encoding="utf-8") == CONFIG


def test_second_run_changes_nothing_and_keeps_the_first_backup(tmp_path, capsys):
    path = write(tmp_path)
    assert cli.main(["migrate", "material", "--config", str(path)]) == 0
    migrated = path.read_text(encoding="utf-8")
    assert cli.main(["migrate", "material", "--config", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == migrated
    assert "nothing to do" in capsys.readouterr().out
    assert (tmp_path / "mkdocs.yml.material-backup").read_text(encoding="utf-8") == CONFIG


def test_dry_run_writes_nothing(tmp_path, capsys):
    path = write(tmp_path)
    assert cli.main(["migrate", "material", "--config", str(path), "--dry-run"]) == 0
    assert path.read_text(encoding="utf-8") == CONFIG
    assert not (tmp_path / "mkdocs.yml.material-backup").exists()
    assert "article_url" in capsys.readouterr().out


def test_a_bare_blog_entry_and_the_material_prefix(tmp_path):
    path = write(tmp_path, "site_name: X\nplugins:\n  - material/blog\n  - search\n")
    assert cli.main(["migrate", "material", "--config", str(path)]) == 0
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["plugins"][1] == "search"
    options = data["plugins"][0]["podium/articles"]
    assert options["article_url"] == "blog/{date}/{slug}/"
    assert options["url_slugify"] == "material"
    assert options["reading_time"] == "material"


def test_refusals_are_one_line(tmp_path, capsys):
    path = write(tmp_path, "site_name: X\nplugins:\n  - search\n")
    assert cli.main(["migrate", "material", "--config", str(path)]) == 1
    assert capsys.readouterr().err.strip().endswith("no Material 'blog' plugin to migrate")
    path.write_text("site_name: X\nplugins:\n  - blog\n  - podium/articles\n", encoding="utf-8")
    assert cli.main(["migrate", "material", "--config", str(path)]) == 1
    assert "both 'blog' and 'podium/articles' are listed" in capsys.readouterr().err
    path.unlink()
    assert cli.main(["migrate", "material", "--config", str(path)]) == 2
