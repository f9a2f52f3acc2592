"""The resolution notice offers what its words say: Accept & rate, Reopen (while the 15 days last) and See status,
each a tap away from the notice, in the person's language; a corrected action-taken report offers the same. A
closed 24-hour window still brings the same template."""
from __future__ import annotations

from typing import Any

import pytest
from grievance_kit import Reply

API = "/api/grievance"
WORDS = {
    "en": {"accept": "Accept & rate", "reopen": "Reopen", "view": "See status",
           "rating": "How well was complaint {number} resolved?", "why": "Why do you want to reopen {number}?",
           "resolved": "Resolved", "taken": "Action taken: The tube well was repaired on Monday."},
    "bn": {"accept": "মেনে নিন ও রেট দিন", "reopen": "আবার খুলুন", "view": "অবস্থা দেখুন",
           "rating": "অভিযোগ {number} কতটা ভালোভাবে সমাধান হয়েছে?", "why": "{number} কেন আবার খুলতে চান?",
           "resolved": "সমাধান হয়েছে", "taken": "The tube well was repaired on Monday."},
}


def _notices(bus, wa_id: str) -> list[dict[str, Any]]:
    """The notices the person is to receive, in order, each message id once (the sender sends an id once)."""
    seen: dict[str, dict[str, Any]] = {}
    for e in bus.seen:
        if e.type == "wa.outbound" and e.payload["to"] == wa_id and e.payload["notification"]:
            seen.setdefault(e.id, e.payload)
    return list(seen.values())


async def _resolved(office, bus, lang: str):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer()
    resolve = {"status": "resolved", "atr": "The tube well was repaired on Monday."}
    assert (await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)).status == 200
    await bus.drain()
    return person, number, headers


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_resolution_notice_offers_accept_reopen_and_status_each_doing_what_it_says(office, bus, lang):
    words = WORDS[lang]
    person, number, _ = await _resolved(office, bus, lang)
    notice = _notices(bus, person.wa_id)[-1]
    assert Reply(notice).choices == {f"grievance:accept:{number}": words["accept"],
                                     f"grievance:reopen:{number}": words["reopen"],
                                     f"grievance:view:{number}": words["view"]}
    template = notice["template"]["template"]  # a closed window: the template as before, no buttons of its own
    assert template["name"] == "grievance_status_changed" and len(template["components"]) == 1
    assert [p["text"] for p in template["components"][0]["parameters"]] == [
        number, words["resolved"], "The tube well was repaired on Monday."]

    viewed = await person.tap(f"grievance:view:{number}")
    assert words["taken"] in viewed.text and words["resolved"] in viewed.text
    accepted = await person.tap(f"grievance:accept:{number}")
    assert words["rating"].format(number=number) in accepted.text
    assert f"grievance:rate:{number}:5" in accepted.last.choices
    reopening = await person.tap(f"grievance:reopen:{number}")
    assert words["why"].format(number=number) in reopening.text
    reopened = await person.say("The well runs dry again every evening, nothing was mended.")
    assert reopened.event("grievance.ticket.reopened")["number"] == number


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_corrected_report_offers_them_too_but_reopen_not_after_15_days(office, bus, clock, lang):
    words = WORDS[lang]
    person, number, headers = await _resolved(office, bus, lang)
    for days, offered in ((1, ("accept", "reopen", "view")), (15, ("accept", "view"))):
        clock.advance(days=days)
        text = f"The tube well was repaired on Tuesday, {days} days on."
        assert (await office.put(f"{API}/tickets/{number}/atr", json={"text": text}, headers=headers)).status == 200
        await bus.drain()
        notice = _notices(bus, person.wa_id)[-1]
        assert text in Reply(notice).text
        assert Reply(notice).choices == {f"grievance:{what}:{number}": words[what] for what in offered}
    accepted = await person.tap(f"grievance:accept:{number}")
    assert words["rating"].format(number=number) in accepted.text
    rated = await person.tap(f"grievance:rate:{number}:4")
    assert rated.event("grievance.ticket.rated")["rating"] == 4
