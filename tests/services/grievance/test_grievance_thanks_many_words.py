"""Thanks in more words than one after an official's answer ("ok dhonnobad", "onek dhonnobad", "অনেক ধন্যবাদ",
"ok thanks a lot") went to the office as one more message on the complaint. Thanks with "ok", "a lot", "onek" or
"sir" around it is still thanks: a warm word and the complaint, the office not bothered; words that say something
more ("thanks, but the water is still not coming") still reach it."""
from __future__ import annotations

import pytest

from services.grievance.repository import Repositories

API = "/api/grievance"
THANKS = ("ok dhonnobad", "onek dhonnobad", "অনেক ধন্যবাদ", "ok thanks a lot", "অনেক অনেক ধন্যবাদ স্যার",
          "thank you so much sir", "ঠিক আছে, ধন্যবাদ 🙏", "thik ache dhonnobad")


async def _answered(office, lang: str):
    person = office.person(lang=lang)
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come?")
    headers = await office.bearer("gp_official", gp="Kalchini")
    await office.post(f"{API}/tickets/{number}/reply", json={"text": "The mechanic comes tomorrow."}, headers=headers)
    return person, number, headers


@pytest.mark.parametrize("said", THANKS)
async def test_thanks_in_many_words_after_an_answer_is_not_sent(office, said):
    person, number, headers = await _answered(office, "bn")
    thanked = await person.say(said)
    assert "grievance.handoff.requested" not in thanked.types()
    assert thanked.text.startswith(("আপনাকেও ধন্যবাদ 🙏", "ঠিক আছে 👍")) and number in thanked.text
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and not stored.handoff_open and len(stored.conversation) == 2
    queue = await (await office.get(f"{API}/tickets?handoff=true", headers=headers)).json()
    assert queue["tickets"] == []


async def test_thanks_at_the_complaints_view_is_not_kept_to_send(office):
    person, number, _ = await _answered(office, "en")
    await person.tap(f"grievance:view:{number}")
    thanked = await person.say("ok thanks a lot")
    assert thanked.text.startswith("You're welcome 🙏") and "Send this" not in thanked.text


@pytest.mark.parametrize("said", ("thanks, but the water is still not coming", "dhonnobad, kintu jol ekhono ase ni",
                                  "ধন্যবাদ, কিন্তু জল এখনও আসেনি"))
async def test_a_message_that_thanks_still_reaches_the_office(office, said):
    person, number, _ = await _answered(office, "en")
    sent = await person.say(said)
    assert "grievance.handoff.requested" in sent.types()
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and stored.handoff_open and stored.conversation[-1].text == said
