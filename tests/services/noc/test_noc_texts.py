"""Every text the casework desk, the office and the NOC code ask for is in both service catalogs, and
every button fits WhatsApp's 20 characters without being cut."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.noc.service import TEXTS as NOC
from services.permit.service import TEXTS as PERMIT

ROOT = Path(__file__).resolve().parents[3]
NAMED = re.compile(r"""(?:\bt|texts|Refused|button)\(\s*(?:"[a-z]+",\s*)?f?["']([a-z_]+)["']""")
CODE = {"permit": [ROOT / "shared" / "casework", ROOT / "services" / "permit"],
        "noc": [ROOT / "shared" / "casework", ROOT / "services" / "noc"]}
STATUSES = ("submitted", "under_scrutiny", "fee_pending", "approved", "rejected", "revoked", "expired")


@pytest.mark.parametrize(("name", "texts"), [("permit", PERMIT), ("noc", NOC)])
def test_every_named_text_and_every_status_is_in_the_catalog(name, texts):
    named = {key for folder in CODE[name] for path in folder.rglob("*.py")
             for key in NAMED.findall(path.read_text(encoding="utf-8")) if not key.endswith("_")}
    assert len(named) > 25
    wanted = named | {f"status_{s}" for s in STATUSES} | {f"notify_{s}" for s in STATUSES[:-1]}
    assert sorted(wanted - set(texts.entries)) == []
    assert texts.problems() == []


@pytest.mark.parametrize("texts", [PERMIT, NOC])
def test_buttons_fit_whatsapp(texts):
    for key, entry in texts.entries.items():
        if key.startswith("btn_"):
            assert all(len(entry[lang]) <= 20 for lang in ("bn", "en")), key


@pytest.mark.parametrize("texts", [PERMIT, NOC])
def test_a_revocation_is_called_in_bengali_what_its_status_says(texts):
    """The status of a revoked document is প্রত্যাহৃত (withdrawn); its notice and details say it was withdrawn
    too, not বাতিল, the word for a rejected, cancelled or discarded thing elsewhere in the chat."""
    assert texts("status_revoked", "bn") == "প্রত্যাহৃত"
    for key in ("notify_revoked", "details_revoked"):
        said = texts.entries[key]["bn"]
        assert "প্রত্যাহার করা হয়েছে" in said and "বাতিল" not in said, key
