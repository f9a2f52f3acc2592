"""Words and keys typed before the quote, read as the buttons and menus they stand for. Before: 'drop it', 'bad din',
'বাদ দিন' (the "Drop it" button's title) got 'I could not read that date'; 'ha', 'yes', 'হ্যাঁ' at the districts got
'We have nowhere to stay in a district by that name'; a shared location got 'Please answer here with text or the
buttons'; '0' at the check-in or the guests got 'could not read that date' / 'must be between 1 and 60'; a booking
number in Bengali letters ('পিটি-২০২৬-০০০০০১') at the room type got 'I could not match that name'."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phone_kit import Phone, choices, has, words

from shared.india import local_digits, today_in_india

DROPPED = {"en": "the booking was left", "bn": "বুকিংটি বাদ দেওয়া হল"}
NOT_FOUND = {"en": "There is no booking PT-2026-000001 among your bookings.",
             "bn": "PT-2026-000001 নম্বরের কোনো বুকিং আপনার বুকিংয়ের মধ্যে নেই।"}
NO_PLACE = {"en": "A shared location cannot be used here to find a guest house",
            "bn": "পাঠানো লোকেশন দিয়ে এখানে অতিথিনিবাস খোঁজা যায় না"}
NEAR_PURULIA = {"location": {"latitude": 23.33, "longitude": 86.36}}  # near Purulia


async def at_the_menu(http, base: str, n: int, lang: str) -> Phone:
    phone = Phone(http, base, f"91980012{n:04d}")
    await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    return phone


async def at_the_room(http, base: str, n: int, lang: str) -> Phone:
    phone = await at_the_menu(http, base, n, lang)
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))
    return phone


async def at_the_date(http, base: str, n: int, lang: str) -> tuple[Phone, list]:
    phone = await at_the_room(http, base, n, lang)
    return phone, await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))


def first(messages, prefix: str) -> str:
    return next(c for c in choices(messages) if c.startswith(prefix))


@pytest.mark.parametrize("n, lang, typed", [(1, "en", "drop it"), (2, "en", "bad din"), (3, "bn", "বাদ দিন"),
                                            (4, "bn", "baad din")])
async def test_drop_it_typed_before_the_quote_leaves_the_booking(system, n, lang, typed):
    phone, _ = await at_the_date(*system, n, lang)

    home = await phone.say(typed, until=has("interactive"))

    assert "tourism:book" in choices(home) and DROPPED[lang] in words(home), words(home)


@pytest.mark.parametrize("n, lang, typed", [(5, "en", "Drop it"), (6, "bn", "বাদ দিন")])
async def test_drop_it_typed_at_the_changed_mind_question_is_its_button(system, n, lang, typed):
    phone, _ = await at_the_date(*system, n, lang)
    asked = await phone.say("never mind" if lang == "en" else "থাক", until=has("interactive"))
    assert any(c.startswith("tourism:leave:") for c in choices(asked))

    home = await phone.say(typed, until=has("interactive"))

    assert "tourism:book" in choices(home) and DROPPED[lang] in words(home), words(home)


@pytest.mark.parametrize("n, lang, typed, warm", [(11, "en", "yes", "All right 👍"), (12, "en", "ha", "All right 👍"),
                                                  (13, "bn", "হ্যাঁ", "ঠিক আছে 👍"), (14, "bn", "haan", "ঠিক আছে 👍")])
async def test_yes_at_the_districts_gets_a_warm_word_and_the_districts(system, n, lang, typed, warm):
    phone = await at_the_menu(*system, n, lang)
    await phone.tap("tourism:book", until=has("interactive"))

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert warm in said and "nowhere to stay" not in said and "জেলায় আমাদের থাকার জায়গা নেই" not in said, said
    assert "tourism:district:purulia" in choices(reply)


@pytest.mark.parametrize("n, lang, booking", [(21, "en", False), (22, "bn", False), (23, "en", True),
                                              (24, "bn", True)])
async def test_a_location_says_it_cannot_be_used_and_lists_the_districts(system, n, lang, booking):
    phone = await at_the_menu(*system, n, lang)
    if booking:
        await phone.tap("tourism:book", until=has("interactive"))

    reply = await phone.send(NEAR_PURULIA, until=has("interactive"))

    said = words(reply)
    assert NO_PLACE[lang] in said and "text or the buttons" not in said, said
    assert "tourism:district:purulia" in choices(reply)
    picked = await phone.tap("tourism:district:purulia", until=has("interactive"))
    assert "tourism:property:ayodhya-hills" in choices(picked)


@pytest.mark.parametrize("n, lang, key", [(31, "en", "0"), (32, "bn", "০"), (33, "bn", "0")])
async def test_zero_at_the_check_in_goes_back_to_the_room_type(system, n, lang, key):
    phone, dates = await at_the_date(*system, n, lang)
    assert {"en": "Type *back* or 0 to go back", "bn": "*ফিরে* বা ০ লিখুন"}[lang] in words(dates), words(dates)

    back = await phone.say(key, until=has("interactive"))

    assert "tourism:room:ayodhya-double" in choices(back), words(back)


@pytest.mark.parametrize("n, lang, key", [(34, "en", "0"), (35, "bn", "০")])
async def test_zero_at_the_guests_and_the_nights_goes_back_a_step(system, n, lang, key):
    phone, dates = await at_the_date(*system, n, lang)
    nights = await phone.tap(first(dates, "tourism:date:"), until=has("interactive"))
    guests = await phone.tap(first(nights, "tourism:nights:"), until=has("interactive"))
    assert any(c.startswith("tourism:guests:") for c in choices(guests))

    back = await phone.say(key, until=has("interactive"))
    assert any(c.startswith("tourism:nights:") for c in choices(back)), words(back)
    again = await phone.say(key, until=has("interactive"))
    assert any(c.startswith("tourism:date:") for c in choices(again)), words(again)


@pytest.mark.parametrize("n, lang, typed", [(41, "bn", "আমার বুকিং পিটি-২০২৬-০০০০০১"), (44, "bn", "পি.টি. ২০২৬ ১"),
                                            (42, "en", "amar booking pt-2026-1"),
                                            (43, "en", "my booking PT 2026 000001")])
async def test_a_booking_number_in_bengali_letters_is_read_not_a_name(system, n, lang, typed):
    phone = await at_the_room(*system, n, lang)

    reply = await phone.say(typed, until=has("interactive"))

    assert NOT_FOUND[lang] in words(reply) and "match" not in words(reply), words(reply)


async def test_ones_own_booking_typed_in_bengali_is_shown(system):
    phone, dates = await at_the_date(*system, 51, "bn")
    nights = await phone.tap(first(dates, "tourism:date:"), until=has("interactive"))
    await phone.tap(first(nights, "tourism:nights:"), until=has("interactive"))
    rooms = await phone.tap("tourism:guests:2", until=has("interactive"))
    await phone.tap(first(rooms, "tourism:rooms:"), until=has("interactive"))
    quote = await phone.say("Rina Das", until=has("interactive"))
    await phone.tap(first(quote, "tourism:confirm:"), until=has("document"))
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))

    year = today_in_india(datetime.now(UTC)).year  # the booking's number is of the year it is made in
    shown = await phone.say(f"আমার বুকিং পিটি-{local_digits(str(year), 'bn')}-০০০০০১", until=has("interactive"))

    number = f"PT-{year}-000001"
    assert number in words(shown) and f"tourism:voucher:{number}" in choices(shown), words(shown)
