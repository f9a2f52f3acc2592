"""In the building-permission and trade NOC chats, "ha", "হ্যাঁ" or "haan" typed after a status answer got "Sorry, I did
not understand", though "ok" and "accha" got a warm word; and "accha", "ok" or "হ্যাঁ" typed at the number's question
("Type your NOC certificate number, for example ...") went back to the service's menu, the question dropped. Such
words now get the same warm word in both chats, and at the number's question the question again."""
from __future__ import annotations

import pytest
from casework_kit import in_the_chat
from phone_kit import has, words

ASKED = {("permit", "en"): "Type your application number", ("permit", "bn"): "আপনার আবেদন নম্বর লিখুন",
         ("noc", "en"): "Type your NOC certificate number", ("noc", "bn"): "আপনার NOC শংসাপত্র নম্বর লিখুন"}
WARM = {"en": "All right 👍", "bn": "ঠিক আছে 👍"}
NUMBER = {"permit": "BP/PUR/2026/000103", "noc": "TNOC/2026/000045"}


@pytest.fixture(name="system")
async def system_fixture(tmp_path):
    from phone_kit import running_system
    async with running_system(tmp_path) as (http, base, _, app):
        yield http, base, app


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("permit", "en", "ha"), ("permit", "bn", "হ্যাঁ"), ("permit", "en", "haan"), ("permit", "en", "yes"),
    ("noc", "en", "ha"), ("noc", "bn", "হ্যাঁ"), ("noc", "bn", "হ্যা"), ("noc", "en", "accha"),
])
async def test_after_a_status_a_yes_gets_a_warm_word(system, service, lang, typed):
    phone = await in_the_chat(system, service, "919800091001", lang)
    await phone.say(NUMBER[service], until=has("interactive"))
    said = words(await phone.say(typed, until=has("interactive")))
    assert WARM[lang] in said and "understand" not in said and "বুঝতে" not in said, said


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("noc", "en", "accha"), ("noc", "en", "ok"), ("noc", "bn", "ঠিক আছে"), ("noc", "bn", "হ্যাঁ"),
    ("permit", "en", "accha"), ("permit", "en", "okay"), ("permit", "bn", "আচ্ছা"), ("permit", "en", "ha"),
])
async def test_at_the_number_question_it_is_asked_again(system, service, lang, typed):
    phone = await in_the_chat(system, service, "919800091002", lang)
    await phone.tap(f"{service}:status", until=has("text"))
    got = await phone.say(typed, until=has("text"))
    said = words(got)
    assert WARM[lang] in said and ASKED[service, lang] in said, said
    assert all(m["type"] == "text" for m in got), said  # the question alone, not the menu's buttons
    again = words(await phone.say("okay", until=has("text")))  # asked again, it is still the question
    assert ASKED[service, lang] in again, again
    shown = words(await phone.say(NUMBER[service], until=has("interactive")))  # the number: its status, as before
    assert NUMBER[service] in shown, shown
    after = words(await phone.say("ok", until=has("interactive")))  # the question answered: the menu after a word
    assert ASKED[service, lang] not in after and WARM[lang] in after, after
