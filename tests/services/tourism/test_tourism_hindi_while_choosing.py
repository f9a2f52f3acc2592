"""While a stay is chosen, words a tourist from the rest of India types in Hindi, or anyone types as a cancel, were
"I could not match that name" where the guest houses are listed: food asked in Hindi ("kya khana milega", "nashta
milega?", "खाना मिलेगा?"), a complaint to be made in Hindi ("shikayat darj karni hai", "शिकायत करनी है"), and a booking
to be cancelled ("booking cancel karni hai", "বুকিং বাতিল করব"). Food is read as the Bengali and English words are
(what each guest house listed has, the list again); a complaint in Hindi names Complaints with a button to stay, as
"complaint" does; a cancel is answered as at the main menu: with none of one's bookings to cancel, whether to carry on
with the booking being made or drop it; with one, that one asked to be cancelled."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import booked_at_the_menu

from services.tourism.conversation.stay_asked import asks
from shared.elsewhere import named


@pytest.mark.parametrize("typed", ["kya khana milega", "nashta milega?", "खाना मिलेगा?", "bhojan milega kya"])
def test_food_asked_in_hindi_is_what_a_stay_includes(typed):
    assert asks(typed) == "included", typed


@pytest.mark.parametrize("typed", ["shikayat darj karni hai", "शिकायत करनी है", "mujhe shikayat karni hai"])
def test_a_complaint_in_hindi_names_complaints(typed):
    assert named(typed, "tourism") == ["grievance"], typed


async def _at_darjeelings_guest_houses(system, wa_id: str, lang: str = "en"):
    phone = await at_the_menu(system, wa_id, lang)
    await phone.tap("tourism:book", until=has("interactive"))
    listed = await phone.tap("tourism:district:darjeeling", until=has("interactive"))
    return phone, listed


async def test_food_in_hindi_at_the_guest_houses_is_what_each_has(system):
    phone, listed = await _at_darjeelings_guest_houses(system, "919800400001")
    reply = await phone.say("kya khana milega", until=has("interactive"))
    assert "Lamahatta Eco Homestay: Pine forest walk" in words(reply) and "could not match" not in words(reply)
    assert choices(reply) == choices(listed)


async def test_a_complaint_in_hindi_offers_complaints_and_staying(system):
    phone, _ = await _at_darjeelings_guest_houses(system, "919800400002")
    reply = await phone.say("shikayat darj karni hai", until=has("interactive"))
    assert "That sounds like *Complaints*" in words(reply), words(reply)
    assert choices(reply) == ["grievance:menu", "tourism:resume"], choices(reply)


@pytest.mark.parametrize(("wa_id", "lang", "typed"), [("919800400003", "en", "booking cancel karni hai"),
                                                       ("919800400004", "bn", "বুকিং বাতিল করব")])
async def test_a_cancel_with_no_booking_made_asks_to_carry_on_or_drop_the_one_being_made(system, wa_id, lang, typed):
    phone, _ = await _at_darjeelings_guest_houses(system, wa_id, lang)
    reply = await phone.say(typed, until=has("interactive"))
    assert "could not match" not in words(reply) and "নামটি মেলাতে পারিনি" not in words(reply), words(reply)
    assert choices(reply)[0] == "tourism:resume" and choices(reply)[1].startswith("tourism:leave:"), choices(reply)


async def test_a_cancel_with_a_booking_made_asks_to_cancel_that_one(system):
    http, base = system
    phone = await booked_at_the_menu(http, base, "919800400005", "en")
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:darjeeling", until=has("interactive"))
    reply = await phone.say("booking cancel karni hai", until=has("interactive"))
    assert any(c.startswith("tourism:cancelyes:") for c in choices(reply)), (words(reply), choices(reply))
