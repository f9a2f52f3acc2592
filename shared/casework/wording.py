"""Whether what an office writes to a holder says something: a reason for a rejection or a revocation, or the
note on a move, is read on WhatsApp after 'Reason:' or 'Message from the office:', and '...', '--' or '12'
there tell the holder nothing. Letters are counted with the vowel signs that belong to them
(``shared.india.letters``), so a short word in any script passes."""
from __future__ import annotations

from shared.india import letters

LETTERS = 3  # 'NOC', 'ভুল', 'fee': the fewest a word the holder can act on has


def in_words(text: str) -> bool:
    return letters(text) >= LETTERS
