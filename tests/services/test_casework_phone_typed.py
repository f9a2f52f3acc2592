"""A phone number typed where the application or NOC number is asked ("9800012345", "+91 98000 12345", "৯৮০০০১২৩৪৫")
was told only "That does not look like an application number". It is now told that this looks like a phone number
and what the number it wants looks like; someone with cases on their WhatsApp number is offered "My applications"
("My NOCs") to tap. Nothing is ever looked up by the phone number typed: another's cases stay unseen."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import choices, has, words

SAID = {"en": "looks like a phone number", "bn": "ফোন নম্বর বলে মনে হচ্ছে"}
EXAMPLE = {"permit": "BP/PUR/2026/000123", "noc": "TNOC/2026/000045"}
STRANGER = "919800092001"


@pytest.fixture(name="system")
async def system_fixture(tmp_path):
    from phone_kit import running_system
    async with running_system(tmp_path) as (http, base, _, app):
        yield http, base, app


@pytest.mark.parametrize(("service", "lang", "typed"), [
    ("permit", "en", "9800012345"), ("permit", "en", "+91 98000 12345"), ("permit", "bn", "৯৮০০০১২৩৪৫"),
    ("noc", "en", "9800000001"), ("noc", "bn", "+৯১ ৯৮০০০ ০০০০১"), ("noc", "en", "amar number 98000-00001"),
])
async def test_a_phone_typed_is_told_what_number_is_wanted(system, service, lang, typed):
    phone = await in_the_chat(system, service, STRANGER, lang)
    await phone.tap(f"{service}:status", until=has("text"))
    got = await phone.say(typed, until=has("text"))
    said = words(got)
    assert SAID[lang] in said and said.count(EXAMPLE[service]) == 1, said  # the example once, not in both lines
    assert "does not look like" not in said and "বলে মনে হচ্ছে না" not in said, said
    # Rina's number typed by a stranger: nothing of Rina's cases, looked up by it, is shown
    assert not any(w in said for w in ("Rina", "রিনা", "000101", "000102", "Maa Tara")), said
    assert f"{service}:mine" not in choices(got), choices(got)  # none are theirs: no list of theirs offered


@pytest.mark.parametrize(("service", "lang"), [("permit", "en"), ("noc", "bn")])
async def test_one_with_cases_here_is_offered_their_own(system, service, lang):
    phone = await in_the_chat(system, service, RINA, lang)
    got = await phone.say("98000 00001", until=has("interactive"))
    assert SAID[lang] in words(got) and f"{service}:mine" in choices(got), (words(got), choices(got))
    assert words(got).count(EXAMPLE[service]) == 1, words(got)  # or the number typed, as it looks
