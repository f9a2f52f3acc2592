"""The rejection notice says the person may reopen the complaint within 15 days, and the escalation notice names
the office that holds it now: each offers, a tap away, what it speaks of, in the person's language, with the same
template when the 24-hour window is closed."""
from __future__ import annotations

from typing import Any

import pytest
from grievance_kit import Reply

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.service import DIRECTORY

API = "/api/grievance"
PLACES = Directory.load(DIRECTORY)
WORDS = {"en": {"reopen": "Reopen", "view": "See status", "human": "Talk to an official",
                "why": "Why do you want to reopen {number}?"},
         "bn": {"reopen": "আবার খুলুন", "view": "অবস্থা দেখুন", "human": "আধিকারিকের সঙ্গে কথা",
                "why": "{number} কেন আবার খুলতে চান?"}}


def _notices(bus, wa_id: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for e in bus.seen:
        if e.type == "wa.outbound" and e.payload["to"] == wa_id and e.payload["notification"]:
            seen.setdefault(e.id, e.payload)
    return list(seen.values())


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_rejection_notice_offers_reopen_while_the_15_days_last(office, bus, clock, lang):
    """It said 'You can reopen it within 15 days.' under a lone See status button."""
    person = office.person(lang=lang)
    number = await person.lodge()
    reject = {"status": "rejected", "reason": "This road belongs to the PWD, not the panchayat."}
    assert (await office.post(f"{API}/tickets/{number}/status", json=reject,
                              headers=await office.bearer())).status == 200
    await bus.drain()
    notice = _notices(bus, person.wa_id)[-1]
    assert Reply(notice).choices == {f"grievance:reopen:{number}": WORDS[lang]["reopen"],
                                     f"grievance:view:{number}": WORDS[lang]["view"]}
    assert notice["template"]["template"]["name"] == "grievance_status_changed"
    reopening = await person.tap(f"grievance:reopen:{number}")
    assert WORDS[lang]["why"].format(number=number) in reopening.text


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_escalation_notice_offers_the_status_and_the_office_that_holds_it_now(office, bus, clock, lang):
    """It came as bare text: nothing to tap to see where the complaint stands or to write to the new office."""
    person = office.person(lang=lang)
    number = await person.lodge()
    clock.advance(days=8)
    assert await escalation.escalate_due(office.runtime.context, PLACES) == 1
    await bus.drain()
    notice = _notices(bus, person.wa_id)[-1]
    assert number in Reply(notice).text
    assert Reply(notice).choices == {f"grievance:view:{number}": WORDS[lang]["view"],
                                     f"grievance:human:{number}": WORDS[lang]["human"]}
    assert notice["template"]["template"]["name"] == "grievance_status_changed"
