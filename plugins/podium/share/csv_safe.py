"""CSV cells a spreadsheet cannot run: OWASP's defence against CSV (formula) injection.

A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is read as a formula
by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``, ``=cmd|...``). OWASP
recommends prefixing such a cell with a single quote, which spreadsheets show as text;
a scheduling tool importing the file reads the quote too, which is the accepted trade.
Numbers are left alone (``-3`` written by the program, not by an author, is data).
Control characters are stripped from every cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from podium.core.safety import strip_controls

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """One cell value, safe to open in a spreadsheet program."""
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return strip_controls(value)


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in row]
