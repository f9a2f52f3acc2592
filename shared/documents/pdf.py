"""Renders a ``Document`` to PDF bytes: letterhead, title, body blocks and a QR footer on every page.

fpdf2 with HarfBuzz shaping (``set_text_shaping``) is what makes Bengali correct: without shaping, a PDF
shows conjuncts such as ক্ষ or শ্রী as their broken parts and the vowel sign ি after its consonant.
Latin text is set in Noto Sans and every Bengali character falls back to Noto Sans Bengali, so one line
may mix both scripts; each run is shaped with the font that draws it. Page numbers use fpdf2's ``{nb}``
alias, which is filled in once the page count is known.
"""
from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import TextEmphasis, XPos, YPos

from shared.documents import blocks, tables
from shared.documents.faces import add_face
from shared.documents.fonts import FontSet, check_fonts
from shared.documents.model import Document
from shared.documents.qr import qr_png
from shared.documents.style import BENGALI, LATIN, MARGIN, MUTED, RULE, ink
from shared.india import both_days

GOVERNMENT = "পশ্চিমবঙ্গ সরকার  ·  Government of West Bengal"
DEPARTMENT = "পঞ্চায়েত ও গ্রামোন্নয়ন দপ্তর  ·  Panchayat & Rural Development Department"
SCAN = "Scan to verify / যাচাই করতে স্ক্যান করুন"
ELECTRONIC = ("This document is generated electronically and needs no handwritten signature. / "
              "এই নথিটি বৈদ্যুতিনভাবে তৈরি, হাতে করা স্বাক্ষরের প্রয়োজন নেই।")
FOOTER_HEIGHT = 40.0  # mm kept free at the bottom of every page for the verification footer
QR_SIZE = 28.0


def render(document: Document) -> bytes:
    """The finished PDF; raises ``FontsMissing`` when the Noto fonts are not installed.

    CPU-bound for a few hundred milliseconds: async code calls ``shared.documents.workers.render_async(doc)``,
    which runs it in a worker process.
    """
    sheet = Sheet(document, check_fonts())
    sheet.add_page()
    _letterhead(sheet, document)
    _title(sheet, document)
    blocks.facts(sheet, document.rows)
    for table in document.tables:
        tables.table(sheet, table)
    blocks.paragraphs(sheet, document.paragraphs)
    if document.signatory is not None:
        blocks.signatory(sheet, document.signatory)
    return bytes(sheet.output())


class Sheet(FPDF):
    """An A4 page set up for bilingual text; ``footer`` is fpdf2's hook, called as each page closes."""

    def __init__(self, document: Document, fonts: FontSet):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.document = document
        self.qr = qr_png(document.verify_url)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=FOOTER_HEIGHT)
        add_face(self, LATIN, "", fonts.latin_regular)
        add_face(self, LATIN, "B", fonts.latin_bold)
        add_face(self, BENGALI, "", fonts.bengali_regular)
        add_face(self, BENGALI, "B", fonts.bengali_bold)
        self.set_fallback_fonts([BENGALI], exact_match=True)
        self.set_text_shaping(True)
        self.set_title(f"{document.title_en} / {document.title_bn}")
        self.set_author(document.office.name_en)
        self.set_creator("Smart Panchayat")
        self.set_lang("bn-IN")

    def set_font(self, family: str | None = None, style: str | TextEmphasis = "", size: float = 0) -> None:
        super().set_font(family, style, size)
        self._pin_font()

    def set_font_size(self, size: float) -> None:
        super().set_font_size(size)
        self._pin_font()

    def header(self) -> None:
        self._pin_font()

    def _pin_font(self) -> None:
        """Set the base font at page level as soon as it is chosen.

        fpdf2 (2.8) otherwise sets it lazily with the first line drawn; when that line starts with a
        fallback (Bengali) run, the base font lands inside the line's own ``q … Q`` and is lost after it,
        so the next Latin-only line is drawn with no font or the previous one (garbled glyphs).
        """
        if self.page and self.current_font is not None and not self.current_font_is_set_on_page:
            self._out(self._set_font_for_page(self.current_font, self.font_size_pt))

    def style(self, size: float, *, bold: bool = False, color: tuple[int, int, int] | None = None) -> None:
        self.set_font(LATIN, "B" if bold else "", size)
        ink(self, color)

    def line_out(self, text: str, height: float, *, align: str = "L", link: str = "") -> None:
        """One wrapped paragraph across the usable width, leaving the cursor at the left margin below it."""
        self.multi_cell(0, height, text, align=align, link=link or None, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def footer(self) -> None:
        top = self.h - FOOTER_HEIGHT + 3
        self.set_draw_color(*RULE)
        self.set_line_width(0.3)
        self.line(MARGIN, top, self.w - MARGIN, top)
        self.image(self.qr, x=MARGIN, y=top + 2, w=QR_SIZE, h=QR_SIZE, alt_text=self.document.verify_url)
        left = MARGIN + QR_SIZE + 4
        self.set_left_margin(left)
        self.set_xy(left, top + 3)
        self.style(9.5, bold=True)
        self.line_out(SCAN, 5)
        self.style(8.5)
        self.line_out(self.document.verify_url, 4.5, link=self.document.verify_url)
        self.line_out(f"কোড / Code: {self.document.code}", 4.5)
        self.line_out(f"জারির তারিখ / Issued on: {both_days(self.document.issued_on)}", 4.5)
        self.style(7, color=MUTED)
        self.line_out(ELECTRONIC, 3.5)
        self.set_left_margin(MARGIN)
        self.set_xy(MARGIN, self.h - 9)
        self.style(8, color=MUTED)
        self.cell(0, 4, f"পৃষ্ঠা / Page {self.page_no()} / {{nb}}", align="R")
        blocks.grid_lines(self)


def _letterhead(sheet: Sheet, document: Document) -> None:
    office = document.office
    sheet.style(12, bold=True)
    sheet.line_out(GOVERNMENT, 6.5, align="C")
    sheet.style(10)
    sheet.line_out(DEPARTMENT, 5.5, align="C")
    sheet.style(11.5, bold=True)
    sheet.line_out(office.name_bn, 6.5, align="C")
    sheet.style(10.5, bold=True)
    sheet.line_out(office.name_en, 5.5, align="C")
    if office.address_bn or office.address_en:
        sheet.style(9, color=MUTED)
        sheet.line_out("  ·  ".join(a for a in (office.address_bn, office.address_en) if a), 5, align="C")
    blocks.rule(sheet)
    if document.number:
        sheet.style(9.5)
        sheet.cell(sheet.epw / 2, 6, f"নং / No.: {document.number}")
        sheet.cell(sheet.epw / 2, 6, f"তারিখ / Date: {both_days(document.issued_on)}", align="R",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _title(sheet: Sheet, document: Document) -> None:
    sheet.ln(3)
    sheet.style(16, bold=True)
    sheet.line_out(document.title_bn, 8.5, align="C")
    sheet.style(13, bold=True)
    sheet.line_out(document.title_en, 7, align="C")
    sheet.ln(4)
