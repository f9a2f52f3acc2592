"""A pay-run sheet with an amount written 5,000 and not in quotes: the comma splits the row into one cell too many.
The refusal says so, with the amount as written, rather than only counting cells; the amount is not guessed."""
from __future__ import annotations

from datetime import date

from services.payroll.domain import check, rows_from_csv

FEBRUARY = {"month": "2026-02", "today": date(2026, 3, 10)}
HINT = "must be in quotes, or written without the comma"


def _reasons(text: str) -> list[tuple[int, str]]:
    rows, numbers = rows_from_csv(text)
    _, problems = check(rows, numbers, **FEBRUARY, active={"E1", "E2", "E3", "E4"}, already=set())
    return [(p.row, p.reason) for p in problems]


def test_an_amount_with_an_unquoted_comma_is_named_with_the_way_to_write_it():
    assert _reasons("employee_id,basic,hra,tds,credit_date\n"
                    "E1,30000,,100,2026-02-28\n"
                    'E2,"30,000",,100,2026-02-28\n'
                    "E3,30000,,100,2026-02-28\n"
                    "E4,30000,5,000,100,2026-02-28\n") == [
        (5, f"row 5 has 6 cells for 5 columns: an amount written with a comma (5,000) {HINT}")]


def test_lakhs_paise_and_the_rupee_sign_are_named_whole():
    header = "employee_id,basic,hra,tds,credit_date\n"
    assert _reasons(header + "E1,1,23,456,,100,2026-02-28\n") == [
        (2, f"row 2 has 7 cells for 5 columns: an amount written with a comma (1,23,456) {HINT}")]
    assert _reasons(header + "E1,₹ 28,400.50,,100,2026-02-28\n") == [
        (2, f"row 2 has 6 cells for 5 columns: an amount written with a comma (₹ 28,400.50) {HINT}")]


def test_an_extra_cell_that_makes_no_amount_is_counted_as_before():
    header = "employee_id,basic,tds,credit_date\n"
    assert _reasons(header + "E1,30000,100,2026-02-28,999\n") == [(2, "the row has 5 cells, the header has 4 columns")]
    assert _reasons(header + "E1,30000,0,500,2026-02-28\n") == [(2, "the row has 5 cells, the header has 4 columns")]
    assert _reasons(header + "E1,30000,2026-02-28\n") == [(2, "the row has 3 cells, the header has 4 columns")]
