"""How a casework back office describes itself (``/api/<service>/openapi.json``); the description is built
by ``shared.runtime.openapi`` from the route table in ``__init__``."""
from __future__ import annotations

from typing import Any

from shared.casework.kind import Kind
from shared.runtime.openapi import ERRORS, Office


def office(kind: Kind[Any]) -> Office:
    return Office(
        prefix=f"/api/{kind.service}", title=kind.title,
        access=f"Bearer token with role {' or '.join(kind.roles)}; a gp_official token is scoped to its gram "
               "panchayat (gp=<code>). Numbers hold slashes and go in the path as they are.",
        errors={**ERRORS, "403": "role not admitted, a record placed (created, or moved) outside the token's area, or "
                                 "the first record of a gram panchayat by a gp_official token not naming its block "
                                 "and district",
                "422": "invalid input or a rule refused it (the detail says which), or a gram panchayat's names, "
                       "block or district other than its records give",
                "404": "no such record in the token's area: one elsewhere is not found, as a number never issued",
                "409": "changed by someone else meanwhile, or the number is taken"})
