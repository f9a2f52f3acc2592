"""A trade NOC's public page names the trade's holder, number and term, never its premises: a premises is an address
(holding, village, post office), which the public record does not hold, and it has no plot to show."""
from __future__ import annotations

import re

from casework_kit import RINA, in_pdf, in_the_chat, pdf_text
from phone_kit import has

VALID = "TNOC/2026/000045"
CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")


async def test_the_certificates_page_shows_no_premises_and_no_plot(system):
    http, base, _ = system
    rina = await in_the_chat(system, "noc", RINA, "bn")
    got = await rina.say(f"download {VALID}", until=has("document"))
    [certificate] = [m for m in got if m["type"] == "document"]
    pdf = await rina.pdf(certificate["document"]["id"])
    assert not in_pdf(pdf, "Holding 112, Baghmundi Bazar")  # the paper names it
    code = CODE.search(pdf_text(pdf).replace("\n", "")).group(1)  # type: ignore[union-attr]
    view = await rina.verify(code, until=lambda v: v.get("status") == "valid")
    assert view["number"] == VALID and view["plot"] is None
    async with http.get(f"{base}/verify/{code}", headers={"Accept": "text/html"}) as page:
        html = await page.text()
    assert page.status == 200 and VALID in html
    for absent in ("Holding 112", "Baghmundi Bazar", "Premises", "ব্যবসার স্থান", "Mouza", "মৌজা", "দাগ"):
        assert absent not in html, absent
