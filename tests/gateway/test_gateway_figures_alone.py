"""Figures alone at the main menu, "1234 5678 9012", were kept 30 minutes as words to send to Complaints ("choose
*Send my message*"), an Aadhaar number among them: figures are no complaint's words. Twelve figures as an Aadhaar
number is written are answered with a request not to send it here, where no service needs it; other figures get the
menu as any message not understood; words with figures in them are still kept."""
from __future__ import annotations

import pytest
from gateway_kit import RINA, Stack, known, text_of

from simulator import webhooks as wa

KEPT = ("kept for 30 minutes", "রাখা থাকবে")


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "1234 5678 9012", "Please do not send your Aadhaar number in this chat"),
    ("en", "123456789012", "Please do not send your Aadhaar number in this chat"),
    ("bn", "১২৩৪ ৫৬৭৮ ৯০১২", "এই চ্যাটে আধার নম্বর পাঠাবেন না"),
    ("en", "12 34 56", "Sorry, I did not follow that."),
    ("bn", "৯৮৭ ৬৫৪ ৩২১০", "দুঃখিত, বুঝতে পারিনি।"),
])
async def test_figures_alone_are_not_kept_and_an_aadhaar_number_is_asked_not_to_be_sent(stack: Stack, lang, typed,
                                                                                          said):
    await known(stack, lang)
    await stack.say(wa.text(RINA, typed))
    (menu,) = stack.recorder.bodies()
    assert said in text_of(menu), text_of(menu)
    assert not any(k in text_of(menu) for k in KEPT) and "shell:unread" not in str(menu)


async def test_words_with_figures_are_still_kept(stack: Stack):
    await known(stack, "en")
    await stack.say(wa.text(RINA, "tubewell number 12 near ward 3 office"))
    (menu,) = stack.recorder.bodies()
    assert "kept for 30 minutes" in text_of(menu), text_of(menu)
