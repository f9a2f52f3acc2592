"""What the main menu answers itself ("my mobile number changed", "otp pai ni", "holding tax koto", "bank account
change korte chai": ``gateway.kinds.answer_to``) was 'Sorry, I did not follow that' inside the tourism, building
permission and payroll chats, and "my mobile number changed" at the complaints' menu began a complaint about it. Each
chat now gives the main menu's own answer where it understood nothing (``shared.elsewhere.office``), with *Carry on*
(the chat's menu, or the step of a booking half made) and, where that answer says a complaint may be made of it,
*Complaints*; in the complaints' chat such words (a tax not receipted, an application held up) stay a
complaint's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from phone_kit import choices, has, saying, words
from test_elsewhere_official_asked import in_chat

import gateway
from shared.elsewhere import offer

MENU = json.loads((Path(gateway.__file__).parent / "texts.json").read_text(encoding="utf-8"))


def _said(answer: str, lang: str) -> str:
    return MENU[answer][lang][:40]


@pytest.mark.parametrize(("wa_id", "lang", "taps", "typed", "answer", "offered"), [
    ("919812340601", "en", ["tourism:menu"], "my mobile number changed", "intro_number_changed", ["tourism:menu"]),
    ("919812340602", "en", ["tourism:menu"], "otp aseni", "intro_otp", ["tourism:menu"]),
    ("919812340603", "en", ["permit:menu"], "my mobile number changed", "intro_number_changed", ["permit:menu"]),
    ("919812340604", "en", ["permit:menu"], "otp pai ni", "intro_otp", ["permit:menu"]),
    ("919812340610", "en", ["tourism:menu"], "jomir porcha kothay pabo", "intro_land_record", ["tourism:menu"]),
    ("919812340611", "en", ["tourism:menu"], "ambulance lagbe", "intro_emergency", ["tourism:menu"]),
    ("919812340612", "bn", ["grievance:menu"], "বাড়িতে আগুন লেগেছে", "intro_emergency", ["grievance:menu"]),
    ("919812340605", "bn", ["noc:menu"], "হোল্ডিং ট্যাক্স কোথায় দেব", "intro_holding_tax",
     ["grievance:menu", "noc:menu"]),
    ("919733000101", "en", ["payroll:menu"], "bank account change korte chai", "intro_bank_account",
     ["payroll:menu"]),
    ("919812340606", "en", ["grievance:menu"], "my mobile number changed", "intro_number_changed",
     ["grievance:menu"]),
    ("919812340607", "bn", ["grievance:menu"], "আমার নম্বর বদলে গেছে", "intro_number_changed", ["grievance:menu"]),
])
async def test_the_main_menus_own_answer_is_given_in_every_chat(system, wa_id, lang, taps, typed, answer, offered):
    phone = await in_chat(system, wa_id, lang, *taps)
    said = await phone.say(typed, until=saying(_said(answer, lang)))
    assert choices(said) == offered
    assert not any(wrong in words(said) for wrong in ("Sorry", "did not follow", "did not understand", "new complaint"))


async def test_carrying_on_goes_back_to_the_booking_half_made(system):
    phone = await in_chat(system, "919812340608", "en", "tourism:menu", "tourism:book")
    asked = await phone.tap("tourism:district:purulia", until=has("interactive"))
    said = await phone.say("otp pai ni", until=saying(_said("intro_otp", "en")))
    assert choices(said) == ["tourism:resume"]
    back = await phone.tap("tourism:resume", until=has("interactive"))
    assert choices(back) == choices(asked)  # the guest houses of Purulia again


async def test_at_the_complaints_menu_a_tax_not_receipted_still_begins_a_complaint(system):
    phone = await in_chat(system, "919812340609", "en", "grievance:menu")
    said = await phone.say("holding tax diye receipt dey ni", until=saying("start of a new complaint"))
    assert [c for c in choices(said) if c.startswith("grievance:cat:")]


def test_the_complaints_own_chat_is_not_offered_itself():
    """There, what a complaint may be made of is a complaint's words: no answer given over them."""
    offered = offer("otp pai ni", "grievance", "en", in_progress=True)
    assert offered is not None and [(b.id, b.title) for b in offered.buttons] == [("grievance:resume", "Carry on")]
    assert offer("holding tax koto", "grievance", "en") is None
    assert offer("ration card er jonno apply korbo", "grievance", "en") is None


@pytest.mark.parametrize("typed", ["I want to go to Purulia", "my booking number is TRM-2026-000001", "hello"])
def test_other_words_are_not_the_main_menus(typed):
    offered = offer(typed, "tourism", "en")
    assert offered is None or not any(text[:40] in offered.text for answer in MENU if answer.startswith("intro_")
                                      for text in MENU[answer].values())
