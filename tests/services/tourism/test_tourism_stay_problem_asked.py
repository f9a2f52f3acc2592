"""A stay's problem told at the main menu, the guest house named ("the guest house was dirty", "caretaker was rude",
"হোমস্টে নোংরা ছিল"), opened tourism's menu with the words unread, or reached no service ("caretaker was rude"). It
is a complaint about a stay: one's bookings are listed to choose the one it is about, and with no booking on the
number it is said that a stay's complaint is made from its booking, any other at Complaints. Not a school's, a drain's
or a house's room ("the room in the school is dirty": Complaints')."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, words
from test_tourism_menu_phrases import asked_for


@pytest.mark.parametrize("typed", ["the guest house was dirty", "caretaker was rude", "হোমস্টে নোংরা ছিল",
                                   "homestay er room nongra", "the hotel was dirty", "অতিথি নিবাসের ঘর অপরিষ্কার"])
def test_a_stays_problem_at_the_main_menu_is_a_complaint_about_it(typed):
    assert asked_for(typed) == "complain"


@pytest.mark.parametrize("typed", ["the room in the school is dirty", "my room is dirty in awas house",
                                   "drain near guest house is dirty"])
def test_a_problem_elsewhere_is_not(typed):
    assert asked_for(typed) != "complain"


async def test_with_bookings_the_one_it_is_about_is_chosen(guest):
    await guest.book("lataguri-standard", "2026-04-10")
    asked = await guest.tap("tourism:complain")  # as the main menu's phrase taps it, no booking named
    assert "Which booking is the complaint about?" in asked.text
    assert "tourism:view:PT-2026-000001" in asked.last.choices


@pytest.mark.parametrize("lang, said", [
    ("en", "A complaint about a stay is made from its booking here, and there is no booking on this number."),
    ("bn", "থাকা নিয়ে অভিযোগ তার বুকিং থেকেই জানানো যায়, আর এই নম্বরে আপনার কোনো বুকিং নেই।"),
])
async def test_with_no_booking_it_is_said_where_a_complaint_is_made(system, lang, said):
    http, base = system
    phone = Phone(http, base, "919811200501" if lang == "en" else "919811200502")
    await phone.start(lang)
    got = await phone.say("the guest house was dirty" if lang == "en" else "হোমস্টে নোংরা ছিল",
                          until=has("interactive"))
    assert said in words(got), words(got)
