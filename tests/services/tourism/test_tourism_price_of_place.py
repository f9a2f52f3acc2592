"""What a room costs, asked with a place ("how much is a room in Lataguri", "Digha te room er dam koto", "দার্জিলিঙে
ঘরের ভাড়া কত"), was answered with every guest house's price range and the districts, the place named left unread.
Now a guest house or district named gets its rooms' prices, and the booking starts there as a request typed whole
starts it (the guest house's rooms, or the district's guest houses, asked next); a place with no guest house of ours
is said so, then every guest house's prices and the districts."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, words
from test_tourism_price_asked import DEMO, price_range
from tourism_kit import walk

from shared.india import rupees


def room_lines(house_id: str, lang: str) -> list[str]:
    """Each room of a guest house with its price a night, as the demo catalog gives them: ``AC room: ₹2,500``."""
    house = next(h for h in DEMO["properties"] if h["id"] == house_id)
    return [f"{room['name'][lang]}: {rupees(room['tariff'] * 100, lang)}" for room in house["rooms"]]


def house_names(district: str | None, lang: str) -> tuple[list[str], list[str]]:
    """The guest houses of ``district``, and of the others."""
    houses = DEMO["properties"]
    return ([h["name"][lang] for h in houses if h["district"] == district],
            [h["name"][lang] for h in houses if h["district"] != district])


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "how much is a room in Lataguri"), (2, "bn", "lataguri te room er dam koto"),
    (3, "bn", "লাটাগুড়িতে ঘরের ভাড়া কত")])
async def test_a_guest_house_named_its_rooms_prices_and_its_rooms_asked_through_the_webhook(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980041{n:04d}")
    await phone.start(lang)

    reply = await phone.say(typed, until=lambda m: "tourism:room:lataguri-ac" in choices(m))

    said = words(reply)
    assert all(line in said for line in room_lines("lataguri", lang)), said
    _, others = house_names("jalpaiguri", lang)
    assert not any(name in said for name in others), said  # no other guest house's prices
    assert "could not tell" not in said and "বুঝতে পারিনি" not in said, said


@pytest.mark.parametrize("n, lang, typed", [
    (1, "bn", "দার্জিলিঙে ঘরের ভাড়া কত"), (2, "en", "room rent in darjeeling?"), (3, "bn", "darjeeling e ghor bhara koto")])
async def test_a_district_named_its_guest_houses_rooms_and_the_guest_houses_asked_through_the_webhook(
        system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980042{n:04d}")
    await phone.start(lang)

    reply = await phone.say(typed, until=lambda m: "tourism:property:lamahatta" in choices(m))

    said = words(reply)
    assert all(line in said for line in room_lines("lamahatta", lang) + room_lines("tinchuley", lang)), said
    _, others = house_names("darjeeling", lang)
    assert not any(name in said for name in others), said


@pytest.mark.parametrize("n, lang, typed, absent", [
    (1, "bn", "Digha te room er dam koto", "Digha নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই"),
    (2, "en", "how much is a room at Digha", "We have no guest house at Digha"),
    (3, "bn", "দিঘায় ঘরের ভাড়া কত", "দিঘা নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই")])
async def test_a_place_with_no_guest_house_said_so_then_every_price_through_the_webhook(system, n, lang, typed, absent):
    http, base = system
    phone = Phone(http, base, f"91980043{n:04d}")
    await phone.start(lang)

    reply = await phone.say(typed, until=lambda m: "tourism:district:purulia" in choices(m))

    said = words(reply)
    assert absent in said, said
    for house in DEMO["properties"]:
        assert f"{house['name'][lang]}: {price_range(house, lang)}" in said, (house["id"], said)


async def test_a_district_named_at_the_districts_question_starts_there_through_the_webhook(system):
    http, base = system
    phone = Phone(http, base, "919800440001")
    await walk(phone, "en")

    reply = await phone.say("how much is a room in Purulia?", until=lambda m: "tourism:property:ayodhya-hills" in
                            choices(m))

    said = words(reply)
    assert all(line in said for line in room_lines("ayodhya-hills", "en") + room_lines("garh-panchakot", "en")), said
    assert "Lamahatta" not in said, said
