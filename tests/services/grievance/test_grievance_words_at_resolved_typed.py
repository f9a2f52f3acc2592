"""At a resolved complaint, words typed at it are offered to reopen it (*Reopen with this*) or to send them as a
message; the answer to a message sent says the complaint stays resolved and, only while it may be reopened, to tap
Reopen: after the 15 days its view offers no Reopen. The button's words typed ("reopen", "আবার খুলুন") reopen it
with the words kept, as the tap does, where they were answered 'Sorry, I did not follow that'."""
from __future__ import annotations

API = "/api/grievance"


async def _resolved(office, clock, lang: str = "en", days: int = 0):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": "Pipe replaced."},
                      headers=headers)
    clock.advance(days=days)
    await person.say(number)
    return person, number


async def test_a_message_at_a_complaint_resolved_long_ago_points_to_no_reopen_button(office, clock):
    person, number = await _resolved(office, clock, days=16)
    await person.say("still no water at the school today")
    sent = await person.tap(f"grievance:send:{number}")
    assert "grievance.handoff.requested" in sent.types()
    assert f"grievance:reopen:{number}" not in sent.last.choices
    assert "Reopen" not in sent.text and "stays resolved" not in sent.text


async def test_within_the_days_the_answer_still_points_to_reopen(office, clock):
    person, number = await _resolved(office, clock, days=3)
    await person.say("still no water at the school today")
    sent = await person.tap(f"grievance:send:{number}")
    assert "tap Reopen" in sent.text and f"grievance:reopen:{number}" in sent.last.choices


async def test_reopen_typed_at_the_question_reopens_with_the_words(office, clock):
    person, number = await _resolved(office, clock)
    await person.say("still no water at the school today")
    reopened = await person.say("reopen")
    assert "grievance.ticket.reopened" in reopened.types() and f"Complaint {number} is reopened" in reopened.text


async def test_the_button_typed_in_bengali_reopens_with_the_words(office, clock):
    person, number = await _resolved(office, clock, lang="bn")
    await person.say("আজও স্কুলের কলে জল আসেনি")
    reopened = await person.say("এটি দিয়ে আবার খুলুন")
    assert "grievance.ticket.reopened" in reopened.types()
