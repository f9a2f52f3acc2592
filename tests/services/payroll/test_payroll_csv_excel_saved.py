"""A pay-run sheet as Excel saves it on an office's Windows machine: "Unicode Text" (UTF-16 with its byte-order mark,
the cells split by tabs), "CSV" in UTF-16, or "CSV (Comma delimited)" in the Windows code page (cp1252, where a
dash typed for nil is byte 0x96). Each was refused with Python's "'utf-8' codec can't decode byte 0xff in position 0",
a reason no clerk can act on; the sheet is now read, and a cell that is no amount is named by its row as any is."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.repository import Repositories

COLUMNS = list(pay())
BOM = "\ufeff"


def sheet(*rows: dict, sep: str = ",") -> str:
    return "\r\n".join(sep.join(line) for line in [COLUMNS, *([str(r[c]) for c in COLUMNS] for r in rows)]) + "\r\n"


async def imported(desk, data: bytes, month: str = "2026-02", **headers: str) -> tuple[int, dict]:
    answer = await desk.post(f"/api/payroll/slips/{month}", data=data,
                             headers={**desk.headers, "Content-Type": "text/csv", **headers})
    return answer.status, await answer.json()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
async def test_unicode_text_from_excel_tabs_and_utf16_is_imported(desk, encoding):
    text = BOM + sheet(pay("GP-TEST-0001"), pay("GP-TEST-0002", basic="31000"), sep="\t")
    status, answer = await imported(desk, text.encode(encoding))
    assert status == 201, answer
    assert answer["imported"] == 2
    assert await Repositories.of(desk.runtime.store).slips.months_taken("2026-02") == {"GP-TEST-0001", "GP-TEST-0002"}


async def test_a_utf16_csv_with_commas_is_imported(desk):
    text = BOM + sheet(pay("GP-TEST-0001"), pay("GP-TEST-0002"))
    status, answer = await imported(desk, text.encode("utf-16-le"))
    assert (status, answer["imported"]) == (201, 2), answer


async def test_a_windows_code_page_csv_is_read_and_a_dash_for_nil_is_named_by_its_row(desk):
    text = sheet(pay("GP-TEST-0001"), pay("GP-TEST-0002", other_deductions="\u2013"))
    status, answer = await imported(desk, text.encode("cp1252"))
    assert status == 422, answer
    assert answer["rows"] == [{"row": 3, "employee_id": "GP-TEST-0002",
                               "reason": answer["rows"][0]["reason"]}]
    assert answer["rows"][0]["reason"].startswith("other_deductions: '\u2013'")
    assert "codec" not in str(answer)
    status, answer = await imported(desk, sheet(pay("GP-TEST-0001"), pay("GP-TEST-0002")).encode("cp1252"))
    assert (status, answer["imported"]) == (201, 2), answer


async def test_a_file_not_in_the_charset_it_declares_is_told_how_to_save_it(desk):
    text = sheet(pay("GP-TEST-0001"), pay("GP-TEST-0002", other_deductions="\u2013"))
    status, answer = await imported(desk, text.encode("cp1252"), **{"Content-Type": "text/csv; charset=utf-8"})
    assert status == 422
    assert answer["detail"] == ("row 3 is not readable as utf-8, the charset the upload declares: save the sheet "
                                "from Excel as \"CSV UTF-8 (Comma delimited)\", or send it without a charset")
