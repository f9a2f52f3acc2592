"""How to get or apply for what this number takes no application for ("how to get birth certificate", "how do I apply
for pension?", "jonmo certificate kivabe pabo", "রেশন কার্ডের জন্য কীভাবে আবেদন করব") got "I could not tell which
service your message is for" and the offer to send it to Complaints, as if it were a complaint. It is said that such
applications are made at the gram panchayat or block office, and that one held up or refused is a complaint: the words
are still kept, one tap to send them there. So is such a thing said to be wanted ("birth certificate chai", "I need a
ration card", "100 diner kaj chai"), or its paper named alone in a few words ("death certificate", "ration card",
"জন্ম সার্টিফিকেট", "জন্ম সনদ"), or a pension named by whom it is for ("widow pension", "বার্ধক্য ভাতা"), or a
change asked of it ("birth certificate e naam bhul", which the trade NOC took for its certificate's details), or the
state's other schemes asked how or wanted ("swasthya sathi card chai", "krishak bandhu kivabe pabo"), or applied for
("how to apply for pm kisan", which the permits' and NOCs' "apply" claimed, the menu asking which of the two). A
benefit not received, a scheme's name alone ("pension") or words without asking how stay as before."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of
from test_gateway_other_certificate import ASKED as OTHER_CERTIFICATES

from gateway.kinds import other_scheme
from shared.chat import Inbound
from simulator import webhooks as wa

SEND = "shell:unread"
SAID = {"en": "are not made on this number: ask at your gram panchayat or block office",
        "bn": "এই নম্বরে করা যায় না: আপনার গ্রাম পঞ্চায়েত বা ব্লক অফিসে খোঁজ নিন"}


def rows(body: dict) -> list[str]:
    return [r["id"] for s in body["interactive"]["action"]["sections"] for r in s["rows"]]


@pytest.mark.parametrize(("lang", "asked"), [("en", "how to get birth certificate"),
                                             ("en", "How do I apply for pension?"),
                                             ("bn", "jonmo certificate kivabe pabo"),
                                             ("bn", "রেশন কার্ডের জন্য কীভাবে আবেদন করব"),
                                             # wanted, not asked how ("I could not tell which service" before)
                                             ("bn", "birth certificate chai"), ("en", "I need a ration card"),
                                             ("bn", "জন্ম সার্টিফিকেট দরকার"), ("bn", "100 diner kaj chai"),
                                             # its paper named alone ("I could not tell which service" before)
                                             ("en", "death certificate"), ("bn", "ration card"),
                                             ("bn", "জন্ম সার্টিফিকেট"), ("en", "the job card please"),
                                             # a change asked of it (the trade NOC's details before)
                                             ("bn", "birth certificate e naam bhul"),
                                             ("bn", "ration card er thikana bodlate chai"),
                                             # what is to be done for it
                                             ("bn", "old age pension er jonno ki korte hobe"),
                                             ("bn", "ভাতার জন্য কী করতে হবে"),
                                             # Lakshmir Bhandar as people spell it
                                             ("bn", "lokkhi bhandar kivabe pabo"),
                                             ("bn", "লক্ষী ভান্ডারের জন্য কীভাবে আবেদন করব"),
                                             ("en", "how to apply for laxmi bhandar"),
                                             ("bn", "lakshmir er jonno ki korte hobe"),
                                             ("bn", "লক্ষ্মীর জন্য কী করতে হবে"),
                                             # a pension or an allowance named by whom it is for, alone ("Sorry, I
                                             # did not follow that" before), and a certificate as সনদ, "sonod"
                                             ("en", "widow pension"), ("en", "old age pension"),
                                             ("bn", "bidhoba bhata"), ("bn", "বিধবা ভাতা"), ("bn", "বার্ধক্য ভাতা"),
                                             ("bn", "জন্ম সনদ"), ("bn", "jonmo sonod chai"),
                                             # the state's other schemes ("I could not tell which service" before)
                                             ("bn", "swasthya sathi card chai"), ("bn", "krishak bandhu kivabe pabo"),
                                             ("bn", "স্বাস্থ্য সাথী কার্ড কীভাবে করব"),
                                             ("bn", "rupashree er jonno ki korte hobe"),
                                             # applied for, as the permits' and NOCs' "apply" read it (asked which
                                             # of the two before)
                                             ("en", "how to apply for pm kisan"),
                                             ("en", "how can I apply for rupashree"),
                                             ("bn", "swasthya sathi card er jonno abedon korte chai"),
                                             # a certificate no service here issues (asked whether a permission's
                                             # letter or a NOC's certificate before; "income certificate lagbe", the
                                             # pay slips' salary certificate): test_gateway_other_certificate.py
                                             *OTHER_CERTIFICATES])
async def test_it_is_said_where_such_applications_are_made_and_the_words_kept(stack: Stack, lang: str, asked: str):
    await known(stack, lang)
    await stack.say(wa.text(RINA, asked))
    (menu,) = stack.recorder.bodies()
    assert SAID[lang] in text_of(menu) and rows(menu)[0] == SEND, text_of(menu)
    assert "could not tell which service" not in text_of(menu) and "বুঝতে পারিনি" not in text_of(menu)
    stack.recorder.clear()
    await stack.say(wa.list_reply(RINA, SEND, "Send my message"))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [asked]


@pytest.mark.parametrize("text", ["my pension has not come for 3 months", "pension", "less rice from the ration shop",
                                  "how to book a room", "my trade licence name is wrong",
                                  "swasthya sathi card e hospital bhorti nicche na", "kisan credit card"])
def test_words_asking_no_way_to_another_scheme_are_not_it(text: str):
    assert not other_scheme(Inbound(kind="text", text=text, wa_id=RINA, message_id="m1", name="Rina", lang="en"))


@pytest.mark.parametrize("said", ["widow pension pai ni", "বার্ধক্য ভাতা পাচ্ছি না", "bidhoba bhata asche na"])
async def test_a_named_allowance_not_received_is_still_a_complaint(stack: Stack, said: str):
    await known(stack, "bn")
    await stack.say(wa.text(RINA, said))
    assert [Inbound.model_validate(e.payload).text for e in stack.recorder.of("wa.inbound.grievance")] == [said]
    assert not any(SAID["bn"] in text_of(b) or SAID["en"] in text_of(b) for b in stack.recorder.bodies())
