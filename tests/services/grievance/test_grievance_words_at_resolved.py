"""Words typed at a resolved complaint ("still no water at the school today") were offered only to be sent to the
official: Send left the complaint resolved, and nobody said whether anyone would act on it. The question now says
the complaint is resolved and offers to reopen it with those words as the reason (the office must act on it
again), or to send them as a message, saying it stays resolved."""
from __future__ import annotations

API = "/api/grievance"


async def _resolved(office, lang: str = "en"):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": "Pipe replaced."},
                      headers=headers)
    await person.say(number)
    return person, number


async def test_words_at_a_resolved_complaint_may_reopen_it(office):
    person, number = await _resolved(office)
    asked = await person.say("still no water at the school today")
    assert f"Complaint {number} is resolved" in asked.text
    assert asked.last.choices[f"grievance:reopensaid:{number}"] == "Reopen with this"
    reopened = await person.tap(f"grievance:reopensaid:{number}")
    assert f"Complaint {number} is reopened" in reopened.text and "grievance.ticket.reopened" in reopened.types()


async def test_sent_as_a_message_it_says_the_complaint_stays_resolved_in_bengali(office):
    person, number = await _resolved(office, lang="bn")
    asked = await person.say("আজও স্কুলের কলে জল আসেনি")
    assert f"অভিযোগ {number} সমাধান হয়েছে বলে জানানো হয়েছে" in asked.text
    assert asked.last.choices[f"grievance:reopensaid:{number}"] == "এটি দিয়ে আবার খুলুন"
    sent = await person.tap(f"grievance:send:{number}")
    assert "grievance.handoff.requested" in sent.types() and "সমাধান হয়েছে বলেই থাকবে" in sent.text
