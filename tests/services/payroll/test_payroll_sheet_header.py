"""A pay sheet as a clerk types it in an office spreadsheet: headers in any case, with spaces, underscores or hyphens
("Employee ID", "BASIC ", "Credit-Date") were refused with "the CSV header lacks basic" although the column was there;
a "name" column was refused on every row, and a trailing comma was told as an unknown column with no name. A month not
begun was told as "1 row(s) refused" at row 2 with no employee, and a row repeating an employee whose first row was
faulty was not named as a duplicate until the next upload. Each is now read, or told once, in the first answer."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.repository import Repositories

COLUMNS = list(pay())


def sheet(header: list[str], *rows: list[str]) -> bytes:
    return ("\r\n".join(",".join(line) for line in [header, *rows]) + "\r\n").encode()


def cells(row: dict, *more: str) -> list[str]:
    return [str(row[c]) for c in COLUMNS] + list(more)


async def imported(desk, data: bytes, month: str = "2026-02") -> tuple[int, dict]:
    answer = await desk.post(f"/api/payroll/slips/{month}", data=data,
                             headers={**desk.headers, "Content-Type": "text/csv"})
    return answer.status, await answer.json()


@pytest.mark.parametrize("spelt", [
    {"employee_id": "Employee_ID", "basic": "Basic", "credit_date": "Credit Date"},
    {"employee_id": "EMPLOYEE ID", "basic": " basic", "other_earnings": "Other-Earnings", "credit_date": "credit_date"},
    {"employee_id": "employee-id", "basic": "BASIC ", "ptax": "P Tax", "credit_date": " CREDIT_DATE "},
])
async def test_a_header_in_any_case_and_spacing_is_read_as_its_column(desk, spelt):
    header = [spelt.get(c, c) for c in COLUMNS]
    status, answer = await imported(desk, sheet(header, cells(pay("GP-TEST-0001")), cells(pay("GP-TEST-0002"))))
    assert (status, answer.get("imported")) == (201, 2), answer
    assert await Repositories.of(desk.runtime.store).slips.months_taken("2026-02") == {"GP-TEST-0001", "GP-TEST-0002"}


async def test_a_header_naming_nothing_known_is_told_once_with_the_columns_expected(desk):
    header = [*COLUMNS[:3], "Bonus", *COLUMNS[3:]]
    row = cells(pay("GP-TEST-0001"))
    status, answer = await imported(desk, sheet(header, [*row[:3], "500", *row[3:]]))
    assert status == 422
    assert "Bonus" in answer["detail"] and "employee_id, name, basic, da" in answer["detail"]
    status, answer = await imported(desk, sheet([c if c != "basic" else "Basic Pay" for c in COLUMNS], row))
    assert status == 422
    assert answer["detail"].startswith("the CSV header lacks basic") and "Basic Pay" in answer["detail"]


async def test_a_name_column_and_a_trailing_empty_column_are_accepted(desk):
    header = ["Employee ID", "Name", *COLUMNS[1:], ""]
    first, second = cells(pay("GP-TEST-0001")), cells(pay("GP-TEST-0002"))
    body = sheet(header, [first[0], "Anima Mahato", *first[1:], ""], [second[0], "অণিমা মাহাতো", *second[1:], ""])
    status, answer = await imported(desk, body)
    assert (status, answer.get("imported")) == (201, 2), answer


async def test_a_name_clearly_not_the_employees_refuses_the_batch(desk):
    """The batch is published and each employee told at once: a mistyped id would send the slip to another person."""
    header = ["employee_id", "name", *COLUMNS[1:]]
    first, second = cells(pay("GP-TEST-0001")), cells(pay("GP-TEST-0002"))
    body = sheet(header, [first[0], "Smt. A. Mahato", *first[1:]], [second[0], "Rina Das", *second[1:]])
    status, answer = await imported(desk, body)
    assert (status, answer.get("imported")) == (422, 0), answer
    [refused] = answer["rows"]
    assert (refused["row"], refused["employee_id"]) == (3, "GP-TEST-0002")
    assert "Rina Das" in refused["reason"] and "Anima Mahato" in refused["reason"]
    assert await Repositories.of(desk.runtime.store).slips.months_taken("2026-02") == set()


async def test_a_month_not_begun_is_told_as_the_batchs_problem_not_a_rows(desk):
    status, answer = await imported(desk, sheet(COLUMNS, cells(pay("GP-TEST-0001", credit_date="2031-07-28"))),
                                    month="2031-07")
    assert status == 422
    assert answer["rows"] == [] and answer["imported"] == 0
    assert answer["detail"] == ("2031-07 has not begun: pay is imported for 2026-03 or an earlier month; "
                                "nothing was imported")


async def test_a_row_repeating_an_employee_whose_first_row_is_faulty_is_named_in_the_same_answer(desk):
    body = sheet(COLUMNS, cells(pay("GP-TEST-0001", basic="thirty")), cells(pay("GP-TEST-0002")),
                 cells(pay("GP-TEST-0001")))
    status, answer = await imported(desk, body)
    assert status == 422
    assert [(r["row"], r["employee_id"], r["reason"].split(":")[0]) for r in answer["rows"]] == [
        (2, "GP-TEST-0001", "basic"), (4, "GP-TEST-0001", "the same employee is on row 2")]
    assert answer["detail"] == "2 row(s) refused; nothing was imported"


@pytest.mark.parametrize(("written", "differs"), [
    ("Anima Mahato", False), ("ANIMA  MAHATO", False), ("Smt. A. Mahato", False), ("অণিমা মাহাতো", False),
    ("মাহাতো অণিমা", False), ("Onima Mahato", False), ("Rina Das", True), ("রীনা দাস", True), ("A. M.", False),
    ("A. D.", True), ("Rina Mahato", True), ("S. Mahato", True),
])
def test_a_name_differs_when_its_given_name_or_surname_is_not_the_employees(written, differs):
    from services.payroll.domain import Names
    from services.payroll.domain.named import differs as named_otherwise

    assert named_otherwise(written, Names(en="Anima Mahato", bn="অণিমা মাহাতো")) is differs
