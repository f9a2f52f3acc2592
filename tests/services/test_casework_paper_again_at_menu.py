"""One's NOC or permission asked for again as the paper it is, at the main menu ("send my NOC again", "please resend
my noc", "amar permission ta abar pathao"), reached the service as "my NOCs" or went nowhere: the list of one's NOCs
to look at, not the certificates to send; and inside the NOC chat, "resend" read only as the first word. Now the
certificate in force is sent, several are listed to send, as in the chat; a number in the words goes on as before.
So is the paper said lost ("trade licence hariye geche", "I lost my trade licence", "আমার অনুমতি হারিয়ে গেছে"), which
reached no service or the list to look at."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA
from phone_kit import Phone, choices, has, words


@pytest.mark.parametrize("lang, typed", [("en", "send my noc again"), ("en", "please resend my NOC"),
                                         ("bn", "amar noc ta abar pathao"), ("bn", "আমার এনওসি আবার পাঠান"),
                                         # the paper said lost: the list of one's NOCs, or nothing, before
                                         ("bn", "trade licence hariye geche"), ("en", "I lost my trade licence"),
                                         ("bn", "আমার এনওসি হারিয়ে গেছে")])
async def test_ones_nocs_asked_again_at_the_menu_are_the_certificates_to_send(system, lang, typed):
    http, base = system
    rina = Phone(http, base, RINA, name="Rina Das")
    await rina.start(lang)
    answer = await rina.say(typed, until=has("interactive"))
    assert choices(answer)[:2] == ["noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"], words(answer)
    sent = await rina.say("2", until=has("document"))
    assert [m["document"]["filename"] for m in sent if m["type"] == "document"] == ["TNOC-2025-000310.pdf"]


@pytest.mark.parametrize("typed", ["amar permission ta abar pathao", "send my permit again",
                                   "please resend my permission letter", "permit hariye geche",
                                   "আমার অনুমতি হারিয়ে গেছে"])
async def test_ones_only_permission_asked_again_at_the_menu_is_sent(system, typed):
    http, base = system
    arjun = Phone(http, base, ARJUN, name="Arjun")  # BP/BNK/2026/000045 approved, two under way
    await arjun.start("en")
    answer = await arjun.say(typed, until=has("document"))
    assert [m["document"]["filename"] for m in answer if m["type"] == "document"] == ["BP-BNK-2026-000045.pdf"]


async def test_a_number_in_the_words_is_read_as_before(system):
    http, base = system
    rina = Phone(http, base, RINA, name="Rina Das")
    await rina.start("en")
    answer = await rina.say("send my noc TNOC/2025/000310 again", until=lambda m: "TNOC/2025/000310" in words(m))
    assert "noc:download:TNOC/2026/000045" not in choices(answer), words(answer)


@pytest.mark.parametrize("typed", ["please resend my noc", "can you resend the NOC"])
async def test_resend_anywhere_in_the_words_sends_the_certificate_in_the_chat(chat, typed):
    rina, _ = await chat("noc")
    answer = await rina.say(typed)
    assert list(answer.choices)[:2] == ["noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"], (
        answer.choices)
