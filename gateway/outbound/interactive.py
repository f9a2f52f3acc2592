"""The interactive part of ``validate_body``: reply buttons and list messages, the project's menus.

These carry most of Meta's limits (3 buttons, 20-character titles, 10 rows across all sections, …) and
are where a Bengali label most easily runs over, so every limit here names the exact field it hit.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gateway.outbound import limits as L
from gateway.outbound.problems import INVALID_PARAMETER, Problems

# Meta's other interactive kinds are accepted as they are: this project does not build them.
OTHER_KINDS = frozenset({"cta_url", "flow", "location_request_message", "address_message", "product",
                         "product_list", "catalog_message", "call_permission_request"})


def check_interactive(found: Problems, body: Mapping[str, Any]) -> None:
    box = found.obj(body, "interactive", "interactive")
    if box is None:
        return
    kind = box.get("type")
    if kind in OTHER_KINDS:
        return
    if kind not in ("button", "list"):
        found.add(INVALID_PARAMETER, f"interactive.type must be 'button' or 'list', got {kind!r}")
        return
    _header_footer(found, box)
    main = found.obj(box, "body", "interactive.body")
    if main is not None:
        label, most = ("Body text", L.BUTTONS_BODY) if kind == "button" else ("List body text", L.LIST_BODY)
        found.text(main, "text", "interactive.body.text", label, most)
    action = found.obj(box, "action", "interactive.action")
    if action is not None:
        (_buttons if kind == "button" else _list)(found, action)


def _header_footer(found: Problems, box: Mapping[str, Any]) -> None:
    header = found.obj(box, "header", "interactive.header", required=False)
    if header is not None:
        if header.get("type") == "text":
            found.text(header, "text", "interactive.header.text", "Header text", L.HEADER_TEXT)
        else:
            found.one_of(header, "type", "interactive.header.type", ["text", "image", "video", "document"])
    footer = found.obj(box, "footer", "interactive.footer", required=False)
    if footer is not None:
        found.text(footer, "text", "interactive.footer.text", "Footer text", L.FOOTER_TEXT)


def _buttons(found: Problems, action: Mapping[str, Any]) -> None:
    path = "interactive.action.buttons"
    ids, titles = [], []
    for i, button in enumerate(found.items(action, "buttons", path, "buttons", L.BUTTONS_MIN, L.BUTTONS_MAX)):
        found.one_of(button, "type", f"{path}[{i}].type", ["reply"])
        reply = found.obj(button, "reply", f"{path}[{i}].reply")
        if reply is None:
            continue
        ids.append(found.text(reply, "id", f"{path}[{i}].reply.id", "Button id", L.BUTTON_ID))
        titles.append(found.text(reply, "title", f"{path}[{i}].reply.title", "Button title", L.BUTTON_TITLE))
    found.unique(ids, path, "Button ids")
    found.unique(titles, path, "Button titles")


def _list(found: Problems, action: Mapping[str, Any]) -> None:
    found.text(action, "button", "interactive.action.button", "List button label", L.LIST_BUTTON)
    path = "interactive.action.sections"
    sections = found.items(action, "sections", path, "sections", L.SECTIONS_MIN, L.SECTIONS_MAX)
    ids: list[str | None] = []
    for i, section in enumerate(sections):
        found.text(section, "title", f"{path}[{i}].title", "Section title", L.SECTION_TITLE,
                   required=len(sections) > 1)
        rows = found.items(section, "rows", f"{path}[{i}].rows", "rows", L.ROWS_MIN, L.ROWS_MAX)
        for j, row in enumerate(rows):
            where = f"{path}[{i}].rows[{j}]"
            ids.append(found.text(row, "id", f"{where}.id", "Row id", L.ROW_ID))
            found.text(row, "title", f"{where}.title", "Row title", L.ROW_TITLE)
            found.text(row, "description", f"{where}.description", "Row description", L.ROW_DESCRIPTION,
                       required=False)
    if len(sections) > 1:
        found.count(len(ids), path, "rows", L.ROWS_MIN, L.ROWS_MAX)
    found.unique(ids, path, "Row ids")
