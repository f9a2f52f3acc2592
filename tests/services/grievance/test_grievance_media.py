"""The files people send with complaints, fetched from the Cloud API and opened by officials in the back office.

The Cloud API is the simulator's (``simulator.graph``: ``GET /{version}/{media_id}``, then the file at its
``url``) over real HTTP, behind a switch that makes it answer as Meta does when it is down (503, code 2).
The service runs as ``panchayat service grievance`` with ``WHATSAPP_API_URL`` pointing at it; the sweep is run by
the tests (``media.fetch_due``) on the fake clock, as the escalation tests run theirs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from aiohttp import web
from chat_kit import runtime_maker
from grievance_kit import KALCHINI_GP, Person
from prometheus_client import CollectorRegistry

from services.grievance import media
from services.grievance.backoffice import DESCRIPTION
from services.grievance.repository import Repositories
from services.grievance.repository import media as files
from services.grievance.service import spec
from shared.auth import Tokens
from shared.chat import Media
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore
from simulator.app import Simulator, create_simulator
from simulator.errors import error_response

API = "/api/grievance"
TOKEN = "cloud-token-for-media"
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"  # a JPEG's first and last marks around bytes
VOICE = b"OggS" + bytes(range(255, -1, -1)) * 30
FALAKATA_GP = "703305"


@dataclass
class Outage:
    """How many of the Cloud API's next answers are Meta's 503 (code 2), and how many calls it took."""

    left: int = 0
    calls: int = 0


@pytest.fixture
def outage() -> Outage:
    return Outage()


@pytest.fixture
async def cloud(aiohttp_server: Any, outage: Outage) -> tuple[Simulator, str]:
    """The simulator and its ``WHATSAPP_API_URL``."""
    simulator = create_simulator(access_token=TOKEN, app_secret="secret", phone_number_id="100000000000001",
                                 webhook_url="http://127.0.0.1:9/webhook", status_delay=0.0)

    @web.middleware
    async def down(request: web.Request, handler: Any) -> web.StreamResponse:
        outage.calls += 1
        if outage.left:
            outage.left -= 1
            return error_response(2)
        return await handler(request)

    app = simulator.create_app()
    app.middlewares.append(down)
    server = await aiohttp_server(app)
    return simulator, str(server.make_url(simulator.api_path))


@pytest.fixture
async def desk(aiohttp_client, bus, clock, tmp_path: Path, cloud, people):
    """The back office of a grievance service whose Cloud API is ``cloud``; ``desk.person()`` chats with it."""
    _, api_url = cloud
    async with runtime_maker(lambda: spec(escalate_every=None, fetch_every=None, load_demo=False), bus,
                             tmp_path / "grievance.sqlite3", clock, retries="0.01,0.01") as make:
        runtime = await make(start=False)
        runtime.settings = runtime.context.settings = runtime.settings.model_copy(update={
            "WHATSAPP_API_URL": api_url, "WHATSAPP_ACCESS_TOKEN": TOKEN})
        tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
        client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

        async def bearer(role: str = "district_officer", **scope: str) -> dict[str, str]:
            token, _ = await tokens.create(role, scope=scope)
            return {"Authorization": f"Bearer {token}"}

        client.bearer, client.person, client.runtime = bearer, people(bus, runtime), runtime
        yield client


def sent(cloud: tuple[Simulator, str], data: bytes, mime_type: str) -> str:
    """A file the person's phone uploaded to WhatsApp: its media id."""
    return cloud[0].media.put(data, mime_type).id


async def lodge_with(person: Person, *media_ids: str, gp: str = KALCHINI_GP, voice: str | None = None) -> str:
    """A complaint lodged with photos (``media_ids``) and a voice note; returns its number."""
    await person.draft(gp=gp)
    last = None
    for media_id in media_ids:
        last = await person.photo(media_id)
    if voice is not None:
        last = await person.photo(voice, kind="voice")
    done = await person.tap(last.choice("grievance:submit:"))  # type: ignore[union-attr]
    return done.event("grievance.ticket.lodged")["number"]


async def test_the_photo_and_voice_note_of_a_complaint_are_kept_and_its_office_opens_them_as_sent(
        desk, cloud, monkeypatch):
    monkeypatch.setattr(files, "PART", 4096)  # the voice note's bytes take two parts, the photo's three
    photo, voice = sent(cloud, PHOTO, "image/jpeg"), sent(cloud, VOICE, "audio/ogg")
    number = await lodge_with(desk.person(), photo, voice=voice)
    assert await media.fetch_due(desk.runtime.context) == 2
    kept = await Repositories.of(desk.runtime.store).media.get(photo)
    assert kept is not None and (kept.state, kept.size, kept.parts) == ("kept", len(PHOTO), 3)
    cloud[0].media._items.clear()  # Meta lets go of the files: the service keeps its own copy

    headers = await desk.bearer("gp_official", gp="Kalchini")
    ticket = await (await desk.get(f"{API}/tickets/{number}", headers=headers)).json()
    assert [m["path"] for m in ticket["media"]] == [f"{API}/tickets/{number}/media/{photo}",
                                                   f"{API}/tickets/{number}/media/{voice}"]
    for media_id, data, mime_type in ((photo, PHOTO, "image/jpeg"), (voice, VOICE, "audio/ogg")):
        opened = await desk.get(f"{API}/tickets/{number}/media/{media_id}", headers=headers)
        assert opened.status == 200 and opened.content_type == mime_type
        assert await opened.read() == data
        assert opened.headers["Content-Disposition"].startswith("inline;")


async def test_a_voice_note_is_fetched_by_the_sweep_soon_after_it_comes(desk, cloud):
    voice = sent(cloud, VOICE, "audio/ogg")
    number = await lodge_with(desk.person(), voice=voice)
    waiting = await Repositories.of(desk.runtime.store).media.get(voice)
    assert waiting is not None and (waiting.state, waiting.ticket) == ("waiting", number)
    assert await media.fetch_due(desk.runtime.context) == 1
    assert await media.fetch_due(desk.runtime.context) == 0  # fetched once
    cloud[0].media._items.clear()
    opened = await desk.get(f"{API}/tickets/{number}/media/{voice}", headers=await desk.bearer())
    assert opened.status == 200 and opened.content_type == "audio/ogg" and await opened.read() == VOICE


async def test_a_voice_note_to_an_official_is_kept_and_opened_from_the_conversation(desk, cloud):
    person = desk.person("bn")
    number = await person.lodge()
    await person.tap(f"grievance:human:{number}")
    voice = sent(cloud, VOICE, "audio/ogg")
    spoken = await person.photo(voice, kind="voice")
    assert spoken.event("grievance.handoff.requested")["message"] == "(voice note)"
    assert await media.fetch_due(desk.runtime.context) == 1
    headers = await desk.bearer("block_officer", block="Kalchini")
    ticket = await (await desk.get(f"{API}/tickets/{number}", headers=headers)).json()
    path = ticket["conversation"][-1]["media"]["path"]
    assert path == f"{API}/tickets/{number}/media/{voice}"
    opened = await desk.get(path, headers=headers)
    assert opened.status == 200 and await opened.read() == VOICE


async def test_a_cloud_api_that_fails_leaves_the_chat_alone_and_the_file_is_fetched_later(
        desk, cloud, outage, clock):
    photo = sent(cloud, PHOTO, "image/jpeg")
    outage.left = 2
    person = desk.person()
    number = await lodge_with(person, photo)  # the person's turns never call the Cloud API
    assert outage.calls == 0
    assert await media.fetch_due(desk.runtime.context) == 0
    waiting = await Repositories.of(desk.runtime.store).media.get(photo)
    assert waiting is not None and (waiting.state, waiting.tries) == ("waiting", 1)
    assert "Temporary due to downtime" in waiting.reason
    assert await media.fetch_due(desk.runtime.context) == 0 and outage.calls == 1  # not due again yet

    headers = await desk.bearer()
    busy = await desk.get(f"{API}/tickets/{number}/media/{photo}", headers=headers)  # tried now: still down
    assert busy.status == 503 and busy.headers["Retry-After"] == "60"
    assert (await busy.json())["error"] == "not_fetched"

    clock.advance(minutes=5)  # the next try has come
    assert await media.fetch_due(desk.runtime.context) == 1
    opened = await desk.get(f"{API}/tickets/{number}/media/{photo}", headers=headers)
    assert opened.status == 200 and await opened.read() == PHOTO


async def test_a_file_meta_no_longer_has_is_recorded_gone_and_answered_410(desk, cloud):
    number = await lodge_with(desk.person(), "1234567890123456", voice="6543210987654321")
    assert await media.fetch_due(desk.runtime.context) == 2
    gone = await Repositories.of(desk.runtime.store).media.get("1234567890123456")
    assert gone is not None and gone.state == "gone" and "does not exist" in gone.reason
    calls = len(await Repositories.of(desk.runtime.store).media.due(desk.runtime.context.now(), limit=10))
    assert calls == 0  # never asked for again
    answered = await desk.get(f"{API}/tickets/{number}/media/1234567890123456", headers=await desk.bearer())
    assert answered.status == 410
    body = await answered.json()
    assert body["error"] == "gone" and "WhatsApp no longer has it" in body["detail"]


async def test_a_file_not_fetched_yet_is_fetched_when_an_official_opens_it(desk, cloud):
    photo = sent(cloud, PHOTO, "image/jpeg")
    number = await lodge_with(desk.person(), photo, "1234567890123456")
    await desk.runtime.store.collection("media").delete(photo)  # as for a complaint lodged before files were kept
    headers = await desk.bearer()
    opened = await desk.get(f"{API}/tickets/{number}/media/{photo}", headers=headers)
    assert opened.status == 200 and await opened.read() == PHOTO
    assert (await Repositories.of(desk.runtime.store).media.get(photo)).state == "kept"  # type: ignore[union-attr]
    missing = await desk.get(f"{API}/tickets/{number}/media/1234567890123456", headers=headers)
    assert missing.status == 410  # gone at Meta, asked for the first time by the official
    assert await media.fetch_due(desk.runtime.context) == 0  # both settled: nothing left for the sweep


async def test_only_the_complaints_office_opens_its_files_and_only_files_of_that_complaint(desk, cloud):
    person = desk.person()
    ours, theirs = sent(cloud, PHOTO, "image/jpeg"), sent(cloud, VOICE, "audio/ogg")
    number = await lodge_with(person, ours)
    other = await lodge_with(person, theirs, gp=FALAKATA_GP)
    path = f"{API}/tickets/{number}/media/{ours}"
    for outside in (await desk.bearer("gp_official", gp="Latabari"),
                    await desk.bearer("block_officer", block="Falakata"),
                    await desk.bearer("district_officer", district="Jhargram")):
        refused = await desk.get(path, headers=outside)
        assert refused.status == 404 and (await refused.json())["detail"] == f"no complaint {number}"
    assert (await desk.get(path, headers=await desk.bearer("gp_official", gp="Kalchini"))).status == 200
    assert (await desk.get(path)).status == 401
    headers = await desk.bearer()
    assert (await desk.get(f"{API}/tickets/{number}/media/{theirs}", headers=headers)).status == 404
    assert (await desk.get(f"{API}/tickets/{other}/media/{theirs}", headers=headers)).status == 200


async def test_a_file_over_the_limit_is_refused_with_its_reason(desk, cloud, monkeypatch):
    monkeypatch.setattr(media, "MOST", 1000)
    photo = sent(cloud, PHOTO, "image/jpeg")
    number = await lodge_with(desk.person(), photo)
    assert await media.fetch_due(desk.runtime.context) == 1
    refused = await Repositories.of(desk.runtime.store).media.get(photo)
    assert refused is not None and refused.state == "refused" and refused.size is None
    answered = await desk.get(f"{API}/tickets/{number}/media/{photo}", headers=await desk.bearer())
    assert answered.status == 410 and "too large" in (await answered.json())["detail"]


def test_the_description_says_the_file_comes_as_it_was_sent():
    get = DESCRIPTION["paths"][f"{API}/tickets/{{number}}/media/{{media_id}}"]["get"]
    assert get["responses"]["200"]["content"]["*/*"]["schema"] == {"type": "string", "format": "binary"}
    assert {"404", "410", "503"} <= set(get["responses"])


@pytest.mark.parametrize(("sent_as", "saved_as"), [
    ("জমির দলিল.pdf", "জমির দলিল.pdf"),
    ('../../etc/"passwd".pdf', "etc_passwd_.pdf"),  # no path, no quote: only the name survives
    ("receipt", "receipt.pdf"),  # a name without its kind gets it from the file's type
])
async def test_a_document_downloads_under_the_name_it_was_sent_with_after_the_complaints_number(
        desk, cloud, sent_as, saved_as):
    deed = sent(cloud, b"%PDF-1.4 the deed", "application/pdf")
    person = desk.person()
    await person.draft()
    shown = await person.send(person.envelope(kind="media", media=Media(
        kind="document", id=deed, mime_type="application/pdf", filename=sent_as)))
    number = (await person.tap(shown.choice("grievance:submit:"))).event("grievance.ticket.lodged")["number"]
    opened = await desk.get(f"{API}/tickets/{number}/media/{deed}", headers=await desk.bearer())
    assert opened.status == 200 and await opened.read() == b"%PDF-1.4 the deed"
    disposition = opened.headers["Content-Disposition"]
    assert disposition.startswith(f'attachment; filename="{number}-{deed}.pdf"; filename*=UTF-8\'\'')
    assert unquote(disposition.split("filename*=UTF-8''", 1)[1]) == f"{number}-{saved_as}"
