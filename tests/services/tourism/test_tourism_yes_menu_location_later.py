"""Through the webhook: 'ha', 'yes', 'হ্যাঁ' typed at the tourism menu itself got 'Sorry, I did not follow that.';
it now gets a warm word and the menu's question again. A shared location sent at a later booking step (the guest
house, room type, check-in, nights, guests, rooms, name or the quote) got 'Please answer here with text or the
buttons.'; it now says a location is not used for this question, and asks the same question again."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words

NOT_USED = {"en": "A shared location is not used for this question", "bn": "এই প্রশ্নের উত্তরে পাঠানো লোকেশন কাজে লাগে না"}
TEXT_ONLY = ("text or the buttons", "লেখা বা বোতামেই উত্তর দিন")
PIN = {"location": {"latitude": 23.33, "longitude": 86.36}}


async def at_the_menu(http, base: str, n: int, lang: str) -> Phone:
    phone = Phone(http, base, f"91980014{n:04d}")
    await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    return phone


@pytest.mark.parametrize("n, lang, typed, warm", [(1, "en", "yes", "All right 👍"), (2, "en", "ha", "All right 👍"),
                                                  (3, "bn", "হ্যাঁ", "ঠিক আছে 👍"), (4, "bn", "haan", "ঠিক আছে 👍")])
async def test_yes_at_the_tourism_menu_gets_a_warm_word_and_the_menu(system, n, lang, typed, warm):
    phone = await at_the_menu(*system, n, lang)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert warm in said and "did not follow" not in said and "বুঝতে পারিনি" not in said, said
    assert {"tourism:book", "tourism:mine"} <= set(choices(reply)), choices(reply)


def _step_choice(reply, prefix: str) -> bool:
    return any(c.startswith(prefix) for c in choices(reply))


@pytest.mark.parametrize("n, lang, guests", [(11, "en", "2"), (12, "bn", "২"), (13, "en", "dujon")])
async def test_a_location_at_later_steps_says_it_is_not_used_and_asks_again(system, n, lang, guests):
    phone = await at_the_menu(*system, n, lang)
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    steps = [("tourism:property:ayodhya-hills", "tourism:room:"), ("tourism:room:ayodhya-double", "tourism:date:"),
             ("tourism:date:", "tourism:nights:"), ("tourism:nights:2", "tourism:guests:")]
    asked = "tourism:property:"
    for tap, nxt in steps:
        reply = await phone.send(PIN, until=has("interactive"))
        said = words(reply)
        assert NOT_USED[lang] in said and not any(t in said for t in TEXT_ONLY), said
        assert _step_choice(reply, asked), choices(reply)
        if tap == "tourism:date:":
            tap = next(c for c in choices(reply) if c.startswith("tourism:date:"))
        await phone.tap(tap, until=lambda m, nxt=nxt: _step_choice(m, nxt))
        asked = nxt
    reply = await phone.send(PIN, until=has("interactive"))
    assert NOT_USED[lang] in words(reply) and _step_choice(reply, "tourism:guests:"), words(reply)
    rooms = await phone.say(guests, until=has("interactive"))
    assert _step_choice(rooms, "tourism:rooms:"), words(rooms)
    reply = await phone.send(PIN, until=has("interactive"))
    assert NOT_USED[lang] in words(reply) and _step_choice(reply, "tourism:rooms:"), words(reply)
    named = await phone.tap("tourism:rooms:1", until=bool)
    reply = await phone.send(PIN, until=bool)
    assert NOT_USED[lang] in words(reply) and not any(t in words(reply) for t in TEXT_ONLY), words(reply)
    assert words(named).split("\n")[-1][:30] in words(reply), (words(named), words(reply))
