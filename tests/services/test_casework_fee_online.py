"""Paying one's fee another way than at the office, asked in the chat ("can I pay online?", "can I pay by UPI",
"online e dewa jabe?", "অনলাইনে দেওয়া যাবে?"), was "Sorry, I did not understand" just after the fee was told. It is
the fee asked after: one's own fee waiting, where it is paid and that it is not paid on WhatsApp; applying online is
still how to apply, not the fee."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "can I pay online?", "Application BP/PUR/2026/000102 has its fee of ₹1,800 to pay."),
    ("en", "can I pay by UPI", "Application BP/PUR/2026/000102 has its fee of ₹1,800 to pay."),
    ("bn", "online e dewa jabe?", "আবেদন BP/PUR/2026/000102-এর ফি ₹১,৮০০ জমা দেওয়া বাকি।"),
    ("bn", "অনলাইনে দেওয়া যাবে?", "আবেদন BP/PUR/2026/000102-এর ফি ₹১,৮০০ জমা দেওয়া বাকি।"),
])
async def test_paying_online_asked_is_ones_fee_and_where_it_is_paid(chat, lang, typed, said):
    rina, _ = await chat("permit", lang=lang)
    await rina.say("102 fee")
    answer = await rina.say(typed)
    assert said in answer.text, answer.text
    assert "WhatsApp" in answer.text or "হোয়াটসঅ্যাপে" in answer.text


async def test_applying_online_is_still_how_to_apply(chat):
    rina, _ = await chat("permit", lang="en")
    answer = await rina.say("I want to apply online")
    assert "To apply for building permission" in answer.text and "₹1,800" not in answer.text, answer.text
