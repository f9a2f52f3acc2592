"""'permit 101 letter', '101 er chithi', 'অনুমতি ১০১ এর চিঠি': the letter asked for by the serial on the slip, without
the year or the district, only said the number's format and offered the application to look at (and with 'amar' in
the words, listed all of one's applications). The letter of one's own application with that serial is now sent as
'send my letter again' sends it; one not yet approved is said to have none yet, and a serial none of one's own
applications has is said to be no application of theirs, nothing of another's shown."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA


def files(answer) -> list[str]:
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


@pytest.mark.parametrize(("lang", "said"), [("en", "permit 101 letter"), ("en", "101 er chithi"),
                                            ("bn", "অনুমতি ১০১ এর চিঠি"), ("bn", "amar 101 er chithi ta dao"),
                                            ("bn", "আমার ১০১ নম্বর আবেদনের অনুমতিপত্র পাঠান")])
async def test_ones_own_letter_is_sent_by_its_serial(citizen, lang, said):
    answer = await citizen(RINA, lang=lang).say(said)  # 000101 approved; 000102 fee pending; 2023/000210 expired
    assert files(answer) == ["BP-PUR-2026-000101.pdf"], answer.text


async def test_the_serial_beats_the_application_looked_at_last(citizen):
    await citizen(RINA).say("BP/PUR/2026/000102")
    answer = await citizen(RINA).say("101 er chithi")
    assert files(answer) == ["BP-PUR-2026-000101.pdf"], answer.text


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "permit 102 letter", "The letter for BP/PUR/2026/000102 is not available: the application is now *Fee "
                                "pending*"),
    ("en", "102 er chithi", "The letter for BP/PUR/2026/000102 is not available"),
    ("bn", "অনুমতি ১০২ এর চিঠি", "BP/PUR/2026/000102 আবেদনের অনুমতিপত্র এখনও দেওয়া যাচ্ছে না"),
])
async def test_ones_own_application_without_a_letter_yet_is_said_so(citizen, lang, said, expected):
    answer = await citizen(RINA, lang=lang).say(said)
    assert not files(answer) and expected in answer.text, answer.text
    assert "permit:view:BP/PUR/2026/000102" in answer.choices


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "permit 104 letter", "None of your applications on this number has the serial number 104"),
    ("en", "104 er chithi", "None of your applications on this number has the serial number 104"),
    ("bn", "অনুমতি ১০৪ এর চিঠি", "এই নম্বরে আপনার কোনো আবেদনের ক্রমিক নম্বর ১০৪ নয়"),
])
async def test_a_serial_none_of_ones_own_has_is_said_to_be_no_application_of_theirs(citizen, lang, said, expected):
    answer = await citizen(RINA, lang=lang).say(said)  # 000104 is Arjun's
    assert not files(answer) and expected in answer.text, answer.text
    assert "Arjun" not in answer.text and "অর্জুন" not in answer.text
    assert not [c for c in answer.choices if "000104" in c]


async def test_the_holder_of_that_serial_gets_their_own(citizen):
    answer = await citizen(ARJUN).say("permit 45 er chithi")  # BP/BNK/2026/000045 approved
    assert files(answer) == ["BP-BNK-2026-000045.pdf"], answer.text
