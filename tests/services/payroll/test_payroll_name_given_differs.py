"""A pay row's name passed the check when it shared a single word with the employee's: "Rina Mahato" written beside
Anima Mahato's id (the surname alone in common) was imported, and so was "S. Mahato" (initials were not compared),
so a mistyped id still sent one person's slip to another's WhatsApp. The given name must now agree too, while the
spellings clerks really use still pass: an initial for the given name, a middle name missing or added, the surname
first, Bengali script or Latin, another spelling of the same sounds, case and spacing, titles, and "Md."/"Mohammad"."""
from __future__ import annotations

import pytest
from payroll_kit import employee, pay

RAHIM = {"bn": "মোহাম্মদ রহিম শেখ", "en": "Mohammad Rahim Sheikh"}
ANIMA = "GP-TEST-0001"  # Anima Mahato, অণিমা মাহাতো (the desk's first employee)


@pytest.fixture
async def office(desk):
    created = await desk.post("/api/payroll/employees", json=employee("GP-TEST-0005", "919700000005", name=RAHIM),
                              headers=desk.headers)
    assert created.status == 201, await created.text()
    return desk


async def _import(office, employee_id: str, written: str):
    answer = await office.post("/api/payroll/slips/2026-02", json={"rows": [pay(employee_id, name=written)]},
                               headers=office.headers)
    return answer.status, await answer.json()


@pytest.mark.parametrize("employee_id, written", [
    (ANIMA, "Rina Mahato"), (ANIMA, "S. Mahato"), (ANIMA, "Smt. Rina Mahato"), (ANIMA, "MAHATO, RINA"),
    (ANIMA, "রীনা মাহাতো"), (ANIMA, "স. মাহাতো"), (ANIMA, "Sabina Rani Mahato"),
    ("GP-TEST-0005", "Md. Karim Sheikh"), ("GP-TEST-0005", "মোঃ করিম শেখ"), ("GP-TEST-0005", "Rahim Mondal"),
])
async def test_another_given_name_or_initial_refuses_the_row(office, employee_id, written):
    status, got = await _import(office, employee_id, written)
    assert status == 422 and got["imported"] == 0, got
    [row] = got["rows"]
    assert row["employee_id"] == employee_id and written in row["reason"]
    assert "correct the employee id" in row["reason"]


@pytest.mark.parametrize("employee_id, written", [
    (ANIMA, "A. Mahato"), (ANIMA, "A Mahato"), (ANIMA, "  anima   MAHATO "), (ANIMA, "Anima Rani Mahato"),
    (ANIMA, "Mahato Anima"), (ANIMA, "MAHATO, A."), (ANIMA, "Aneema Mahato"), (ANIMA, "Smt Onima Mahto"),
    (ANIMA, "অনিমা মাহাতো"), (ANIMA, "শ্রীমতী অণিমা মাহাতো"), (ANIMA, "অ. মাহাতো"), (ANIMA, "Mahato"),
    ("GP-TEST-0005", "Md. Rahim Sheikh"), ("GP-TEST-0005", "Mohd Rahim Sk"), ("GP-TEST-0005", "Rahim Sheikh"),
    ("GP-TEST-0005", "Muhammed Raheem Shaikh"), ("GP-TEST-0005", "মোঃ রহিম শেখ"), ("GP-TEST-0005", "রহিম সেখ"),
])
async def test_the_same_person_as_clerks_write_them_is_imported(office, employee_id, written):
    status, got = await _import(office, employee_id, written)
    assert (status, got["imported"]) == (201, 1), got


async def test_a_reissue_with_another_given_name_is_refused(office):
    assert (await _import(office, ANIMA, "Anima Mahato"))[0] == 201
    refused = await office.put(f"/api/payroll/slips/2026-02/{ANIMA}",
                               json={"figures": pay(name="Rina Mahato", basic="31000"), "reason": "arrear"},
                               headers=office.headers)
    assert refused.status == 422 and "Rina Mahato" in (await refused.json())["detail"]
    fixed = await office.put(f"/api/payroll/slips/2026-02/{ANIMA}",
                             json={"figures": pay(name="A. Mahato", basic="31000"), "reason": "arrear"},
                             headers=office.headers)
    assert fixed.status == 201, await fixed.text()
