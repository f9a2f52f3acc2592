"""Assigning a complaint to an official told the person nothing, and moving it to in progress told them only
'Complaint ... is now: In progress (... office).' (in Bengali 'কাজ চলছে'), with no word of what to expect or
what they can do. When a complaint is first taken up (given to an official, or moved to in progress) the person
now hears once, in their language, that it is being looked into, by which office, by when it is due, and that they
can see its status or talk to an official meanwhile, both a tap away; giving it to another official after that
tells them nothing more. Moving it to in progress first says the same of the work begun.

An official who gave the complaint to someone and then moved it to in progress (or acknowledged it) sent the
person a second notice right after the first, the same news in other words ('নিয়ে কাজ শুরু হয়েছে', then 'কাজ
চলছে'), the same date and the same buttons; the Bengali of both says work has begun. Once taken up, the complaint
moving to in progress or acknowledged now tells the person nothing more; what really changes after it (resolved,
rejected, moved up a level, reopened and taken up again) is still told."""
from __future__ import annotations

from typing import Any

import pytest
from grievance_kit import Reply

API = "/api/grievance"
WORDS = {
    "en": {"taken": "has been taken up", "office": "Kalchini Gram Panchayat office", "due": "9 Mar 2026",
           "progress": "is now in progress", "meanwhile": "Meanwhile you can see its status or talk to an official",
           "view": "See status", "human": "Talk to an official"},
    "bn": {"taken": "নিয়ে কাজ শুরু হয়েছে", "office": "কালচিনি", "due": "৯ মার্চ ২০২৬",
           "progress": "কাজ চলছে", "meanwhile": "এর মধ্যে নিচে চেপে অবস্থা দেখতে বা আধিকারিকের সঙ্গে কথা বলতে পারেন",
           "view": "অবস্থা দেখুন", "human": "আধিকারিকের সঙ্গে কথা"},
}


def notices(bus, wa_id: str) -> list[dict[str, Any]]:
    """The notices the person is to receive, each message id once (the sender sends an id once)."""
    seen: dict[str, dict[str, Any]] = {}
    for e in bus.seen:
        if e.type == "wa.outbound" and e.payload["to"] == wa_id and e.payload["notification"]:
            seen.setdefault(e.id, e.payload)
    return list(seen.values())


def offers(notice: dict[str, Any], number: str, words: dict[str, str]) -> None:
    assert Reply(notice).choices == {f"grievance:view:{number}": words["view"],
                                     f"grievance:human:{number}": words["human"]}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_first_assignment_tells_the_person_once_and_in_progress_after_it_nothing_more(office, bus, lang):
    words = WORDS[lang]
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    before = len(notices(bus, person.wa_id))
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    await bus.drain()
    [taken] = notices(bus, person.wa_id)[before:]
    text = Reply(taken).text
    assert number in text and words["taken"] in text and words["office"] in text and words["due"] in text, text
    assert words["meanwhile"] in text and "Sunita" not in text, text  # the office's, not the official's name
    offers(taken, number, words)
    assert taken["template"]["template"]["name"] == "grievance_status_changed"
    for official in ("Pemba Sherpa", "Sunita Lama"):  # given to another official, and back: nothing more said
        assert (await office.post(f"{url}/assign", json={"official": official}, headers=headers)).status == 200
    await bus.drain()
    assert len(notices(bus, person.wa_id)) == before + 1
    assert (await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)).status == 200
    await bus.drain()
    assert len(notices(bus, person.wa_id)) == before + 1  # taken up already: in progress is no news to them


async def test_an_assignment_after_in_progress_tells_nothing_more(office, bus):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)).status == 200
    await bus.drain()
    before = len(notices(bus, person.wa_id))
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    await bus.drain()
    assert len(notices(bus, person.wa_id)) == before


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_in_progress_first_tells_the_person_once_that_work_has_begun(office, bus, lang):
    words = WORDS[lang]
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    await bus.drain()
    before = len(notices(bus, person.wa_id))
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)).status == 200
    await bus.drain()
    [progress] = notices(bus, person.wa_id)[before:]
    text = Reply(progress).text
    assert words["progress"] in text and words["office"] in text and words["due"] in text, text
    assert words["meanwhile"] in text, text
    offers(progress, number, words)


async def test_acknowledged_after_it_was_taken_up_tells_nothing_more_and_the_resolution_is_told(office, bus):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    await bus.drain()
    before = len(notices(bus, person.wa_id))
    for status in ("acknowledged", "in_progress"):
        moved = await office.post(f"{url}/status", json={"status": status}, headers=headers)
        assert moved.status == 200 and (await moved.json())["status"] == status
    again = await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)
    assert again.status == 200  # the same change sent again (its answer lost): still nothing to the person
    await bus.drain()
    assert len(notices(bus, person.wa_id)) == before
    changed = [e.payload["status"] for e in bus.seen if e.type == "grievance.ticket.status_changed"
               and e.payload["number"] == number]
    assert changed == ["acknowledged", "in_progress", "in_progress"]  # the departments still hear of each move
    done = await office.post(f"{url}/status", json={"status": "resolved", "atr": "A new pipe was laid."},
                             headers=headers)
    assert done.status == 200
    await bus.drain()
    [resolved] = notices(bus, person.wa_id)[before:]
    assert "is resolved" in Reply(resolved).text and "A new pipe was laid." in Reply(resolved).text


async def test_reopened_and_taken_up_again_it_is_told_again_once(office, bus, clock):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    clock.advance(days=2)
    assert (await office.post(f"{url}/status", json={"status": "resolved", "atr": "A new pipe was laid."},
                              headers=headers)).status == 200
    clock.advance(days=1)
    await person.tap(f"grievance:reopen:{number}")
    await person.say("Still no water at the school.")
    clock.advance(hours=3)
    await bus.drain()
    before = len(notices(bus, person.wa_id))
    assert (await office.post(f"{url}/assign", json={"official": "Pemba Sherpa"}, headers=headers)).status == 200
    assert (await office.post(f"{url}/status", json={"status": "in_progress"}, headers=headers)).status == 200
    await bus.drain()
    [taken] = notices(bus, person.wa_id)[before:]
    assert WORDS["en"]["taken"] in Reply(taken).text
