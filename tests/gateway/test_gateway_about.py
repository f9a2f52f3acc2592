"""Who runs this number, asked at the main menu ("who are you?", "is this an official government number?", "customer
care number?", "apni ke?", "এটা কি সরকারি নম্বর?"): the words were kept 30 minutes as a complaint's ("Your message is
kept ... choose *Send my message*"). A person who wonders whether to trust the number is told whose it is (the
Panchayat & Rural Development Department, Government of West Bengal), that it never asks for money, an OTP or bank
details by message or link, and the help; inside a service's conversation the words stay that step's. So is one who
asks whether a machine answers ("are you a bot?", "am I talking to a human?", "apni ki manush?", "এটা কি রোবট?"): the
help says it is the assistant and how to reach an official."""
from __future__ import annotations

import pytest
from gateway_kit import Stack, answer_at_menu, said_in_a_complaint, text_of

from gateway.keywords import about

ASKED_EN = ("who are you?", "Who is this", "what is this number", "is this an official government number?",
            "is this genuine?", "is this a govt service", "customer care number?", "helpline number", "contact number",
            # a machine or a person ("I could not tell which service", the words kept as a complaint's)
            "are you a bot?", "Am I talking to a human?", "is this automated", "are you a robot or a real person?")
ASKED_BN = ("apni ke?", "eta ki sarkari number?", "eta kar number", "আপনি কে?", "এটা কি সরকারি নম্বর?", "এটা কার নম্বর",
            "হেল্পলাইন নম্বর", "apnara ke?", "আপনারা কে?",  # these two, plural, were 'not understood'
            "apni ki manush?", "এটা কি রোবট?", "তুমি কি মানুষ না যন্ত্র?")  # and these three kept as a complaint's
SAID = {"en": "the WhatsApp service of the Panchayat & Rural Development Department, Government of West Bengal",
        "bn": "পশ্চিমবঙ্গ সরকারের পঞ্চায়েত ও গ্রামোন্নয়ন দপ্তরের হোয়াটসঅ্যাপ পরিষেবা"}
NEVER = {"en": "never asks you for money, an OTP or bank details", "bn": "টাকা, ওটিপি বা ব্যাংকের তথ্য চাওয়া হয় না"}
HELP = {"en": "I am the Smart Panchayat assistant", "bn": "আমি স্মার্ট পঞ্চায়েতের সহায়ক"}


@pytest.mark.parametrize("lang, said", [*(("en", s) for s in ASKED_EN), *(("bn", s) for s in ASKED_BN)])
async def test_whose_number_is_told_not_kept_as_a_complaint(stack: Stack, lang, said):
    text = await answer_at_menu(stack, lang, said)
    assert SAID[lang] in text and NEVER[lang] in text and HELP[lang] in text, text
    assert "kept for 30 minutes" not in text and "রাখা থাকবে" not in text


async def test_inside_a_services_conversation_it_is_that_steps(stack: Stack):
    assert not any(SAID["en"] in text_of(b) for b in await said_in_a_complaint(stack, "who are you?"))


@pytest.mark.parametrize("text", ["who are you to reject my pension", "the helpline number of the hospital is wrong",
                                  "এটা কি সরকারি রাস্তা, কেউ সারায় না", "what is this smell in the water",
                                  "is this person allowed to block the road", "are you a human or what, fix the road"])
def test_inside_a_longer_sentence_it_is_the_persons_words(text: str):
    assert not about(text)


def test_customer_care_alone_is_a_person_asked_for_not_the_number_asked():
    """"customer care", "helpline" alone ask for a person (Complaints reaches an official); with "number", whose."""
    assert not about("customer care") and not about("helpline")
    assert about("customer care number") and about("helpline no")
