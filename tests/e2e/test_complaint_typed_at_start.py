""""রাস্তায় বড় গর্ত" typed at the complaints' start, through the real webhook and the fake Cloud API: a complaint
begins with the words as its description and its subject taken from them, where "দুঃখিত, বুঝতে পারিনি" answered; and
so do fewer words telling a problem as the main menu reads one ("জল নেই"), which were answered so too."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import answer, in_complaints

SENDER = "919800000182"


async def test_a_description_typed_at_the_complaints_start_begins_a_complaint(system: System):
    sent = await in_complaints(system, SENDER)
    reply, sent = await answer(system, SENDER, "জলের সমস্যা", sent)  # two words telling no problem: answered as before
    assert reply.startswith("দুঃখিত, বুঝতে পারিনি।"), reply
    reply, sent = await answer(system, SENDER, "রাস্তায় বড় গর্ত", sent)
    assert reply.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।\nবিষয়: রাস্তা"), reply


async def test_a_problem_told_in_two_words_at_the_complaints_start_begins_a_complaint(system: System):
    sent = await in_complaints(system, SENDER)
    reply, sent = await answer(system, SENDER, "জল নেই", sent)
    assert reply.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।\nবিষয়: পানীয় জল"), reply
