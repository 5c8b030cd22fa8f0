"""sitemap.xml with ``xhtml:link`` hreflang alternates (Google's multilingual sitemap form).

MkDocs' own sitemap has no alternates, so the adapter replaces it with this one. Written with
ElementTree: sorted, no timestamps beyond each page's own ``lastmod``.
"""

from __future__ import annotations

import gzip
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True)
class SitemapEntry:
    loc: str  # absolute
    lastmod: date | datetime | None = None
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, absolute url), incl. x-default


def sitemap_xml(entries: Iterable[SitemapEntry]) -> bytes:
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    unique = {entry.loc: entry for entry in entries}
    for loc in sorted(unique):
        entry = unique[loc]
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = loc
        if entry.lastmod is not None:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = (
                entry.lastmod.isoformat(timespec="seconds")
                if isinstance(entry.lastmod, datetime)
                else entry.lastmod.isoformat()
            )
        for hreflang, href in sorted(entry.alternates):
            ET.SubElement(
                url,
                f"{{{XHTML_NS}}}link",
                {"rel": "alternate", "hreflang": hreflang, "href": href},
            )
    ET.indent(root)
    buffer = io.BytesIO()
    ET.ElementTree(root).write(buffer, encoding="utf-8", xml_declaration=True)
    return buffer.getvalue() + b"\n"


def gzipped(data: bytes) -> bytes:
    """gzip with mtime 0 and no file name, so the bytes depend on the content only."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()
