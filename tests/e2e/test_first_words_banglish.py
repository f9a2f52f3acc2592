"""What villagers type first, in Bengali written in Latin letters or in Bengali, in two or three words of the
problem or the thing wanted ("jol nei", "rasta kharap", "batti jolche na", "mayne slip"): they land in the service
that does it, a complaint begun with their words and its subject taken from them, not the question or menu again."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


@pytest.mark.parametrize(("villager", "words", "subject"), [
    ("919800000401", "pani nei", "পানীয় জল"), ("919800000402", "jol nei", "পানীয় জল"),
    ("919800000403", "rasta kharap", "রাস্তা"), ("919800000404", "batti jolche na", "পথবাতি"),
    ("919800000405", "street light nei", "পথবাতি"), ("919800000406", "Amader para te jol ase na", "পানীয় জল"),
    ("919800000407", "জল নেই", "পানীয় জল"), ("919800000408", "রাস্তা খারাপ", "রাস্তা"),
    ("919800000409", "বাতি জ্বলছে না", "পথবাতি"),
])
async def test_a_problem_in_a_few_words_sent_first_begins_its_complaint_in_bengali(system: System, villager: str,
                                                                                   words: str, subject: str):
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।" in answer
    assert f"বিষয়: {subject}, আপনার লেখা থেকে বোঝা গেল।" in answer


async def test_a_problem_typed_at_the_menu_begins_its_complaint(system: System):
    villager = "919800000410"
    await system.tap(villager, "shell:lang:en", "English")
    await system.replies(villager, 1)
    await system.post(hooks.payload([msg.text(villager, "rasta kharap")]))
    answer = said((await system.replies(villager, 2))[-1])
    assert "Your message is the start of a new complaint." in answer and "Subject: Roads" in answer


@pytest.mark.parametrize("words", ["mayne slip", "mainer slip chai", "মাইনের স্লিপ"])
async def test_a_pay_slip_asked_in_bengali_words_reaches_the_pay_slips(system: System, words: str):
    villager = "919800000411"
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert answer.startswith("দুঃখিত, এই পরিষেবাটি কেবল নথিভুক্ত পঞ্চায়েত কর্মচারীদের জন্য।")
