"""A case's place as a token's scope names it, and the folded copy of it each stored case carries.

A scope and a record are compared NFC, trimmed and case folded (``fold``), whole names only: the token
``district=purulia`` covers the record's ``Purulia`` and ``district=puru`` covers nothing. A gp code is
stored lower case by its model (``GramPanchayat.code``), so the store compares it as it is. Block and
district names are spelt as the office typed them, so each stored case also carries them folded under
``AREA`` (``{"block": …, "district": …}``), written with the case on every write and indexed with the
listing's status filter and number order: a scoped page is one indexed query. The field is the store's
own (a leading ``_``, as ``_id`` and ``_v``), dropped when a document is read back into its model.

Cases stored before the folded copy existed lack it. ``fold_stored`` gives it to them; the service runs
it at start, before its back office answers, so no listing of that process reads a case it has not
reached. It finds them by index (the folded district missing), so once done it costs one empty lookup per
start, and a case an older copy of the service stores meanwhile (during an upgrade) is found at the next
start. Such a case is meanwhile missing from its area's listing, never in another's: the listing checks
each case it reads against its own place (``outside``), as the office's check on one record does, so a
copy left out of date (an older copy moving a case to another panchayat) shows nothing outside the area.
"""
from __future__ import annotations

from typing import Any

from shared.auth import place_key
from shared.logging import get_logger
from shared.store import Collection, Conflict, Doc

log = get_logger(__name__)

AREA = "_area"
SCOPES = {"gp": "gp.code", "block": "gp.block", "district": "gp.district"}
FOLDED = {"gp.block": f"{AREA}.block", "gp.district": f"{AREA}.district"}  # the model's path → the stored copy
BATCH = 200  # cases given their folded place per store read
ATTEMPTS = 20


def fold(value: str) -> str:
    """A place as a scope and a record are compared: NFC, without outer spaces, case folded — so
    ``district=purulia`` is the record's ``Purulia``, as the payroll office reads a scope (``place_key``)."""
    return place_key(value)


def scope_filter(scope: dict[str, str]) -> dict[str, str]:
    """A token's area as the model's fields and folded values: ``gp`` by code, ``block`` and ``district`` by
    name, each regardless of case. The list (``Cases.page``, through ``stored``) and the office's check on
    one record (``access.may_see``, through ``outside``) read this same area: a token that lists nothing
    of a panchayat reads nothing of it either."""
    return {SCOPES[k]: fold(v) for k, v in scope.items() if k in SCOPES}


def stored(wanted: dict[str, str]) -> dict[str, str]:
    """The store filter of the area ``wanted`` (``scope_filter``'s): names on their folded copies."""
    return {FOLDED.get(path, path): value for path, value in wanted.items()}


def outside(wanted: dict[str, str], case: Any) -> tuple[str, str] | None:
    """The field and value of the area ``wanted`` (``scope_filter``'s) that ``case`` — a stored case or a
    new one's body — is not in, or None when it is inside. Only the whole name matches: ``Purulia`` is not
    in ``district=puru``."""
    for path, value in wanted.items():
        found: Any = case
        for part in path.split("."):
            found = getattr(found, part, None)
        if not isinstance(found, str) or fold(found) != value:
            return path, value
    return None


def folded(doc: Doc) -> dict[str, str] | None:
    """The ``AREA`` of a case as stored (``model_dump``'s shape), or None when it names no place to fold."""
    gp = doc.get("gp")
    if not isinstance(gp, dict) or not all(isinstance(gp.get(k), str) for k in ("block", "district")):
        return None
    return {"block": fold(gp["block"]), "district": fold(gp["district"])}


async def fold_stored(docs: Collection) -> int:
    """Give every stored case without its folded place one; the number of cases given it. Safe to run
    again and from several copies at once: each write is conditional on the version read, and a case
    changed meanwhile is read again (a current copy of the service wrote the place with it)."""
    done, after = 0, None
    while True:
        missing: dict[str, Any] = {FOLDED["gp.district"]: None, **({"_id": {"$gt": after}} if after else {})}
        batch = await docs.find(missing, sort=[("_id", 1)], limit=BATCH)
        for doc in batch:
            done += await _give_place(docs, doc)
        if len(batch) < BATCH:
            break
        after = batch[-1]["_id"]
    if done:
        log.info("casework.places_folded", collection=docs.name, cases=done)
    return done


async def _give_place(docs: Collection, doc: Doc) -> int:
    number, current = doc["_id"], doc
    for _ in range(ATTEMPTS):
        if current is None or isinstance(current.get(AREA), dict) and current[AREA].get("district") is not None:
            return 0
        place = folded(current)
        if place is None:
            log.warning("casework.place_unreadable", collection=docs.name, number=number)
            return 0
        try:
            await docs.update(number, {AREA: place}, expected_version=current["_v"])
            return 1
        except Conflict:
            current = await docs.get(number)
    raise Conflict(f"{docs.name}/{number}: still contended after {ATTEMPTS} attempts")
