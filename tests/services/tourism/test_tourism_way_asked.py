"""Where a guest house is or the way there, asked in the tourism chat ("how to reach", "address ki", "kivabe jabo",
"কীভাবে যাব", "nearest station"), was "Sorry, I did not follow that" at its menu and at the guest houses' lists. It
is answered as the times and what each has are: where each guest house is, by district (those of the district listed
once one is chosen), the guest house being booked with its caretaker's phone (who can tell the way from the nearest
station), then the step's question again. Paying asked ("taka kothay dibo") stays paying, and a date or a count is
still an answer."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import at_the_quote

from services.tourism.conversation.stay_asked import asks

AYODHYA = {"en": "Ayodhya Hills Panchayat Guest House: Ayodhya Hills, Baghmundi, Purulia",
           "bn": "অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস: অযোধ্যা পাহাড়, বাঘমুন্ডি, পুরুলিয়া"}
BISHNUPUR = "Bishnupur Terracotta Lodge: Near Rasmancha, Bishnupur, Bankura"
HEAD = {"en": "Where each guest house is", "bn": "কোন অতিথিনিবাস কোথায়"}


@pytest.mark.parametrize("typed", ["how to reach", "address ki", "address please", "location?", "kivabe jabo",
                                   "kibhabe jawa jay", "কীভাবে যাব", "ঠিকানা কী", "nearest station",
                                   "how do we get there", "kaise pahunche"])
def test_the_way_or_the_address_asked_is_read(typed):
    assert asks(typed) == "way", typed


@pytest.mark.parametrize(("typed", "asked"), [("taka kothay dibo", "paying"), ("caretaker er number din", "contact"),
                                              ("check in kokhon", "times"), ("2", None), ("25 december", None)])
def test_paying_the_caretaker_the_times_a_date_or_a_count_are_read_as_before(typed, asked):
    assert asks(typed) == asked, typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "how to reach"), ("bn", "কীভাবে যাব")])
async def test_at_the_tourism_menu_where_each_guest_house_is_then_the_menu(system, lang, typed):
    phone = await at_the_menu(system, "919800350101" if lang == "en" else "919800350102", lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert HEAD[lang] in text and AYODHYA[lang] in text, text
    assert "did not follow" not in text and "বুঝতে পারিনি" not in text, text


async def test_at_a_districts_list_its_guest_houses_alone_then_the_list(system):
    phone = await at_the_menu(system, "919800350103")
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    reply = await phone.say("kivabe jabo", until=has("interactive"))
    text = words(reply)
    assert AYODHYA["en"] in text and "Garh Panchakot" in text and BISHNUPUR not in text, text
    assert "tourism:property:ayodhya-hills" in choices(reply), choices(reply)


async def test_at_the_quote_the_guest_house_being_booked_and_the_quote_kept(system):
    http, base = system
    phone, _ = await at_the_quote(http, base, "919800350104", "en")
    reply = await phone.say("address ki", until=has("interactive"))
    text = words(reply)
    assert "Ayodhya Hills, Baghmundi, Purulia" in text and "+91 94340 51401" in text and "Bishnupur" not in text, text
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)
