"""Every text the tourism code asks for by name is in its catalog (the catalog test checks both languages)."""
from __future__ import annotations

import re
from pathlib import Path

from services.tourism.service import TEXTS

CODE = Path(__file__).resolve().parents[3] / "services" / "tourism"
NAMED = re.compile(r"""(?:\bt|texts|Refused|_list\(turn,)\(?\s*["']([a-z_]+)["']|intro=["']([a-z_]+)["']""")


def test_every_text_key_named_in_the_code_is_in_the_catalog():
    named = {key for path in CODE.rglob("*.py") for match in NAMED.findall(path.read_text(encoding="utf-8"))
             for key in match if key}
    assert len(named) > 60
    assert sorted(named - set(TEXTS.entries)) == []


def test_button_and_row_texts_fit_whatsapp_without_being_cut():
    for key, entry in TEXTS.entries.items():
        if key.startswith("btn_"):
            assert all(len(entry[lang]) <= 20 for lang in ("bn", "en")), key
