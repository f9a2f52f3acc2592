"""A pay-run row with two amounts written 5,000 and 12,500, neither in quotes: both are named as why the row has
too many cells, as one such amount is, rather than only the cells counted."""
from __future__ import annotations

from datetime import date

from services.payroll.domain import check, rows_from_csv

FEBRUARY = {"month": "2026-02", "today": date(2026, 3, 10)}
HEADER = "employee_id,basic,hra,tds,credit_date\n"
HINT = "must be in quotes, or written without the commas"


def _reasons(text: str) -> list[tuple[int, str]]:
    rows, numbers = rows_from_csv(text)
    _, problems = check(rows, numbers, **FEBRUARY, active={"E1", "E2"}, already=set())
    return [(p.row, p.reason) for p in problems]


def test_two_amounts_with_unquoted_commas_are_both_named():
    assert _reasons(HEADER + "E1,30000,,100,2026-02-28\nE2,5,000,12,500,100,2026-02-28\n") == [
        (3, f"row 3 has 7 cells for 5 columns: the amounts written with a comma (5,000 and 12,500) {HINT}")]


def test_two_amounts_apart_and_in_lakhs_are_both_named_whole():
    assert _reasons(HEADER + "E1,1,23,456,,2,100,2026-02-28\n") == [
        (2, f"row 2 has 8 cells for 5 columns: the amounts written with a comma (1,23,456 and 2,100) {HINT}")]
    assert _reasons(HEADER + "E1,₹ 28,400.50,,\"7,000\",2026-02-28\nE2,32,100,3,600,0,2026-02-28\n") == [
        (2, "row 2 has 6 cells for 5 columns: an amount written with a comma (₹ 28,400.50) must be in quotes, or "
            "written without the comma"),
        (3, f"row 3 has 7 cells for 5 columns: the amounts written with a comma (32,100 and 3,600) {HINT}")]


def test_cells_that_no_amounts_put_in_line_are_counted_as_before():
    assert _reasons(HEADER + "E1,5,000,12,500,100,2026-02-28,x\n") == [
        (2, "the row has 8 cells, the header has 5 columns")]
