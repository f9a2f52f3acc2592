"""A region named in a request typed whole ("I want a room in Sundarbans for 2 people from 20 december for 2 nights",
"সুন্দরবনে ২ রাতের জন্য ঘর চাই", "Dooars e 25 tarikh theke 2 rat"). The tourism menu itself offers rooms "in the
Darjeeling hills, the Dooars, ... and the Sundarbans", and a region typed alone at the districts question was already
read; typed in a sentence at the menu it was answered "We have no guest house at Sundarbans", the districts asked,
and the price of a room "in sundarbans" said the same above every price. Now the region is read as at the districts
question: one district we have places in is taken, said with the region; several are listed; the stay is kept."""
from __future__ import annotations

import pytest

SUNDARBANS = "tourism:property:pakhiralaya"
DARJEELING = "tourism:property:lamahatta"


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "I want a room in Sundarbans for 2 people from 20 march for 2 nights",
     "The Sundarbans are in South 24 Parganas district."),
    ("en", "room in the sundarbans 20 march", "The Sundarbans are in South 24 Parganas district."),
    ("bn", "সুন্দরবনে ২০ মার্চ থেকে ২ রাতের জন্য একটা ঘর চাই", "সুন্দরবন দক্ষিণ ২৪ পরগনা জেলায়।"),
    ("bn", "sundarban e 20 tarikh theke 2 rat er jonno ekta ghor chai", "সুন্দরবন দক্ষিণ ২৪ পরগনা জেলায়।"),
])
async def test_a_region_of_one_district_in_a_request_takes_that_district(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    reply = await guest.say(typed)
    assert said in reply.text, reply.text
    assert SUNDARBANS in reply.last.choices and DARJEELING not in reply.last.choices
    assert "no guest house" not in reply.text and "অতিথিনিবাস নেই" not in reply.text


async def test_the_stay_typed_with_the_region_is_kept(guest):
    await guest.tap("tourism:menu")
    reply = await guest.say("I want a room in Sundarbans for 2 people from 20 march for 2 nights")
    assert "The Sundarbans are in South 24 Parganas district.\nNoted: from 20 Mar, 2 nights, 2 guests." in reply.text, reply.text
    rooms = await guest.tap(SUNDARBANS)
    stay = await guest.tap(list(rooms.last.choices)[0])
    assert "Check-in 20 March 2026, check-out 22 March 2026: 2 nights." in stay.text, stay.text


@pytest.mark.parametrize("lang, typed, said, day", [
    ("en", "a room in the Dooars from 25 march", "The Dooars spread over Alipurduar and Jalpaiguri districts",
     "25 March 2026"),
    ("bn", "ডুয়ার্সে ২৫ মার্চ থেকে একটা ঘর চাই", "ডুয়ার্স ছড়িয়ে আছে আলিপুরদুয়ার আর জলপাইগুড়ি জেলা জুড়ে",
     "২৫ মার্চ ২০২৬"),
])
async def test_a_region_of_several_districts_in_a_request_lists_them(make_guest, lang, typed, said, day):
    guest = make_guest(lang)
    await guest.tap("tourism:menu")
    reply = await guest.say(typed)
    assert said in reply.text, reply.text
    assert set(reply.last.choices) >= {"tourism:district:jalpaiguri", "tourism:district:alipurduar"}
    assert "tourism:district:darjeeling" not in reply.last.choices
    kept = await guest.tap("tourism:district:jalpaiguri")
    assert "tourism:property:lataguri" in kept.last.choices
    stay = await guest.tap("tourism:property:lataguri")
    dated = await guest.tap(list(stay.last.choices)[0])
    assert day in dated.text, dated.text


async def test_the_price_asked_of_a_region_says_no_absence(guest):
    await guest.tap("tourism:menu")
    reply = await guest.say("what is the price of a room in sundarbans?")
    assert "no guest house" not in reply.text, reply.text
    assert "Pakhiralaya" in reply.text, reply.text


async def test_a_place_we_have_nothing_by_is_still_said_so(guest):
    await guest.tap("tourism:menu")
    reply = await guest.say("a room in Digha for 2")
    assert "We have no guest house at Digha." in reply.text, reply.text
