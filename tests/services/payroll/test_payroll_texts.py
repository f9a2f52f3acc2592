"""Every text the payroll code asks for by name is in its catalog, in both languages, and list rows and
buttons fit WhatsApp's limits without being cut."""
from __future__ import annotations

import re
from pathlib import Path

from services.payroll.service import TEXTS

CODE = Path(__file__).resolve().parents[3] / "services" / "payroll"
NAMED = re.compile(r"""(?:\bt|texts|_with_hint\(turn,)\(\s*["']([a-z_]+)["']|intro=["']([a-z_]+)["']""")


def test_every_text_key_named_in_the_code_is_in_the_catalog():
    named = {key for path in CODE.rglob("*.py") for match in NAMED.findall(path.read_text(encoding="utf-8"))
             for key in match if key}
    assert len(named) > 30
    assert sorted(named - set(TEXTS.entries)) == []
    assert TEXTS.problems() == []


def test_row_and_button_texts_fit_whatsapp():
    for key, entry in TEXTS.entries.items():
        limit = 20 if key.startswith("btn_") else 24 if key.startswith("row_") and not key.endswith("_about") else 72
        if key.startswith(("btn_", "row_")):
            assert all(len(entry[lang]) <= limit for lang in ("bn", "en")), key


def test_the_office_putting_up_a_month_is_not_said_as_drawing_its_pay():
    """The office uploads a month's pay; "বেতন তুললে" reads "once the office draws (withdraws) the pay", and the
    people who read it are the ones waiting for that pay."""
    said = {key: entry["bn"] for key, entry in TEXTS.entries.items() if "uploads" in entry["en"]}
    assert {"not_out_yet", "credit_next_not_out"} <= set(said)
    for key, text in said.items():
        assert "তুল" not in text and "দপ্তর" not in text and "অফিস" in text, key
