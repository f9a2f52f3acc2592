"""Fonts parsed once per process instead of once per document.

fpdf2's ``add_font`` parses the font file for every document (the character map and the width of every
glyph: about a fifth of a one-page letter's time here), and writing the PDF subsets that parsed font in
place, so one parsed font cannot simply serve two documents. What a document changes is small and known:
its glyph bookkeeping (``subset``, ``missing_glyphs``, the largest size used, its number in the PDF) and
the fontTools font that gets subset. fpdf2's own ``TTFFont.__deepcopy__`` (written for its recorder)
copies the bookkeeping and shares what is read-only. So a face is parsed once per process, and each
document gets a deep copy of it with a fontTools font of its own, reopened lazily from the file's bytes
held in memory (that reads the table directory only; the subsetting at output decompiles what it needs)
and a HarfBuzz font of its own (shaping sets the point size on it, so it is not shared between threads).

Widths are remembered too (``MeasuredFace``). fpdf2's line breaking measures the line again for every
character it adds, shaping each run of text in it with HarfBuzz, so nine in ten of a document's
measurements repeat one already made; a width depends only on the font file, the text, the size and the
shaping options, so the process keeps them, for this document and the next. Most of a document's widths are
its fixed texts (headings, labels, the office's name), which every document of its kind measures again; a
letter to a new person brings some seventy widths of its own. So the widths are kept in two generations
(``Widths``): the one being filled and the one before it, a width found in the older moving to the newer. Text
measured again within a generation's life stays; text of one person's letter falls out two generations
later. The memory is bounded by two generations and is reached within a few hundred documents.
"""
from __future__ import annotations

import copy
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont


class Widths:
    """Widths by what HarfBuzz is given, in two generations of at most ``kept`` each (see the module's text)."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._newer: dict[tuple[object, ...], tuple[int, float]] = {}
        self._older: dict[tuple[object, ...], tuple[int, float]] = {}

    def __len__(self) -> int:
        return len(self._newer) + len(self._older)

    def get(self, key: tuple[object, ...]) -> tuple[int, float] | None:
        width = self._newer.get(key)
        if width is None and (width := self._older.pop(key, None)) is not None:
            self.keep(key, width)
        return width

    def keep(self, key: tuple[object, ...], width: tuple[int, float]) -> None:
        if len(self._newer) >= self.kept:
            self._older, self._newer = self._newer, {}
        self._newer[key] = width


WIDTHS = Widths(kept=5_000)  # at most 10,000 widths; `python bench/documents.py --memory N` shows what they cost


# The layout tables: HarfBuzz shapes from the font file itself, and fpdf2 drops them from the subset it
# embeds — but fontTools' subsetter decompiles every lookup in them before it drops them (a seventh of a
# letter's time, with the Bengali faces' large GSUB and GPOS).
UNEMBEDDED = frozenset({"GDEF", "GSUB", "GPOS"})


def add_face(pdf: FPDF, family: str, style: str, path: Path) -> None:
    """What ``pdf.add_font(family, style, path)`` does, with the parsing done once per process."""
    face = copy.deepcopy(_parsed(path, f"{family.lower()}{style}", style))
    face.i = len(pdf.fonts) + 1
    face.ttfont = TTFont(BytesIO(_font_bytes(path)), recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    for tag in UNEMBEDDED & set(face.ttfont.keys()):
        del face.ttfont[tag]
    face._hbfont = None  # noqa: SLF001 — created from the file on first shaping, for this document only
    face.missing_glyphs = []
    face.biggest_size_pt = 0
    face.subset = SubsetMap(face)
    face.__class__ = MeasuredFace
    pdf.fonts[face.fontkey] = face


class MeasuredFace(TTFFont):
    """A face that remembers the widths of the text it shaped (see the module's text)."""

    __slots__ = ()

    def get_text_width(self, text: str, font_size_pt: float,
                       text_shaping_params: dict[str, Any] | None) -> tuple[int, float]:
        if not text_shaping_params or self.is_symbol:
            return super().get_text_width(text, font_size_pt, text_shaping_params)
        if font_size_pt > self.biggest_size_pt:
            self.biggest_size_pt = font_size_pt
        features = text_shaping_params.get("features")
        key = (self.ttffile, text, font_size_pt, tuple(sorted(features.items())) if features else (),
               text_shaping_params.get("fragment_direction"), text_shaping_params.get("script"),
               text_shaping_params.get("language"))  # what HarfBuzz is given besides the text
        width = WIDTHS.get(key)
        if width is None:
            width = self.shaped_text_width(text, font_size_pt, text_shaping_params)
            WIDTHS.keep(key, width)
        return width


@cache
def _parsed(path: Path, fontkey: str, style: str) -> TTFFont:
    return TTFFont(FPDF(), path, fontkey, style)


@cache
def _font_bytes(path: Path) -> bytes:
    return path.read_bytes()
