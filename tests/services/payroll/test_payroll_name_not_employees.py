"""A pay row whose name is clearly not that of the employee its id names (no word in common with their English or
Bengali name) was imported with only a warning, and the batch published at once: a mistyped id sent one person's pay
slip to another person's WhatsApp. Such a row is now refused as any bad row is (the batch imports nothing), its
reason naming the row, the id, both names and what to do; a re-issue naming someone else is refused the same way.
The same person written otherwise ("Smt. A. Mahato", "অণিমা মাহাতো", "Onima Mahato") still passes."""
from __future__ import annotations

import pytest
from payroll_kit import employee, pay

from services.payroll.repository import Repositories

RINA = {"bn": "রীনা দাস", "en": "Rina Das"}


@pytest.fixture
async def office(desk):
    """The desk's three Anima Mahatos (GP-TEST-0001..3) and Rina Das (GP-TEST-0004)."""
    created = await desk.post("/api/payroll/employees", json=employee("GP-TEST-0004", "919700000004", name=RINA),
                              headers=desk.headers)
    assert created.status == 201, await created.text()
    return desk


def sheet(*rows: dict) -> bytes:
    columns = ["employee_id", "name", *(c for c in pay() if c != "employee_id")]
    lines = [columns, *([str(row.get(c, "")) for c in columns] for row in rows)]
    return ("\r\n".join(",".join(line) for line in lines) + "\r\n").encode()


@pytest.mark.parametrize("written", ["Rina Das", "রীনা দাস", "RINA das"])
async def test_a_csv_row_naming_another_person_refuses_the_batch_and_tells_no_one(office, bus, written):
    body = sheet(pay("GP-TEST-0004", name="Rina Das"), pay("GP-TEST-0001", name=written))  # Rina's row, id mistyped
    answer = await office.post("/api/payroll/slips/2026-02", data=body,
                               headers={**office.headers, "Content-Type": "text/csv"})
    got = await answer.json()
    assert answer.status == 422 and got["imported"] == 0, got
    assert got["detail"] == "1 row(s) refused; nothing was imported"
    [row] = got["rows"]
    assert (row["row"], row["employee_id"]) == (3, "GP-TEST-0001")
    reason = row["reason"]
    assert reason.startswith("row 3 ") and "GP-TEST-0001" in reason and written in reason
    assert "Anima Mahato" in reason and "অণিমা মাহাতো" in reason
    assert "correct the employee id" in reason and "spelt differently" in reason
    assert await Repositories.of(office.runtime.store).slips.months_taken("2026-02") == set()
    await bus.drain()
    assert not [e for e in bus.seen if e.type.startswith("payroll.") or e.type == "wa.outbound"]


async def test_a_json_row_naming_another_person_is_refused_with_the_other_faults(office):
    rows = [pay("GP-TEST-0001", name="Rina Das", basic="thirty"), pay("GP-TEST-0002", name="Anima Mahato")]
    answer = await office.post("/api/payroll/slips/2026-02", json={"rows": rows}, headers=office.headers)
    got = await answer.json()
    assert answer.status == 422 and got["imported"] == 0
    assert [(r["row"], r["reason"].split(":")[0].split(" names")[0]) for r in got["rows"]] == [
        (1, "basic"), (1, "row 1")]  # every fault of the row at once
    assert "warnings" not in got


async def test_the_same_person_written_otherwise_is_imported(office):
    rows = [pay("GP-TEST-0001", name="Smt. A. Mahato"), pay("GP-TEST-0002", name="অণিমা মাহাতো"),
            pay("GP-TEST-0003", name="Onima Mahato"), pay("GP-TEST-0004", name="Smt Rina Das")]
    answer = await office.post("/api/payroll/slips/2026-02", json={"rows": rows}, headers=office.headers)
    got = await answer.json()
    assert (answer.status, got["imported"]) == (201, 4), got


async def test_a_reissue_naming_another_person_is_refused_and_the_slip_kept(office):
    assert (await office.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                              headers=office.headers)).status == 201
    refused = await office.put("/api/payroll/slips/2026-02/GP-TEST-0001",
                               json={"figures": pay(name="রীনা দাস", basic="31000"), "reason": "arrear"},
                               headers=office.headers)
    detail = (await refused.json())["detail"]
    assert refused.status == 422
    assert "GP-TEST-0001" in detail and "রীনা দাস" in detail and "Anima Mahato" in detail
    assert "correct the employee id" in detail
    stored = await Repositories.of(office.runtime.store).slips.get("GP-TEST-0001", "2026-02")
    assert stored.revision == 1
    fixed = await office.put("/api/payroll/slips/2026-02/GP-TEST-0001",
                             json={"figures": pay(name="Onima Mahato", basic="31000"), "reason": "arrear"},
                             headers=office.headers)
    assert fixed.status == 201, await fixed.text()
