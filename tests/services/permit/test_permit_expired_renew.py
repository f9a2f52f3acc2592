"""An expired building permission's View said only the day it ended, not what to do next (the NOC's View says how
to renew one that ran out). It now says how: apply for its renewal, or a new permission, at its gram panchayat
office; a permission in force says nothing of it."""
from __future__ import annotations

from casework_kit import RINA


async def test_an_expired_permission_says_how_to_renew(citizen):
    answer = await citizen(RINA).say("BP/PUR/2023/000210")
    assert "Expired" in answer.text
    assert "apply for its renewal or a new permission at Baghmundi Gram Panchayat office" in answer.text, answer.text


async def test_in_bengali_too(citizen):
    answer = await citizen(RINA, lang="bn").say("BP/PUR/2023/000210")
    assert "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে অনুমতি নবীকরণের" in answer.text, answer.text


async def test_a_permission_in_force_says_nothing_of_renewal(citizen):
    answer = await citizen(RINA).say("BP/PUR/2026/000101")
    assert "Approved" in answer.text and "renewal" not in answer.text
