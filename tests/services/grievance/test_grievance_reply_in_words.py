"""An official's answer to a person who asked for one is what they read on WhatsApp after '<office> replied about
complaint ...:'. '...' was taken (200) and the person read that and nothing else, where a reason or a report of
no words is refused. An answer now needs two letters at least (Bengali vowel signs counted with their letters):
'...', '??', '- -', '👍👍' or '1500' alone is a 422 naming the field and nobody is told; a short answer in
English, Bengali or Banglish is sent as before."""
from __future__ import annotations

import pytest
from grievance_kit import sent_to

API = "/api/grievance"


async def asked(office, bus):
    person = office.person()
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come?")
    await bus.drain()
    return person, f"{API}/tickets/{number}", await office.bearer("gp_official", gp="Kalchini")


@pytest.mark.parametrize("text", ["...", "??", "- -", "👍👍", "1500", " । । "])
async def test_an_answer_of_no_words_is_refused_and_nobody_is_told(office, bus, text):
    person, url, headers = await asked(office, bus)
    before = len(sent_to(bus, person.wa_id))
    refused = await office.post(f"{url}/reply", json={"text": text}, headers=headers)
    body = await refused.json()
    assert refused.status == 422 and body["detail"][0]["loc"] == ["text"], body
    assert "in words" in body["detail"][0]["msg"], body
    await bus.drain()
    assert len(sent_to(bus, person.wa_id)) == before
    stored = await (await office.get(url, headers=headers)).json()
    assert [c["by"] for c in stored["conversation"]] == ["person"], stored["conversation"]


@pytest.mark.parametrize("text", ["OK", "হ্যাঁ", "Kal mistri asbe", "কাল মিস্ত্রি আসবে", "The mechanic comes on 5th."],
                         ids=["en-short", "bn-short", "banglish", "bn", "en"])
async def test_a_short_answer_in_words_is_sent(office, bus, text):
    person, url, headers = await asked(office, bus)
    answered = await office.post(f"{url}/reply", json={"text": text}, headers=headers)
    assert answered.status == 200, await answered.text()
    await bus.drain()
    assert text in str(sent_to(bus, person.wa_id)[-1])
