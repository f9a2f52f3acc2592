"""Through the real webhook, at the list of financial years ("Which financial year's statement do you want?"): a
voice note, a photo or a location got "Please answer by typing or tapping a choice." and the payroll menu, and "ok",
"ঠিক আছে" or "accha" got "All right 👍" and the payroll menu: the statement being chosen was let go and the person
had to find it again. The list of years is now asked again after those words, as a PIN's question is."""
from __future__ import annotations

import base64

import pytest
from phone_kit import Phone, choices, has, words

VOICE = base64.b64encode(b"OggS\x00\x02 a short voice note").decode()
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a pay slip").decode()


def at_years(messages) -> bool:
    return any(c.startswith("payroll:statement:") for c in choices(messages))


@pytest.mark.parametrize(("lang", "sent", "said", "asked"), [
    ("en", {"file": {"data_b64": VOICE, "mime_type": "audio/ogg"}}, "Please answer by typing",
     "Which financial year's statement do you want?"),
    ("bn", {"file": {"data_b64": PHOTO, "mime_type": "image/jpeg"}}, "দয়া করে লিখে বা বোতাম চেপে উত্তর দিন।",
     "কোন আর্থিক বছরের বিবরণী চান?"),
    ("en", {"location": {"latitude": 23.3, "longitude": 86.3}}, "Please answer by typing",
     "Which financial year's statement do you want?"),
    ("en", {"text": "ok"}, "All right 👍", "Which financial year's statement do you want?"),
    ("bn", {"text": "ঠিক আছে"}, "ঠিক আছে 👍", "কোন আর্থিক বছরের বিবরণী চান?"),
    ("en", {"text": "accha"}, "All right 👍", "Which financial year's statement do you want?"),
])
async def test_the_years_are_asked_again(system, lang, sent, said, asked):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start(lang)
    await anima.tap("payroll:menu", until=has("interactive"))
    await anima.tap("payroll:years", until=at_years)
    got = await anima.send(sent, until=has("interactive"))
    assert said in words(got) and asked in words(got), words(got)
    assert at_years(got) and "payroll:forgot" not in choices(got), choices(got)
