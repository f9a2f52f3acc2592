"""Two application numbers in one message ('status of BP/PUR/2026/000101 and BP/PUR/2026/000102') were answered with
the first only, the second dropped without a word. Each is now answered as it would be alone, under a word naming
both: its details to the mobile registered with it, its status and nothing more to anyone else; past three, the
three answered are named and the others asked for again."""
from __future__ import annotations

from casework_kit import ARJUN, RINA


async def test_both_of_ones_own_are_shown(citizen):
    answer = await citizen(RINA).say("status of BP/PUR/2026/000101 and BP/PUR/2026/000102")
    assert "You sent 2 application numbers (BP/PUR/2026/000101, BP/PUR/2026/000102)" in answer.replies[0].text
    assert "Approved" in answer.text and "Fee pending" in answer.text, answer.text
    assert "permit:download:BP/PUR/2026/000101" in answer.choices


async def test_anothers_shows_its_status_only(citizen):
    """BP/PUR/2026/000103 is Arjun's: Rina sees her own in full, his status only."""
    answer = await citizen(RINA).say("BP/PUR/2026/000101 and BP/PUR/2026/000103 please")
    assert "Submitted" in answer.text and "shown only to the mobile number" in answer.text, answer.text
    arjun = await citizen(ARJUN).say("BP/PUR/2026/000103")
    name = arjun.text.split("\n")[1]  # the holder's name, shown to him
    assert name.strip() and name not in answer.text, (name, answer.text)


async def test_more_than_three_are_named_and_the_others_asked_again(citizen):
    answer = await citizen(RINA, lang="bn").say(
        "BP/PUR/2026/000101, BP/PUR/2026/000102, BP/PUR/2023/000210, BP/PUR/2026/000103")
    assert "আপনি ৪টি আবেদন নম্বর পাঠিয়েছেন" in answer.replies[0].text, answer.text
    assert "বাকিগুলি আরেকটি বার্তায় আবার পাঠান" in answer.replies[0].text
    assert "BP/PUR/2026/000103" not in answer.text.split("বাকিগুলি")[1]
