"""A first message that tells the problem at length in Banglish ("amader gramer rasta ta onek din dhore kharap hoye
ache, brishti hole hata jay na") got the language question, and two taps (Bangla, Send my message) before its
complaint began. Where the words name a problem (a road, water, a light, and that it is broken, missing or bad) in
Bengali, the complaint begins at once, in Bengali, with those words as its description and its subject taken from
them; the reply says, in English too, how to change the language."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


@pytest.mark.parametrize(("villager", "words", "subject"), [
    ("919831110001", "amader gramer rasta ta onek din dhore kharap hoye ache, brishti hole hata jay na", "রাস্তা"),
    ("919831110002", "amader parar tubewell er jol gato ek mash dhore ekdom ashe na", "পানীয় জল"),
    ("919831110003", "skuler samner rastar batti ta gato dos din dhore ekdom jolche na", "পথবাতি"),
    ("919831110004", "আমাদের পাড়ার রাস্তাটা অনেক দিন ধরে খুব খারাপ হয়ে আছে", "রাস্তা"),
])
async def test_a_problem_told_at_length_first_begins_its_complaint_in_bengali(system: System, villager: str,
                                                                               words: str, subject: str):
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।" in answer
    assert f"বিষয়: {subject}, আপনার লেখা থেকে বোঝা গেল।" in answer
    assert "English" in answer  # how to switch the language, said in English


@pytest.mark.parametrize(("villager", "words"), [
    ("919831110011", "amader gramer rasta niye ami kono obhijog korbo na, sob thik ache"),
    ("919831110012", "amader rasta niye kichu jante chai"),
])
async def test_words_that_tell_no_problem_still_ask_the_language(system: System, villager: str, words: str):
    await system.post(hooks.payload([msg.text(villager, words)]))
    answer = said((await system.replies(villager, 1))[-1])
    assert "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।" not in answer
