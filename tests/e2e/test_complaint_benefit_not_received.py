"""A benefit or a service not received, late, stopped or refused, typed at the main menu in English ("I have not
received my pension"), Bengali ("তিন মাস ভাতা পাইনি") or Banglish ("job card er taka pai ni"), through the real
webhook, services and fake Cloud API: a new complaint begins with the words, its subject read from them (pension, job
card, housing scheme, birth/death certificate), where the person was told "I could not tell which service your message
is for". A question about it, it received, or one's own salary are not taken for a complaint."""
from __future__ import annotations

from .conftest import System
from .test_menu_words import answer, at_the_menu

BEGUN = ("Your message is the start of a new complaint.", "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।")
ENGLISH = [("I have not received my pension for 3 months", "Pension"), ("my old age pension has stopped", "Pension"),
           ("100 days work money not paid", "Job card / wages"),
           ("my awas yojana installment has not come", "Housing scheme"),
           ("they are not giving my birth certificate", "Birth/death certificate"),
           ("pension pacchi na", "Pension"), ("ami pension pai ni 3 mash", "Pension"),
           ("job card er taka pai ni", "Job card / wages"), ("barir taka ase ni", "Housing scheme"),
           ("birth certificate dicche na", "Birth/death certificate")]
BENGALI = [("তিন মাস ভাতা পাইনি", "পেনশন / ভাতা"), ("জব কার্ডের টাকা পাচ্ছি না", "জব কার্ড / মজুরি"),
           ("আবাস যোজনার টাকা আসেনি", "আবাস যোজনা")]
NOT_A_COMPLAINT = ["how do I apply for pension?", "pension kivabe pabo?", "I received my pension, thanks",
                   "I have not received my salary", "beton pai ni"]


async def test_a_benefit_not_received_typed_at_the_english_menu_begins_its_complaint(system: System):
    for number, (words, subject) in enumerate(ENGLISH):
        sender = f"9198000005{number:02d}"
        reply, _ = await answer(system, sender, words, await at_the_menu(system, sender, "en"))
        assert reply.startswith(BEGUN[0]), (words, reply)
        assert f"Subject: {subject}, as your words say." in reply, (words, reply)


async def test_a_benefit_not_received_typed_at_the_bengali_menu_begins_its_complaint(system: System):
    for number, (words, subject) in enumerate(BENGALI):
        sender = f"9198000005{number + 20}"
        reply, _ = await answer(system, sender, words, await at_the_menu(system, sender, "bn"))
        assert reply.startswith(BEGUN[1]), (words, reply)
        assert f"বিষয়: {subject}" in reply, (words, reply)


async def test_a_question_it_received_or_ones_salary_begins_no_complaint(system: System):
    for number, words in enumerate(NOT_A_COMPLAINT):
        sender = f"9198000005{number + 40}"
        reply, _ = await answer(system, sender, words, await at_the_menu(system, sender, "en"))
        assert not reply.startswith(BEGUN), (words, reply)
