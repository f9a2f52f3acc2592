"""In the building permission chat, 'keno expire holo 210', '102 ki holo' or 'when will 104 be approved' showed the
list of all one's applications, the serial typed beside the question ignored. Now the one application of one's own
with that serial is shown at once; a serial none of theirs has is nobody else's."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("who", "lang", "typed", "said"), [
    (RINA, "bn", "keno expire holo 210", "*আবেদন BP/PUR/2023/000210*"),
    (RINA, "bn", "২১০ এর মেয়াদ কবে শেষ হল", "*আবেদন BP/PUR/2023/000210*"),
    (ARJUN, "en", "when will 104 be approved", "*Application BP/PUR/2026/000104*")])
async def test_the_one_with_that_serial_is_shown(system, who, lang, typed, said):
    phone = await in_the_chat(system, "permit", who, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert said in answer, (typed, answer)


async def test_a_serial_none_of_theirs_has_is_no_one_elses(system):
    phone = await in_the_chat(system, "permit", ARJUN, "en")
    answer = words(await phone.say("keno expire holo 210", until=has("interactive")))
    assert "BP/PUR/2023/000210" not in answer and "Rina" not in answer, answer
