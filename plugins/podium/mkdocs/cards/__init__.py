"""``podium/cards``: the MkDocs adapter of :mod:`podium.cards`."""
