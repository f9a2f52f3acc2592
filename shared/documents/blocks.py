"""The body blocks of a document, drawn in reading order below the title.

Key–value facts go through fpdf2's ``table()`` because it wraps long cells and keeps a row together; tables
of figures are ``tables``'.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace

from shared.documents.model import Row, Signatory, Together
from shared.documents.style import GRID, INK, LATIN, MARGIN, MUTED, RULE

if TYPE_CHECKING:
    from shared.documents.pdf import Sheet

LABEL_SHARE = 0.38  # of the usable width, for "লেবেল / Label"
BOLD = FontFace(family=LATIN, emphasis="B", color=INK)
LABEL = FontFace(family=LATIN, emphasis="", color=MUTED)
SMALLEST_SIZE = 7.0  # pt: the smallest a fact or a table's text is set so that no figure is broken
FACT_PAD = 1.5  # mm left and right inside a fact's cell
BREAKS = "/-"  # where a word wider than its cell may wrap, the first preferred: a memo number's parts


def rule(sheet: Sheet) -> None:
    sheet.ln(1.5)
    sheet.set_draw_color(*RULE)
    sheet.set_line_width(0.5)
    sheet.line(MARGIN, sheet.get_y(), sheet.w - MARGIN, sheet.get_y())
    sheet.ln(2.5)
    grid_lines(sheet)


def grid_lines(sheet: Sheet) -> None:
    """Thin grey lines for tables; the green rule is kept for the letterhead and the footer."""
    sheet.set_draw_color(*GRID)
    sheet.set_line_width(0.2)


def facts(sheet: Sheet, rows: Sequence[Row]) -> None:
    if not rows:
        return
    sheet.style(10.5)
    label_width = sheet.epw * LABEL_SHARE
    room = sheet.epw - label_width - 2 * FACT_PAD
    with sheet.table(col_widths=(label_width, sheet.epw - label_width), width=sheet.epw,
                     first_row_as_headings=False, borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                     text_align=("LEFT", "LEFT"), line_height=6, padding=(1.2, FACT_PAD)) as grid:
        for fact in rows:
            line = grid.row()
            line.cell(f"{fact.label_bn} / {fact.label_en}", style=LABEL)
            value = _breakable(sheet, fact.value, room)
            size = fitting(sheet, sheet.font_size_pt, [(value, room)])  # a word with no / or - to wrap at
            line.cell(value, style=FontFace(size_pt=size) if size < sheet.font_size_pt else None)
    sheet.ln(4)


def fitting(sheet: Sheet, size: float, cells: Iterable[tuple[str, float]]) -> float:
    """``size``, or smaller (down to ``SMALLEST_SIZE``) so that no word of a cell's text is wider than its room
    (mm), measured in the current style at ``size``: fpdf2 would break such a word inside itself, a figure
    ``1,20,00,000.00`` as ``1,20,00,000.0`` over ``0``."""
    widest = max((sheet.get_string_width(word) / room for text, room in cells for word in text.split()), default=0.0)
    return max(SMALLEST_SIZE, math.floor(10 * size / widest) / 10) if widest > 1 else size


def _breakable(sheet: Sheet, text: str, width: float) -> str:
    """``text`` with each word wider than ``width`` (mm, in the current font) wrapped after a ``/`` of it, or
    a ``-`` where its parts between slashes are still too wide. fpdf2 wraps only at spaces and otherwise
    breaks a word wherever the line ends: a memo number printed as ``BGM/GP/.../SAHEBPOT`` over ``A/0000045``.
    A word with neither mark is left whole (``facts`` sets it smaller)."""
    return " ".join(_wrapped(sheet, word, width, BREAKS) for word in text.split(" "))


def _wrapped(sheet: Sheet, word: str, width: float, marks: str) -> str:
    if not marks or sheet.get_string_width(word) <= width:
        return word
    mark = re.escape(marks[0])
    parts = re.findall(f"[^{mark}]*{mark}|[^{mark}]+$", word)  # each part with the mark that ends it
    lines = [parts[0]]
    for part in parts[1:]:
        if sheet.get_string_width(lines[-1] + part) <= width:
            lines[-1] += part
        else:
            lines.append(part)
    return "\n".join(_wrapped(sheet, line, width, marks[1:]) for line in lines)


PARAGRAPH_LINE, PARAGRAPH_GAP = 6.0, 2.5  # mm: a paragraph's line, and the space after it
SIGNATORY_GAP = 6.0  # mm above the signatory, on the page it shares with the text


def paragraphs(sheet: Sheet, items: Sequence[str | Together]) -> None:
    """Paragraphs one below the other; a ``Together`` group starts the next page when it does not fit on this
    one: a slip's amount in words once had its Bengali line at the foot of page 1 and the English on page 2."""
    sheet.style(10.5)
    for item in items:
        texts = [item] if isinstance(item, str) else list(item.texts)
        if isinstance(item, Together):
            _keep_together(sheet, sum(set_height(sheet, t, PARAGRAPH_LINE) for t in texts)
                           + PARAGRAPH_GAP * (len(texts) - 1))
        for text in texts:
            sheet.line_out(text, PARAGRAPH_LINE)
            sheet.ln(PARAGRAPH_GAP)


def signatory(sheet: Sheet, who: Signatory) -> None:
    """Kept on one page: a long office name once left half the name at the foot of a page and the rest, with
    the designation, alone on the next. A signatory with no name is the office's designation alone."""
    lines = [(who.name, 6.0, True)] if who.name else []
    lines += [(who.designation_bn, 5.5, False), (who.designation_en, 5.5, False)]
    height = 0.0
    for text, line_height, bold in lines:
        sheet.style(10.5 if bold else 9.5, bold=bold)
        height += set_height(sheet, text, line_height, align="R")
    if _keep_together(sheet, SIGNATORY_GAP + height):
        sheet.ln(SIGNATORY_GAP)
    for text, line_height, bold in lines:
        sheet.style(10.5 if bold else 9.5, bold=bold)
        sheet.line_out(text, line_height, align="R")


def set_height(sheet: Sheet, text: str, line_height: float, align: str = "L") -> float:
    """How tall ``text`` is set across the page in the current style, its wrapped lines counted."""
    return line_height * len(sheet.multi_cell(0, line_height, text, align=align, dry_run=True, output="LINES"))


def _keep_together(sheet: Sheet, height: float) -> bool:
    """Start the next page when ``height`` more does not fit on this one; True when it fits here."""
    if sheet.will_page_break(height):
        sheet.add_page()
        return False
    return True
