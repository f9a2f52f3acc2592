"""Help asked for in everyday words ("help me", "সাহায্য চাই", "সাহায্য করুন", "need help") went to the service as its
step's answer (at a PIN's question: 'a PIN is digits, not words'); each, as a whole message, now gets the help, which
says what the person was doing is kept; inside a sentence it is still ordinary text."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.keywords import keyword
from simulator import webhooks as wa

ASKED = ("help me", "Help please", "help pls", "need help", "I need help", "সাহায্য চাই", "সাহায্য করুন",
         "সাহায্য দরকার", "হেল্প চাই", "help chai", "help korun",
         # and as Banglish and Bengali say it (the help's keyword word alone before)
         "help lagbe", "sahajyo chai", "sahajjo lagbe", "please help", "সাহায্য লাগবে", "একটু সাহায্য করুন",
         "ektu help korun")


@pytest.mark.parametrize("text", ASKED)
def test_help_asked_for_in_everyday_words_is_help(text: str):
    assert keyword(text) == "help", text


@pytest.mark.parametrize("text", ["help me get my pay slip", "আমার সাহায্য চাই রাস্তা নিয়ে", "no help from the office"])
def test_help_inside_a_sentence_is_still_ordinary_text(text: str):
    assert keyword(text) is None


async def test_help_asked_in_everyday_words_in_a_service_keeps_its_conversation(stack: Stack):
    await stack.announce("grievance", "Complaints", order=50)
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    await stack.say(wa.button_reply(RINA, "grievance:menu", "অভিযোগ জানান"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "সাহায্য চাই"))
    assert stack.recorder.of("wa.inbound.grievance") == []
    (said,) = stack.recorder.bodies()
    assert "আমি স্মার্ট পঞ্চায়েতের সহায়ক" in said["text"]["body"] and "যা করছিলেন তা রাখা আছে" in said["text"]["body"]
