"""A stay's problem told at the main menu, the guest house named ("the guest house was dirty", "caretaker was rude",
"হোমস্টে নোংরা ছিল", "caretaker phone dhorche na"), opened tourism's menu with the words unread, or reached no
service ("caretaker was rude"). It is a complaint about a stay: one's bookings are listed to choose the one it is
about, and with no booking on the number it is said that a stay's complaint is made from its booking, any other at
Complaints. Not a school's, a drain's or a house's room ("the room in the school is dirty": Complaints')."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from phone_kit import Phone, has, words
from test_tourism_menu_phrases import asked_for

from shared.envelope import Envelope


@pytest.mark.parametrize("typed", ["the guest house was dirty", "caretaker was rude", "হোমস্টে নোংরা ছিল",
                                   "homestay er room nongra", "the hotel was dirty", "অতিথি নিবাসের ঘর অপরিষ্কার",
                                   # said bad (no service's, or tourism's menu, before)
                                   "caretaker kharap byabohar korlo", "guest house e khabar kharap chilo",
                                   "the food at the homestay was bad", "হোমস্টের খাবার খারাপ ছিল",
                                   # its phone not answered (no service's, or tourism's menu, before)
                                   "caretaker phone dhorche na", "the caretaker did not pick up the phone",
                                   "guest house e phone korle keu dhore na", "কেয়ারটেকার ফোন ধরছে না",
                                   "হোমস্টেতে ফোন করলে কেউ ধরে না"])
def test_a_stays_problem_at_the_main_menu_is_a_complaint_about_it(typed):
    assert asked_for(typed) == "complain"


@pytest.mark.parametrize("typed", ["the room in the school is dirty", "my room is dirty in awas house",
                                   "drain near guest house is dirty", "hotel er samner rasta kharap",
                                   "is the guest house bad?", "pradhan phone dhorche na"])
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


# What follows: the words of the problem were dropped once a booking was chosen ("Which booking is the complaint
# about?", then Complain asked for them again), and typed in the tourism chat they were not understood at all. They are
# the complaint's text, shown to send, change or drop before anything leaves the chat.

STAYED = datetime(2026, 4, 11, 5, 0, tzinfo=UTC)  # the second day of a stay from 10 April


def told(guest, words: str) -> Envelope:
    """``words`` as the main menu's phrase hands them on: the tap of a complaint, no booking named, with the words."""
    return guest.envelope(text=words, reply_id="tourism:complain")


@pytest.mark.parametrize("lang, words, check", [
    ("en", "the guest house was dirty", "Your complaint about booking PT-2026-000001:\n\nthe guest house was dirty"),
    ("bn", "হোমস্টে নোংরা ছিল", "হোমস্টে নোংরা ছিল"),
])
async def test_with_one_stay_the_words_are_its_complaint_to_send(make_guest, clock, lang, words, check):
    guest = make_guest(lang)
    await guest.book("lataguri-standard", "2026-04-10")
    clock.now = STAYED
    shown = await guest.send(told(guest, words))
    assert check in shown.text and not shown.events  # nothing leaves the chat before Send
    sent = await guest.tap(shown.choice("tourism:complaintsend:"))
    raised = sent.event("tourism.complaint.raised")
    assert raised["booking_number"] == "PT-2026-000001" and raised["text"] == words


async def test_of_several_bookings_the_words_wait_for_the_one_chosen(guest, clock):
    await guest.book("lataguri-standard", "2026-04-10")
    await guest.book("pakhiralaya-mud", "2026-04-05")
    clock.now = STAYED
    asked = await guest.send(told(guest, "the caretaker was rude to us"))
    assert "what you wrote is kept as the complaint" in asked.text
    await guest.tap("tourism:view:PT-2026-000002")
    shown = await guest.tap("tourism:complain:PT-2026-000002")
    assert "Your complaint about booking PT-2026-000002:\n\nthe caretaker was rude to us" in shown.text
    assert not shown.events


async def test_words_kept_too_long_are_asked_again(guest, clock):
    await guest.book("lataguri-standard", "2026-04-10")
    await guest.book("pakhiralaya-mud", "2026-04-05")
    clock.now = STAYED
    await guest.send(told(guest, "the caretaker was rude to us"))
    clock.now = STAYED + timedelta(minutes=31)
    asked = await guest.tap("tourism:complain:PT-2026-000001")
    assert "what went wrong with your stay (PT-2026-000001)" in asked.text and "rude" not in asked.text


async def test_a_buttons_title_is_no_complaint(guest, clock):
    await guest.book("lataguri-standard", "2026-04-10")
    clock.now = STAYED
    asked = await guest.send(told(guest, "Complain"))  # the title a tap carries
    assert "Which booking is the complaint about? Choose it, then tap *Complain*." in asked.text


async def test_typed_in_the_tourism_chat_too(guest, clock):
    await guest.book("lataguri-standard", "2026-04-10")
    clock.now = STAYED
    await guest.tap("tourism:home")
    shown = await guest.say("The guest house was dirty and smelled bad")
    assert "Your complaint about booking PT-2026-000001:\n\nThe guest house was dirty" in shown.text


@pytest.mark.parametrize("words", ["the AC was not working", "the room was dirty", "২ দিন জল ছিল না"])
async def test_at_a_booking_on_screen_what_went_wrong_is_enough(guest, clock, words):
    await guest.book("lataguri-standard", "2026-04-10")
    clock.now = STAYED
    await guest.tap("tourism:view:PT-2026-000001")
    shown = await guest.say(words)
    assert f"Your complaint about booking PT-2026-000001:\n\n{words}" in shown.text
