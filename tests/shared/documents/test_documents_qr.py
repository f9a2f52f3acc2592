from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from documents_kit import URL, run
from PIL import Image

from shared.documents import render
from shared.documents.qr import qr_png


def test_the_qr_png_decodes_to_its_payload() -> None:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(URL))))
    assert [r.text for r in results] == [URL]


def test_the_printed_qr_code_opens_the_verify_page(make_document, pdf_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("pdftoppm", "-png", "-r", "150", "-singlefile", pdf_file(render(make_document())), tmp_path / "page")
    results = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert [r.text for r in results] == [URL]
