""""What can I do here?" ("ami ki korte pari", "আমি কী করতে পারি") and "what services are there?" ("ki ki seba ache",
"কী কী পরিষেবা আছে"), a newcomer's first questions, were 'not understood' and kept 30 minutes to send to Complaints as
if they were a complaint; a first-timer was asked the language instead. Each, as a whole message, now gets the help
or the menu, in the language it is written in; inside a longer sentence it is still the person's words. The
services asked as they are put to a desk ("What services do you provide?", "services", "পরিষেবার তালিকা") were still
kept to send to Complaints: they get the menu too."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of

from gateway.keywords import keyword
from simulator import webhooks as wa

HELP = ("what can i do", "What can I do here?", "what can you do", "how does this work", "ami ki korte pari",
        "ki korte pari", "ekhane ki kora jay", "আমি কী করতে পারি", "আমি কি করতে পারি", "এখানে কী করা যায়",
        # with "here" after it, which was 'not understood'
        "ami ki korte pari ekhane", "ekhane ami ki korte pari", "আমি এখানে কী করতে পারি",
        # what all ("I could not tell which service", kept to send to Complaints, before)
        "ekhane ki ki kora jay", "এখানে কী কী করা যায়")
SERVICES = ("what services are there", "which services", "ki ki seba ache", "ki ki sheba pabo", "কী কী পরিষেবা আছে",
            "কি কি সেবা আছে",
            # and as put to a desk, which were still kept to send to Complaints
            "What services do you provide?", "services", "list of services", "what services are available",
            "ki ki service ache", "কী কী পরিষেবা দেওয়া হয়", "পরিষেবার তালিকা",
            # seva spelt so, and "can be had" (kept to send to Complaints before)
            "ki ki seva ache", "ki ki seva pawa jay", "কী কী পরিষেবা পাওয়া যায়")


@pytest.mark.parametrize("asked", HELP)
async def test_what_can_i_do_gets_the_help_not_kept_as_a_complaint(stack: Stack, asked: str):
    await known(stack, "en")
    await stack.say(wa.text(RINA, asked))
    (said,) = stack.recorder.bodies()
    assert "I am the Smart Panchayat assistant" in text_of(said) and "kept for 30 minutes" not in text_of(said)


@pytest.mark.parametrize("asked", SERVICES)
async def test_what_services_are_there_gets_the_menu(stack: Stack, asked: str):
    await known(stack, "bn")
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert menu["type"] == "interactive" and "grievance:menu" in str(menu)
    assert "বুঝতে পারিনি" not in text_of(menu) and "রাখা থাকবে" not in text_of(menu)


async def test_a_first_timer_asking_what_they_can_do_gets_the_help_in_bengali(stack: Stack):
    await stack.announce("grievance", "Complaints", order=10)
    await stack.say(wa.text(RINA, "ami ki korte pari"))
    said = stack.recorder.bodies()[-1]
    assert "আমি স্মার্ট পঞ্চায়েতের সহায়ক" in text_of(said)
    assert all("Which language" not in text_of(body) for body in stack.recorder.bodies())


@pytest.mark.parametrize("text", ["what can i do about the broken road", "ami ki korte pari jol nei",
                                  "আমি কী করতে পারি রাস্তা ভাঙা", "what services do you provide for farmers"])
def test_inside_a_longer_sentence_it_is_still_the_persons_words(text: str):
    assert keyword(text) is None
