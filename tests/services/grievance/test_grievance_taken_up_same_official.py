"""A reopened complaint given again to the official who held it before (in a gram panchayat most often the only
one) answered 200 but recorded nothing: no assignment in its history, and the person who reopened it never heard
it was taken up again, as they do when another official gets it. Given again after a reopening, the same official
is now a new assignment, told to the person once, in their language; the same request sent again adds nothing."""
from __future__ import annotations

import pytest
from grievance_kit import Reply
from test_grievance_taken_up import WORDS, notices

API = "/api/grievance"


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_same_official_after_a_reopening_is_told_as_taken_up_again(office, bus, clock, lang):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    url = f"{API}/tickets/{number}"
    assert (await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)).status == 200
    clock.advance(days=2)
    assert (await office.post(f"{url}/status", json={"status": "resolved", "atr": "A new pipe was laid."},
                              headers=headers)).status == 200
    clock.advance(days=1)
    await person.tap(f"grievance:reopen:{number}")
    await person.say("jol ekhono ase na" if lang == "bn" else "Still no water at the school.")
    clock.advance(hours=3)
    await bus.drain()
    before = len(notices(bus, person.wa_id))
    for _ in range(2):  # the second: the same request sent again, its answer lost
        again = await office.post(f"{url}/assign", json={"official": "Sunita Lama"}, headers=headers)
        assert again.status == 200
    await bus.drain()
    [taken] = notices(bus, person.wa_id)[before:]
    assert number in Reply(taken).text and WORDS[lang]["taken"] in Reply(taken).text
    shown = await (await office.get(url, headers=headers)).json()
    assert [a["official"] for a in shown["assignments"]] == ["Sunita Lama", "Sunita Lama"]
