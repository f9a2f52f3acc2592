"""The buttons at a resolved complaint typed in Banglish or as phones spell them in Bengali ("abar khulun", "আবার
খোলো", "pathiye din", "pathaben na") do what the buttons do, as their titles typed ("আবার খুলুন", "Reopen") do:
"abar khulun" at the question about words kept was added to the words as more of the message, and at the
complaint's view kept as a message, so a person asking to reopen never got there."""
from __future__ import annotations

import pytest

API = "/api/grievance"


async def _resolved(office, lang: str = "bn"):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": "Pipe replaced."},
                      headers=headers)
    await person.say(number)
    return person, number


@pytest.mark.parametrize("typed", ["abar khulun", "Abar kholo!", "আবার খোলো", "reopen korun", "open it again"])
async def test_reopen_typed_at_the_question_reopens_with_the_words_kept(office, typed):
    person, number = await _resolved(office)
    await person.say("ekhono jol ashche na, kal theke abar bondho")
    reopened = await person.say(typed)
    assert "grievance.ticket.reopened" in reopened.types(), reopened.text
    ticket = await (await office.get(f"{API}/tickets/{number}", headers=await office.bearer())).json()
    assert ticket["status"] == "reopened" and "ekhono jol ashche na" in ticket["history"][-1]["note"]
    assert typed not in ticket["history"][-1]["note"]


@pytest.mark.parametrize("lang,typed,asked", [("bn", "abar khulun", "আবার খুলতে চান"),
                                              ("bn", "আবার খুলে দিন", "আবার খুলতে চান"),
                                              ("en", "open it again", "Why do you want to reopen")])
async def test_reopen_typed_at_the_view_asks_the_reason_as_the_button_does(office, lang, typed, asked):
    person, number = await _resolved(office, lang)
    answer = await person.say(typed)
    assert asked in answer.text and "grievance:send:" not in str(answer.last.choices), answer.text


async def test_send_and_dont_send_typed_in_banglish(office):
    person, number = await _resolved(office)
    await person.say("ekhono jol ashche na")
    sent = await person.say("pathiye din")
    assert "grievance.handoff.requested" in sent.types(), sent.text
    await person.say("kal theke abar bondho")
    dropped = await person.say("pathaben na")
    assert "আপনার লেখা পাঠানো হয়নি" in dropped.text and "grievance.handoff.requested" not in dropped.types()
