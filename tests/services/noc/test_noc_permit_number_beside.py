"""A trade NOC's number and a building permission's typed together in the NOC chat ('status BP/PUR/2026/000103 and
TNOC/2026/000045') answered the NOC only, the permission dropped without a word. The NOC is answered as before, and
the permission's number is then said to be the permit service's, with the tap to its View there (its details to the
mobile registered with it only)."""
from __future__ import annotations

from casework_kit import RINA


async def test_the_permissions_number_is_not_dropped(citizen):
    answer = await citizen(RINA).say("status BP/PUR/2026/000103 and TNOC/2026/000045")
    assert "TNOC/2026/000045" in answer.replies[0].text and "Maa Tara Bastralaya" in answer.replies[0].text, answer
    assert "BP/PUR/2026/000103" in answer.last.text and "permit:view:BP/PUR/2026/000103" in answer.last.choices
