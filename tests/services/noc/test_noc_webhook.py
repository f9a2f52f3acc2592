"""End to end through the real webhook and the real back office, as ``panchayat run`` builds the system:
the holder downloads the certificate, anyone checks its QR code, the office revokes it and the public
page says so at once; a certificate past its term shows expired; a tampered code is a plain 404."""
from __future__ import annotations

import re

from casework_kit import Phone, in_pdf, pdf_text
from phone_kit import has

from shared.auth import AUTH

RINA = "919800000001"
VALID, EXPIRED = "TNOC/2026/000045", "TNOC/2024/000077"
CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")


async def test_download_verify_revoke_expired_and_a_tampered_code(system):
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "baghmundi"})
    official = {"Authorization": f"Bearer {token}"}
    rina = Phone(http, base, RINA)
    await rina.say("hi", until=has("interactive"))
    await rina.tap("shell:lang:bn", until=has("interactive"))
    await rina.tap("noc:menu", until=has("interactive"))
    mine = await rina.tap("noc:mine", until=has("interactive"))
    assert any(VALID in str(m) for m in mine)
    got = await rina.say(f"download {VALID}", until=has("document"))
    [certificate] = [m for m in got if m["type"] == "document"]
    pdf = await rina.pdf(certificate["document"]["id"])
    assert not in_pdf(pdf, "রিনা দাস", "Rina Das", VALID)
    code = CODE.search(pdf_text(pdf).replace("\n", "")).group(1)  # type: ignore[union-attr]
    valid = await rina.verify(code, until=lambda v: v.get("status") == "valid")
    assert valid["number"] == VALID and valid["kind"] == "trade_noc"

    revoked = await http.post(f"{base}/api/noc/certificates/{VALID}/revoke", headers=official,
                              json={"reason": "The shop was closed down."})
    assert revoked.status == 200, await revoked.text()
    assert (await rina.verify(code, until=lambda v: v.get("status") == "revoked"))["number"] == VALID
    async with http.get(f"{base}/verify/{code}", headers={"Accept": "text/html"}) as page:
        assert page.status == 200 and "Revoked" in await page.text()

    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    async with http.get(f"{base}/verify/{tampered}") as response:
        body = await response.text()
        assert response.status == 404 and VALID not in body and "Rina" not in body
    admin, _ = await app[AUTH].create("noc_admin")
    async with http.get(f"{base}/api/noc/certificates/{EXPIRED}", headers={"Authorization": f"Bearer {admin}"}) as r:
        expired_code = (await r.json())["issue"]["code"]
    expired = await rina.verify(expired_code, until=lambda v: v.get("status") == "expired")
    assert expired["number"] == EXPIRED and expired["holder_name"] == "অর্জুন মণ্ডল / Arjun Mondal"
    await rina.eventually(lambda got: any("প্রত্যাহার" in str(m) and VALID in str(m) for m in got))  # holder told
