"""What a person and an official meet once a complaint has been answered, resolved and reopened:

* a question the person asked the official stays waiting for an answer when the complaint is resolved or rejected
  without one (it left the office's queue of questions, as if answered);
* an old *Submit* tapped on a complaint that has moved on since says it is already lodged and shows where it stands
  (it said "Your complaint is lodged" again, with the date first promised);
* the view of a reopened complaint no longer shows what the office wrote before the reopening;
* words typed at a rejected complaint that may still be reopened offer to reopen it with them.
"""
from __future__ import annotations

import pytest

API = "/api/grievance"
OFFICIAL = {"gp": "Kalchini"}
REASON = {"en": "Still no water at the school.", "bn": "স্কুলের কলে এখনও জল আসছে না", "banglish": "ekhono jol ase na"}


async def _post(office, number: str, path: str, body: dict) -> None:
    headers = await office.bearer("gp_official", **OFFICIAL)
    done = await office.post(f"{API}/tickets/{number}/{path}", json=body, headers=headers)
    assert done.status == 200, await done.text()
    await office.runtime.bus.drain()


async def _waiting(office) -> list[str]:
    headers = await office.bearer("gp_official", **OFFICIAL)
    found = await (await office.get(f"{API}/tickets?handoff=true", headers=headers)).json()
    return [t["number"] for t in found["tickets"]]


@pytest.mark.parametrize("status, body", [("resolved", {"atr": "A new pipe was laid."}),
                                          ("rejected", {"reason": "The well is on private land."})])
async def test_a_question_left_unanswered_stays_waiting_when_the_complaint_is_finished(office, status, body):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will someone come to look at the well?")
    assert await _waiting(office) == [number]
    await _post(office, number, "status", {"status": status, **body})
    assert await _waiting(office) == [number]
    await _post(office, number, "reply", {"text": "The plumber came on Monday and fixed it."})
    assert await _waiting(office) == []


async def test_an_answered_question_is_not_waiting_again_after_the_resolution(office):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will someone come?")
    await _post(office, number, "reply", {"text": "On Monday."})
    await _post(office, number, "status", {"status": "resolved", "atr": "A new pipe was laid."})
    assert await _waiting(office) == []


async def _answered_resolved_reopened(office, clock, lang: str) -> tuple[object, str, object]:
    person = office.person(lang="bn" if lang != "en" else "en")
    confirm = await person.draft()
    done = await person.tap(confirm.choice("grievance:submit:"))
    number = done.event("grievance.ticket.lodged")["number"]
    await person.tap(f"grievance:human:{number}")
    await person.say("When will someone come to look at the well?")
    clock.advance(hours=2)
    await _post(office, number, "reply", {"text": "The plumber comes on Monday."})
    clock.advance(days=2)
    await _post(office, number, "status", {"status": "resolved", "atr": "A new pipe was laid."})
    clock.advance(days=1)
    await person.tap(f"grievance:reopen:{number}")
    reopened = await person.say(REASON[lang])
    assert reopened.event("grievance.ticket.reopened")["number"] == number
    return person, number, confirm


@pytest.mark.parametrize("lang", ["en", "bn", "banglish"])
async def test_the_view_of_a_reopened_complaint_drops_what_the_office_wrote_before(office, clock, lang):
    person, number, _ = await _answered_resolved_reopened(office, clock, lang)
    wrote = "The office wrote:" if lang == "en" else "অফিস লিখেছে:"
    shown = await person.tap(f"grievance:view:{number}")
    assert "The plumber comes on Monday." not in shown.text and wrote not in shown.text
    clock.advance(hours=1)
    await _post(office, number, "reply", {"text": "We will look at the well again tomorrow."})
    again = await person.tap(f"grievance:view:{number}")
    assert f"{wrote} We will look at the well again tomorrow." in again.text


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_an_old_submit_on_a_reopened_complaint_says_it_is_lodged_and_where_it_stands(office, clock, lang):
    person, number, confirm = await _answered_resolved_reopened(office, clock, lang)
    old = await person.tap(confirm.choice("grievance:submit:"))
    assert not old.events
    lodged, status = ("Your complaint is lodged.", "Status: Reopened") if lang == "en" else (
        "আপনার অভিযোগ জমা হয়েছে।", "অবস্থা: পুনরায় খোলা হয়েছে")
    assert lodged not in old.text and number in old.text and status in old.text
    assert ("earlier message" if lang == "en" else "আগের বার্তার") in old.text


async def test_submit_tapped_twice_right_away_still_shows_the_receipt(office):
    person = office.person()
    confirm = await person.draft()
    done = await person.tap(confirm.choice("grievance:submit:"))
    twice = await person.tap(confirm.choice("grievance:submit:"))
    assert not twice.events and twice.text == done.text


@pytest.mark.parametrize("lang, said", [("en", "The land is the school's, please look again."),
                                        ("bn", "জমিটা স্কুলের, আবার দেখুন"),
                                        ("bn", "jomi ta schooler, abar dekhun")])
async def test_words_at_a_rejected_complaint_may_reopen_it(office, lang, said):
    person = office.person(lang=lang)
    number = await person.lodge()
    await _post(office, number, "status", {"status": "rejected", "reason": "The well is on private land."})
    await person.tap(f"grievance:view:{number}")
    asked = await person.say(said)
    assert f"grievance:reopensaid:{number}" in asked.last.choices
    assert f"grievance:send:{number}" in asked.last.choices
    reopened = await person.tap(f"grievance:reopensaid:{number}")
    assert reopened.event("grievance.ticket.reopened")["number"] == number


async def test_words_at_a_complaint_rejected_more_than_15_days_ago_offer_a_new_one(office, clock):
    person = office.person()
    number = await person.lodge()
    await _post(office, number, "status", {"status": "rejected", "reason": "The well is on private land."})
    clock.advance(days=16)
    await person.tap(f"grievance:view:{number}")
    asked = await person.say("The land is the school's, please look again.")
    assert f"Complaint {number} was rejected" in asked.text
    assert list(asked.last.choices) == [f"grievance:newsaid:{number}", f"grievance:send:{number}",
                                        f"grievance:unsent:{number}"]
