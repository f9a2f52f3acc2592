""""obhijog korbo" typed inside Complaints, through the real webhook and the fake Cloud API: a new complaint
begins (its subject asked), where it was answered "দুঃখিত, বুঝতে পারিনি"; "obhiyog korbo" at the main menu opens
one too."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import answer, in_complaints

SENDER = "919800000163"


async def test_obhijog_korbo_in_complaints_and_obhiyog_korbo_at_the_menu_begin_a_complaint(system: System):
    sent = await in_complaints(system, SENDER)
    reply, sent = await answer(system, SENDER, "obhijog korbo", sent)
    assert reply.startswith("অভিযোগটি কী বিষয়ে?"), reply
    _, sent = await answer(system, SENDER, "মেনু", sent)
    reply, sent = await answer(system, SENDER, "obhiyog korbo", sent)
    assert "অভিযোগটি কী বিষয়ে?" in reply, reply
