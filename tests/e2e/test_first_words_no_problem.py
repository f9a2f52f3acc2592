"""What a first message begins, told by what it says: a problem said in any of the ways villagers say it begins a
complaint with the words; a message that says there is no problem ("amar kono somossa nei", "the road is fine now,
no problem", "রাস্তা ঠিক আছে, কোনো সমস্যা নেই"), a greeting, thanks or a question begins none, and gets the
language question; a thing wanted reaches its service."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

COMPLAINT, LANGUAGE, SERVICE = "complaint", "language", "service"
FIRST = [
    # no problem, or one fixed: no complaint
    ("rasta diye jete hobe, amar kono somossa nei", LANGUAGE),
    ("jol nei to ki hoyeche, kal theke ashbe", LANGUAGE),
    ("the road is fine now, no problem", LANGUAGE),
    ("রাস্তা ঠিক আছে, কোনো সমস্যা নেই", LANGUAGE),
    ("rasta ta thik hoye geche, dhonnobad", LANGUAGE),
    ("amader parar jol ekhon thik ache, kono osubidha nei", LANGUAGE),
    ("রাস্তার আলো এখন জ্বলছে, ধন্যবাদ", LANGUAGE),
    ("the street light was repaired yesterday, thank you", LANGUAGE),
    # greetings, thanks, questions
    ("namaskar, panchayat office kokhon khola thake?", LANGUAGE),
    ("hello, how do I get a trade licence?", SERVICE),
    ("ধন্যবাদ", LANGUAGE),
    # real problems, said many ways
    ("pani nei", COMPLAINT),
    ("amader parar tubewell er jol gato ek mash dhore ekdom ashe na", COMPLAINT),
    ("rasta kharap, kono somadhan nei", COMPLAINT),
    ("jol nei, amader kono upay nei", COMPLAINT),
    ("রাস্তা ভেঙে গেছে, কেউ দেখছে না", COMPLAINT),
    ("rastar batti jolche na, ekhane thik kore dekhun", COMPLAINT),
    ("jol nei, eta amader boro somossa", COMPLAINT),
    ("আমাদের পাড়ার রাস্তাটা অনেক দিন ধরে খুব খারাপ হয়ে আছে", COMPLAINT),
    # a thing wanted
    ("ghor book korbo", SERVICE),
    ("হ্যালো, ঘর বুক করতে চাই", SERVICE),
]


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def begun(answer: str) -> str:
    if "নতুন অভিযোগ শুরু হল" in answer or "start of a new complaint" in answer:
        return COMPLAINT
    if "Which language would you like to use?" in answer:
        return LANGUAGE
    return SERVICE


@pytest.mark.parametrize(("number", "words", "starts"), [(f"9198322200{i:02d}", w, s) for i, (w, s) in
                                                         enumerate(FIRST)])
async def test_what_a_first_message_begins(system: System, number: str, words: str, starts: str):
    await system.post(hooks.payload([msg.text(number, words)]))
    answer = said((await system.replies(number, 1))[-1])
    assert begun(answer) == starts, answer
