"""The rules of cancelling asked ("cancellation policy", "refund rules", "cancellation charge koto", "booking cancel
korle ki hobe", "what if I cancel", "বাতিলের নিয়ম কী") reached no service at the main menu or were "Sorry, I did not
follow that" in the tourism chat; "booking cancel korle ki hobe" there asked which booking to cancel, and "refund
policy" told a guest with none that no refund was to come. Each now tells the share refunded by how long before
check-in, as the voucher states it, and that the exact refund is shown before a cancelling is confirmed: nothing
cancelled, a booking in progress kept. Cancelling asked for stays cancelling; an application's, a licence's, a
train ticket's cancelling is no guest house's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import choices, has, saying, words
from test_tourism_refund_mid_booking import asked_again, at_step
from test_tourism_refunds_asked import at_menu
from test_tourism_stay_asked import booked_at_the_menu

from gateway.menu import phrase_pattern
from services.tourism.domain import Policy
from services.tourism.service import MENU
from services.tourism.voucher import refund_rules
from shared.india import plain

TOLD = {"en": "You see the exact refund before you confirm a cancellation",
        "bn": "বাতিল নিশ্চিত করার আগেই কত টাকা ফেরত পাবেন তা দেখানো হয়"}
WHICH = ("Which booking would you like to cancel?", "Cancel booking")


def action(text: str) -> str | None:
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(text))), None)


def the_rules(lang: str) -> str:
    return refund_rules(Policy(), lang)


@pytest.mark.parametrize("typed", ["cancellation policy", "refund policy", "refund rules", "cancel policy",
                                   "cancellation charge koto", "booking cancel korle ki hobe", "what if I cancel",
                                   "if I cancel my booking will I get a refund", "cancel korle koto taka ferot pabo",
                                   "বাতিলের নিয়ম কী", "বাতিল করলে কত টাকা ফেরত পাব", "ক্যানসেল করলে টাকা ফেরত পাব?"])
def test_the_rules_asked_are_tourisms_alone(typed):
    assert menu_claims(typed) == ["tourism:refund"], typed


@pytest.mark.parametrize(("typed", "asked"), [("booking cancel korte chai", "cancel"), ("cancel my booking", "cancel"),
                                              ("refund kobe pabo", "refund")])
def test_cancelling_or_a_refund_asked_for_stays_so(typed, asked):
    assert action(typed) == asked, typed


@pytest.mark.parametrize("typed", ["application cancel korle fee ferot pabo", "train ticket cancel korle refund",
                                   "ration card cancel korle ki hobe", "licence cancel korle ki hobe",
                                   "terms and conditions"])
def test_other_cancelling_is_no_guest_houses(typed):
    assert not [claim for claim in menu_claims(typed) if claim.startswith("tourism:")], typed


@pytest.mark.parametrize(("n", "lang", "typed"), [(1, "en", "cancellation policy"), (2, "bn", "বাতিলের নিয়ম কী"),
                                                  (3, "en", "what if I cancel")])
async def test_at_the_main_menu_the_rules_then_the_tourism_menu(system, n, lang, typed):
    phone = await at_menu(system, f"91983041{n:04d}", lang)
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    said = words(reply)
    assert the_rules(lang) in said and TOLD[lang] in said, said


@pytest.mark.parametrize(("n", "typed"), [(1, "booking cancel korle ki hobe"), (2, "refund policy")])
async def test_in_the_chat_a_guest_with_a_booking_is_told_the_rules_and_nothing_is_cancelled(system, n, typed):
    http, base = system
    phone = await booked_at_the_menu(http, base, f"91983042{n:04d}", "en")
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say(typed, until=has("interactive"))
    said = words(reply)
    assert the_rules("en") in said and TOLD["en"] in said, said
    assert not any(asked in said for asked in WHICH), said
    assert not [c for c in choices(reply) if c.startswith("tourism:cancel")], choices(reply)
    listed = await phone.tap("tourism:mine", until=has("interactive"))
    [view] = [c for c in choices(listed) if c.startswith("tourism:view:")]
    shown = words(await phone.tap(view, until=has("interactive")))
    assert "(confirmed)" in shown, shown


@pytest.mark.parametrize(("n", "lang", "step", "typed"), [(1, "en", "district", "cancellation policy"),
                                                          (2, "bn", "room", "বাতিলের নিয়ম কী")])
async def test_in_a_booking_in_progress_the_rules_then_its_question(system, n, lang, step, typed):
    phone = await at_menu(system, f"91983043{n:04d}", lang)
    await at_step(phone, step)
    reply = await phone.say(typed, until=saying(TOLD[lang]))
    assert the_rules(lang) in words(reply), words(reply)
    assert asked_again(reply, step), choices(reply)
