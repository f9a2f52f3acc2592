"""A pay-run row with several faults is reported with every one of them, so the office mends the sheet in one go."""
from __future__ import annotations

from datetime import date

from services.payroll.domain import check, rows_from_csv

FEBRUARY = {"month": "2026-02", "today": date(2026, 3, 10)}


def test_every_fault_of_a_row_is_reported_each_with_the_row_number():
    rows, numbers = rows_from_csv("employee_id,basic,hra,gpf,tds,credit_date\n"
                                  "E1,30000,abc,,xyz,2026-02-28\n"
                                  "E2,1000,,5000,,2019-01-05\n"
                                  "E9,30000,,,,31/02/2026\n"
                                  "E3,30000,,,,2026-02-28\n")
    _, problems = check(rows, numbers, **FEBRUARY, active={"E1", "E2", "E3"}, already=set())
    assert [(p.row, p.employee_id, p.reason.split(":")[0]) for p in problems] == [
        (2, "E1", "hra"), (2, "E1", "tds"),
        (3, "E2", "credit_date"), (3, "E2", "row"),
        (4, "E9", "no active employee has this id"), (4, "E9", "credit_date")]
    assert "outside the days" in problems[2].reason and "deductions are more than the gross pay" in problems[3].reason


def test_an_unknown_column_does_not_hide_the_rows_other_faults():
    row = {"employee_id": "E1", "basic": "1e5", "bonus": 5, "credit_date": "2026-02-28"}
    _, problems = check([row], 1, **FEBRUARY, active={"E1"}, already=set())
    assert [p.reason.split(":")[0] for p in problems] == ["unknown column(s)", "basic"]


def test_the_refusal_counts_rows_not_faults():
    from services.payroll.domain import Problem
    from services.payroll.publishing import BatchRejected

    assert str(BatchRejected([Problem(2, "E1", "hra: x"), Problem(2, "E1", "tds: y"), Problem(3, "E2", "z")])) == (
        "2 row(s) refused; nothing was imported")
