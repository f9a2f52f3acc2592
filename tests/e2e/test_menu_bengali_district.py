"""An application number with its district code in Bengali letters (বিপি/পুর/২০২৬/১০১) typed at the main menu was
not seen as a number at all: the menu came back, unasked. It now reaches the permit service, which reads the code
as the one of its spellings the records hold."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import RINA, at_the_menu, said


async def test_a_bengali_district_code_typed_at_the_menu_finds_the_application(system: System):
    sent = await at_the_menu(system, RINA, "bn")
    await system.say(RINA, "বিপি/পুর/২০২৬/১০১")
    answer = (await system.replies(RINA, sent + 1))[-1]
    assert "BP/PUR/2026/000101" in said(answer) and "রিনা দাস" in said(answer), said(answer)
