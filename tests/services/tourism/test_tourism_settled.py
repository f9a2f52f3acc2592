"""'menu' after only looking at something in tourism (the bookings list, a booking, the refund answer, the districts)
said something half done was kept there for 30 minutes: the gateway cannot tell. After a message that leaves
nothing in progress by tourism's own carry-on rule (``left.in_progress``) the service now says so
(``wa.session.settled``); while a booking, a cancellation or a complaint about a stay is half made, it does not. A
cancellation asked and not yet answered is offered to carry on from tourism's row, as a booking is."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

NUMBER = "PT-2026-000001"


@pytest.mark.parametrize("lang, refund", [("en", "when will I get my refund"), ("bn", "টাকা কবে ফেরত পাব?")])
async def test_looking_at_tourism_leaves_nothing_in_progress(make_guest, lang, refund):
    guest = make_guest(lang)
    assert (await guest.book(DOUBLE, "2026-06-10")).settled  # booked: nothing left half made
    assert (await guest.tap("tourism:menu")).settled
    assert (await guest.tap("tourism:mine")).settled
    assert (await guest.tap(f"tourism:view:{NUMBER}")).settled
    assert (await guest.tap("tourism:book")).settled  # the districts' list, nothing chosen yet
    assert (await guest.tap(f"tourism:cancel:{NUMBER}")).settled is False
    cancelled = await guest.tap(f"tourism:cancelyes:{NUMBER}:90")
    assert NUMBER in cancelled.text and cancelled.settled
    assert (await guest.say(refund)).settled


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_booking_half_made_is_in_progress(make_guest, lang):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    assert not (await guest.tap("tourism:district:jalpaiguri")).settled
    assert not (await guest.tap("tourism:property:lataguri-eco")).settled
    assert not (await guest.tap("tourism:room:lataguri-standard")).settled
    assert not (await guest.say("5 December")).settled
    assert not (await guest.say("মেনু" if lang == "bn" else "menu")).settled  # typed here, not at the main menu
    offer = await guest.tap("tourism:menu")  # back from the main menu: the carry-on offer
    assert "tourism:resume" in offer.choices and not offer.settled
    assert not (await guest.tap("tourism:resume")).settled
    assert (await guest.tap("tourism:restart")).settled  # started again: tourism's start, nothing given


async def test_a_quote_waiting_for_its_yes_is_in_progress(make_guest):
    guest = make_guest()
    quoted = await guest.quote(DOUBLE, "2026-06-10")
    assert "tourism:confirm:" in str(quoted.choices) and not quoted.settled


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_complaint_about_a_stay_being_written_is_in_progress(make_guest, lang):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    assert not (await guest.tap(f"tourism:complain:{NUMBER}")).settled


@pytest.mark.parametrize("lang, said", [("en", f"Cancelling booking {NUMBER}"),
                                        ("bn", f"বুকিং {NUMBER} বাতিল করা")])
async def test_a_cancellation_asked_is_kept_and_offered_to_carry_on(make_guest, lang, said):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    asked = await guest.tap(f"tourism:cancel:{NUMBER}")
    assert not asked.settled
    offer = await guest.tap("tourism:menu")  # "menu" at the gateway, then tourism's row
    assert said in offer.text and "tourism:resume" in offer.choices and not offer.settled, offer.text
    again = await guest.tap("tourism:resume")
    assert again.choice(f"tourism:cancelyes:{NUMBER}:") and not again.settled
    assert asked.last.text == again.last.text  # the same question, the same refund


async def test_it_is_said_only_when_it_changes(make_guest):
    """One event on the bus, and one write of the person's profile at the gateway, per change, not per message."""
    guest = make_guest()
    assert (await guest.tap("tourism:menu")).told == [True]  # the first word: the menu knew nothing yet
    assert (await guest.tap("tourism:mine")).told == []
    await guest.tap("tourism:book")
    assert (await guest.tap("tourism:district:jalpaiguri")).told == [False]
    assert (await guest.tap("tourism:property:lataguri-eco")).told == []
    assert (await guest.tap("tourism:restart")).told == [True]
