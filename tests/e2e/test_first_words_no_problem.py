"""What a first message begins, told by what it says: a problem said in any of the ways villagers say it, in Bengali,
in Bengali written in Latin letters or in English ("the road near school is broken"), begins a complaint with the
words, a problem after a clause saying something else is mended too ("road is fine now, but no water", "রাস্তা ঠিক
আছে কিন্তু জল নেই"); a message that says there is no problem ("amar kono somossa nei", "the road is fine now, no
problem", "রাস্তা ঠিক আছে, কোনো সমস্যা নেই"), a greeting, thanks or a question begins none, and gets the language
question; a thing wanted reaches its service. No power at home ("current nei", "power cut") is answered that it is
the electricity company's (WBSEDCL, 1912), a street light's complaint offered; a street light named ("street light
nei") begins that complaint."""
from __future__ import annotations

import pytest

from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

from .conftest import System

COMPLAINT, LANGUAGE, SERVICE, POWER = "complaint", "language", "service", "power"
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
    # English: a problem said begins its complaint
    ("the road near school is broken", COMPLAINT),
    ("no water in the tube well since 3 days", COMPLAINT),
    ("street light not working in our para", COMPLAINT),
    ("drain is blocked", COMPLAINT),
    ("The drain near my house is choked and overflowing", COMPLAINT),
    ("our hand pump is broken", COMPLAINT),
    ("potholes on the main road", COMPLAINT),
    ("the road is not repaired yet", COMPLAINT),
    # English: no problem, a thing mended, or another service's words: no complaint
    ("no problem", LANGUAGE),
    ("road is fine now", LANGUAGE),
    ("the street light is working now", LANGUAGE),
    ("there is no water problem now", LANGUAGE),
    ("I do not want to complain, the road is fine", LANGUAGE),
    ("my booking room has no water", SERVICE),
    ("when will my building permit come, the road is broken", SERVICE),
    ("my pay slip is not coming", SERVICE),
    # a problem after a clause saying something else is fine
    ("road is fine now, but no water", COMPLAINT),
    ("rasta thik ache, jol nei", COMPLAINT),
    ("রাস্তা ঠিক আছে কিন্তু জল নেই", COMPLAINT),  # a word of contrast joins them as a comma does
    ("the light is ok but the drain is blocked", COMPLAINT),
    # no power at home: the electricity company's; a street light named: its complaint
    ("current nei", POWER),
    ("light nei", POWER),
    ("bidyut nei", POWER),
    ("কারেন্ট নেই", POWER),
    ("বিদ্যুৎ নেই", POWER),
    ("no electricity", POWER),
    ("power cut since morning in our village", POWER),
    ("road is ok now, light nei", POWER),
    ("street light nei", COMPLAINT),
    ("rastar alo jolche na", COMPLAINT),
    ("বাতি জ্বলছে না", COMPLAINT),
]


def said(message: dict) -> str:
    body = message["body"]
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


def begun(answer: str) -> str:
    if "WBSEDCL" in answer:
        return POWER
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


def buttons(message: dict) -> list[str]:
    return [button["reply"]["id"] for button in message["body"]["interactive"]["action"].get("buttons", [])]


@pytest.mark.parametrize(("words", "lang", "told"), [
    ("current nei", "bn", "বাড়িতে বিদ্যুৎ না থাকলে তা দেখে বিদ্যুৎ সংস্থা WBSEDCL, পঞ্চায়েত নয়: *১৯১২* নম্বরে ফোন করুন"),
    ("power cut", "en", "for a power cut at home, call *1912* or use the WBSEDCL app"),
])
async def test_no_power_at_home_is_the_electricity_companys_and_a_street_light_one_tap_away(system: System,
                                                                                          words: str, lang: str,
                                                                                          told: str):
    number = "919832220099" if lang == "bn" else "919832220098"
    await system.say(number, words)
    (answer,) = await system.replies(number, 1)
    assert told in said(answer) and buttons(answer) == ["grievance:cat:lights", "shell:menu"]
    await system.tap(number, "grievance:cat:lights", "Street light problem")
    place = said((await system.replies(number, 2))[-1])
    assert "সমস্যাটি কোথায়?" in place if lang == "bn" else "Where is the problem?" in place


@pytest.mark.parametrize(("number", "words", "subject"), [
    ("919832220090", "the road near school is broken", "Roads"),
    ("919832220091", "no water in the tube well since 3 days", "Drinking water"),
    ("919832220092", "street light not working in our para", "Street lights"),
    ("919832220093", "drain is blocked", "Drainage and sanitation"),
])
async def test_a_problem_in_english_typed_at_the_menu_begins_its_complaint(system: System, number: str, words: str,
                                                                         subject: str):
    await system.tap(number, "shell:lang:en", "English")
    await system.replies(number, 1)
    await system.say(number, words)
    answer = said((await system.replies(number, 2))[-1])
    assert "Your message is the start of a new complaint." in answer and f"Subject: {subject}" in answer
