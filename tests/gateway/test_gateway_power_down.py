"""The electricity company's lines down or burning, typed first or at the main menu ("current er pole pore geche",
"কারেন্টের খুঁটি পড়ে গেছে", "electric wire hanging low near school", "bijli ka khamba gir gaya", "transformer blast
hoyeche"), were "I could not tell which service your message is for": a danger the person meant to report, left
unanswered. They are answered as no power at home is (WBSEDCL's, *1912*), the answer saying such a line is theirs
and dangerous: keep everyone away, touch nothing, call 1912 at once; no complaint begun. A street light's pole
("street light er pole bhenge geche") stays a street light's complaint, and a string or "his" ("tar") with no
electricity named, or a transformer not said to be harmed, is no line down."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack
from test_gateway_power_cut import buttons, handed

from simulator import webhooks as wa

DANGER = {"en": "touch nothing, and call *1912* at once", "bn": "কিছু ছোঁবেন না, আর এখনই *১৯১২*-এ ফোন করুন"}


@pytest.mark.parametrize(("words", "lang"), [
    ("current er pole pore geche", "bn"), ("কারেন্টের খুঁটি পড়ে গেছে", "bn"),
    ("বিদ্যুতের তার ছিঁড়ে রাস্তায় পড়ে আছে", "bn"), ("amar barir samne current er taar jhulche", "bn"),
    ("ট্রান্সফর্মারে আগুন লেগেছে", "bn"), ("transformer blast hoyeche", "bn"),
    ("electric pole fallen on road", "en"), ("electric wire hanging low near school", "en"),
    ("bijli ka khamba gir gaya", "en"), ("bijli ka taar toot gaya", "en"),
])
async def test_a_line_down_is_told_to_be_the_electricity_companys_and_dangerous(stack: Stack, words: str, lang: str):
    await stack.announce_services()
    await stack.say(wa.text(RINA, words))
    (answer,) = stack.recorder.bodies()
    text = answer["interactive"]["body"]["text"]
    assert DANGER[lang] in text and "WBSEDCL" in text, text
    assert buttons(answer)[0][0] == "grievance:cat:lights" and buttons(answer)[1][0] == "shell:menu"
    assert handed(stack) == []  # no complaint begun


async def test_in_hindi_script_at_the_menu_too(stack: Stack):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, "बिजली का खंभा गिर गया"))
    text = stack.recorder.bodies()[0]["interactive"]["body"]["text"]
    assert DANGER["en"] in text, text
    assert handed(stack) == []


@pytest.mark.parametrize("words", ["street light er pole bhenge geche", "the street lamp pole is broken"])
async def test_a_street_lights_pole_still_begins_its_complaint(stack: Stack, words: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, words))
    assert [(i.kind, i.text, i.unasked) for i in handed(stack)] == [("text", words, True)]


@pytest.mark.parametrize("words", ["tar chire geche", "transformer er pashe amar dokan", "power line kothay",
                                   "amar tar sathe kotha hoyeche"])
async def test_no_line_down_is_read_where_none_is_said(stack: Stack, words: str):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:en", "English"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, words))
    assert not any(DANGER["en"] in str(body) for body in stack.recorder.bodies())
