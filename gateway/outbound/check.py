"""``validate_body``: the one check of a Cloud API message body against Meta's limits.

The typed models run it on the body they build (so a bad message fails where it is made) and the simulator
runs it on every request it receives (so it answers 400 exactly where Meta would). Types this project
never builds but Meta accepts (audio, location, …) are only checked for their object.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from gateway.inbound import USER_ID
from gateway.outbound import limits as L
from gateway.outbound.interactive import check_interactive
from gateway.outbound.problems import (
    INVALID_PARAMETER,
    MISSING_PARAMETER,
    TEMPLATE_PARAMETERS,
    Problem,
    Problems,
)

OTHER_TYPES = frozenset({"audio", "video", "sticker", "location", "contacts", "reaction"})
RECIPIENT = r"^\+?\d{6,15}$"
LINK = r"^https?://\S+$"
CRAMPED = re.compile(rf"[\n\t]| {{{L.TEMPLATE_PARAM_SPACES + 1},}}")


def validate_body(body: Any, *, request: bool = False) -> list[Problem]:
    """Every fault of ``body`` (empty when Meta would accept it). ``request=True`` also checks the envelope
    fields the sender adds (``messaging_product``, ``to``), as the simulator receives them."""
    if not isinstance(body, Mapping):
        return [Problem(INVALID_PARAMETER, "The request body must be a JSON object")]
    found = Problems()
    receipt = "status" in body
    if request:
        _envelope(found, body, receipt)
    if receipt:
        _read_receipt(found, body)
        return found.found
    found.text(body, "biz_opaque_callback_data", "biz_opaque_callback_data", "Callback data", L.CALLBACK_DATA,
               required=False)
    kind = body.get("type", "text")
    check = CHECKS.get(kind)
    if check is not None:
        check(found, body)
    elif kind in OTHER_TYPES:
        found.obj(body, str(kind), str(kind))
    else:
        found.add(INVALID_PARAMETER, f"type: {kind!r} is not a message type")
    return found.found


def _envelope(found: Problems, body: Mapping[str, Any], receipt: bool) -> None:
    found.one_of(body, "messaging_product", "messaging_product", ["whatsapp"])
    if receipt:
        return
    if "recipient" in body and "to" not in body:  # a business-scoped id: someone known by their username only
        found.pattern(found.text(body, "recipient", "recipient", "Recipient", None), rf"^{USER_ID}$", "recipient",
                      "must be a business-scoped user id")
    else:
        found.pattern(found.text(body, "to", "to", "Recipient", None), RECIPIENT, "to", "must be a phone number")
    if "recipient_type" in body:
        found.one_of(body, "recipient_type", "recipient_type", ["individual"])


def _read_receipt(found: Problems, body: Mapping[str, Any]) -> None:
    found.one_of(body, "status", "status", ["read"])
    found.text(body, "message_id", "message_id", "Message id", None)
    typing = found.obj(body, "typing_indicator", "typing_indicator", required=False)
    if typing is not None:
        found.one_of(typing, "type", "typing_indicator.type", ["text"])


def _text(found: Problems, body: Mapping[str, Any]) -> None:
    text = found.obj(body, "text", "text")
    if text is None:
        return
    found.text(text, "body", "text.body", "Text body", L.TEXT_BODY)
    if not isinstance(text.get("preview_url", False), bool):
        found.add(INVALID_PARAMETER, "text.preview_url must be true or false")


def _document(found: Problems, body: Mapping[str, Any]) -> None:
    doc = _media(found, body, "document")
    if doc is not None:
        found.text(doc, "filename", "document.filename", "Filename", L.FILENAME, required=False)


def _image(found: Problems, body: Mapping[str, Any]) -> None:
    _media(found, body, "image")


def _media(found: Problems, body: Mapping[str, Any], kind: str) -> Mapping[str, Any] | None:
    """A document or an image: by the id of an uploaded file or by a link, and a caption within Meta's limit."""
    media = found.obj(body, kind, kind)
    if media is None:
        return None
    if "id" in media and "link" in media:
        found.add(INVALID_PARAMETER, f"{kind} takes either id or link, not both")
    elif "id" in media:
        found.text(media, "id", f"{kind}.id", "Media id", None)
    elif "link" in media:
        found.pattern(found.text(media, "link", f"{kind}.link", "Link", None), LINK, f"{kind}.link",
                      "must be an http(s) URL")
    else:
        found.add(MISSING_PARAMETER, f"{kind}.id or {kind}.link is required")
    found.text(media, "caption", f"{kind}.caption", "Caption", L.CAPTION, required=False)
    return media


def _template(found: Problems, body: Mapping[str, Any]) -> None:
    template = found.obj(body, "template", "template")
    if template is None:
        return
    name = found.text(template, "name", "template.name", "Template name", L.TEMPLATE_NAME)
    found.pattern(name, L.TEMPLATE_NAME_PATTERN, "template.name", "must be lowercase letters, digits and _")
    language = found.obj(template, "language", "template.language")
    if language is not None:
        code = found.text(language, "code", "template.language.code", "Language code", None)
        found.pattern(code, L.LANGUAGE_PATTERN, "template.language.code", "must be a code such as bn or en_US")
    most = 2 + L.TEMPLATE_BUTTONS_MAX  # a header, a body and the buttons
    components = found.items(template, "components", "template.components", "components", 0, most,
                             required=False)
    buttons = [c for c in components if c.get("type") == "button"]
    found.count(len(buttons), "template.components", "buttons", 0, L.TEMPLATE_BUTTONS_MAX)
    for i, component in enumerate(components):
        _component(found, component, f"template.components[{i}]")


def _component(found: Problems, component: Mapping[str, Any], path: str) -> None:
    kind = found.one_of(component, "type", f"{path}.type", ["header", "body", "button"])
    params = found.items(component, "parameters", f"{path}.parameters", "parameters", 0, 100,
                         required=kind == "button")
    if kind == "button":
        found.one_of(component, "sub_type", f"{path}.sub_type", ["quick_reply", "url", "copy_code", "flow"])
        found.pattern(found.text(component, "index", f"{path}.index", "Button index", 2), r"^\d+$",
                      f"{path}.index", "must be the button's position as a string of digits")
    for j, param in enumerate(params):
        where = f"{path}.parameters[{j}]"
        if param.get("type") == "text":
            value = found.text(param, "text", f"{where}.text", "Template parameter", L.TEMPLATE_PARAM)
            if value is not None and CRAMPED.search(value):
                found.add(TEMPLATE_PARAMETERS, f"{where}.text must not contain new lines, tabs or more than "
                                               f"{L.TEMPLATE_PARAM_SPACES} spaces in a row")
        elif param.get("type") == "payload":
            found.text(param, "payload", f"{where}.payload", "Button payload", L.TEMPLATE_PAYLOAD)
        elif "type" not in param:
            found.add(MISSING_PARAMETER, f"{where}.type is required")


CHECKS: dict[str, Callable[[Problems, Mapping[str, Any]], None]] = {
    "text": _text, "interactive": check_interactive, "document": _document, "image": _image,
    "template": _template,
}
