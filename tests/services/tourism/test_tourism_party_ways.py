"""The group typed the other ways a person in West Bengal types it: Banglish and Bengali words for children
("chele", "meye", "bachcha", "শিশু", "একটা বাচ্চা"), for adults ("boro", "দুজন বড়"), the people named ("husband
wife and one child", "স্বামী-স্ত্রী আর এক ছেলে"), an infant as a child, children said to be among the count ("5
people including 2 children": five) and their ages ("1 child (5 yrs)": no count). Before, these were "Please type a
number, like 2." or the wrong count ("me and my wife and 2 kids" was two guests)."""
from __future__ import annotations

import pytest
from test_tourism_adults_and_children import at_guests

from services.tourism.domain import Party, parse_party


@pytest.mark.parametrize("typed, adults, children", [
    ("2 jon boro 1 ta chele", 2, 1), ("2 boro 1 bachcha", 2, 1), ("amra 2 jon ar 1 ta baccha", 2, 1),
    ("2 জন বড় আর একটা বাচ্চা", 2, 1), ("দুজন বড় একজন শিশু", 2, 1), ("husband wife and one child", 2, 1),
    ("2 adults + 1 infant", 2, 1), ("২ জন বড় ১টা মেয়ে", 2, 1), ("2 boro r 1 choto", 2, 1),
    ("2 jon boro ebong 1 jon shishu", 2, 1), ("tin jon boro dui ta baccha", 3, 2), ("তিনজন বড় দুটি বাচ্চা", 3, 2),
    ("স্বামী-স্ত্রী আর এক ছেলে", 2, 1), ("me and my wife and 2 kids", 2, 2), ("a couple with a baby", 2, 1),
    ("2 ta chele meye", 0, 2), ("2 adults (husband wife) 1 child", 2, 1), ("2 couples 3 kids", 4, 3),
    # the count of no one named is of adults beside the children, as a form's two boxes: "3 persons 2 children"
    ("3 persons 2 children", 3, 2), ("2 persons + 1 kid", 2, 1),
    # unless the children are said to be among them
    ("5 people including 2 children", 3, 2), ("amra 5 jon, tar moddhe 2 jon baccha", 3, 2),
    ("5 people, 2 of them children", 3, 2),
    # or the adults are counted after it: the count before them is the whole group
    ("amra 4 jon, 2 boro 2 baccha", 2, 2), ("we are 4: 2 adults 2 kids", 2, 2),
    ("আমরা ৪ জন, ২ জন বড় ২টি বাচ্চা", 2, 2),
    # a child's age is no count of the group
    ("2 adults, 1 kid (5 yrs)", 2, 1), ("2 adults 2 kids (4, 7 yrs)", 2, 2), ("2 kids aged 4 and 7", 0, 2),
    ("2 jon boro, 1 baccha 5 bochor", 2, 1),
    # adults alone, in words a plain count does not read
    ("dui jon boro", 2, 0), ("ek jon boro", 1, 0), ("husband and wife", 2, 0), ("pach jon boro", 5, 0),
])
def test_the_ways_a_group_is_typed_are_read(typed, adults, children):
    assert parse_party(typed) == Party(adults, children)


@pytest.mark.parametrize("typed", [
    "3", "amra 3 jon", "2 jon", "a 5 year old", "3 adults 2 rooms", "kids 2 3",
    "2 people including 3 children", "amra 5 jon, 2 boro 2 baccha",
])
def test_a_count_alone_or_what_is_unclear_is_left_to_the_count(typed):
    assert parse_party(typed) is None


def test_a_long_text_is_read_in_one_pass():
    assert parse_party("2 adults " + "and " * 20000 + "1 child") == Party(2, 1)
    assert parse_party("1 " * 20000 + "child") == Party(19999, 1)


@pytest.mark.parametrize("lang, typed, said, quoted", [
    ("en", "2 jon boro 1 ta chele", "3 guests (2 adults, 1 child).", "Guests: 3 (2 adults, 1 child)"),
    ("en", "husband wife and one child", "3 guests (2 adults, 1 child).", "Guests: 3 (2 adults, 1 child)"),
    ("en", "5 people including 2 children", "5 guests (3 adults, 2 children).", "Guests: 5 (3 adults, 2 children)"),
    ("bn", "দুজন বড় আর একটা বাচ্চা", "৩ জন অতিথি (২ জন বড়, ১ জন ছোট)।", "অতিথি: ৩ জন (২ জন বড়, ১ জন ছোট)"),
    ("bn", "amra 4 jon, 2 boro 2 baccha", "৪ জন অতিথি (২ জন বড়, ২ জন ছোট)।", "অতিথি: ৪ জন (২ জন বড়, ২ জন ছোট)"),
])
async def test_the_group_typed_so_is_its_total_said_back(make_guest, lang, typed, said, quoted):
    guest = make_guest(lang)
    await at_guests(guest)
    rooms = await guest.say(typed)
    assert said in rooms.text, rooms.text
    await guest.tap(rooms.choice("tourism:rooms:"))
    quote = await guest.tap("tourism:name:profile")
    assert quoted in quote.text, quote.text


async def test_adults_in_words_are_the_count(guest):
    await at_guests(guest)
    rooms = await guest.say("husband and wife")
    assert "Please type a number" not in rooms.text and "How many rooms" in rooms.text, rooms.text
    await guest.tap(rooms.choice("tourism:rooms:"))
    quote = await guest.tap("tourism:name:profile")
    assert "Guests: 2\n" in quote.text and "adult" not in quote.text


async def test_children_alone_then_adults_in_words_are_counted_together(guest):
    await at_guests(guest)
    await guest.say("ekta baccha")
    rooms = await guest.say("dui jon boro")
    assert "3 guests (2 adults, 1 child)." in rooms.text, rooms.text


async def test_no_adults_is_refused_with_the_range(guest):
    await at_guests(guest)
    refused = await guest.say("0 adults")
    assert "The number of guests must be between 1 and" in refused.text and "How many adults" not in refused.text
