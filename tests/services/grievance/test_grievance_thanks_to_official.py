"""Thanks typed after an official's answer ("ধন্যবাদ", "thank you", 👍) went to the office as one more message,
put the complaint back on the queue of people waiting for an answer, and bothered the official. Thanks and "ok"
where a message to the official is awaited are taken as what they are: a warm word, and the complaint."""
from __future__ import annotations

from services.grievance.repository import Repositories

API = "/api/grievance"


async def test_thanks_after_an_officials_answer_is_not_sent_to_the_office(office, bus):
    person = office.person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come?")
    headers = await office.bearer("gp_official", gp="Kalchini")
    await office.post(f"{API}/tickets/{number}/reply", json={"text": "The mechanic comes tomorrow."}, headers=headers)
    for said in ("ধন্যবাদ", "👍", "thank you sir"):
        thanked = await person.say(said)
        assert "grievance.handoff.requested" not in thanked.types(), said
        assert thanked.text.startswith(("আপনাকেও ধন্যবাদ 🙏", "ঠিক আছে 👍")) and number in thanked.text, said
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and not stored.handoff_open and len(stored.conversation) == 2
    queue = await (await office.get(f"{API}/tickets?handoff=true", headers=headers)).json()
    assert queue["tickets"] == []


async def test_ok_at_talk_to_an_official_is_no_message_but_words_are(person):
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    ok = await person.say("ok")
    assert "grievance.handoff.requested" not in ok.types() and ok.text.startswith("All right 👍")
    await person.tap(f"grievance:human:{number}")
    sent = await person.say("Nobody has come yet, please send the mechanic")
    assert "grievance.handoff.requested" in sent.types()
