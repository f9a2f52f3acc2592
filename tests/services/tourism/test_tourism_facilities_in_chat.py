"""Inside the tourism chat a thing a stay may have asked with no stay named ("wifi ache?", "parking ache?", "is there
wifi", "গিজার আছে?") was "Sorry, I did not follow that" at its menu and at the guest houses' list, where "room e wifi
ache?" was answered: in this chat the stay is the one listed, being booked or one's own, so it is answered as that
question is (what each guest house has, those of the district listed, or the guest house in sight with its
caretaker's phone), then the step's question again. At the main menu, where no stay is in sight, such words still
name none; a thing said missing or broken is a complaint's, a date or a count an answer's, and food is what is
included, as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import at_the_quote

from services.tourism.conversation.stay_asked import asks

BISHNUPUR = "Bishnupur Terracotta Lodge: Terracotta temples, Baluchari weavers nearby, Wi-Fi"
AYODHYA_PHONE = "+91 94340 51401"


@pytest.mark.parametrize("typed", ["wifi ache?", "parking ache?", "is there wifi", "geyser ache?", "গিজার আছে?",
                                   "AC ache?", "TV ache?", "do you have parking", "এসি আছে?", "wifi pabo?"])
def test_a_thing_asked_with_no_stay_named_is_what_the_stay_has(typed):
    assert asks(typed) == "facilities", typed


@pytest.mark.parametrize(("typed", "asked"), [("wifi nei", None), ("AC kaj korche na", None), ("geyser kharap", None),
                                              ("parking e 2 ta gari ache?", None), ("khabar ache?", "included"),
                                              ("is food included", "included"), ("check in kokhon", "times")])
def test_a_thing_missing_a_count_or_food_is_read_as_before(typed, asked):
    assert asks(typed) == asked, typed


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "wifi ache?", ("What each guest house has", BISHNUPUR)),
    ("bn", "পার্কিং আছে?", ("কোন অতিথিনিবাসে কী আছে", "গাড়ি রাখার জায়গা"))])
async def test_at_the_tourism_menu_what_each_guest_house_has_then_the_menu(system, lang, typed, said):
    phone = await at_the_menu(system, "919800350001" if lang == "en" else "919800350002", lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert all(s in text for s in said) and "did not follow" not in text and "বুঝতে পারিনি" not in text, text


async def test_at_a_districts_list_its_guest_houses_alone_then_the_list(system):
    phone = await at_the_menu(system, "919800350003")
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    reply = await phone.say("geyser ache?", until=has("interactive"))
    text = words(reply)
    assert "Ayodhya Hills" in text and "Garh Panchakot" in text and "Bishnupur" not in text, text
    assert "tourism:property:ayodhya-hills" in choices(reply), choices(reply)


async def test_at_the_quote_the_guest_house_being_booked_and_the_quote_kept(system):
    http, base = system
    phone, _ = await at_the_quote(http, base, "919800350004", "en")
    reply = await phone.say("wifi ache?", until=has("interactive"))
    text = words(reply)
    assert "Dining hall" in text and AYODHYA_PHONE in text and "Bishnupur" not in text, text
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)
