"""Words typed at a complaint that can no longer be reopened, resolved more than 15 days ago or rejected ("the pump
is broken again, no water since last week"), were only offered as a message to its official, though the problem
was back and the person meant to lodge it again. Beside Send and Don't send the question now offers *New
complaint*: the words are its description, its subject and place those of the old complaint, shown in its summary
to submit or change."""
from __future__ import annotations

from services.grievance.repository import Repositories

API = "/api/grievance"
BACK_AGAIN = "The pump is broken again, no water at the school since last week."


async def _closed_for_reopening(office, clock, status: str = "resolved", lang: str = "en"):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    body = {"status": status, "atr": "Pipe replaced."} if status == "resolved" else {
        "status": status, "reason": "Not a panchayat matter"}
    await office.post(f"{API}/tickets/{number}/status", json=body, headers=headers)
    if status == "resolved":
        clock.advance(days=16)
    await person.say(number)
    return person, number


async def test_words_at_a_complaint_resolved_long_ago_may_be_lodged_again_as_a_new_one(office, clock):
    person, number = await _closed_for_reopening(office, clock)
    asked = await person.say(BACK_AGAIN)
    assert f"Complaint {number} was resolved more than 15 days ago" in asked.text
    assert "can no longer be reopened" in asked.text
    assert list(asked.last.choices.values()) == ["New complaint", "Send", "Don't send"]
    summary = await person.tap(f"grievance:newsaid:{number}")
    assert "Subject: Drinking water" in summary.text and "Kalchini" in summary.text and BACK_AGAIN in summary.text
    assert "grievance.handoff.requested" not in summary.types()
    done = await person.tap(summary.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")["number"]
    stored = await Repositories.of(person.store).tickets.get(lodged)
    assert lodged != number and stored is not None
    assert stored.description == BACK_AGAIN and stored.category == "water" and stored.gp == "703506"


async def test_at_a_rejected_complaint_in_bengali_typed_new_complaint_takes_the_words(office, clock):
    person, number = await _closed_for_reopening(office, clock, status="rejected", lang="bn")
    said = "স্কুলের কলে আবার জল আসছে না, এক সপ্তাহ হয়ে গেল।"
    asked = await person.say(said)
    # rejected lately, it may be reopened with the words; "new complaint" typed still begins one with them
    assert list(asked.last.choices.values()) == ["এটি দিয়ে আবার খুলুন", "পাঠান", "পাঠাবেন না"]
    assert f"অভিযোগ {number}" in asked.text and "আবার খুলুন" in asked.text
    summary = await person.say("নতুন অভিযোগ")
    assert said in summary.text and "জমা দিন" in summary.last.choices.values()


async def test_send_still_reaches_the_official_and_lodges_nothing(office, clock):
    person, number = await _closed_for_reopening(office, clock)
    await person.say(BACK_AGAIN)
    sent = await person.tap(f"grievance:send:{number}")
    assert "grievance.handoff.requested" in sent.types() and "grievance.ticket.lodged" not in sent.types()
