"""A permit copy on a machine without the PDF fonts stops before it connects, with the fix, instead of failing the
first applicant who asks for a letter; the demo applications are loaded once however often it starts."""
from __future__ import annotations

from pathlib import Path

import pytest
from casework_kit import PUBLIC_URL, service_runtime

from services.permit.service import spec
from shared.documents import FontsMissing


def test_missing_fonts_stop_the_service_before_it_connects(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PANCHAYAT_FONT_DIR", str(tmp_path))
    with pytest.raises(FontsMissing, match="scripts/setup-system"):
        spec(public_url=PUBLIC_URL).run_checks()


async def test_demo_applications_are_loaded_once(runtime, bus, clock, tmp_path: Path):
    again = service_runtime(spec(public_url=PUBLIC_URL), bus, tmp_path / "permit.sqlite3", clock)
    await again.start()
    await again.stop(1.0)
    await bus.drain()
    issued = [e for e in bus.seen if e.type == "permit.document.issued"]
    assert len(issued) == 4  # two approved, the expired and the revoked application's letters, once each
