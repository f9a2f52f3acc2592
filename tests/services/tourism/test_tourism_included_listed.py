"""What a stay includes asked where the guest houses are listed ("is food included", "breakfast included?", "khabar
included?", "খাবার আছে?" at the districts' or a district's guest houses) was told what the list shows (where each is,
its lowest price): it is answered as what they have is asked there (``test_tourism_facilities_in_chat``), what each
guest house listed has (the district's alone once it is chosen), then the list again. With a guest house in sight it
is answered as before, its details and its caretaker's phone."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

AYODHYA = "Ayodhya Hills Panchayat Guest House: Upper Dam view, Chhau mask village nearby, Dining hall"
AYODHYA_PHONE = "+91 94340 51401"
LIST_TOLD = "The list shows where each guest house is"


@pytest.mark.parametrize(("wa_id", "typed"), [("919800360001", "is food included"),
                                               ("919800360002", "breakfast included?"),
                                               ("919800360003", "khabar included?")])
async def test_at_a_districts_guest_houses_what_each_has_then_the_list(system, wa_id, typed):
    phone = await at_the_menu(system, wa_id)
    await phone.tap("tourism:book", until=has("interactive"))
    listed = await phone.tap("tourism:district:purulia", until=has("interactive"))
    reply = await phone.say(typed, until=has("interactive"))
    text = words(reply)
    assert AYODHYA in text and "Garh Panchakot Eco Resort: Panchet lake" in text and "Bishnupur" not in text, text
    assert LIST_TOLD not in text, text
    assert choices(reply) == choices(listed)


async def test_at_the_districts_every_guest_house_then_the_districts(system):
    phone = await at_the_menu(system, "919800360004", "bn")
    asked = await phone.tap("tourism:book", until=has("interactive"))
    reply = await phone.say("খাবার আছে?", until=has("interactive"))
    text = words(reply)
    assert "কোন অতিথিনিবাসে কী আছে" in text and "বিষ্ণুপুর" in text, text
    assert choices(reply) == choices(asked)


async def test_with_a_guest_house_in_sight_its_details_and_caretaker_as_before(system):
    phone = await at_the_menu(system, "919800360005")
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    rooms = await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))
    reply = await phone.say("is food included", until=has("interactive"))
    assert AYODHYA_PHONE in words(reply) and choices(reply) == choices(rooms), words(reply)
