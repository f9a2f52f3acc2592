"""A NOC number typed as its year and serial joined by a word, "2026 er 46" or "২০২৬ এর ৪৬", was answered 'That does
not look like a NOC number'. It is now read at once as TNOC/2026/000046: its holder sees it, anyone else its status
only, as when the number is typed whole."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("lang", "typed"), [("en", "2026 er 46"), ("bn", "২০২৬ এর ৪৬"), ("en", "2026 r 46")])
async def test_read_at_once_as_its_number(system, lang, typed):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert "TNOC/2026/000046" in answer and "Mondal Hardware" in answer, answer


async def test_another_sees_its_status_only(system):
    phone = await in_the_chat(system, "noc", "919800029902", "en")
    answer = words(await phone.say("2026 er 46", until=has("interactive")))
    assert "TNOC/2026/000046" in answer and "Mondal" not in answer and "Arjun" not in answer, answer
