"""What a document says, declared as plain values; ``pdf.render`` decides how it looks.

Services build these from their own records (a permit, a booking, a pay slip) and never touch fpdf2, so
every letter, voucher and slip shares one look, one header and one verification footer. Labels come in
pairs, Bengali first, because every document is bilingual; values are free text in either script or both.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

Align = Literal["L", "C", "R"]


@dataclass(frozen=True)
class Office:
    """The issuing office printed under the department's name, e.g. a gram panchayat or a zilla parishad."""

    name_bn: str
    name_en: str
    address_bn: str = ""
    address_en: str = ""


@dataclass(frozen=True)
class Row:
    """One fact of the document: ``label_bn / label_en : value``."""

    label_bn: str
    label_en: str
    value: str


@dataclass(frozen=True)
class Column:
    label_bn: str
    label_en: str
    width: float = 1.0  # a share of the table's width, relative to the other columns
    align: Align = "L"  # "R" for money


@dataclass(frozen=True)
class Table:
    """A pay-slip or statement table: heading from the columns, body rows, an optional bold totals row."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    totals: Sequence[str] | None = None
    caption_bn: str = ""
    caption_en: str = ""
    heading: bool = True  # False: no heading row (rows that say what they are, under the caption)

    def __post_init__(self) -> None:
        width = len(self.columns)
        if width == 0:
            raise ValueError("a table needs at least one column")
        for line in [*self.rows, *([self.totals] if self.totals is not None else [])]:
            if len(line) != width:
                raise ValueError(f"a table row has {len(line)} cells for {width} columns: {list(line)!r}")


@dataclass(frozen=True)
class Signatory:
    """Who issued it; printed above the note that an electronic document needs no handwritten signature. An empty
    ``name`` is an office signing by its designation alone (``Pradhan, Baghmundi Gram Panchayat``)."""

    name: str
    designation_bn: str
    designation_en: str


@dataclass(frozen=True)
class Together:
    """Paragraphs kept on one page: when they do not all fit below what came before, they all go to the next
    page. An amount and its words in Bengali and in English are one statement, read together."""

    texts: Sequence[str]


@dataclass(frozen=True)
class Document:
    """A bilingual document; ``verify_url`` and ``code`` go into the QR footer printed on every page."""

    title_bn: str
    title_en: str
    office: Office
    verify_url: str
    code: str
    issued_on: date
    number: str = ""
    rows: Sequence[Row] = ()
    tables: Sequence[Table] = ()
    paragraphs: Sequence[str | Together] = ()
    signatory: Signatory | None = None

    def __post_init__(self) -> None:
        if not self.verify_url.startswith(("http://", "https://")):
            raise ValueError(f"verify_url must be an http(s) URL, got {self.verify_url!r}")
        if not self.code.strip():
            raise ValueError("a document needs its verification code")
