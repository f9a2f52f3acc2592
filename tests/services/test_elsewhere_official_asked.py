"""A person asked for inside another service's chat ("officer", as the help says to type; "I want to talk to a person",
"call me", "helpline number", "কারো সাথে কথা বলতে চাই") was 'Sorry, I did not follow that' in the tourism chat, at
a booking's step too, in the payroll chat and, for a call or a number, in the building permission and trade NOC
chats: the help's way to an official led nowhere there. Read as the complaints' menu phrases read it
(``shared.reach``), each chat now says that officials answer on this chat through *Complaints*, with their *Talk to
an official* (``grievance:official``, which asks the office of one's complaint still being handled, or begins one)
and a button to stay, a booking half made kept; a call or a phone number asked for is first said not to be given.
The complaints' own chat answers them as before."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, saying, words

from shared.elsewhere import offer

HERE = ("Officials of the panchayat answer on this chat, through *Complaints*",
        "পঞ্চায়েতের আধিকারিকেরা এই চ্যাটেই উত্তর দেন")


async def in_chat(system, wa_id: str, lang: str, *taps: str) -> Phone:
    http, base = system
    phone = Phone(http, base, wa_id, taps="button")
    await phone.say("hi", until=has("interactive"))
    await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    phone.seen = len(await phone.received())
    for tap in taps:
        await phone.tap(tap, until=has("interactive"))
    return phone


def _offered(said: list[dict], lang: str) -> list[str]:
    [offered] = [m for m in said if HERE[lang == "bn"] in m.get("interactive", {}).get("body", {}).get("text", "")]
    return [b["reply"]["id"] for b in offered["interactive"]["action"]["buttons"]]


@pytest.mark.parametrize(("wa_id", "lang", "taps", "typed", "stay", "first"), [
    ("919812340501", "en", ["tourism:menu"], "officer", "tourism:menu", None),
    ("919812340502", "en", ["tourism:menu", "tourism:book"], "talk to a human", "tourism:resume", None),
    ("919733000101", "en", ["payroll:menu"], "I want to talk to someone", "payroll:menu", None),
    ("919812340503", "en", ["permit:menu"], "call me", "permit:menu", "No calls are made from this number."),
    ("919812340504", "en", ["noc:menu"], "helpline number", "noc:menu",
     "Phone numbers of officials and offices are not given here."),
    ("919812340505", "bn", ["noc:menu"], "কারো সাথে কথা বলতে চাই", "noc:menu", None),
])
async def test_a_person_asked_for_in_another_chat_is_offered_an_official(system, wa_id, lang, taps, typed, stay,
                                                                          first):
    phone = await in_chat(system, wa_id, lang, *taps)
    said = await phone.say(typed, until=saying(HERE[lang == "bn"]))
    assert _offered(said, lang) == ["grievance:official", stay]
    assert "did not" not in words(said) and "Sorry" not in words(said)
    if first:
        assert words(said).startswith(first), words(said)


async def test_staying_carries_on_with_the_booking_half_made(system):
    phone = await in_chat(system, "919812340506", "en", "tourism:menu", "tourism:book")
    asked = await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.say("please call me", until=saying(HERE[0]))
    back = await phone.tap("tourism:resume", until=has("interactive"))
    assert choices(back) == choices(asked)  # the guest houses of Purulia again


async def test_the_offer_tapped_reaches_an_official(system):
    phone = await in_chat(system, "919800000002", "en", "tourism:menu")
    await phone.say("I want to talk to an officer", until=saying(HERE[0]))
    reached = await phone.tap("grievance:official", until=has("interactive"))
    # Arjun's complaints still being handled are listed, to choose the one an official is asked about
    assert "An official answers you here about one of your complaints" in words(reached)
    assert [c for c in choices(reached) if c.startswith("grievance:view:GRV-")], choices(reached)


@pytest.mark.parametrize("typed", ["officer", "please call me", "pradhan er phone number ta din"])
def test_the_complaints_own_chat_is_not_pointed_to_itself(typed):
    assert offer(typed, "grievance", "en") is None


@pytest.mark.parametrize("typed", ["my officer id is wrong on my pay slip", "call me when the room is ready",
                                   "my phone number has changed"])
def test_words_about_something_else_are_no_person_asked_for(typed):
    offered = offer(typed, "tourism", "en")
    assert offered is None or HERE[0] not in str(offered)
