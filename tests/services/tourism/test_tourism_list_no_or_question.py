"""A "no" or a question where the guest houses or the room types are listed. Before, "na", "no", "nah", "না",
"kon ta bhalo?", "কোনটা ভালো?" and "ki ki ache?" there were all told "I could not match that name", as if a name
had been mistyped. Now a "no" is told how to choose another district or guest house (back, or 0), a question what
the list already shows (the prices) and where to ask the rest (the caretaker's phone, once a guest house is chosen),
and the same list follows; a name that matches nothing is still told to choose from the list or type part of it."""
from __future__ import annotations

import pytest

PROPERTIES = "tourism:property:lamahatta"
ROOMS = "tourism:room:lamahatta-cottage"
NOT_MATCHED = ("could not match that name", "নামটি চিনতে পারিনি")


async def at_list(make_guest, lang: str, at: str):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:darjeeling")
    if at == "room":
        await guest.tap(PROPERTIES)
    return guest


async def same_list(guest, at: str, typed: str, told: str) -> None:
    answer = await guest.say(typed)
    assert told in answer.text, answer.text
    assert not any(words in answer.text for words in NOT_MATCHED), answer.text
    assert (ROOMS if at == "room" else PROPERTIES) in answer.last.choices


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "na", "If none of these guest houses suits you, type another district's name, or *back* or 0 for the list "
                 "of districts."),
    ("en", "no", "If none of these guest houses suits you"),
    ("en", "nah", "If none of these guest houses suits you"),
    ("en", "Nope.", "If none of these guest houses suits you"),
    ("bn", "না", "এগুলির কোনোটি পছন্দ না হলে অন্য জেলার নাম লিখুন, বা জেলার তালিকার জন্য *ফিরে* বা ০।"),
    ("bn", "না না", "এগুলির কোনোটি পছন্দ না হলে"),
])
async def test_a_no_at_the_guest_houses_is_told_the_way_to_another_district(make_guest, lang, typed, told):
    guest = await at_list(make_guest, lang, "property")
    await same_list(guest, "property", typed, told)
    back = await guest.say("0")
    assert "tourism:district:purulia" in back.last.choices


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "na", "If none of these rooms suits you, type *back* or 0 to see the other guest houses in this district, "
            "or another district's name."),
    ("en", "nah", "If none of these rooms suits you"),
    ("bn", "না", "এগুলির কোনো ঘর পছন্দ না হলে এই জেলার অন্য অতিথিনিবাস দেখতে *ফিরে* বা ০ লিখুন, "
                 "অন্য জেলার জন্য তার নাম।"),
])
async def test_a_no_at_the_rooms_is_told_the_way_to_the_other_guest_houses(make_guest, lang, typed, told):
    guest = await at_list(make_guest, lang, "room")
    await same_list(guest, "room", typed, told)
    back = await guest.say("back")
    assert "tourism:property:tinchuley" in back.last.choices


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "kon ta bhalo?", "The list shows where each guest house is and its lowest price a night."),
    ("en", "konta bhalo", "type *price*"),
    ("en", "ki ki ache?", "Choose one to see its address, times, facilities and rooms"),
    ("en", "which is good for family", "The list shows where each guest house is"),
    ("bn", "কোনটা ভালো?", "তালিকায় প্রতিটি অতিথিনিবাসের জায়গা আর রাতপ্রতি সবচেয়ে কম ভাড়া দেওয়া আছে।"),
    ("bn", "কোনটি ভালো", "সব ঘরের দাম দেখতে *দাম* লিখুন।"),
])
async def test_a_question_at_the_guest_houses_is_told_what_the_list_shows(make_guest, lang, typed, told):
    guest = await at_list(make_guest, lang, "property")
    await same_list(guest, "property", typed, told)


async def test_the_price_word_the_hint_names_shows_the_prices(guest):
    await at_list(lambda lang: guest, "en", "property")
    answer = await guest.say("price")
    assert "Lamahatta Eco Homestay" in answer.text and "₹2,200" in answer.text, answer.text
    assert PROPERTIES in answer.last.choices


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "kon ta bhalo?", "The list shows each room's beds, how many it holds and its price a night."),
    ("en", "which one is better", "For anything else, call the caretaker: +91 94340 21101"),
    ("bn", "কোনটা ভালো?", "আর কিছু জানতে কেয়ারটেকারকে ফোন করুন: +91 94340 21101"),
])
async def test_a_question_at_the_rooms_is_told_what_the_list_shows_and_whom_to_call(make_guest, lang, typed, told):
    guest = await at_list(make_guest, lang, "room")
    await same_list(guest, "room", typed, told)


@pytest.mark.parametrize("at", ["property", "room"])
async def test_a_name_that_matches_nothing_is_still_not_matched(make_guest, at):
    guest = await at_list(make_guest, "en", at)
    answer = await guest.say("xyz lodge")
    assert "I could not match that name. Please choose from the list, or type part of the name." in answer.text
    assert "If none of these" not in answer.text and "The list shows" not in answer.text
