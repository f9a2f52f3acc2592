"""The rendered PDF read back with poppler: fonts embedded, text extractable, conjuncts shaped.

Shaping is checked in the PDF itself: with HarfBuzz shaping a conjunct such as ক্ষ is one glyph whose
ToUnicode entry maps back to several code points; unshaped text maps every glyph to one code point.
"""
from __future__ import annotations

import re
import zlib
from datetime import date
from pathlib import Path

import pytest
from documents_kit import CODE, CONJUNCTS, URL, run
from PIL import Image

from shared.casework.issuing import validity_span
from shared.documents import Column, Document, Row, Signatory, Table, Together, render
from shared.documents.page import record_page


def multi_codepoint_glyphs(pdf: bytes) -> set[str]:
    """Texts of the glyphs that stand for more than one character, from every ToUnicode CMap."""
    found: set[str] = set()
    for number in re.findall(rb"/ToUnicode (\d+) 0 R", pdf):
        header = re.search(rb"\n" + number + rb" 0 obj\s*<<(.*?)>>\s*stream\r?\n", pdf, re.DOTALL)
        assert header is not None
        length = int(re.search(rb"/Length (\d+)", header.group(1)).group(1))  # type: ignore[union-attr]
        body = pdf[header.end():header.end() + length]
        cmap = (zlib.decompress(body) if b"FlateDecode" in header.group(1) else body).decode("latin-1")
        for hex_text in re.findall(r"<[0-9A-Fa-f]+> <([0-9A-Fa-f]{8,})>", cmap):
            found.add(bytes.fromhex(hex_text).decode("utf-16-be"))
    return found


def test_the_bengali_and_latin_fonts_are_embedded(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    fonts = run("pdffonts", pdf_file(render(make_document())))
    embedded = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if " yes " in line}
    assert {"NotoSansBengali", "NotoSansBengaliBold", "NotoSans", "NotoSansBold"} <= embedded


def test_every_english_field_can_be_read_back(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    text = run("pdftotext", "-layout", pdf_file(render(make_document())), "-")
    for expected in ("Government of West Bengal", "Panchayat & Rural Development Department",
                     "Falakata Gram Panchayat", "Building Permission Letter", "BP/2025/000123",
                     "Sri Rabindranath Kshetrapal", "Item", "Amount", "Application fee", "750.00", "Fees",
                     "Construction must follow the sanctioned plan.", "Pradhan, Falakata Gram Panchayat",
                     "Scan to verify", URL, CODE, "5 January 2025", "Page 1 / 1"):
        assert expected in text, expected


def test_bengali_conjuncts_are_drawn_as_shaped_glyphs(make_document) -> None:  # type: ignore[no-untyped-def]
    shaped = multi_codepoint_glyphs(render(make_document()))
    for conjunct in CONJUNCTS:
        assert any(conjunct in glyph for glyph in shaped), conjunct


def test_a_latin_line_after_a_bengali_line_keeps_its_own_font(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """Guards the base-font pinning in ``Sheet``: without it this English line came out as garbage."""
    document = make_document(paragraphs=["শুধু বাংলা লেখা", "Only English words here"], signatory=None)
    text = run("pdftotext", pdf_file(render(document)), "-")
    assert "Only English words here" in text


def test_the_page_renders_to_an_image_with_ink(make_document, pdf_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("pdftoppm", "-png", "-r", "60", "-singlefile", pdf_file(render(make_document())), tmp_path / "page")
    image = Image.open(tmp_path / "page.png").convert("L")
    assert image.size[1] > image.size[0]  # A4 portrait
    dark = sum(image.histogram()[:128])
    assert dark > 0.01 * image.size[0] * image.size[1]


def test_a_long_statement_breaks_across_pages_with_headings_and_numbers(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    months = [[f"মাস / Month {n}", "25,000.00"] for n in range(1, 41)]
    statement = Table([Column("মাস", "Month", 2), Column("নিট", "Net", 1, "R")], months,
                      totals=["মোট / Total", "1,000,000.00"])
    path = pdf_file(render(make_document(tables=[statement])))
    count = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", path)).group(1))  # type: ignore[union-attr]
    pages = run("pdftotext", "-layout", path, "-").split("\f")[:count]
    assert count >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {count}" in page
        assert "Scan to verify" in page and URL in page
    assert all("Net" in page for page in pages if "Month" in page)  # the heading repeats on each page
    assert "Month 40" in pages[-1] or "Month 40" in pages[-2]
    assert "1,000,000.00" in "".join(pages[-2:])


def test_a_table_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="2 cells for 3 columns"):
        Table([Column("ক", "A"), Column("খ", "B"), Column("গ", "C")], [["1", "2"]])


def test_a_document_needs_a_web_address_to_verify_at(make_document) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="verify_url"):
        make_document(verify_url="verify/K7QX")
    assert isinstance(make_document(), Document)


def test_a_document_comes_out_the_same_whatever_the_process_rendered_before(make_document) -> None:  # type: ignore[no-untyped-def]
    """Fonts are parsed once per process and shared: what one document used (its glyphs, their numbers, the
    subset cut from the font) must not reach the next one. Rendered in a fresh interpreter and again after
    two other documents with other text, the same document gives the same PDF, dates aside."""
    document = make_document()
    alone = _without_dates(render(document))
    render(make_document(title_en="Trade NOC: Zebra-Quartz & Vintage Jewellery", rows=[], tables=[],
                         paragraphs=["ঝ ঢ ঊ ঐ ঔ ৎ জ্ঞ হ্ম — glyphs the letter never uses: {}<>|~@#%^"]))
    render(make_document(signatory=None, paragraphs=["Only Latin text, 0123456789."]))
    after_others = _without_dates(render(document))
    assert after_others == alone


def _without_dates(pdf: bytes) -> bytes:
    """The PDF less its creation date and the file identifier fpdf2 derives from it."""
    return re.sub(rb"/CreationDate \(D:[^)]*\)|/ID \[<[0-9A-F]+><[0-9A-F]+>\]", b"", pdf)


def test_the_signatory_is_never_split_across_a_page_break(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """A name that takes two lines, pushed down the page a line at a time: wherever the page ends, the name
    and the designations under it are on one page (once half the name was left at the foot of page 1)."""
    name = ("দক্ষিণ চব্বিশ পরগনা শ্রীরামপুর-লক্ষ্মীকান্তপুর উত্তর-পূর্ব অঞ্চল / "
            "Dakshin Sripur-Lakshmikantapur Uttar-Purba Anchal")
    who = Signatory(name, "প্রধান, গ্রাম পঞ্চায়েত", "Pradhan, Gram Panchayat")
    for extra in range(16, 26):
        filler = [f"অনুচ্ছেদ / Paragraph {n}" for n in range(extra)]
        document = make_document(rows=[], tables=[], paragraphs=filler, signatory=who)
        pages = run("pdftotext", pdf_file(render(document)), "-").split("\f")
        [page] = [p for p in pages if "Pradhan, Gram Panchayat" in p]
        assert "Dakshin Sripur" in page and "Uttar-Purba Anchal" in page, extra


def test_a_figure_wider_than_its_column_is_set_smaller_not_broken(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """Seven columns of crores: fpdf2 broke ``12,00,00,000.00`` inside itself, over two lines of its cell."""
    columns = [Column("মাস", "Month", 1.6), *(Column("টাকা", f"Part {n}", 1, "R") for n in range(6))]
    crores = Table(columns, [["April 2025", *["1,00,00,000.00"] * 6]], totals=["Total", *["12,00,00,000.00"] * 6])
    text = run("pdftotext", "-layout", pdf_file(render(make_document(tables=[crores]))), "-")
    assert text.count("1,00,00,000.00") == 6 and text.count("12,00,00,000.00") == 6


def test_paragraphs_kept_together_go_to_the_next_page_all_at_once(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """An amount in Bengali and English words, pushed down the page a line at a time: wherever the page ends,
    the figure and both its lines (the English one wrapped over two) are on one page; once the Bengali line
    was left at the foot of page 1 and the English one began page 2."""
    words = Together(["নিট প্রাপ্য / Net pay: ₹2,05,00,00,019",
                      "কথায়: দুই শত পাঁচ কোটি উনিশ টাকা মাত্র",
                      "In words: Rupees Two Hundred Five Crore Nineteen Thousand Four Hundred Seventy-Seven and "
                      "Fifty Paise Only, paid into the account held at the bank named above"])
    for extra in range(16, 28):
        filler = [f"অনুচ্ছেদ / Paragraph {n}" for n in range(extra)]
        document = make_document(rows=[], tables=[], paragraphs=[*filler, words, "Last words."], signatory=None)
        pages = run("pdftotext", pdf_file(render(document)), "-").split("\f")
        [page] = [p for p in pages if "Net pay" in p]
        assert "কথায়" in page and "Rupees Two Hundred" in page and "bank named above" in page, extra


@pytest.mark.parametrize("memo", ["BGM/GP/TNOC/2026-27/ALIPURDUAR-II/FALAKATA/SAHEBPOTA/0000045",
                                  "BGM-GP-TNOC-2026-27-ALIPURDUAR-II-FALAKATA-SAHEBPOTA-0000045",
                                  "BGM/GP/ALIPURDUARIIFALAKATASAHEBPOTAKALCHINIMADARIHATBIRPARA/45",
                                  "BGMGPTNOC202627ALIPURDUARIIFALAKATASAHEBPOTA00000000000000045"])
def test_a_long_memo_number_wraps_between_its_parts(memo, make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """Sixty characters without a space, as an office may type a memo number: fpdf2 broke it wherever the
    line ended, ``.../SAHEBPOT`` over ``A/0000045``; it wraps after a ``/`` (or a ``-``), and a part with
    neither is set smaller, whole."""
    rows = [Row("স্মারক নং ও তারিখ", "Memo no. and date", f"{memo}, ০৫-০১-২০২৬ / 05-01-2026")]
    text = run("pdftotext", "-layout", pdf_file(render(make_document(rows=rows))), "-")
    for part in re.split(r"[/-]", memo):
        assert re.search(rf"(?<![A-Z0-9]){part}(?![A-Z0-9])", text), part


def test_the_issue_date_is_labelled_in_bengali_as_the_verification_page_labels_it(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """The page asks the reader to match its details with the paper: the paper said প্রদানের তারিখ where the
    page says জারির তারিখ, as the chat does (জারি, issued)."""
    printed = "".join(run("pdftotext", pdf_file(render(make_document())), "-").split())  # poppler spaces out Bengali
    shown = record_page({"status": "valid", "kind": "building_permission", "number": "BP/2025/000123",
                         "issued_on": "2025-01-05"}, CODE)
    assert "<dt>জারির তারিখ / Issued on</dt><dd>৫ জানুয়ারি ২০২৫ / 5 January 2025</dd>" in shown
    assert "জারিরতারিখ/Issuedon:৫জানুয়ারি২০২৫/5January2025" in printed and "প্রদানের" not in printed


def test_the_verification_page_writes_the_dates_as_the_paper_does(make_document, pdf_file) -> None:  # type: ignore[no-untyped-def]
    """A police officer reads the page beside the paper: the paper's term said ৩০ সেপ্টেম্বর ২০২৯ / 30 September
    2029 while the page said 30-09-2029, and its date 28-09-2026 in the corner and the footer."""
    issued, last = date(2026, 9, 28), date(2029, 9, 30)
    rows = [Row("বৈধতার মেয়াদ", "Valid", validity_span(issued, last))]
    printed = "".join(run("pdftotext", pdf_file(render(make_document(issued_on=issued, rows=rows))), "-").split())
    shown = record_page({"status": "valid", "kind": "building_permission", "number": "BP/2025/000123",
                         "issued_on": issued.isoformat(), "valid_until": last.isoformat()}, CODE)
    dates = dict(re.findall(r"<dt>[^<]*/ ([^<]*)</dt><dd>([^<]*)</dd>", shown))
    assert dates["Issued on"] == "২৮ সেপ্টেম্বর ২০২৬ / 28 September 2026"
    assert dates["Valid until"] == "৩০ সেপ্টেম্বর ২০২৯ / 30 September 2029"
    assert "তারিখ/Date:২৮সেপ্টেম্বর২০২৬/28September2026" in printed
    assert "জারিরতারিখ/Issuedon:২৮সেপ্টেম্বর২০২৬/28September2026" in printed
    for written in ("৩০সেপ্টেম্বর২০২৯", "30September2029"):
        assert written in printed
    assert not re.search(r"\d{2}-\d{2}-\d{4}", printed + shown)
