"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
every registered service, simulator, one in-process bus, a real port). The payroll office registers an
employee and imports two months through its back office; the employee's simulated phone sets a PIN and
gets the latest slip, an older month and the annual statement as uploaded PDFs; the QR code's public page
shows the slip's number and holder without any figure. The demo employee's published PIN works too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from payroll_kit import employee, pay
from phone_kit import Phone, has, running_system, words

from shared.auth import AUTH

CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")
PIN = "739164"


@pytest.fixture
async def system(tmp_path: Path):
    async with running_system(tmp_path) as (http, base, _, app):
        token, _ = await app[AUTH].create("payroll_admin", name="payroll-desk")
        yield http, base, {"Authorization": f"Bearer {token}"}


def person(http, base: str, wa_id: str) -> Phone:
    return Phone(http, base, wa_id, name="Staff")


async def test_set_pin_latest_slip_older_month_and_statement_through_the_webhook(system):
    http, base, office = system
    phone = person(http, base, "919700000001")
    await phone.start()
    async with http.post(f"{base}/api/payroll/employees", json=employee(), headers=office) as created:
        assert created.status == 201, await created.text()
    for month in ("2025-12", "2026-01"):
        async with http.post(f"{base}/api/payroll/slips/{month}", json={"rows": [pay(credit_date=f"{month}-28")]},
                             headers=office) as imported:
            assert imported.status == 201, await imported.text()
    await phone.tap("payroll:menu", until=lambda m: "choose a PIN" in words(m))
    await phone.say(PIN, until=lambda m: "once more" in words(m))
    await phone.say(PIN, until=has("interactive"))

    await phone.tap("payroll:slip", until=lambda m: "January 2026" in words(m))
    latest = await phone.say(PIN, until=has("document"))
    assert [m["type"] for m in latest] == ["document"]  # no menu overtaking the PDF: the caption says how to go on
    text = await phone.document_text(latest)
    assert "PS-2026-01-GP-TEST-0001" in words(latest) and "Net pay: ₹28,400" in text
    assert "Rupees Twenty-Eight Thousand Four Hundred Only" in text
    code = CODE.search(text.replace("\n", ""))
    assert code is not None
    view = await phone.verify(code.group(1), until=lambda v: v.get("status") == "valid")
    assert (view["number"], view["holder_name"], view["kind"]) == ("PS-2026-01-GP-TEST-0001",
                                                                   "অণিমা মাহাতো / Anima Mahato", "pay_slip")
    assert not [v for v in map(str, view.values()) if "28" in v and "400" in v]

    await phone.tap("payroll:months", until=has("interactive"))
    # minutes after the PIN typed right, the older month and the statement come without it again
    older = await phone.tap("payroll:slip:2025-12", until=has("document"))
    assert "December 2025" in await phone.document_text(older) and "needs no PIN" in words(older)

    await phone.tap("payroll:years", until=has("interactive"))
    statement = await phone.tap("payroll:statement:2025-26", until=has("document"))
    assert "Total net pay: ₹56,800" in await phone.document_text(statement)


async def test_the_demo_employee_and_a_stranger_through_the_webhook(system):
    http, base, _ = system
    anima = person(http, base, "919733000101")
    await anima.start()
    await anima.tap("payroll:slip", until=lambda m: "Type your PIN" in words(m))
    got = await anima.say("4821", until=has("document"))
    assert "Anima Mahato" in await anima.document_text(got)
    stranger = person(http, base, "919733000199")
    await stranger.start()
    refused = await stranger.tap("payroll:menu", until=has("text"))
    assert "registered panchayat employees only" in words(refused)
    sabina = person(http, base, "919800000003")  # the chat page's own employee persona: registered without a PIN
    await sabina.start()
    asked = await sabina.tap("payroll:slip", until=lambda m: "PIN" in words(m))
    assert "Hello Sabina Khatun! 🔒 To keep your pay slips private, first choose a PIN" in words(asked)
    left = person(http, base, "919733000104")  # the demo employee who has left
    await left.start()
    assert "registered panchayat employees only" in words(await left.tap("payroll:slip", until=has("text")))
