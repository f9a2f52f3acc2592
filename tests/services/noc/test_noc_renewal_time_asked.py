"""How long a renewal takes, asked ("how long does renewal take", "renew korte koto din lagbe", "নবীকরণে কত দিন লাগে"),
listed the NOCs due for renewal (or, asked in Banglish in the chat, said what a renewal needs); it is answered as
"how long does it take" is: no set number of days, each step told here, the reminder before a NOC runs out. At the
main menu too, with the NOC named or not. "renewal" alone and what a renewal needs are answered as before."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import has, words
from test_noc_validity_asked import at_the_menu

TIME = {"en": "There is no set number of days here", "bn": "তার কোনো নির্দিষ্ট হিসাব এখানে নেই"}
ASKED = [("en", "how long does renewal take"), ("en", "how long does noc renewal take"),
         ("en", "renew korte koto din lagbe"), ("bn", "নবীকরণে কত দিন লাগে"), ("bn", "renewal koto din lage")]


@pytest.mark.parametrize(("lang", "typed"), ASKED)
@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_how_long_a_renewal_takes_is_answered(system, lang, typed, where):
    phone = await (at_the_menu(system, RINA, lang) if where == "menu" else in_the_chat(system, "noc", RINA, lang))
    answer = words(await phone.say(typed, until=has("interactive")))
    assert TIME[lang] in answer and "TNOC/2025/000310" not in answer, answer


@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_renewal_alone_still_lists_the_renewals_due(system, where):
    phone = await (at_the_menu(system, RINA, "en") if where == "menu" else in_the_chat(system, "noc", RINA, "en"))
    answer = await phone.say("noc renewal", until=has("interactive"))
    assert "due for renewal" in words(answer) and "noc:view:TNOC/2025/000310" in str(answer), words(answer)
