"""A problem told inside another service's chat ("রাস্তার আলো জ্বলে না" in the trade NOC chat, "tubewell kharap" in the
building permission chat) was 'Sorry, I did not understand. Send your NOC number…': the person, who had been pointed to
complaints a message before, was left at a dead end. Read as the complaints' menu phrases read a problem
(``shared.problems``), it now names complaints, with their button and one to stay, in English and Bengali; words that
tell no problem ("the road is fine now") name none."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, saying

from shared.elsewhere import named

TOLD = ("That sounds like *Complaints*", "এটি *অভিযোগ*-এর বিষয় মনে হচ্ছে।")


@pytest.mark.parametrize(("here", "wa_id", "lang", "typed"), [
    ("noc", "919812340401", "bn", "রাস্তার আলো জ্বলে না"),
    ("permit", "919812340402", "en", "amader parar tubewell kharap 2 mas dhore"),
    ("noc", "919812340403", "en", "the drain in our lane is blocked"),
])
async def test_a_problem_told_in_another_chat_names_complaints(system, here, wa_id, lang, typed):
    http, base = system
    phone = Phone(http, base, wa_id, taps="button")
    await phone.say("hi", until=has("interactive"))
    await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    phone.seen = len(await phone.received())
    await phone.tap(f"{here}:menu", until=has("interactive"))
    told = TOLD[lang == "bn"]
    said = await phone.say(typed, until=saying(told))
    [offer] = [m for m in said if told in m.get("interactive", {}).get("body", {}).get("text", "")]
    taps = [b["reply"]["id"] for b in offer["interactive"]["action"]["buttons"]]
    assert taps == ["grievance:menu", f"{here}:menu"], taps


@pytest.mark.parametrize("typed", ["the road is fine now", "রাস্তা এখন ঠিক আছে", "noc er fee koto"])
def test_words_telling_no_problem_name_no_complaint(typed):
    assert "grievance" not in named(typed, "noc")


def test_complaints_own_chat_is_not_pointed_to_itself():
    assert named("রাস্তার আলো জ্বলে না", "grievance") == []
