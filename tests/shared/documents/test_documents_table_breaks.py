"""Where a table breaks across pages: never leaving one of its rows, or its total, alone on a page, nor its caption."""
from __future__ import annotations

import re

import pytest
from documents_kit import run

from shared.documents import Column, Row, Table, render

YEAR = Table([Column("মাস", "Month", 2), Column("নিট", "Net", 1, "R")],
             [[f"Month {n:02}", "25,000.00"] for n in range(1, 13)], totals=["মোট / Total", "3,00,000.00"],
             caption_bn="মাসের বেতন", caption_en="Salary by month")


PUSHED = range(4, 24)  # facts above the table: page 1 ends at every one of its rows, its caption and its total


@pytest.fixture(scope="module")
def pushed(make_document, tmp_path_factory) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    """For each count of facts above the table, the document's pages as text (rendered once for every test here)."""
    pages = {}
    for extra in PUSHED:
        notes = [Row("টীকা", "Note", f"line {n}") for n in range(extra)]
        document = make_document(rows=notes, tables=[YEAR], paragraphs=[], signatory=None)
        path = tmp_path_factory.mktemp("pushed") / f"pushed-{extra}.pdf"
        path.write_bytes(render(document))
        pages[extra] = run("pdftotext", path, "-").split("\f")
    return pages


def test_a_page_never_holds_only_one_row_of_a_table_or_only_its_total(pushed: dict[int, list[str]]) -> None:
    """A year of months pushed down the page a fact at a time: wherever page 1 ends, each page holds none of the
    table's rows or two or more, the total with two or more of them (three or more stay on page 1). A year's salary
    statement had its last month and the total alone at the top of page 2, the other eleven months on page 1;
    other years had the total alone under the repeated heading."""
    for extra, pages in pushed.items():
        rows = [len(re.findall(r"Month \d\d", page)) for page in pages]
        assert sum(rows) == 12, (extra, rows)
        assert all(count == 0 or count >= 2 for count in rows), (extra, rows)
        assert rows[0] == 0 or rows[0] >= 3, (extra, rows)
        [with_total] = [page for page in pages if "3,00,000.00" in page]
        assert len(re.findall(r"Month \d\d", with_total)) >= 2, (extra, rows)


def test_a_table_caption_is_never_left_at_the_foot_of_a_page_without_its_rows(pushed: dict[int, list[str]]) -> None:
    for extra, pages in pushed.items():
        [captioned] = [page for page in pages if "Salary by month" in page]
        assert "Month 01" in captioned, extra
