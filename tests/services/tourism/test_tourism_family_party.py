"""A family's count, and a count "with the children", is the whole group: "family of 4 with 2 kids" (two adults, two
children), "we are a family of five", "amader family te 4 jon", "4 জনের পরিবার, ২টি বাচ্চা", "বাচ্চা সহ ৩ জন"
(three: the children not counted are not asked, the rooms and the price follow the total). Before, these were asked
again ("Please type a number, like 2."). An answer naming the children ("2 adults 0 children") after children alone
is the whole group, not adults added to them. A signed or fractional count ("-2 adults", "2.5 adults") is no group
(before: two adults; seven), and a group over what one booking takes is told how to book it."""
from __future__ import annotations

import time

import pytest
from test_tourism_adults_and_children import at_guests

from services.tourism.domain import Party, parse_party


@pytest.mark.parametrize("typed, adults, children", [
    ("family of 4 with 2 kids", 2, 2), ("we are a family of five", 5, 0), ("amader family te 4 jon", 4, 0),
    ("4 জনের পরিবার, ২টি বাচ্চা", 2, 2), ("a family of 4 with a baby", 3, 1), ("a 4 member family", 4, 0),
    ("family of 4: 2 adults 2 kids", 2, 2), ("we are a family of 5 including 3 kids", 2, 3),
    # children named within a total with no count of them: the total is the group
    ("বাচ্চা সহ ৩ জন", 3, 0), ("baccha soho 3 jon", 3, 0), ("বাচ্চাসহ ৩ জন", 3, 0), ("family of 4 with kids", 4, 0),
    ("1 baccha soho 3 jon", 2, 1), ("২টি বাচ্চা সহ ৫ জন", 3, 2),
])
def test_a_family_or_a_count_with_the_children_is_the_whole_group(typed, adults, children):
    party = parse_party(typed)
    assert party == Party(adults, children) and party.whole


@pytest.mark.parametrize("typed", [
    "-2 adults", "2.5 adults", "2 adults 1.5 kids", "family", "family of 5: 2 adults 2 kids", "husband wife and kids",
    "5 with kids",
])
def test_a_signed_or_fractional_count_or_a_family_that_does_not_add_up_is_no_group(typed):
    assert parse_party(typed) is None


def test_children_named_make_the_answer_whole_and_adults_alone_do_not():
    assert parse_party("2 adults 0 children").whole and parse_party("husband and wife 1 child").whole
    assert not parse_party("dui jon boro").whole and not parse_party("2 adults").whole
    assert parse_party("3 adults 1 child (2.5 yrs)") == Party(3, 1)  # an age may have a fraction


def test_a_long_message_is_read_in_one_pass():
    started = time.perf_counter()
    for typed in ("2 adults " * 445, "family of " * 400, "a " * 2000 + "family", "-2 " * 1300 + "adults"):
        parse_party(typed)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "family of 4 with 2 kids", "4 guests (2 adults, 2 children)."),
    ("bn", "4 জনের পরিবার, ২টি বাচ্চা", "৪ জন অতিথি (২ জন বড়, ২ জন ছোট)।"),
])
async def test_a_family_is_its_count_said_back_with_its_children(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await at_guests(guest)
    rooms = await guest.say(typed)
    assert said in rooms.text, rooms.text


async def test_a_count_with_the_children_is_the_total_with_no_question_about_them(make_guest):
    guest = make_guest("bn")
    await at_guests(guest)
    rooms = await guest.say("বাচ্চা সহ ৩ জন")
    assert "কতজন বড়" not in rooms.text and "৩ জনের জন্য অন্তত ২টি ঘর লাগবে" in rooms.text, rooms.text
    await guest.tap(rooms.choice("tourism:rooms:"))
    quote = await guest.tap("tourism:name:profile")
    assert "অতিথি: ৩ জন\n" in quote.text, quote.text


async def test_both_counts_after_children_alone_are_the_whole_group(guest):
    await at_guests(guest)
    await guest.say("1 baccha")
    rooms = await guest.say("2 adults 0 children")
    assert "1 child" not in rooms.text and "3 guests" not in rooms.text, rooms.text
    await guest.tap("tourism:rooms:1")
    quote = await guest.tap("tourism:name:profile")
    assert "Guests: 2\n" in quote.text, quote.text


async def test_no_adults_after_children_alone_asks_for_the_adults_again(guest):
    await at_guests(guest)
    await guest.say("2 kids")
    again = await guest.say("0")
    assert "How many adults are coming with the 2 children?" in again.text
    assert "4 guests (2 adults, 2 children)." in (await guest.say("2")).text


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "100 people", "One booking takes at most 60 guests. For a bigger group, book some of the guests now and "
                         "the rest in another booking, or call the guest house on +91 94340 31201."),
    pytest.param("en", "2 adults " * 445, "One booking takes at most 60 guests.", id="4,005 characters of 2 adults"),
    ("bn", "১০০ জন", "একটি বুকিংয়ে সর্বোচ্চ ৬০ জন অতিথি নেওয়া যায়।"),
    ("en", "-2 adults", "The number of guests must be between 1 and 60."),
    ("en", "2.5 jon", "Please type the number of guests, like 3, or the adults and children, like “2 adults 1 child”. "
                      "A child counts as one guest."),
    ("en", "two thousand", "Please type the number of guests, like 3"),
])
async def test_a_group_that_cannot_be_booked_is_told_what_is_expected(make_guest, lang, typed, told):
    guest = make_guest(lang)
    await at_guests(guest)
    answer = await guest.say(typed)
    assert told in answer.text and "tourism:rooms:" not in "".join(answer.choices), answer.text


async def test_a_group_no_room_type_takes_is_told_to_book_in_parts_or_call(guest):
    await at_guests(guest, "tinchuley-dorm")
    refused = await guest.say("12")
    assert "book the rest in another booking, call the guest house on +91 94340 21102" in refused.text
