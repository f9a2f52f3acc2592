"""Words claimed by building permission and the trade NOC alike ("send the letter again") are asked about at the
main menu; words naming the kind as well (permit, পারমিট, ভবন নির্মাণের অনুমতি; NOC, trade licence, ট্রেড লাইসেন্স)
are that one's alone."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack

from gateway.state import GATEWAY
from simulator import webhooks as wa


@pytest.mark.parametrize(("words", "claimed"), [
    ("আমার পারমিট নম্বর ১০১ এর চিঠিটা আবার পাঠান", ["permit:mine"]),
    ("পারমিটের চিঠি আবার পাঠান", ["permit:letters"]), ("পারমিশনের চিঠি আবার দিন", ["permit:letters"]),
    ("ভবন নির্মাণের অনুমতির চিঠি আবার পাঠান", ["permit:letters"]),
    ("send my permit letter again", ["permit:letters"]), ("building permission letter again", ["permit:letters"]),
    ("send the trade licence certificate again", ["noc:letters"]), ("NOC certificate again", ["noc:letters"]),
    ("ট্রেড লাইসেন্সের সার্টিফিকেট আবার পাঠান", ["noc:letters"]), ("লাইসেন্সের কপি দিন", ["noc:letters"]),
    # neither named: which is meant is asked, as before
    ("send the letter again", ["permit:letters", "noc:letters"]), ("চিঠিটা আবার পাঠান", ["permit:letters", "noc:letters"]),
])
async def test_words_naming_the_kind_are_that_services_alone(stack: Stack, words: str, claimed: list[str]):
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, "shell:lang:bn", "bn"))
    assert await stack.client.app[GATEWAY].menu.for_message().claims(words) == claimed
