"""A building permission's page names the plot its letter names: someone shown a genuine letter for another plot
of the same holder saw nothing on the page to tell them so. A trade NOC's page names no place (its premises is an
address, which the public record never holds), and a record stored before plots were shown still reads."""
from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from gateway.verify import VERIFICATIONS, verify_routes
from shared.documents.records import PublicPlot, issued
from tests.gateway.test_verify import CODE, NOW, MemoryStore, apply, event, page, record

PLOT = {"mouza": "Baghmundi", "jl_no": "112", "khatian": "457", "dag_no": "1023"}
PLOT_ROWS = ("<dt>মৌজা · জে এল নং / Mouza · JL no.</dt><dd>Baghmundi · 112</dd>"
             "<dt>খতিয়ান নং · দাগ নং / Khatian no. · Plot (dag) no.</dt><dd>457 · 1023</dd>")


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def client(aiohttp_client: Any, store: MemoryStore) -> Any:
    app = web.Application()
    verify_routes(app, store, clock=lambda: NOW)  # type: ignore[arg-type]
    return await aiohttp_client(app)


def permission(**plot: str) -> Any:
    return record(kind="building_permission", number="BP/PUR/2025/000101", plot=PublicPlot(**{**PLOT, **plot}))


async def test_a_permissions_page_shows_its_plot_as_the_letter_prints_it(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("permit", CODE, permission())))
    status, html = await page(client)
    assert status == 200 and PLOT_ROWS in html
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body["plot"] == PLOT and body["number"] == "BP/PUR/2025/000101"


async def test_the_plot_is_escaped_like_every_other_value(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("permit", CODE, permission(mouza="<b>Matha</b>", dag_no="560/1"))))
    _, html = await page(client)
    assert "<b>" not in html and "<dd>&lt;b&gt;Matha&lt;/b&gt; · 112</dd>" in html and "<dd>457 · 560/1</dd>" in html


async def test_a_trade_nocs_page_names_no_plot_and_no_premises(client: Any, store: MemoryStore) -> None:
    await apply(store, event(issued("noc", CODE, record())))
    status, html = await page(client)
    assert status == 200 and "Trade NOC" in html
    for absent in ("মৌজা", "Mouza", "দাগ", "Plot", "Premises", "ব্যবসার স্থান"):
        assert absent not in html
    assert (await (await client.get(f"/verify/{CODE}?format=json")).json())["plot"] is None


async def test_a_permission_stored_before_plots_were_shown_still_renders(client: Any, store: MemoryStore) -> None:
    """The gateway's stored records were written without the field: they read as having no plot."""
    await store.collection(VERIFICATIONS).insert({
        "_id": CODE, "kind": "building_permission", "number": "BP/PUR/2025/000101", "holder_name": "Rina Das",
        "office_en": "Falakata Gram Panchayat", "office_bn": "ফালাকাটা গ্রাম পঞ্চায়েত", "issued_on": "2025-01-05",
        "valid_from": None, "valid_until": "2028-01-04", "status": "valid"})
    status, html = await page(client)
    assert status == 200 and "Valid / বৈধ" in html and "Rina Das" in html and "Mouza" not in html
    body = await (await client.get(f"/verify/{CODE}?format=json")).json()
    assert body["plot"] is None and body["status"] == "valid"
    await apply(store, event(issued("permit", CODE, permission())))  # the letter announced again fills it in
    _, html = await page(client)
    assert PLOT_ROWS in html
