"""Run-together initials were refused: "AK Ghosh" beside Amit Kumar Ghosh's id was told to the clerk as another
person, though "A.K. Ghosh" and "A K Ghosh" passed. Capital letters run together before the surname ("AK", "AK.",
or with the surname first) are now read as initials, each standing for one of the
registered given names in order, none added: "SK Ghosh" or "ALI GHOSH" is still not Amit Kumar Ghosh.
In a name all in capitals they are not read as initials ("AK GHOSH" is refused, as before): there "OM GHOSH" may be
Om Ghosh's own name, and passing another person's row sends them a pay slip not theirs.
A name written partly in each script passed unchecked ("রহিম Mahato" for Anima Mahato): each word is now compared
with the registered name of its script, word for word. A one-word registered name ("Rahim") passed a name one
letter off ("Rahima Khatun") or any initial ("R. Mondal"): it must now be written whole."""
from __future__ import annotations

import pytest
from payroll_kit import employee, pay

AMIT, RAHIM = "GP-TEST-0005", "GP-TEST-0006"
ANIMA = "GP-TEST-0001"  # Anima Mahato, অণিমা মাহাতো (the desk's first employee)


@pytest.fixture
async def office(desk):
    for employee_id, mobile, name in ((AMIT, "919700000005", {"bn": "অমিত কুমার ঘোষ", "en": "Amit Kumar Ghosh"}),
                                      (RAHIM, "919700000006", {"bn": "রহিম", "en": "Rahim"})):
        created = await desk.post("/api/payroll/employees", json=employee(employee_id, mobile, name=name),
                                  headers=desk.headers)
        assert created.status == 201, await created.text()
    return desk


async def _import(office, employee_id: str, written: str):
    answer = await office.post("/api/payroll/slips/2026-02", json={"rows": [pay(employee_id, name=written)]},
                               headers=office.headers)
    return answer.status, await answer.json()


@pytest.mark.parametrize("employee_id, written", [
    (AMIT, "AK Ghosh"), (AMIT, "AK. Ghosh"), (AMIT, "Ghosh, AK"), (AMIT, "Ghosh AK"),
    (AMIT, "A.K. Ghosh"), (AMIT, "A K Ghosh"), (AMIT, "Sri AK Ghosh"), (AMIT, "AMIT GHOSH"), (AMIT, "অ.কু. ঘোষ"),
    (ANIMA, "অণিমা Mahato"), (ANIMA, "Anima মাহাতো"), (AMIT, "Amit কুমার Ghosh"), (AMIT, "অমিত Ghosh"),
    (RAHIM, "Rahim"), (RAHIM, "Md. Rahim Sheikh"), (RAHIM, "রহিম"), (RAHIM, "Raheem"),
])
async def test_the_same_person_is_imported(office, employee_id, written):
    status, got = await _import(office, employee_id, written)
    assert (status, got["imported"]) == (201, 1), got


@pytest.mark.parametrize("employee_id, written", [
    (AMIT, "SK Ghosh"), (AMIT, "SK GHOSH"), (AMIT, "AK GHOSH"), (AMIT, "GHOSH, AK"),
    (AMIT, "KA Ghosh"), (AMIT, "AS Ghosh"), (AMIT, "ALI GHOSH"),
    (AMIT, "Ghosh SK"), (ANIMA, "রহিম Mahato"), (ANIMA, "Rina মাহাতো"), (AMIT, "সুব্রত Ghosh"),
    (RAHIM, "Rahima Khatun"), (RAHIM, "R. Mondal"), (RAHIM, "Karim"), (RAHIM, "রহিমা খাতুন"),
])
async def test_another_person_refuses_the_row(office, employee_id, written):
    status, got = await _import(office, employee_id, written)
    assert status == 422 and got["imported"] == 0, got
    [row] = got["rows"]
    assert row["employee_id"] == employee_id and written in row["reason"]
    assert "correct the employee id" in row["reason"]
