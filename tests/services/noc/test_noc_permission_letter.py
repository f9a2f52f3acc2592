"""A building permission letter asked for in the NOC chat ("download my building permission letter") was a tap to
the permit menu; it is now the tap the permit chat sends it by ("permit:letters", or "permit:download:<number>")."""
from __future__ import annotations

from casework_kit import RINA


async def test_the_letter_is_the_permit_services_download(citizen):
    answer = await citizen(RINA).say("download my building permission letter")
    assert answer.choices.get("permit:letters") == "Permission letter", answer


async def test_with_its_number_that_letter(citizen):
    answer = await citizen(RINA, lang="bn").say("BP/PUR/2026/000101 এর অনুমতিপত্র পাঠান")
    assert "permit:download:BP/PUR/2026/000101" in answer.choices, answer
    assert "অনুমতিপত্র পেতে" not in answer.text and "পেতে নিচে *অনুমতিপত্র* চাপুন" in answer.text
