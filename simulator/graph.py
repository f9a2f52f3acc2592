"""The fake Cloud API under ``/graph``: messages, media upload, media URL and download.

It answers as Meta does, including how Meta refuses: a missing or wrong token is 190 with HTTP 401, an
unknown phone-number id is 100 with subcode 33, a body over Meta's limits is 400 with the code and the
``error_data.details`` from ``gateway.outbound.validate_body`` — the same check the typed models run — and
an injected failure is the chosen error with Meta's HTTP status for it.
"""
from __future__ import annotations

import asyncio
import hmac
from typing import Any

from aiohttp import BodyPartReader, web

from gateway.outbound import validate_body
from simulator.core import SimulatorState
from simulator.errors import error_response
from simulator.failures import Endpoint
from simulator.media import MAX_BYTES, SUPPORTED

VERSION = r"{version:v\d+\.\d+}"
NO_OBJECT = ("Unsupported {verb} request. Object with ID '{id}' does not exist, cannot be loaded due to missing "
             "permissions, or does not support this operation")


class GraphApi:
    def __init__(self, state: SimulatorState, prefix: str = "/graph"):
        self._state = state
        self._prefix = prefix

    def routes(self) -> list[web.RouteDef]:
        p = self._prefix
        return [web.post(f"{p}/{VERSION}/{{phone_number_id}}/messages", self.messages),
                web.post(f"{p}/{VERSION}/{{phone_number_id}}/media", self.upload),
                web.get(f"{p}/{VERSION}/{{media_id}}", self.media_info),
                web.get(f"{p}/attachments/{{media_id}}", self.download)]

    async def messages(self, request: web.Request) -> web.Response:
        if self._state.config.api_latency:
            await asyncio.sleep(self._state.config.api_latency)
        if (refused := self._refuse(request, check_number=True)) is not None:
            return refused
        try:
            body: Any = await request.json()
        except ValueError:
            return error_response(100, "The request body is not valid JSON")
        problems = validate_body(body, request=True)
        if problems:
            details = "; ".join(p.details for p in problems)
            self._state.reject(body, problems[0].code, details)
            return error_response(problems[0].code, details)
        receipt = "status" in body
        person = body.get("to") or body.get("recipient")
        if (failed := self._injected("read" if receipt else "send", person)) is not None:
            return failed
        if (closed := self._state.window_closed(body)) is not None:
            return error_response(131047, closed)
        if receipt:
            self._state.receipt(body)
            return web.json_response({"success": True})
        wamid = self._state.accept(body)
        sent: dict[str, Any] = {"id": wamid}
        if body.get("type") == "template":
            sent["message_status"] = "accepted"
        contact = {"input": body["to"], "wa_id": body["to"]} if "to" in body else {  # a business-scoped id
            "input": body["recipient"], "user_id": body["recipient"]}
        return web.json_response({"messaging_product": "whatsapp", "contacts": [contact], "messages": [sent]})

    async def upload(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request, check_number=True)) is not None:
            return refused
        try:
            fields = await _form(request)
        except ValueError as exc:
            return error_response(100, f"Expected a multipart/form-data upload: {exc}")
        if fields.get("messaging_product") != "whatsapp":
            return error_response(100, "messaging_product must be 'whatsapp'")
        if "file" not in fields or not fields.get("type"):
            return error_response(131008, "file and type are required")
        data, filename = fields["file"]
        mime_type = str(fields["type"]).split(";")[0].strip()
        if mime_type not in SUPPORTED or not data:
            return error_response(131053, f"Unsupported or empty file of type {mime_type!r}")
        if (failed := self._injected("media")) is not None:
            return failed
        return web.json_response({"id": self._state.media.put(data, mime_type, filename).id})

    async def media_info(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request)) is not None:
            return refused
        media_id = request.match_info["media_id"]
        media = self._state.media.get(media_id)
        if media is None:
            return error_response(100, NO_OBJECT.format(verb="get", id=media_id), subcode=33)
        url = f"{request.url.origin()}{self._prefix}/attachments/{media.id}"
        return web.json_response({"messaging_product": "whatsapp", "url": url, "mime_type": media.mime_type,
                                  "sha256": media.sha256, "file_size": len(media.data), "id": media.id})

    async def download(self, request: web.Request) -> web.Response:
        if (refused := self._refuse(request)) is not None:
            return refused
        media = self._state.media.get(request.match_info["media_id"])
        if media is None:
            return web.Response(status=404, text="not found")
        return web.Response(body=media.data, content_type=media.mime_type)

    def _refuse(self, request: web.Request, *, check_number: bool = False) -> web.Response | None:
        given = request.headers.get("Authorization", "").encode()
        expected = f"Bearer {self._state.config.access_token}".encode()
        if not hmac.compare_digest(given, expected):
            return error_response(190, "The access token could not be decrypted")
        number = request.match_info.get("phone_number_id")
        if check_number and number != self._state.config.phone_number_id:
            return error_response(100, NO_OBJECT.format(verb="post", id=number), subcode=33)
        return None

    def _injected(self, endpoint: Endpoint, to: Any = None) -> web.Response | None:
        failure = self._state.failures.take(endpoint, str(to) if to is not None else None)
        if failure is None:
            return None
        return error_response(failure.code, failure.details, status=failure.status, subcode=failure.subcode)


async def _form(request: web.Request) -> dict[str, Any]:
    """The upload's fields; ``file`` is ``(bytes, filename)``. Streamed, so the size cap is Meta's, not
    the host app's request limit."""
    fields: dict[str, Any] = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            raise ValueError("nested multipart is not supported")
        if part.name == "file":
            data = bytearray()
            while chunk := await part.read_chunk():
                data += chunk
                if len(data) > MAX_BYTES:
                    raise ValueError(f"the file is over {MAX_BYTES} bytes")
            fields["file"] = (bytes(data), part.filename)
        elif part.name:
            fields[part.name] = await part.text()
    return fields
