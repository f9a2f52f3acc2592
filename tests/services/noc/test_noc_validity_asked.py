"""'amar licence er meyad kobe sesh', 'আমার লাইসেন্সের মেয়াদ কবে শেষ', 'when does my licence expire' at the main menu
were 'I could not tell which service your message is for'; in the trade NOC chat they listed one's NOCs to tap. They
now reach the trade NOC service and answer with the asker's own NOCs' validity, or that none is on this number and
how to apply. 'renew korte ki lagbe', 'নবীকরণ করতে কী লাগবে', 'what do I need to renew' listed the NOCs due for
renewal; they now say what a renewal needs: the documents, the fee and where, as does how to renew asked ("how do I
renew my noc", "kivabe renew korbo", "নবীকরণ কীভাবে করব"), which listed them too."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import Phone, has, saying, words

from services.noc.conversation.validity import RENEWAL_NEEDS

VALIDITY = [("en", "amar licence er meyad kobe sesh"), ("bn", "আমার লাইসেন্সের মেয়াদ কবে শেষ"),
            ("en", "when does my licence expire")]
RENEWAL = [("en", "renew korte ki lagbe"), ("bn", "নবীকরণ করতে কী লাগবে"), ("en", "what do I need to renew"),
           # how it is done, which listed the NOCs due for renewal
           ("en", "how do I renew my noc"), ("bn", "kivabe renew korbo"), ("bn", "নবীকরণ কীভাবে করব"),
           ("en", "renewal process")]
UNTIL = {"en": "valid until", "bn": "মেয়াদ"}
NEEDS = {"en": "identity proof", "bn": "পরিচয়পত্র"}


async def at_the_menu(system, wa_id: str, lang: str) -> Phone:
    http, base, _ = system
    phone = Phone(http, base, wa_id, taps="button")
    await phone.start(lang)
    return phone


@pytest.mark.parametrize(("lang", "typed"), VALIDITY)
async def test_the_holders_validity_at_the_menu(system, lang, typed):
    phone = await at_the_menu(system, RINA, lang)
    answer = words(await phone.say(typed, until=saying("TNOC/2026/000045")))
    assert UNTIL[lang] in answer and "Maa Tara Bastralaya" in answer and "TNOC/2025/000310" in answer, answer


@pytest.mark.parametrize(("lang", "typed"), VALIDITY)
async def test_the_holders_validity_in_the_chat(system, lang, typed):
    phone = await in_the_chat(system, "noc", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert UNTIL[lang] in answer and "Maa Tara Bastralaya" in answer, answer


@pytest.mark.parametrize(("lang", "typed"), VALIDITY)
async def test_none_on_this_number_says_how_to_apply(system, lang, typed):
    phone = await at_the_menu(system, "919800029903", lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    said = ("No NOC is registered", "make an application") if lang == "en" else ("কোনো NOC নথিভুক্ত নেই", "আবেদন করুন")
    assert all(s in answer for s in said) and "TNOC/" not in answer, answer


@pytest.mark.parametrize(("lang", "typed"), RENEWAL)
@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_what_a_renewal_needs(system, lang, typed, where):
    phone = await (at_the_menu(system, RINA, lang) if where == "menu" else in_the_chat(system, "noc", RINA, lang))
    answer = words(await phone.say(typed, until=saying(NEEDS[lang])))
    assert ("fee" if lang == "en" else "ফি") in answer and "TNOC/" not in answer, answer


@pytest.mark.parametrize("typed", ["how long does renewal take", "how much is the renewal fee"])
def test_how_long_or_how_much_of_a_renewal_is_not_what_it_needs(typed):
    """"how" reads as how a renewal is done, not in "how long" or "how much" (its time, its fee: answered as before)."""
    assert RENEWAL_NEEDS.search(typed) is None
    assert RENEWAL_NEEDS.search(typed.replace("how long does", "how does").replace("how much is the", "how is the"))
