"""How long the menu's phrases take over the worst messages: ``python bench/phrases.py [--sizes 1000,2000,4000]``.

Every registered service's menu phrases (``Phrase.pattern``) are searched as the gateway searches them
(``gateway.menu``: the pattern compiled once, the message ``plain``) over messages built from the pattern's own
words, which is where a regular expression has the most starts to give up on: each word repeated, the words in
turn, the words with commas between them, the words with "nei"/"নেই" far from them, and each word with one long
word after it (Latin letters, Bengali letters or digits: what a pattern reading a word after a word reads). A message
up to WhatsApp's 4,096 characters is possible. Prints, per phrase, the slowest of those messages at each size, in
milliseconds (the best of ``--repeat`` runs): figures that double with the size are linear, figures that grow faster
backtrack.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.menu import phrase_pattern  # noqa: E402
from services import registry  # noqa: E402
from shared.india import plain  # noqa: E402

WORD = re.compile(r"(?:[^\W\d_]|[\u0980-\u09ff])(?:[^\W\d_]|[\u0980-\u09ff])+")  # Bengali's vowel signs are no \w


def words_of(pattern: str) -> list[str]:
    """The pattern's own words, in order, once each."""
    return list(dict.fromkeys(WORD.findall(pattern))) or ["nei"]


def messages(words: list[str], size: int) -> Iterator[str]:
    def filled(unit: str) -> str:
        return (unit * (size // max(len(unit), 1) + 1))[:size]
    for word in words[:12]:
        yield filled(f"{word} ")
    for word in words:
        for letter in ("x", "ক", "1"):
            yield (word + letter * size)[:size]
    yield filled(" ".join(words) + " ")
    yield filled(", ".join(words) + ", ")
    yield filled(" ".join(words)[:200] + " " + "ekhane " * 20 + "nei নেই ")


def slowest(pattern: str, size: int, repeat: int) -> float:
    compiled = phrase_pattern(pattern)
    worst = 0.0
    for message in messages(words_of(pattern), size):
        said = plain(message)
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            compiled.search(said)
            best = min(best, time.perf_counter() - started)
        worst = max(worst, best)
    return worst * 1000


def main(args: argparse.Namespace) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'service':10} {'action':24} {'chars':>5}  " + "  ".join(f"{s:>7,} ch" for s in sizes))
    overall = 0.0
    for name in registry.names():
        spec = registry.load(name, load_demo=False)
        for phrase in spec.menu.phrases if spec.menu is not None else ():
            figures = [slowest(phrase.pattern, size, args.repeat) for size in sizes]
            overall = max(overall, figures[-1])
            print(f"{name:10} {phrase.action[:24]:24} {len(phrase.pattern):5}  "
                  + "  ".join(f"{f:7.2f} ms" for f in figures))
    print(f"slowest phrase at {sizes[-1]:,} characters: {overall:.2f} ms")


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--sizes", default="1000,2000,4000", help="message lengths in characters, comma-separated")
    cli.add_argument("--repeat", type=int, default=5, help="runs of each search; the best is kept")
    return cli


if __name__ == "__main__":
    main(parser().parse_args())
