"""Documents are rendered for real: the Noto fonts from /usr/share/fonts and poppler's command-line tools
(pdftotext, pdffonts, pdftoppm, all from scripts/setup-system) read the PDFs back. Nothing is faked.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from documents_kit import CODE, URL

from shared.documents import Column, Document, Office, Row, Signatory, Table

MakeDocument = Callable[..., Document]


@pytest.fixture(scope="session")
def make_document() -> MakeDocument:
    """A building-permission letter holding every block and the conjuncts ক্ষ প্র ঞ্চ স্ব শ্র."""

    def make(**overrides: Any) -> Document:
        fields: dict[str, Any] = {
            "title_bn": "ভবন নির্মাণের অনুমতিপত্র", "title_en": "Building Permission Letter",
            "office": Office("ফালাকাটা গ্রাম পঞ্চায়েত", "Falakata Gram Panchayat", "ফালাকাটা, আলিপুরদুয়ার",
                            "Falakata, Alipurduar"),
            "verify_url": URL, "code": CODE, "issued_on": date(2025, 1, 5), "number": "BP/2025/000123",
            "rows": [Row("আবেদনকারী", "Applicant", "শ্রী রবীন্দ্রনাথ ক্ষেত্রপাল (Sri Rabindranath Kshetrapal)"),
                     Row("দাগ নম্বর", "Plot", "Dag 1234, Khatian 56, মৌজা পঞ্চায়েত পাড়া"),
                     Row("বৈধতা", "Valid until", "04-01-2026")],
            "tables": [Table([Column("বিবরণ", "Item", 3), Column("পরিমাণ", "Amount (₹)", 1, "R")],
                             [["আবেদন ফি / Application fee", "500.00"], ["পরিদর্শন ফি / Inspection fee", "250.00"]],
                             totals=["মোট / Total", "750.00"], caption_bn="ফি", caption_en="Fees")],
            "paragraphs": ["এই অনুমতিপত্র পঞ্চায়েত প্রশাসন কর্তৃক প্রদত্ত; স্বাক্ষর ও সিলমোহরের প্রয়োজন নেই।",
                           "Construction must follow the sanctioned plan."],
            "signatory": Signatory("শ্রীমতী অনিতা দাস", "প্রধান", "Pradhan, Falakata Gram Panchayat"),
        }
        fields.update(overrides)
        return Document(**fields)

    return make


@pytest.fixture
def pdf_file(tmp_path: Path) -> Callable[[bytes], Path]:
    def write(data: bytes) -> Path:
        path = tmp_path / "document.pdf"
        path.write_bytes(data)
        return path

    return write
