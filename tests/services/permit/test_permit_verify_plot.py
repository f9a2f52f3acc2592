"""The QR code of a building-permission letter opens a page that names the plot the letter names, so a genuine
letter shown for another plot is told apart: Rina's two letters in the same mouza and khatian, dag 1023 and 1024,
each show their own. Through the real webhook and back office, as ``panchayat run`` builds the system."""
from __future__ import annotations

import re

from casework_kit import RINA, in_pdf, in_the_chat, pdf_text
from phone_kit import has

from shared.auth import AUTH

APPROVED, OLDER = "BP/PUR/2026/000101", "BP/PUR/2023/000210"
CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")
MOUZA = "<dt>মৌজা · জে এল নং / Mouza · JL no.</dt><dd>Baghmundi · 112</dd>"
DAG = "<dt>খতিয়ান নং · দাগ নং / Khatian no. · Plot (dag) no.</dt><dd>457 · {}</dd>"


async def html_of(http, base: str, code: str) -> str:
    async with http.get(f"{base}/verify/{code}", headers={"Accept": "text/html"}) as page:
        assert page.status == 200
        return await page.text()


async def test_the_letters_page_names_its_plot_and_another_letters_page_another(system):
    http, base, app = system
    rina = await in_the_chat(system, "permit", RINA, "bn")
    got = await rina.say(f"download {APPROVED}", until=has("document"))
    [letter] = [m for m in got if m["type"] == "document"]
    pdf = await rina.pdf(letter["document"]["id"])
    assert not in_pdf(pdf, "Baghmundi · 112", "457 · 1023")  # what the paper prints
    code = CODE.search(pdf_text(pdf).replace("\n", "")).group(1)  # type: ignore[union-attr]
    view = await rina.verify(code, until=lambda v: v.get("status") == "valid")
    assert view["plot"] == {"mouza": "Baghmundi", "jl_no": "112", "khatian": "457", "dag_no": "1023"}
    html = await html_of(http, base, code)
    assert MOUZA in html and DAG.format("1023") in html and "1024" not in html
    assert "9800000001" not in html and "2400" not in html  # still no mobile and no fee

    token, _ = await app[AUTH].create("permit_admin")
    async with http.get(f"{base}/api/permit/applications/{OLDER}", headers={"Authorization": f"Bearer {token}"}) as r:
        older = (await r.json())["issue"]["code"]
    await rina.verify(older, until=lambda v: v.get("status") == "expired")
    html = await html_of(http, base, older)
    assert MOUZA in html and DAG.format("1024") in html and "1023" not in html
