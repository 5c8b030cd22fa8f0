"""Options of the ``podium/profile`` plugin."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ProfileConfig(Config):
    """The executive as a person: about page, talks and appearances, press."""

    enabled = c.Type(bool, default=True)
    """Switch the plugin off (e.g. `enabled: !ENV [CI, true]`)."""
    owner = c.Optional(c.Type(str))
    """Author id (in `.authors.yml`) the profile is about; default: the hub's owner."""
    about_page = c.Type(str, default="about.md")
    """The about page; its Markdown body (optional) follows the generated profile."""
    events_dir = c.Type(str, default="events")
    """Folder of event files (one Markdown file per talk, panel or appearance)."""
    events_page = c.Type(str, default="events/index.md")
    """The speaking & events page (generated when missing; your body comes first)."""
    events_ics = c.Type(str, default="events.ics")
    """The iCalendar feed of upcoming events (empty string: none)."""
    press_file = c.Type(str, default="press.yml")
    """Press mentions and press kit data (docs-relative; not copied to the site)."""
    press_page = c.Type(str, default="press/index.md")
    """The press & media page (generated when the press file exists)."""
    upcoming_count = c.Type(int, default=3)
    """Upcoming events shown by the `podium/profile/upcoming.html` partial (home page)."""
