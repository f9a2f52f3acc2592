"""Through the real webhook: a caption that only points at a photo ("see this", "এই দেখুন", "dekhun") is no words
about a complaint once it is lodged either. A photo sent right after lodging and turned into a new complaint (*New
complaint*) had such a caption as the new complaint's description, and the description was never asked; a photo sent
to a lodged complaint on screen showed the caption back as "your words under it", and at *Talk to an official* it went
to the office as the message. The caption now stays with the photo alone: the description, or the message, is still
asked."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP
from phone_kit import Phone, choices, saying, words
from test_grievance_caption_pointing import at_description, photo

ASK_DESCRIPTION = {"en": "Describe the problem", "bn": "নিজের ভাষায় সমস্যাটি লিখুন"}
ASK_MESSAGE = {"en": "Write your message to the", "bn": "আপনার বার্তা লিখুন"}
SENT = {"en": "Your message reached the", "bn": "পৌঁছেছে"}
CASES = [("en", "please see this photo"), ("bn", "এই ছবিটা দেখুন"), ("en", "ei chobi ta dekhun")]


async def lodged(http, base: str, wa_id: str, lang: str) -> tuple[Phone, str]:
    phone = await at_description(http, base, wa_id, lang)
    said = await phone.say("The street light near the school has been off for two weeks",
                           until=lambda m: any(c.startswith("grievance:submit:") for c in choices(m)))
    done = await phone.tap(next(c for c in choices(said) if c.startswith("grievance:submit:")), until=saying("GRV-"))
    return phone, next(w.strip(".,।:") for w in words(done).split() if "GRV-" in w)


@pytest.mark.parametrize(("n", "lang", "pointing"), [(n, *case) for n, case in enumerate(CASES)])
async def test_a_new_complaint_from_a_photo_after_lodging_still_asks_its_description(system, n, lang, pointing):
    http, base = system
    phone, number = await lodged(http, base, f"91980007010{n}", lang)
    await phone.send(photo(pointing), until=lambda m: "grievance:newwith" in choices(m))
    await phone.tap("grievance:newwith", until=lambda m: "grievance:cat:lights" in choices(m))
    await phone.tap("grievance:cat:lights", until=bool)
    asked = await phone.tap(f"grievance:gp:{KALCHINI_GP}", until=bool)
    assert ASK_DESCRIPTION[lang] in words(asked) and pointing not in words(asked), words(asked)


@pytest.mark.parametrize(("n", "lang", "pointing"), [(n, *case) for n, case in enumerate(CASES)])
async def test_a_photo_sent_to_a_lodged_complaint_keeps_a_pointing_caption_to_itself(system, n, lang, pointing):
    http, base = system
    phone, number = await lodged(http, base, f"91980007020{n}", lang)
    await phone.tap(f"grievance:view:{number}", until=saying(number))
    added = await phone.send(photo(pointing), until=saying(number))
    assert pointing not in words(added), words(added)
    await phone.tap(f"grievance:human:{number}", until=saying(ASK_MESSAGE[lang]))
    got = await phone.send(photo(pointing), until=saying(number))
    assert pointing not in words(got) and SENT[lang] not in words(got), words(got)
    assert ASK_MESSAGE[lang] in words(got), words(got)
    sent = await phone.say("The light is still off tonight", until=saying(SENT[lang]))
    assert number in words(sent)
