"""One person's record, kept under their number, taken to the number they moved to.

WhatsApp tells a business when a person changes their number (``wa.person.number_changed``); what is kept
under the old number (a chat, a language, a STOP) goes with them, and the old number is left with nothing:
a number given to someone else later starts as a stranger. Where the new number already has a record of its
own (the person wrote from it before), that record is newer and is kept; the old one is dropped either way.
"""
from __future__ import annotations

from collections.abc import Iterable

from shared.store import Collection, DuplicateKey


async def move_record(col: Collection, old: str, new: str, fields: Iterable[str]) -> bool:
    """Copy ``fields`` of the record ``old`` to a new record ``new`` unless ``new`` exists, then delete
    ``old``. Repeatable: a second run finds nothing under ``old``. True when there was a record to move."""
    doc = await col.get(old)
    if doc is None or old == new:
        return doc is not None
    if await col.get(new) is None:
        try:
            await col.insert({"_id": new, **{key: doc[key] for key in fields if key in doc}})
        except DuplicateKey:
            pass  # the person wrote from the new number meanwhile: theirs is the newer record
    await col.delete(old)
    return True
