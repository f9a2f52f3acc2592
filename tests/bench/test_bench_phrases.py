"""The phrases' worst-case script at a small size: one line per menu phrase of every registered service, each with
a figure per size, and the slowest named at the end."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import phrases  # noqa: E402
from services import registry  # noqa: E402


def test_every_phrase_of_every_service_gets_a_figure_at_each_size(capsys) -> None:
    phrases.main(phrases.parser().parse_args(["--sizes", "100,200", "--repeat", "1"]))
    lines = capsys.readouterr().out.splitlines()
    rows = [line for line in lines[1:-1] if line.strip()]
    specs = [registry.load(name, load_demo=False) for name in registry.names()]
    assert len(rows) == sum(len(s.menu.phrases) for s in specs if s.menu is not None) > 0
    for row in rows:
        assert row.split()[0] in registry.names()
        assert len(re.findall(r"\d+\.\d\d ms", row)) == 2, row
    assert re.fullmatch(r"slowest phrase at 200 characters: \d+\.\d\d ms", lines[-1])


def test_the_messages_are_built_from_the_patterns_own_words() -> None:
    assert phrases.words_of(r"\b(?:jol|pani)\s+nei\b|জল নেই") == ["jol", "pani", "nei", "জল", "নেই"]
    built = list(phrases.messages(["jol", "nei"], 50))
    assert all(len(message) == 50 for message in built) and built[0].startswith("jol jol ")
