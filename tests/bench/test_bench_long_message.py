"""The long message script at a small size: a line per chat and message (English, Bengali, one long word, digits),
each with the time to the first answer,
the main menu and every registered service's chat answering (a chat that answered nothing would hang the script:
every line printed is every chat answered)."""
from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import long_message  # noqa: E402


def test_every_chat_answers_a_long_message_and_gets_a_figure(capsys) -> None:
    asyncio.run(long_message.run(300, 1))
    rows = [found.groups() for line in capsys.readouterr().out.splitlines()
            if (found := re.fullmatch(r"(main menu|\w+)\s+(en|bn|word|digits)\s+(\d+) ms", line.strip()))]
    assert [(where, kind) for where, kind, _ in rows] == [
        (where, kind) for where in ("main menu", *long_message.SERVICES) for kind in ("en", "bn", "word", "digits")]
