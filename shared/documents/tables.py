"""A table block, drawn whole on this page or broken across pages where a reader can follow it.

fpdf2 breaks a table wherever the page ends: a year's salary statement had eleven months on page 1 and the last
month with the total alone at the top of page 2, and a table that only just did not fit left its caption at the
foot of a page. So a table is drawn whole when it fits; otherwise broken so that at least ``KEPT`` rows stay on
this page and ``CARRIED`` go on with the total, the heading repeated; failing that, it starts the next page. The
heights are fpdf2's own measure of the rows (``_heights``), so deciding is arithmetic, not a trial drawing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from fpdf.enums import TableCellFillMode
from fpdf.fonts import FontFace
from fpdf.table import Table as FpdfTable

from shared.documents.blocks import fitting, set_height
from shared.documents.model import Table
from shared.documents.style import HEADING_FILL, INK, LATIN, TOTALS_FILL

if TYPE_CHECKING:
    from shared.documents.pdf import Sheet

TABLE_SIZE = 9.5  # pt; set smaller only so that no figure is broken (``_fitting_size``)
CELL_PAD = 1.5  # mm left and right inside a table's cell
CAPTION_LINE = 6.5  # mm
KEPT, CARRIED = 3, 2  # rows of a table left on a page at the least, and carried with its total to the next


def table(sheet: Sheet, spec: Table) -> None:
    """Whole on this page, or broken where ``rows_here`` says, its heading repeated on the next page."""
    share = sum(c.width for c in spec.columns)
    widths = tuple(sheet.epw * c.width / share for c in spec.columns)
    size = _fitting_size(sheet, spec, widths)
    caption = " / ".join(c for c in (spec.caption_bn, spec.caption_en) if c)
    sheet.style(11, bold=True)
    above = set_height(sheet, caption, CAPTION_LINE) if caption else 0.0
    whole = _grid(sheet, spec, widths, size, spec.rows, totals=True)
    heights = _heights(whole, len(spec.columns))
    head, count = int(spec.heading), len(spec.rows)
    kept = rows_here(sheet.page_break_trigger - sheet.get_y(), above + sum(heights[:head]),
                     heights[head:head + count], sum(heights[head + count:]))
    if kept == 0 and count:
        sheet.add_page()
    _caption(sheet, caption)
    sheet.style(size)
    if kept in (0, count):
        whole.render()
    else:
        _grid(sheet, spec, widths, size, spec.rows[:kept], totals=False).render()
        sheet.add_page()
        _grid(sheet, spec, widths, size, spec.rows[kept:], totals=True).render()
    sheet.ln(5)


def _heights(grid: FpdfTable, columns: int) -> list[float]:
    """Each row's height (mm) as fpdf2 will draw it: its own measure, which ``render`` takes first (fpdf2 2.8 keeps
    it private, and sets the column count it needs as ``render`` begins)."""
    grid._cols_count = columns
    return [row.pagebreak_height for row in grid._compute_rows_info()]


def _caption(sheet: Sheet, caption: str) -> None:
    if caption:
        sheet.style(11, bold=True)
        sheet.line_out(caption, CAPTION_LINE)


def _grid(sheet: Sheet, spec: Table, widths: Sequence[float], size: float, rows: Sequence[Sequence[str]], *,
          totals: bool) -> FpdfTable:
    """The heading, ``rows`` and (``totals``) the totals row of ``spec``, laid out but not drawn: ``render()``
    draws it where the cursor is."""
    aligns = tuple({"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[c.align] for c in spec.columns)
    sheet.style(size)
    heading = FontFace(family=LATIN, emphasis="B", color=INK, fill_color=HEADING_FILL)
    grid = FpdfTable(sheet, col_widths=widths, width=sheet.epw, text_align=aligns, headings_style=heading,
                     line_height=5.5, padding=(1.2, CELL_PAD), repeat_headings=1 if spec.heading else 0,
                     first_row_as_headings=spec.heading, cell_fill_mode=TableCellFillMode.NONE)
    if spec.heading:
        head = grid.row()
        for column in spec.columns:
            head.cell(f"{column.label_bn}\n{column.label_en}")
    for values in rows:
        line = grid.row()
        for value in values:
            line.cell(value)
    if totals and spec.totals is not None:
        last = grid.row()
        bold = FontFace(family=LATIN, emphasis="B", color=INK, fill_color=TOTALS_FILL)
        for value in spec.totals:
            last.cell(value, style=bold)
    return grid


def _fitting_size(sheet: Sheet, spec: Table, widths: Sequence[float]) -> float:
    """``TABLE_SIZE``, or smaller when a word of a cell (a figure, mostly) is wider than its column
    (``_fitting``), measured in bold, the widest a word is drawn (headings and totals)."""
    sheet.style(TABLE_SIZE, bold=True)
    lines = [[f"{c.label_bn}\n{c.label_en}" for c in spec.columns], *spec.rows, *([spec.totals] if spec.totals else [])]
    return fitting(sheet, TABLE_SIZE, ((text, width - 2 * CELL_PAD)
                                         for line in lines for text, width in zip(line, widths, strict=True)))


def rows_here(room: float, top: float, rows: Sequence[float], bottom: float) -> int:
    """How many ``rows`` (their heights, mm) to draw in ``room`` mm of this page below ``top`` (the caption and
    the heading) — all of them, the total (``bottom``) with them, or 0 when the table starts the next page."""
    if top + sum(rows) + bottom <= room:
        return len(rows)
    fitting, used = 0, top
    for height in rows:
        used += height
        if used > room:
            break
        fitting += 1
    kept = min(fitting, len(rows) - CARRIED)
    return kept if kept >= KEPT else 0
