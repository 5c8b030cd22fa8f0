"""The executive's profile without MkDocs: speaking & events (``events``) with their
iCalendar feed (``ical``), the press page (``press``), the owner as a person (``person``)
and the profile's words (``profile_words``). The ``podium/profile`` plugin
(``podium.mkdocs.profile``) only translates MkDocs events to these."""
