"""Through the real webhook: a photo sent with a caption where the place is asked ("Where is the problem?", or "Is
this the right place?" after a location) once the complaint had its description: the photo was attached but the
words under it were lost, and the person was told only "Attachment received". As at the summary, the caption is
added to the description, and the person is told so; a caption that only points at the photo ("see this") stays
with the photo alone, as at every step."""
from __future__ import annotations

import base64

import pytest
from drafting_kit import at_district
from grievance_kit import KALCHINI
from phone_kit import choices, saying, words

PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a dry tube well").decode()
KEPT = {"en": "Attachment received (1 so far).\nWhat you wrote under it is kept in the complaint's description.",
        "bn": "সংযুক্তি পাওয়া গেছে (এখন পর্যন্ত ১টি)।\nএর নিচে যা লিখেছেন, তা অভিযোগের বিবরণে রাখা হল।"}
DESCRIBED = {"en": "The tube well near the primary school has been broken for three weeks, no drinking water",
             "bn": "স্কুলের পাশের টিউবওয়েল তিন সপ্তাহ ধরে খারাপ, খাবার জল পাওয়া যাচ্ছে না"}


def photo(caption: str) -> dict:
    return {"file": {"data_b64": PHOTO, "mime_type": "image/jpeg", "caption": caption}}


async def to_summary(phone) -> list:
    await phone.tap("grievance:dist:704", until=lambda m: "grievance:blk:7044" in choices(m))
    await phone.tap("grievance:blk:7044", until=lambda m: "grievance:gp:704402" in choices(m))
    return await phone.tap("grievance:gp:704402", until=lambda m: "grievance:submit" in str(choices(m)))


@pytest.mark.parametrize(("lang", "caption"), [
    ("en", "The handle is broken as well"), ("bn", "হাতলটাও ভেঙে গেছে"), ("bn", "hatol ta o venge geche")])
async def test_a_caption_at_the_place_list_is_added_to_the_description(system, lang, caption):
    http, base = system
    phone = await at_district(http, base, "919800070101", lang)
    await phone.say(DESCRIBED[lang], until=lambda m: "grievance:dist:704" in choices(m))
    got = await phone.send(photo(caption), until=lambda m: "grievance:dist:704" in choices(m))
    assert KEPT[lang] in words(got), words(got)
    summary = await to_summary(phone)
    assert f"{DESCRIBED[lang]}\n{caption}" in words(summary), words(summary)
    assert {"en": "Attachments: 1", "bn": "সংযুক্তি: ১"}[lang] in words(summary)


async def test_a_caption_at_the_place_found_is_added_to_the_description(system):
    http, base = system
    phone = await at_district(http, base, "919800070102", "en")
    await phone.say(DESCRIBED["en"], until=lambda m: "grievance:dist:704" in choices(m))
    here = await phone.send({"location": {"latitude": KALCHINI[0] + 0.01, "longitude": KALCHINI[1]}},
                            until=lambda m: any(c.startswith("grievance:here:") for c in choices(m)))
    tap = next(c for c in choices(here) if c.startswith("grievance:here:"))
    got = await phone.send(photo("Water is brown when it comes"), until=lambda m: tap in choices(m))
    assert KEPT["en"] in words(got), words(got)
    summary = await phone.tap(tap, until=saying("Please check your complaint"))
    assert f"{DESCRIBED['en']}\nWater is brown when it comes" in words(summary), words(summary)


async def test_a_first_caption_at_the_place_is_the_description_and_said_so(system):
    http, base = system
    phone = await at_district(http, base, "919800070103", "bn")
    got = await phone.send(photo(DESCRIBED["bn"]), until=lambda m: "grievance:dist:704" in choices(m))
    assert KEPT["bn"] in words(got), words(got)
    summary = await to_summary(phone)
    assert DESCRIBED["bn"] in words(summary) and "অভিযোগটি দেখে নিন" in words(summary), words(summary)


async def test_a_pointing_caption_at_the_place_stays_with_the_photo(system):
    http, base = system
    phone = await at_district(http, base, "919800070104", "en")
    await phone.say(DESCRIBED["en"], until=lambda m: "grievance:dist:704" in choices(m))
    got = await phone.send(photo("see this"), until=lambda m: "grievance:dist:704" in choices(m))
    assert KEPT["en"] not in words(got) and "Attachment received (1 so far)" in words(got), words(got)
    summary = await to_summary(phone)
    assert f"{DESCRIBED['en']}\nAttachments: 1" in words(summary), words(summary)
