"""'change', 'edit' or 'বদলান' typed at the view of a lodged complaint was answered 'Sorry, I did not understand
that'. A lodged complaint cannot be changed; the person is now told so and what can be done instead: send the
correction to the office (Talk to an official), reopen it while it may be reopened, or make a new complaint."""
from __future__ import annotations

import pytest

API = "/api/grievance"


async def _at(office, clock, status: str | None = None, lang: str = "en", days: int = 0):
    person = office.person(lang=lang)
    number = await person.lodge()
    if status is not None:
        headers = await office.bearer("gp_official", gp="Kalchini")
        body = {"status": status, "atr": "Pipe replaced."} if status == "resolved" else {
            "status": status, "reason": "Not a panchayat matter"}
        await office.post(f"{API}/tickets/{number}/status", json=body, headers=headers)
    clock.advance(days=days)
    await person.tap(f"grievance:view:{number}")
    return person, number


@pytest.mark.parametrize("typed", ["change", "edit", "Change place"])
async def test_change_typed_at_an_open_complaint_says_to_send_the_correction(office, clock, typed):
    person, number = await _at(office, clock)
    said = await person.say(typed)
    assert said.text.startswith(f"Complaint {number} is lodged and cannot be changed.")
    assert "Talk to an official" in said.text and "did not understand" not in said.text
    assert list(said.last.choices) == [f"grievance:human:{number}", "grievance:mine"]
    asked = await person.tap(f"grievance:human:{number}")
    assert "grievance.handoff.requested" not in asked.types()
    sent = await person.say("The tube well is near the high school, not the primary school.")
    assert "grievance.handoff.requested" in sent.types()


async def test_in_bengali_at_a_resolved_complaint_it_offers_reopen(office, clock):
    person, number = await _at(office, clock, "resolved", lang="bn")
    said = await person.say("বদলান")
    assert said.text.startswith(f"অভিযোগ {number} জমা হয়ে গেছে, আর বদলানো যায় না।")
    assert "দুঃখিত, বুঝতে পারিনি" not in said.text
    assert list(said.last.choices) == [f"grievance:reopen:{number}", f"grievance:human:{number}", "grievance:mine"]


@pytest.mark.parametrize(("status", "days", "choices"), [
    ("resolved", 16, ["grievance:newfrom:{n}", "grievance:human:{n}", "grievance:mine"]),
    ("rejected", 0, ["grievance:newfrom:{n}", "grievance:reopen:{n}", "grievance:human:{n}"]),
    ("rejected", 16, ["grievance:newfrom:{n}", "grievance:human:{n}", "grievance:mine"])])
async def test_where_it_can_no_longer_be_reopened_a_new_complaint_is_offered(office, clock, status, days, choices):
    person, number = await _at(office, clock, status, days=days)
    said = await person.say("edit")
    assert said.text.startswith(f"Complaint {number} is lodged and cannot be changed;")
    assert "new complaint" in said.text
    assert list(said.last.choices) == [c.format(n=number) for c in choices]
    begun = await person.tap(f"grievance:newfrom:{number}")
    assert "Describe the problem" in begun.text


async def test_at_a_closed_complaint_only_a_new_one(office, clock):
    person, number = await _at(office, clock, "resolved")
    await person.tap(f"grievance:accept:{number}")
    await person.say("5")
    await person.tap(f"grievance:view:{number}")
    said = await person.say("change")
    assert said.text.startswith(f"Complaint {number} is closed and cannot be changed or reopened.")
    assert list(said.last.choices) == [f"grievance:newfrom:{number}", "grievance:mine"]
    begun = await person.tap(f"grievance:newfrom:{number}")  # the problem back: its subject and place proposed
    assert f"A new complaint, with the subject and place of {number}" in begun.text


@pytest.mark.parametrize(("typed", "lang", "said_first", "then"), [
    ("change", "en", "All right, your words were not sent.", "Complaint {n} is lodged and cannot be changed."),
    ("Change place", "en", "All right, your words were not sent.", "Complaint {n} is lodged and cannot be changed."),
    ("বদলান", "bn", "ঠিক আছে, আপনার লেখা পাঠানো হয়নি।", "অভিযোগ {n} জমা হয়ে গেছে, আর বদলানো যায় না।")])
async def test_change_typed_at_the_question_to_send_ones_words_says_what_can_be_done(
        office, clock, typed, lang, said_first, then):
    """Words typed at a complaint's view are asked about ('Send this to the official…?'); 'change' typed there
    was answered 'Sorry, I did not understand that', or 'change place' was added to the words to send. It is now
    answered as at the view: the words are not sent, and what can be done instead is said, with its buttons."""
    person, number = await _at(office, clock, lang=lang)
    asked = await person.say("The tube well near the school is still broken")
    assert list(asked.last.choices) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
    said = await person.say(typed)
    assert said.text.startswith(said_first) and then.format(n=number) in said.text
    assert "did not understand" not in said.text and "বুঝতে পারিনি" not in said.text
    assert list(said.last.choices) == [f"grievance:human:{number}", "grievance:mine"]
    assert "grievance.handoff.requested" not in said.types()
    asked = await person.tap(f"grievance:human:{number}")
    assert "grievance.handoff.requested" not in asked.types()
    sent = await person.say("The tube well is near the high school, not the primary school.")
    assert "grievance.handoff.requested" in sent.types()


@pytest.mark.parametrize(("status", "days", "lang", "proposed"), [
    ("resolved", 16, "en", "A new complaint, with the subject and place of {n}"),
    ("rejected", 0, "en", "A new complaint, with the subject and place of {n}"),
    ("rejected", 16, "bn", "একটি নতুন অভিযোগ, বিষয় ও জায়গা {n}-এর মতো")])
async def test_new_complaint_from_it_proposes_the_old_subject_and_place(office, clock, status, days, lang, proposed):
    """New complaint tapped at 'Complaint … is lodged and cannot be changed' began an empty complaint: the subject
    and the place were asked again, though they were most often the old one's. They are now proposed, as for words
    typed at such a complaint: the description is asked, then the summary shows them, to submit or change."""
    person, number = await _at(office, clock, status, lang=lang, days=days)
    said = await person.say("edit")
    [new] = [reply_id for reply_id, title in said.last.choices.items() if title in ("New complaint", "নতুন অভিযোগ")]
    begun = await person.tap(new)
    assert proposed.format(n=number) in begun.text
    assert "grievance:cat:water" not in begun.choices and "grievance:cat:water" not in begun.last.choices
    summary = await person.say("The tube well near the high school is broken again, no water since Monday.")
    assert ("Kalchini" if lang == "en" else "কালচিনি") in summary.text
    assert ("Subject: Drinking water" if lang == "en" else "পানীয় জল") in summary.text
    assert summary.choice("grievance:submit:")
