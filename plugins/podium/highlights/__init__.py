"""Highlights without MkDocs: the wall's pages and filters (``wall``), the filters' index
(``wall_index``) and the highlights' words (``highlight_words``). The ``podium/highlights``
plugin (``podium.mkdocs.highlights``) only translates MkDocs events to these."""
