"""Hindi words naming a service, in Devanagari and in Latin letters ("shikayat karni hai", "कमरा बुक करना है"), take
the person to that service as its English and Bengali words do; a first-timer, who is asked the language first (the
service answers in Bengali and English only), is taken there once they choose it, and such words are never offered
to send on as a complaint ("Send my message")."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, text_of

from gateway.profiles import Profiles
from gateway.state import GATEWAY
from shared.chat import Inbound
from simulator import webhooks as wa

BOOK = "कमरा बुक करना है"
ROAD = "सड़क की बत्ती तीन दिन से बंद है"  # a problem, in words no service announced
SEND = "shell:unread"


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


def routed(stack: Stack) -> list[tuple[str, str | None, str, str, bool]]:
    found = [(e.type.rsplit(".", 1)[1], Inbound.model_validate(e.payload)) for e in stack.recorder.envelopes
             if e.type.startswith("wa.inbound.")]
    return [(service, inbound.reply_id, inbound.text or "", inbound.lang, inbound.unasked)
            for service, inbound in found]


@pytest.mark.parametrize(("words", "tap"), [
    ("शिकायत", "grievance:new"), ("मुझे शिकायत करनी है", "grievance:new"), ("shikayat", "grievance:new"),
    ("shikayat karni hai", "grievance:new"), ("Shikaayat karni hai", "grievance:new"), ("समस्या", "grievance:new"),
    ("गाँव में पानी की समस्या है", "grievance:new"),
    ("कोई शिकायत नहीं", None), ("मुझे कोई समस्या नहीं है", None), ("shikayat nahi karni", None),
    ("कमरा बुक", "tourism:book"), (BOOK, "tourism:book"), ("कमरे की बुकिंग", "tourism:book"),
    ("room book karna hai", "tourism:book"), ("kamra book karna hai", "tourism:book"), ("गेस्ट हाउस", "tourism:menu"),
    ("कमरा बुक नहीं करना", "tourism:mine"), ("बुकिंग रद्द करनी है", "tourism:cancel"),
    ("वेतन पर्ची", "payroll:slip"), ("सैलरी स्लिप", "payroll:slip"), ("तनख्वाह की पर्ची", "payroll:slip"),
    ("salary slip chahiye", "payroll:slip"), ("तनख्वाह", "payroll:menu"),
    ("तनख़्वाह कब आएगी", "payroll:credit"),  # when it comes: one's pay, after the PIN
    ("भवन निर्माण अनुमति", "permit:menu"), ("नक्शा पास", "permit:menu"),
    ("नक्शा पास करवाना है", "permit:apply"),  # a plan to be passed: how to apply, as "naksha pass korate chai" is
    ("makan banane ki anumati", "permit:menu"), ("मकान बनाने की अनुमति", "permit:menu"),
    ("ट्रेड लाइसेंस", "noc:menu"), ("व्यापार एनओसी", "noc:menu"), ("dukan ka NOC", "noc:menu"),
    ("दुकान का लाइसेंस", "noc:menu"), ("ट्रेड लाइसेंस रिन्यू", "noc:renewals"),
    ("पानी नहीं आ रहा है", "grievance:words"), (ROAD, None),  # water not coming: a complaint begun with the words
])
async def test_hindi_words_ask_for_the_choice_their_service_announced(stack: Stack, words: str, tap: str | None):
    await stack.announce_services()
    assert await stack.client.app[GATEWAY].menu.for_message().asked_for(words) == tap


async def test_hindi_words_from_someone_who_chose_a_language_take_them_to_the_service(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, BOOK))
    await stack.say(wa.text(RINA, "মেনু"))
    await stack.say(wa.text(RINA, "shikayat karni hai"))
    assert routed(stack) == [("tourism", "tourism:book", BOOK, "bn", False),
                             ("grievance", "grievance:new", "shikayat karni hai", "bn", False)]


async def test_a_first_timers_hindi_words_naming_a_service_take_them_there_once_the_language_is_chosen(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, BOOK))
    (question,) = stack.recorder.bodies()
    said = text_of(question)
    assert "once you choose a language, I will take you to *Tourism: book a room*" in said
    assert "ভাষা বেছে নিলেই আপনাকে *পর্যটন: ঘর বুকিং* পরিষেবায় নিয়ে যাব" in said
    assert "one tap sends it to *Complaints*" not in said and routed(stack) == []
    stack.recorder.clear()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    assert routed(stack) == [("tourism", "tourism:book", BOOK, "en", False)]
    assert not stack.recorder.bodies()  # the service answers: no welcome menu offering to send them as a complaint
    profile = await Profiles(stack.client.app[GATEWAY].store).get(RINA)
    assert profile.lang == "en" and profile.unread is None


async def test_a_language_named_after_one_hindi_word_takes_the_first_timer_to_its_service(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, "शिकायत"))  # one word: no message to keep, but a service named
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "bangla"))
    assert routed(stack) == [("grievance", "grievance:new", "शिकायत", "bn", False)]


async def test_words_naming_a_service_are_never_offered_to_send_as_a_complaint(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, ROAD))  # no service's words: kept to send on, as before
    await stack.say(wa.text(RINA, BOOK))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "menu"))  # the menu instead of a language: no Send my message
    (menu,) = stack.recorder.bodies()
    assert SEND not in rows(menu) and "Send my message" not in text_of(menu)
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))  # an earlier offer tapped: where they asked to go
    assert routed(stack) == [("tourism", "tourism:book", BOOK, "en", False)]


async def test_a_first_timers_hindi_words_naming_no_service_are_still_kept_for_send_my_message(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.text(RINA, ROAD))
    assert "one tap sends it to *Complaints*" in text_of(stack.recorder.bodies()[0])
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "বাংলা"))
    assert rows(stack.recorder.bodies()[-1])[0] == SEND and routed(stack) == []
    await stack.say(wa.list_reply(RINA, SEND, "আমার বার্তা পাঠান"))
    assert routed(stack) == [("grievance", None, ROAD, "bn", True)]
