"""Make author text safe for XML 1.0 and JSON without changing what a reader sees.

XML 1.0 forbids most C0 control characters, lone surrogates and U+FFFE/U+FFFF: lxml refuses
to serialise them ("All strings must be XML compatible") and a feed that contained one would
not parse at all. They come from copy-paste (Word, PDFs, terminals), never from intent, so
they are stripped and the caller is told how many were removed. C1 controls and DEL are
legal but "discouraged" (XML 1.0 §2.2) and are almost always Windows-1252 mojibake; they go
too. Bidi controls (U+200E, U+202A..U+202E, U+2066..U+2069) and emoji are ordinary text and
are kept: right-to-left titles must stay right-to-left.
"""

from __future__ import annotations

import html
import re

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Only breaking whitespace: a no-break space (often from "&nbsp;") is kept on purpose.
_WHITESPACE = re.compile("[ \t\n\r\f\v\u2028\u2029]+")


def strip_forbidden(text: str) -> tuple[str, int]:
    """Return ``text`` without XML-forbidden (and discouraged control) characters, and the count."""
    cleaned, count = _XML_FORBIDDEN.subn("", text)
    return cleaned, count


def clean_plain_text(text: str) -> tuple[str, int]:
    """Turn a plain-text field (title, summary, name) into one clean line.

    Stray HTML entities (``&amp;``, ``&mdash;``, ``&nbsp;``) are decoded: the author wrote
    them meaning the character, and the site's own pages show the character; left as is,
    the XML layer would escape the ``&`` and feed readers would show a literal ``&mdash;``.
    A lone ``&`` (``AT&T``) is left alone by ``html.unescape``. Line breaks are folded into
    single spaces because feed titles are one line in every reader.
    """
    cleaned, count = strip_forbidden(text)
    cleaned = html.unescape(cleaned)
    # Numeric references such as "&#xFFFF;" decode to forbidden characters of their own.
    cleaned, more = strip_forbidden(cleaned)
    return _WHITESPACE.sub(" ", cleaned).strip(), count + more
