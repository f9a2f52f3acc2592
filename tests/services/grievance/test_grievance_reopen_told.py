"""Reopening asked in the complaints' chat ("আমার অভিযোগটা আবার খুলুন", "I want to reopen my complaint") began a NEW
complaint with those words (the main menu listed those that may be reopened); and asked with what is still wrong
("আমার জলের অভিযোগটা আবার খুলুন, জল এখনও আসছে না"), the words were dropped: the complaint was to be chosen, *Reopen*
tapped and the reason typed again. The chat lists those that may be reopened, as the main menu does; with what is
still wrong said, the one complaint it can be (of several, the one whose subject the words name) is shown with the
words kept as its reason, to reopen with. Words naming none of them list them all, nothing kept."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import Phone, choices, has, words

ARJUN = "919800000002"  # GRV-2026-000001 water, resolved; GRV-2026-000005 certificates, rejected: both reopenable
REOPENABLE = [f"grievance:view:GRV-{YEAR}-000001", f"grievance:view:GRV-{YEAR}-000005"]


async def arjun(system, lang: str, where: str) -> Phone:
    http, base = system
    phone = Phone(http, base, ARJUN, name="Arjun")
    await phone.start(lang)
    if where == "chat":
        await phone.tap("grievance:menu", until=has("interactive"))
    return phone


@pytest.mark.parametrize("lang, typed", [("bn", "আমার অভিযোগটা আবার খুলুন"), ("en", "I want to reopen my complaint")])
async def test_reopening_asked_in_the_chat_lists_those_that_may_be_reopened(system, lang, typed):
    phone = await arjun(system, lang, "chat")
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == REOPENABLE, (words(got), choices(got))


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", [
    ("bn", "আমার জলের অভিযোগটা আবার খুলুন, জল এখনও আসছে না"),
    ("en", "reopen my complaint, still no water in the tube well"),
    ("bn", "amar jol er complaint ta abar khulte chai, abar jol asche na"),
])
async def test_what_is_still_wrong_said_is_kept_as_the_reason(system, where, lang, typed):
    phone = await arjun(system, lang, where)
    got = await phone.say(typed, until=has("interactive"))
    assert f"grievance:reopensaid:GRV-{YEAR}-000001" in choices(got), (words(got), choices(got))
    assert typed in words(got)


async def test_words_naming_none_of_them_list_them_all(system):
    phone = await arjun(system, "en", "chat")
    got = await phone.say("reopen my complaint, the road is still broken", until=has("interactive"))
    assert choices(got) == REOPENABLE, (words(got), choices(got))
