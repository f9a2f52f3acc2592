"""Just after the permission letter came, "abar pathan", "আবার পাঠান", "send again", "aro ekbar din" (send it again)
or "pai ni", "file khulche na", "খুলছে না" (it did not come, it does not open) got "Sorry, I did not understand"
and the permit menu: the letter asked for again was lost. The same letter is now sent again, saying it is a PDF to
open with a PDF reader; "abar pathan" at one's own approved application's View sends its letter. Another's
letter is never sent, and "koto din lagbe abar" (a question of days) is no letter asked for."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN

LETTER = "BP-PUR-2026-000101.pdf"
AGAIN = {"en": "Here it is again", "bn": "আবার পাঠালাম"}


def letters(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize(("lang", "typed"), [
    ("bn", "abar pathan"), ("bn", "আবার পাঠান"), ("en", "send again"), ("bn", "aro ekbar din"), ("bn", "pai ni"),
    ("bn", "file khulche na"), ("bn", "খুলছে না"), ("en", "not received"), ("en", "it won't open"), ("bn", "আবার"),
    ("bn", "arekbar pathiye din"), ("en", "again"),
])
async def test_after_the_letter_it_comes_again(citizen, lang, typed):
    rina = citizen(RINA, lang=lang)
    assert letters(await rina.tap("permit:download:BP/PUR/2026/000101")) == [LETTER]
    answer = await rina.say(typed)
    assert letters(answer) == [LETTER], answer.text
    assert AGAIN[lang] in answer.text and "PDF" in answer.text, answer.text


@pytest.mark.parametrize("typed", ["abar pathan", "আবার পাঠান", "send it again"])
async def test_at_ones_approved_application_its_letter_is_sent(citizen, typed):
    rina = citizen(RINA, lang="bn")
    await rina.say("BP/PUR/2026/000101")
    answer = await rina.say(typed)
    assert letters(answer) == [LETTER], answer.text


async def test_after_anothers_status_no_letter_of_theirs(citizen):
    tapan = citizen(TAPAN, lang="bn")
    await tapan.say("BP/PUR/2026/000101")  # Rina's: its status only
    answer = await tapan.say("abar pathan")
    assert letters(answer) == [] and "রিনা" not in answer.text and "Rina" not in answer.text, answer.text


async def test_a_question_of_days_is_no_letter_asked(citizen):
    rina = citizen(RINA, lang="bn")
    await rina.tap("permit:download:BP/PUR/2026/000101")
    answer = await rina.say("koto din lagbe abar")
    assert letters(answer) == [], answer.text


async def test_not_received_long_after_is_not_read_as_the_letter(citizen, clock):
    rina = citizen(RINA, lang="bn")
    await rina.tap("permit:download:BP/PUR/2026/000101")
    clock.advance(hours=2)  # the letter long gone: "pai ni" tells of something else
    answer = await rina.say("pai ni")
    assert letters(answer) == [], answer.text
