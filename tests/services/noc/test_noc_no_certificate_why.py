"""The certificate asked for ('certificate copy') by a holder none of whose NOCs is in force (applied for, fee
unpaid, run out) was answered 'type your certificate number', as if the chat had not found theirs. It now says none
of theirs has a certificate to send and how to see where each stands, before asking a number."""
from __future__ import annotations

from casework_kit import ARJUN


async def test_none_of_several_in_force_says_so(citizen):
    answer = await citizen(ARJUN).say("certificate copy")  # 4 NOCs: submitted, under scrutiny, fee pending, run out
    assert not answer.pdfs
    assert "None of your 4 NOCs on this number has a certificate to send now" in answer.text, answer.text
    assert "*my NOCs*" in answer.text
