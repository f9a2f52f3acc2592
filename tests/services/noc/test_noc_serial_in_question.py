"""In the trade NOC chat, '45 er meyad kobe sesh' ('when does 45 run out'), 'keno reject holo 190' or 'when does 45
expire' showed the list of all one's NOCs, the serial typed beside the question ignored. Now the one NOC of one's own
with that serial is shown at once; a serial none of theirs has still gets the list, and nobody else's is named."""
from __future__ import annotations

import pytest
from casework_kit import RINA, TAPAN, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("who", "lang", "typed", "said"), [
    (RINA, "bn", "45 er meyad kobe sesh", "Maa Tara Bastralaya"),
    (RINA, "en", "when does 45 expire", "Maa Tara Bastralaya"),
    (RINA, "bn", "৩১০ এর মেয়াদ কবে শেষ", "Rina Tea Stall"), (TAPAN, "en", "why was 190 rejected", "Ghosh Sweets")])
async def test_the_one_with_that_serial_is_shown(system, who, lang, typed, said):
    phone = await in_the_chat(system, "noc", who, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert said in answer, (typed, answer)


async def test_a_serial_none_of_theirs_has_is_no_one_elses(system):
    phone = await in_the_chat(system, "noc", TAPAN, "en")
    answer = words(await phone.say("when does 45 expire", until=has("interactive")))
    assert "Maa Tara Bastralaya" not in answer and "Rina" not in answer, answer
