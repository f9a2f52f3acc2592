"""A region, or a guest house of another district, named once a district is chosen. Before, "Sundarbans",
"সুন্দরবন", "Dooars" or "ডুয়ার্স" typed where the guest house, the room type, the check-in, the nights or the guests
were asked was not read as a change of place ("I could not match that name", "I could not read that date"), and
"Ayodhya" typed at Darjeeling's guest houses got "I could not match that name". Now a region lying in one district we
have places in (the Sundarbans: South 24 Parganas) takes the person to that district's guest houses, a guest house
of another district to its rooms, each said in one line; a region spread over several (the Dooars: Jalpaiguri and
Alipurduar) lists those districts. The dates and the group already given are kept, as for a district named."""
from __future__ import annotations

import pytest
from test_tourism_district_changed import DARJEELING, to_step

SUNDARBANS = "tourism:property:pakhiralaya"
AYODHYA_ROOM = "tourism:room:ayodhya-double"
STEPS = ["property", "room", "date", "nights", "guests"]


@pytest.mark.parametrize("at", STEPS)
@pytest.mark.parametrize("lang, typed, line", [
    ("en", "Sundarbans", "The Sundarbans are in South 24 Parganas district: changed to it, its guest houses are"),
    ("bn", "সুন্দরবন", "সুন্দরবন দক্ষিণ ২৪ পরগনা জেলায়: সেই জেলায় বদলে দিলাম"),
    ("en", "sundarban e jabo", "The Sundarbans are in South 24 Parganas district: changed to it"),
])
async def test_a_region_of_one_district_shows_its_guest_houses(make_guest, at, lang, typed, line):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert line in answer.text, answer.text
    assert SUNDARBANS in answer.last.choices and DARJEELING not in answer.last.choices


@pytest.mark.parametrize("at", STEPS)
@pytest.mark.parametrize("lang, typed, line", [
    ("en", "Dooars", "The Dooars spread over Alipurduar and Jalpaiguri districts"),
    ("bn", "ডুয়ার্স", "ডুয়ার্স ছড়িয়ে আছে আলিপুরদুয়ার আর জলপাইগুড়ি জেলা জুড়ে"),
])
async def test_a_region_of_several_districts_lists_them(make_guest, at, lang, typed, line):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert line in answer.text, answer.text
    assert set(answer.last.choices) >= {"tourism:district:jalpaiguri", "tourism:district:alipurduar"}
    assert "tourism:district:darjeeling" not in answer.last.choices and DARJEELING not in answer.last.choices


@pytest.mark.parametrize("at", STEPS)
@pytest.mark.parametrize("lang, typed, line", [
    ("en", "Ayodhya", "Changed to Ayodhya Hills Panchayat Guest House in Purulia: its rooms are below."),
    ("bn", "অযোধ্যা", "পুরুলিয়া জেলার অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস বেছে নিলাম: সেখানকার ঘরগুলি নিচে।"),
])
async def test_a_guest_house_of_another_district_shows_its_rooms(make_guest, at, lang, typed, line):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert line in answer.text, answer.text
    assert AYODHYA_ROOM in answer.last.choices


async def test_the_dates_are_kept_through_a_region(guest):
    await to_step(guest, "guests")
    answer = await guest.say("Dooars")
    assert "Noted: from 10 Mar, 2 nights." in answer.text, answer.text
    await guest.tap("tourism:district:jalpaiguri")
    await guest.tap("tourism:property:lataguri")
    rooms = await guest.say("back")
    assert "tourism:property:lataguri" in rooms.last.choices


async def test_the_dates_are_kept_through_a_guest_house(guest):
    await to_step(guest, "guests")
    answer = await guest.say("Ayodhya")
    assert "Noted: from 10 Mar, 2 nights." in answer.text, answer.text
    dated = await guest.tap(AYODHYA_ROOM)
    assert "Check-in 10 March 2026, check-out 12 March 2026: 2 nights." in dated.text, dated.text


async def test_a_region_holding_the_district_on_screen_is_no_change(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:jalpaiguri")
    answer = await guest.say("Dooars")
    assert "spread over" not in answer.text and "tourism:property:lataguri" in answer.last.choices


async def test_a_guest_house_of_the_district_on_screen_is_still_taken(guest):
    await to_step(guest, "property")
    answer = await guest.say("Tinchuley")
    assert "Changed to" not in answer.text and "tourism:room:tinchuley-double" in answer.last.choices


@pytest.mark.parametrize("typed", ["pahar", "পাহাড়", "the hills"])
async def test_the_hills_alone_name_no_region_once_in_purulia(guest, typed):
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:purulia")
    await guest.tap("tourism:property:ayodhya-hills")
    await guest.tap("tourism:room:ayodhya-double")
    answer = await guest.say(typed)
    assert "Darjeeling" not in answer.text and "tourism:property:lamahatta" not in answer.last.choices, answer.text
