"""Where the district or the guest house is asked, a question about the stay with no question mark ("room e
geyser ache", "check in kotay") was told "We have nowhere to stay in a district by that name", and one's bookings
asked after ("amar booking er date ki") too; "check in koita theke" at the tourism menu was "We have no guest house at
Koita". What the guest houses have and their times are told, of those listed (the district's, once it is chosen), the
question asked again; one's bookings are listed; other words of a sentence are said to name no district, not a
district's name we lack."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims

UNCLEAR = {"en": "nowhere to stay in a district by that name", "bn": "ওই নামে কোনো জেলায়"}
FACILITIES = {"en": "*What each guest house has*", "bn": "*কোন অতিথিনিবাসে কী আছে*"}
TIMES = {"en": "*Check-in and check-out times*", "bn": "*চেক-ইন আর চেক-আউটের সময়*"}
ASK_DISTRICT = {"en": "Which district would you like to stay in?", "bn": "কোন জেলায় থাকতে চান?"}


@pytest.mark.parametrize(("lang", "typed"), [("en", "room e geyser ache"), ("bn", "রুমে গিজার আছে"),
                                             ("en", "is there parking at the guest house"),
                                             ("en", "guest house e khabar pawa jay?")])
async def test_what_the_guest_houses_have_is_told_where_the_district_is_asked(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    told = await guest.say(typed)
    assert FACILITIES[lang] in told.text and UNCLEAR[lang] not in told.text, told.text
    assert "Jayanti Forest Homestay" in told.text or "জয়ন্তী" in told.text  # every district's guest houses
    assert ASK_DISTRICT[lang] in told.text and "tourism:district:purulia" in told.choices  # the question again


@pytest.mark.parametrize(("lang", "typed"), [("en", "check in kotay"), ("en", "check out koita"),
                                             ("bn", "চেক আউট কটায়")])
async def test_the_times_are_told_where_the_district_is_asked(make_guest, lang, typed):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    told = await guest.say(typed)
    assert TIMES[lang] in told.text and UNCLEAR[lang] not in told.text, told.text
    assert "tourism:district:darjeeling" in told.choices


async def test_at_the_guest_houses_list_those_of_the_district_are_told(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:darjeeling")
    told = await guest.say("room e geyser ache")
    assert FACILITIES["en"] in told.text and "Tinchuley" in told.text, told.text
    assert "Jayanti" not in told.text and "Lataguri" not in told.text  # other districts' are not listed
    assert any(c.startswith("tourism:property:") for c in told.choices)  # the guest houses' list again


async def test_a_booking_to_come_is_not_taken_for_the_one_being_chosen(make_guest):
    guest = make_guest()
    await guest.book("lataguri-standard", "2026-06-10")
    await guest.tap("tourism:book")
    told = await guest.say("room e geyser ache")
    assert FACILITIES["en"] in told.text and "Tinchuley" in told.text, told.text


@pytest.mark.parametrize(("lang", "typed"), [("en", "amar booking er date ki"), ("en", "show my booking"),
                                             ("bn", "আমার বুকিং দেখান")])
async def test_ones_bookings_asked_where_the_district_is_asked_are_listed(make_guest, lang, typed):
    guest = make_guest(lang)
    booked = await guest.book("lataguri-standard", "2026-06-10")
    number = booked.choice("tourism:view:").rsplit(":", 1)[1]
    await guest.tap("tourism:book")
    listed = await guest.say(typed)
    assert f"tourism:view:{number}" in listed.choices and UNCLEAR[lang] not in listed.text, listed.text


@pytest.mark.parametrize("typed", ["ami complaint korte chai", "রাস্তার আলো জ্বলছে না, অভিযোগ করব",
                                   "guest house er against e complain korbo"])
async def test_a_complaint_where_the_district_is_asked_still_offers_complaints(make_guest, typed):
    guest = make_guest()
    await guest.tap("tourism:book")
    told = await guest.say(typed)
    assert "grievance:menu" in told.choices and "tourism:resume" in told.choices, told.text


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "ami kichu bujhte parchi na", "Please choose a district from the list"),
    ("bn", "আমি কিছু বুঝতে পারছি না", "তালিকা থেকে একটি জেলা বেছে নিন"),
])
async def test_a_sentence_naming_no_district_is_not_taken_for_a_name(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    told = await guest.say(typed)
    assert UNCLEAR[lang] not in told.text and said in told.text, told.text
    assert "tourism:district:purulia" in told.choices


async def test_a_districts_name_we_lack_is_still_said_so(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    told = await guest.say("Nadia")
    assert UNCLEAR["en"] in told.text and "tourism:district:purulia" in told.choices, told.text


@pytest.mark.parametrize("typed", ["check in koita theke", "check out koita", "checkout koytay"])
def test_koita_asks_the_time_at_the_main_menu(typed):
    assert menu_claims(typed) == ["tourism:times"], typed


async def test_koita_at_the_tourism_menu_is_the_times_not_a_place(make_guest):
    guest = make_guest()
    await guest.tap("tourism:menu")
    told = await guest.say("check in koita theke")
    assert TIMES["en"] in told.text and "Koita" not in told.text, told.text
