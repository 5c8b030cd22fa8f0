"""podium/feeds: the MkDocs adapter of the feed library."""
