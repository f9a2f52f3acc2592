"""At a resolved complaint, "ঠিক আছে, কাজ হয়েছে" ("all right, the work is done") was kept as words to reopen the
complaint with (*Reopen with this*) or to send to the office, and a rating typed next ("৪") was 'Sorry, I did not
follow that'. Words saying the problem is put right ("কাজ হয়ে গেছে", "kaj hoye geche", "it is fixed now") are now the
person accepting it: 'Glad it is put right.' and the rating asked, as *Accept & rate* does; words saying it is not
("কাজ হয়নি", "kaj hoyni", "not fixed yet") are kept and asked about as before."""
from __future__ import annotations

import pytest

API = "/api/grievance"


async def _resolved_view(office, lang: str):
    person = office.person(lang=lang)
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="Kalchini")
    done = await office.post(f"{API}/tickets/{number}/status", json={"status": "resolved", "atr": "Pipe replaced."},
                             headers=headers)
    assert done.status == 200
    await office.runtime.bus.drain()
    await person.tap(f"grievance:view:{number}")
    return person, number


@pytest.mark.parametrize("typed", ["ঠিক আছে, কাজ হয়েছে", "কাজ হয়ে গেছে", "সমস্যা মিটে গেছে", "kaj hoye geche",
                                   "thik hoye geche dhonnobad"])
async def test_put_right_in_bengali_or_banglish_asks_the_rating(office, typed):
    person, number = await _resolved_view(office, "bn")
    asked = await person.say(typed)
    assert asked.text.startswith("সমস্যা মিটেছে জেনে ভালো লাগল।"), asked.text
    assert f"grievance:rate:{number}:5" in asked.last.choices and "আবার খুলুন" not in asked.text
    rated = await person.say("৪")
    assert rated.event("grievance.ticket.rated")["rating"] == 4


@pytest.mark.parametrize("typed", ["It is fixed now, thank you", "problem solved", "the work is done"])
async def test_put_right_in_english_asks_the_rating(office, typed):
    person, number = await _resolved_view(office, "en")
    asked = await person.say(typed)
    assert asked.text.startswith("Glad it is put right."), asked.text
    assert f"grievance:rate:{number}:5" in asked.last.choices


@pytest.mark.parametrize("lang, typed", [("bn", "কাজ হয়নি, এখনও জল আসে না"), ("bn", "kaj hoyni ekhono"),
                                         ("en", "not fixed yet, still no water"), ("en", "it was never fixed")])
async def test_not_put_right_is_kept_to_reopen_with(office, lang, typed):
    person, number = await _resolved_view(office, lang)
    asked = await person.say(typed)
    assert f"grievance:reopensaid:{number}" in asked.last.choices, asked.text
