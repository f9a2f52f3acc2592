"""The few typographic constants every block shares, so the look is changed in one place."""
from __future__ import annotations

from fpdf import FPDF

LATIN = "NotoSans"
BENGALI = "NotoSansBengali"
MARGIN = 15.0  # mm
INK = (25, 25, 25)
MUTED = (95, 95, 95)
RULE = (0, 104, 56)  # the department's green
GRID = (165, 165, 165)
HEADING_FILL = (226, 239, 230)
TOTALS_FILL = (240, 240, 240)


def ink(pdf: FPDF, color: tuple[int, int, int] | None = None) -> None:
    pdf.set_text_color(*(color or INK))
