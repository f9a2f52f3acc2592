"""Through the real webhook: a photo sent while a complaint was being written, with a caption that only points at it
("see this", "এই দেখুন", "dekhun"), had that caption joined to the description ("...off for two weeks\nsee this"),
or taken as the whole description when none was written yet. Such a caption is now left out of the description (it
stays with the photo for the office), and the description is still asked when there is none; a caption that says
something of the problem is added as before."""
from __future__ import annotations

import base64

import drafting_kit
import pytest
from phone_kit import Phone, saying, words

from services.grievance.domain.pointing import only_points

PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a dark street light").decode()


async def at_description(http, base: str, wa_id: str, lang: str) -> Phone:
    return await drafting_kit.at_description(http, base, wa_id, lang, "lights", located=True)


def test_captions_that_only_point_at_the_photo():
    pointing = ("see this", "See this!", "see the photo", "look", "photo", "attached", "here", "এই দেখুন", "দেখুন",
                "ছবিটা দেখুন", "এই যে ছবি", "dekhun", "ei dekhun", "Dekhun ei chobi ta", "এই দেখুন 👇", "👆")
    describing = ("see this pole, it is broken", "the light is off", "আলোর খুঁটি ভেঙে গেছে দেখুন",
                  "dekhun alo jolche na", "No light here for two weeks", "তার ছিঁড়ে পড়ে আছে")
    assert [t for t in pointing if not only_points(t)] == []
    assert [t for t in describing if only_points(t)] == []


def photo(caption: str) -> dict:
    return {"file": {"data_b64": PHOTO, "mime_type": "image/jpeg", "caption": caption}}


@pytest.mark.parametrize(("lang", "described", "pointing", "counted"), [
    ("en", "The street light near the school has been off for two weeks", "see this", "Attachments: 1"),
    ("bn", "স্কুলের পাশের রাস্তার আলো দুই সপ্তাহ ধরে জ্বলছে না", "এই দেখুন", "সংযুক্তি: ১"),
    ("en", "school er pasher rastar alo du soptaho dhore jolche na", "dekhun", "Attachments: 1"),
])
async def test_a_pointing_caption_is_not_joined_to_the_description(system, lang, described, pointing, counted):
    http, base = system
    phone = await at_description(http, base, "919800030101", lang)
    await phone.say(described, until=lambda m: described in words(m))
    got = await phone.send(photo(pointing), until=saying(counted))
    assert pointing not in words(got), words(got)
    more = "The pole is also leaning towards the road" if lang == "en" else "খুঁটিটাও রাস্তার দিকে হেলে আছে"
    got = await phone.send(photo(more), until=saying(more))  # a caption that tells more still adds to it
    assert f"{described}\n{more}" in words(got), words(got)


@pytest.mark.parametrize(("lang", "pointing", "asked"), [
    ("en", "please see this photo", "Describe the problem"), ("bn", "এই ছবিটা দেখুন", "নিজের ভাষায় সমস্যাটি লিখুন"),
    ("en", "ei chobi ta dekhun", "Describe the problem"),
])
async def test_before_any_description_a_pointing_caption_leaves_it_asked(system, lang, pointing, asked):
    http, base = system
    phone = await at_description(http, base, "919800030102", lang)
    got = await phone.send(photo(pointing), until=saying(asked))
    assert pointing not in words(got), words(got)
