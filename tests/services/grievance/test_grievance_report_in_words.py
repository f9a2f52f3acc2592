"""An official's action-taken report and reason for rejecting are what the person reads on WhatsApp after
'Action taken:' or 'Reason:', so each must say something in words, whichever route carries it."""
from __future__ import annotations

import pytest
from grievance_kit import sent_to

API = "/api/grievance"


@pytest.mark.parametrize("atr", ["ok", "done", "  ok      ", "..........", "---- 1 ----"])
async def test_a_resolution_with_a_report_of_no_words_is_refused_and_nothing_is_sent(office, bus, atr):
    """Resolving with the report given beside the status took 'ok' and told the person 'Action taken: ok', where
    the report written on its own needed ten characters; dots or dashes passed both. Now each is a 422 naming
    the field, the complaint stays as it was and the person is told nothing."""
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    await bus.drain()
    before = len(sent_to(bus, person.wa_id))
    refused = await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": atr},
                                headers=headers)
    assert refused.status == 422
    assert (await refused.json())["detail"][0]["loc"] == ["atr"]
    written = await office.put(f"{API}/tickets/{number}/atr", json={"text": atr}, headers=headers)
    assert written.status == 422
    stored = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert (stored["status"], stored["atr"]) == ("lodged", None)
    await bus.drain()
    assert len(sent_to(bus, person.wa_id)) == before


@pytest.mark.parametrize("reason", ["...", "???", "- -", "12", "12345"])
async def test_a_rejection_whose_reason_has_no_words_is_refused(office, bus, reason):
    """'...' was taken as the reason and the person read 'Reason: ...'."""
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    refused = await office.post(f"{API}/tickets/{number}/status", json={"status": "rejected", "reason": reason},
                                headers=headers)
    detail = (await refused.json())["detail"]
    assert refused.status == 422 and detail == (
        "reason_needed: Give the reason for rejecting in words: the person reads it.")
    stored = await (await office.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert stored["status"] == "lodged"


async def test_a_report_or_reason_in_words_is_taken_in_either_language(office, bus):
    person = office.person()
    first, second = await person.lodge(), await person.lodge(category="roads",
                                                             text="The road to the haat is broken in many places.")
    headers = await office.bearer("gp_official", gp="Kalchini")
    resolved = await office.post(f"{API}/tickets/{first}/status",
                                 json={"status": "resolved", "atr": "নলকূপ সারানো হয়েছে"}, headers=headers)
    assert resolved.status == 200 and (await resolved.json())["atr"] == "নলকূপ সারানো হয়েছে"
    rejected = await office.post(f"{API}/tickets/{second}/status",
                                 json={"status": "rejected", "reason": "ডুপ্লিকেট"}, headers=headers)
    assert rejected.status == 200 and (await rejected.json())["reason"] == "ডুপ্লিকেট"


@pytest.mark.parametrize("reason", ["ভুল", "ভুল ঠিকানা", "ডুপ্লিকেট", "Dup"])
async def test_a_short_reason_in_bengali_is_taken_its_vowel_signs_counted_and_the_person_reads_it(office, bus,
                                                                                                    reason):
    """'ভুল' (wrong) was refused with reason_needed: its vowel sign was not counted as part of a letter, so it
    held two letters of the three a reason needs ('ভুল ঠিকানা', wrong address, was taken). Now a letter's vowel
    signs count with it, and the person reads the reason."""
    person = office.person(lang="bn")
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    rejected = await office.post(f"{API}/tickets/{number}/status", json={"status": "rejected", "reason": reason},
                                 headers=headers)
    assert rejected.status == 200, await rejected.text()
    assert ((await rejected.json())["status"], (await rejected.json())["reason"]) == ("rejected", reason)
    await bus.drain()
    told = sent_to(bus, person.wa_id)[-1]
    assert told["notification"] and f"কারণ: {reason}" in told["message"]["interactive"]["body"]["text"]
