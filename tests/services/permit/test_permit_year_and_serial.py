"""An application number typed as its year and serial joined by a word, "2026 er 101" or "২০২৬ এর ১০১", was answered
'That does not look like an application number' before the applicant's own application was offered to tap. It is now
read at once as 2026's serial 101: the applicant's own is shown; someone with none of that year and serial is asked for
the full number, with its district code, and told of no one else's application."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import has, words

MALFORMED = ("does not look like", "বলে মনে হচ্ছে না")


@pytest.mark.parametrize(("lang", "typed"), [("en", "2026 er 101"), ("bn", "২০২৬ এর ১০১"), ("en", "2026-এর 101")])
async def test_the_applicants_own_is_shown_at_once(system, lang, typed):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert "BP/PUR/2026/000101" in answer and not any(m in answer for m in MALFORMED), answer
    assert ("Rina Das" if lang == "en" else "রিনা দাস") in answer, answer


@pytest.mark.parametrize(("lang", "typed", "said"), [("en", "2026 er 101", "is of 2026 with the serial number 101"),
                                                      ("bn", "২০২৬ এর ১০১", "২০২৬ সালের ক্রমিক নম্বর ১০১")])
async def test_no_one_elses_is_named(system, lang, typed, said):
    phone = await in_the_chat(system, "permit", "919800029901", lang)
    answer = words(await phone.say(typed, until=has("text")))
    assert said in answer and not any(m in answer for m in MALFORMED), answer
    assert "000101" not in answer and "Rina" not in answer and "রিনা" not in answer, answer
