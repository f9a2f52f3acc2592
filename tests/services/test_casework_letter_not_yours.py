"""Someone who is not the applicant asking for the letter or certificate ('চিঠিটা আবার দিন', 'letter ta abar pathan',
'45 er certificate ta abar pathan', a serial that is another's) was only asked for the number again, never told why
nothing came. They are now told, politely, that a letter goes only to the mobile number given in its application,
with nothing said of anyone else's."""
from __future__ import annotations

import pytest
from casework_kit import in_the_chat
from phone_kit import has, words

TOLD = {"en": "goes only to the mobile number given in its application",
        "bn": "শুধু আবেদনে দেওয়া মোবাইল নম্বরেই পাঠানো হয়"}


@pytest.fixture(name="system")
async def system_fixture(tmp_path):
    from phone_kit import running_system
    async with running_system(tmp_path) as (http, base, _, app):
        yield http, base, app


@pytest.mark.parametrize(("service", "wa_id", "lang", "typed"), [
    ("permit", "919800029911", "bn", "চিঠিটা আবার দিন"), ("permit", "919800029912", "en", "letter ta abar pathan"),
    ("permit", "919800029913", "en", "send my letter again"),
    ("noc", "919800029914", "en", "45 er certificate ta abar pathan"), ("noc", "919800029915", "bn", "চিঠিটা আবার দিন"),
])
async def test_told_why_nothing_comes(system, service, wa_id, lang, typed):
    phone = await in_the_chat(system, service, wa_id, lang)
    answer = words(await phone.say(typed, until=has("text")))
    assert TOLD[lang] in answer, answer
    assert not any(other in answer for other in ("Rina", "রিনা", "Maa Tara", "000101", "Approved", "অনুমোদিত")), answer
