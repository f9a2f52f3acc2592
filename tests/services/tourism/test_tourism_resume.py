"""Back at tourism's row of the main menu in the middle of a booking: carry on with what was given, or start again."""
from __future__ import annotations


async def at_nights(guest):
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:jalpaiguri")
    await guest.tap("tourism:property:lataguri-eco")
    await guest.tap("tourism:room:lataguri-standard")
    return await guest.say("5 December")


async def test_a_booking_left_for_the_main_menu_is_offered_to_carry_on(guest):
    assert "How many nights" in (await at_nights(guest)).text
    back = await guest.tap("tourism:menu")  # "hi" at the gateway, then Tourism on its main menu
    assert "You left this part-way through" in back.text
    assert "Booking a room: Lataguri" in back.text and "from 5 December 2026" in back.text
    assert back.last.choices == {"tourism:resume": "Carry on", "tourism:restart": "Start again"}
    carried = await guest.tap("tourism:resume")
    assert "Check-in 5 December 2026. How many nights" in carried.text
    assert "How many guests" in (await guest.tap("tourism:nights:2")).text


async def test_starting_again_opens_tourism_as_before(guest):
    await at_nights(guest)
    await guest.tap("tourism:menu")
    again = await guest.tap("tourism:restart")
    assert "Panchayat Tourism" in again.text and "tourism:book" in again.choices
    assert "Panchayat Tourism" in (await guest.tap("tourism:menu")).text  # nothing is in progress now


async def test_in_bengali(make_guest):
    guest = make_guest("bn")
    await at_nights(guest)
    back = await guest.tap("tourism:menu")
    assert "আপনি এটি মাঝপথে রেখে গিয়েছিলেন" in back.text and "ঘর বুকিং: " in back.text
    assert "৫ ডিসেম্বর ২০২৬ থেকে" in back.text
    assert back.last.choices == {"tourism:resume": "চালিয়ে যান", "tourism:restart": "আবার শুরু করুন"}


async def test_after_the_conversation_ran_out_the_row_opens_tourism(guest, clock):
    await at_nights(guest)
    clock.advance(minutes=31)
    assert "Panchayat Tourism" in (await guest.tap("tourism:menu")).text


async def test_nothing_given_yet_is_nothing_to_carry_on(guest):
    await guest.tap("tourism:book")  # the districts' list, nothing chosen
    assert "Panchayat Tourism" in (await guest.tap("tourism:menu")).text


async def test_a_quote_left_is_shown_again(guest):
    quote = await guest.quote("lataguri-standard", "2026-06-10")
    back = await guest.tap("tourism:menu")
    assert "Booking a room: " in back.text and "from 10 June 2026" in back.text
    again = await guest.tap("tourism:resume")
    assert again.choice("tourism:confirm:") == quote.choice("tourism:confirm:")
