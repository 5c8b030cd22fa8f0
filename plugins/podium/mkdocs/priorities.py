"""Every MkDocs event priority of the Podium plugins, in one table, with the reason for each.

MkDocs runs handlers of one event from the highest priority to the lowest (default 0), across
plugins, so the order between Podium's plugins is decided here rather than by numbers spread
over seven files. ``tests/test_plugin_priorities.py`` checks the orders the reasons rely on.
"""

from __future__ import annotations

# -- on_files ----------------------------------------------------------------------------
#: podium/articles builds the hub; every other plugin reads it in its own on_files.
ARTICLES_FILES = 100
#: podium/highlights adds the wall pages right after the hub exists.
HIGHLIGHTS_FILES = 50
#: podium/profile adds the about/events/press pages before podium/meta looks for them.
PROFILE_FILES = 0
#: podium/share needs only the hub.
SHARE_FILES = 0
#: podium/meta reads the about page podium/profile added.
META_FILES = -10
#: podium/cards plans a card for every page the other plugins added.
CARDS_FILES = -50
#: podium/feeds after podium/articles placed the pages.
FEEDS_FILES = -50

# -- on_env ------------------------------------------------------------------------------
#: podium/highlights renders bodies with the filters podium/articles added (podium_date).
HIGHLIGHTS_ENV = -50

# -- on_page_context ---------------------------------------------------------------------
#: podium/articles first: it says which article or highlight the page shows.
ARTICLES_PAGE_CONTEXT = 50
#: podium/profile and podium/highlights fill slots with what podium/articles set.
PROFILE_PAGE_CONTEXT = 0
HIGHLIGHTS_PAGE_CONTEXT = 0
#: podium/share and podium/meta read the entry podium/articles chose.
SHARE_PAGE_CONTEXT = -10
META_PAGE_CONTEXT = -10
#: podium/meta escapes title and description for Material last, after everyone read them.
META_ESCAPE = -100

# -- on_post_build -----------------------------------------------------------------------
#: podium/articles reports the site's size last, after every plugin wrote its files.
ARTICLES_POST_BUILD = -100
