"""The process's HTTP face, built through ``create_app`` as ``serve`` builds it."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from unittest.mock import AsyncMock

import pytest
from aiohttp import web
from echo_service import echo_spec, inbound
from pydantic import BaseModel

from shared.auth import Tokens, principal, requires
from shared.runtime import NotFound, create_app, read_json, service_context


class NewEcho(BaseModel):
    text: str


def echo_routes(app: web.Application) -> None:
    @requires("tourism_admin", "permit_admin")
    async def list_echoes(request: web.Request) -> web.Response:
        echoes = await service_context(request).store.collection("echoes").find()
        return web.json_response({"by": principal(request).name, "texts": [e["text"] for e in echoes]})

    @requires("permit_admin")
    async def add_echo(request: web.Request) -> web.Response:
        body = await read_json(request, NewEcho)
        doc = await service_context(request).store.collection("echoes").insert({"_id": body.text, "text": body.text})
        return web.json_response({"id": doc["_id"]}, status=201)

    @requires("permit_admin")
    async def one_echo(request: web.Request) -> web.Response:
        raise NotFound(f"no echo {request.match_info['id']}")

    @requires("permit_admin")
    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError("secret internals")

    app.router.add_get("/echoes", list_echoes)
    app.router.add_post("/echoes", add_echo)
    app.router.add_get("/echoes/{id}", one_echo)
    app.router.add_get("/broken", broken)


@pytest.fixture
async def tokens(make_store) -> Tokens:
    return Tokens(make_store("auth"))


@pytest.fixture
def runtime(make_runtime):
    return make_runtime(echo_spec(routes=echo_routes))


@pytest.fixture
async def client(aiohttp_client, runtime, tokens, metrics, collector):
    return await aiohttp_client(create_app([runtime], auth=tokens, registry=metrics.registry))


async def bearer(tokens: Tokens, role: str) -> dict[str, str]:
    token, _ = await tokens.create(role, name=f"{role}-test")
    return {"Authorization": f"Bearer {token}"}


async def test_healthz_is_ok_while_consuming_and_503_naming_the_stopped_consumer(client, runtime, monkeypatch):
    ok = await client.get("/healthz")
    assert (ok.status, await ok.json()) == (200, {"status": "ok"})
    monkeypatch.setattr(runtime.bus, "consuming", lambda: False)
    stopped = await client.get("/healthz")
    assert stopped.status == 503
    assert (await stopped.json())["stopped"] == ["echo"]


async def test_readyz_reports_an_unreachable_store_or_bus(client, runtime, monkeypatch):
    assert (await client.get("/readyz")).status == 200
    monkeypatch.setattr(runtime.store, "ping", AsyncMock(return_value=False))
    monkeypatch.setattr(runtime.bus, "ping", AsyncMock(side_effect=ConnectionError("refused")))
    answer = await client.get("/readyz")
    assert answer.status == 503
    assert (await answer.json())["reasons"] == ["echo: bus unreachable: refused", "echo: store unreachable"]


async def test_metrics_expose_the_counters_the_runtime_moved(client, runtime, collector):
    await runtime.bus.publish(inbound("hello"))
    await collector.wait_for("wa.outbound")
    text = await (await client.get("/metrics")).text()
    assert 'panchayat_messages_handled_total{outcome="ok",service="echo",type="wa.inbound.echo"} 1.0' in text
    assert 'panchayat_published_total{service="echo",type="wa.outbound"} 1.0' in text
    assert 'panchayat_handler_seconds_count{service="echo",type="wa.inbound.echo"} 1.0' in text
    heap = {line.split('"')[1]: float(line.rsplit(" ", 1)[1])
            for line in text.splitlines() if line.startswith("panchayat_memory_bytes{")}
    assert set(heap) == {"malloc_in_use", "malloc_free", "malloc_heap", "sqlite"}
    assert heap["malloc_in_use"] > 0 and heap["sqlite"] > 0  # the runtime's store holds SQLite pages


async def test_back_office_needs_a_token_with_an_admitted_role(client, tokens):
    missing = await client.get("/api/echo/echoes")
    assert missing.status == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await client.get("/api/echo/echoes", headers={"Authorization": "Bearer nope"})).status == 401
    wrong = await client.get("/api/echo/echoes", headers=await bearer(tokens, "payroll_admin"))
    assert (wrong.status, (await wrong.json())["error"]) == (403, "forbidden")
    right = await client.get("/api/echo/echoes", headers=await bearer(tokens, "tourism_admin"))
    assert (right.status, await right.json()) == (200, {"by": "tourism_admin-test", "texts": []})


async def test_a_revoked_token_is_refused(client, tokens):
    headers = await bearer(tokens, "permit_admin")
    assert (await client.get("/api/echo/echoes", headers=headers)).status == 200
    assert await tokens.revoke("permit_admin-test")
    refused = await client.get("/api/echo/echoes", headers=headers)
    assert (refused.status, await refused.json()) == (401, {"error": "unauthorized",
                                                            "detail": "unknown or revoked token"})
    assert 'error="invalid_token"' in refused.headers["WWW-Authenticate"]


async def test_an_expired_token_is_refused_saying_so_after_one_store_read(client, tokens, monkeypatch):
    made = datetime(2025, 3, 1, tzinfo=UTC)
    now = [made]
    tokens.clock = lambda: now[0]
    token, _ = await tokens.create("permit_admin", name="ops", days=7)
    headers = {"Authorization": f"Bearer {token}"}
    now[0] = made + timedelta(days=7) - timedelta(seconds=1)
    assert (await client.get("/api/echo/echoes", headers=headers)).status == 200
    reads = []
    get = tokens.store.collection("tokens").get
    monkeypatch.setattr(tokens._tokens, "get", lambda id: reads.append(id) or get(id))
    now[0] = made + timedelta(days=7)
    expired = await client.get("/api/echo/echoes", headers=headers)
    assert expired.status == 401 and len(reads) == 1
    body = await expired.json()
    assert body["error"] == "unauthorized"
    assert body["detail"].startswith("expired token") and "ask for a new one" in body["detail"]
    assert expired.headers["WWW-Authenticate"] == 'Bearer realm="panchayat", error="invalid_token"'


async def test_errors_map_to_json_answers_without_internals(client, tokens):
    headers = await bearer(tokens, "permit_admin")
    bad = await client.post("/api/echo/echoes", data=b"{not json", headers=headers)
    assert (bad.status, (await bad.json())["error"]) == (400, "bad_json")
    for body in (b'{"text": ' + b"9" * 5000 + b"}", b"[" * 100_000 + b"]" * 100_000, b'{"text": "\xff"}'):
        odd = await client.post("/api/echo/echoes", data=body, headers=headers)  # too long a number, too deep,
        assert (odd.status, (await odd.json())["error"]) == (400, "bad_json")  # not UTF-8: still the body's fault
    invalid = await client.post("/api/echo/echoes", json={"txt": "x"}, headers=headers)
    assert (invalid.status, (await invalid.json())["error"]) == (422, "invalid")
    assert (await client.post("/api/echo/echoes", json={"text": "x"}, headers=headers)).status == 201
    again = await client.post("/api/echo/echoes", json={"text": "x"}, headers=headers)
    assert (again.status, (await again.json())["error"]) == (409, "duplicate")
    assert "UNIQUE" not in (detail := (await again.json())["detail"]) and "c_echoes" not in detail  # no SQL
    missing = await client.get("/api/echo/echoes/42", headers=headers)
    assert (missing.status, await missing.json()) == (404, {"error": "not_found", "detail": "no echo 42"})
    broken = await client.get("/api/echo/broken", headers=headers)
    assert broken.status == 500
    assert "secret" not in await broken.text() and "Traceback" not in await broken.text()


async def test_a_route_without_declared_roles_is_refused_when_the_app_is_built(make_runtime):
    async def unguarded(request: web.Request) -> web.Response:
        return web.Response()

    def open_route(app: web.Application) -> None:
        app.router.add_get("/open", unguarded)

    with pytest.raises(ValueError, match="/open"):
        make_runtime(echo_spec(routes=open_route)).backoffice_app()
