"""A problem told at the main menu in Banglish or Bengali with the thing villagers name ("amader parar tubewell kharap
2 mas dhore", "drain ta poriskar hoy na", "nordoma porishkar hoy na", "কলে জল আসছে না"), through the real webhook,
services and fake Cloud API: a new complaint begins with the words, its subject read from them, where the person
was told "I could not tell which service your message is for"."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import answer, at_the_menu

ENGLISH = [("amader parar tubewell kharap 2 mas dhore", "Drinking water"),
           ("drain ta poriskar hoy na", "Drainage and sanitation"),
           ("nordoma porishkar hoy na", "Drainage and sanitation"), ("kol e jol ase na", "Drinking water")]
BENGALI = [("কলে জল আসছে না", "পানীয় জল"), ("নর্দমা পরিষ্কার হয় না", "নিকাশি ও স্বচ্ছতা")]


async def test_banglish_problems_typed_at_the_english_menu_begin_a_complaint_with_their_subject(system: System):
    for number, (words, subject) in enumerate(ENGLISH):
        sender = f"91980000024{number}"
        reply, _ = await answer(system, sender, words, await at_the_menu(system, sender, "en"))
        assert "could not tell which service" not in reply, (words, reply)
        assert f"Subject: {subject}, as your words say." in reply, (words, reply)


async def test_bengali_problems_typed_at_the_bengali_menu_begin_a_complaint_with_their_subject(system: System):
    for number, (words, subject) in enumerate(BENGALI):
        sender = f"91980000025{number}"
        reply, _ = await answer(system, sender, words, await at_the_menu(system, sender, "bn"))
        assert reply.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।"), (words, reply)
        assert f"বিষয়: {subject}" in reply, (words, reply)
