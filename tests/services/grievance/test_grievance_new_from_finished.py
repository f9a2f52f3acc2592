"""*New complaint* under a finished complaint (rejected and past its 15 days, or closed) began an empty complaint
that asked the subject and the place again, while the same button at 'Complaint … is lodged and cannot be changed'
proposed the old complaint's; and "new complaint" typed after that message began an empty one too. Both now propose
the old complaint's subject and place, as that button does: the description is asked, then the summary shows them,
to submit with one tap or change."""
from __future__ import annotations

import pytest

API = "/api/grievance"
PROPOSED = {"en": "A new complaint, with the subject and place of {n}", "bn": "একটি নতুন অভিযোগ, বিষয় ও জায়গা {n}-এর মতো"}


async def _finished(office, clock, status: str, *, days: int = 0, lang: str = "en"):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    body = {"status": "resolved", "atr": "Pipe replaced."} if status in ("resolved", "closed") else {
        "status": "rejected", "reason": "Not a panchayat matter"}
    await office.post(f"{API}/tickets/{number}/status", json=body, headers=headers)
    if status == "closed":
        await person.tap(f"grievance:accept:{number}")
        await person.say("5")
    clock.advance(days=days)
    return person, number


async def _proposed(person, begun, number: str, lang: str = "en") -> None:
    assert PROPOSED[lang].format(n=number) in begun.text
    assert "grievance:cat:water" not in begun.choices and "grievance:cat:water" not in begun.last.choices
    summary = await person.say("The tube well near the high school is broken again, no water since Monday.")
    assert ("Kalchini" if lang == "en" else "কালচিনি") in summary.text
    assert ("Subject: Drinking water" if lang == "en" else "পানীয় জল") in summary.text
    assert summary.choice("grievance:submit:")


@pytest.mark.parametrize(("status", "days"), [("rejected", 16), ("closed", 0)])
async def test_new_complaint_at_a_finished_complaints_view_proposes_its_subject_and_place(office, clock, status, days):
    person, number = await _finished(office, clock, status, days=days)
    shown = await person.tap(f"grievance:view:{number}")
    [new] = [reply_id for reply_id, title in shown.last.choices.items() if title == "New complaint"]
    assert new == f"grievance:newfrom:{number}"
    await _proposed(person, await person.tap(new), number)


@pytest.mark.parametrize(("status", "days", "lang", "typed"), [
    ("rejected", 0, "en", "new complaint"), ("rejected", 16, "bn", "নতুন অভিযোগ"),
    ("resolved", 16, "en", "New complaint"), ("closed", 0, "en", "new complaint")])
async def test_new_complaint_typed_after_cannot_be_changed_proposes_its_subject_and_place(
        office, clock, status, days, lang, typed):
    person, number = await _finished(office, clock, status, days=days, lang=lang)
    await person.tap(f"grievance:view:{number}")
    told = await person.say("edit" if lang == "en" else "বদলান")
    assert f"grievance:newfrom:{number}" in told.last.choices
    await _proposed(person, await person.say(typed), number, lang)


async def test_new_complaint_typed_at_an_open_complaint_still_begins_an_empty_one(office, clock):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    begun = await person.say("new complaint")
    assert "grievance:cat:water" in begun.choices or "grievance:cat:water" in begun.last.choices
