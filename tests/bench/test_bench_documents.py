"""``bench/documents.py --memory`` at CI size: letters to new people, each bringing widths no earlier letter
had, and the remembered widths held to their bound (two generations, here lowered so that a letter fills them)
while the process's memory is printed as it goes."""
from __future__ import annotations

import math
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import documents  # noqa: E402
from shared.documents import faces, render  # noqa: E402

BOUND = 400


def test_letters_to_new_people_fill_the_widths_to_their_bound_and_no_further(monkeypatch, capsys) -> None:
    monkeypatch.setattr(faces, "WIDTHS", faces.Widths(kept=BOUND))
    documents.memory(12, 1)
    header, *rows = capsys.readouterr().out.strip().splitlines()
    assert header.split() == ["letters", "RSS", "MB", "in", "use", "MB", "widths"]
    figures = [row.split() for row in rows]
    assert [int(f[0]) for f in figures] == list(range(13))
    widths = [int(f[3]) for f in figures]
    assert max(widths) <= 2 * BOUND
    assert any(later < earlier for earlier, later in zip(widths, widths[1:]))  # a generation full: the older one let go
    assert all(math.isfinite(float(f[1])) and float(f[1]) > 0 for f in figures)


def test_each_stranger_brings_text_no_other_letter_had() -> None:
    first, second = documents.stranger(1), documents.stranger(2)
    assert first.rows[0].value != second.rows[0].value and first.rows[1].value != second.rows[1].value
    assert documents.letter().rows[2] == first.rows[2]  # the rest of the letter is the usual one



def test_the_demo_voucher_the_bench_renders_is_one_page() -> None:
    """The voucher ``bench/documents.py`` times is the tourism service's own, and fits one page (its refund rules a
    table beside the booking's facts, not a second page of paragraphs)."""
    pdf = render(documents.voucher())
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1
