"""Properties, room types and blocks, in and out of the store in the catalog's own words."""
from __future__ import annotations

from datetime import date
from typing import TypeVar

from pydantic import BaseModel

from services.tourism.domain import DISTRICTS, Block, Property, RoomType
from shared.store import Doc, Index, Store

PROPERTIES, ROOM_TYPES, BLOCKS = "properties", "room_types", "blocks"
INDEXES = (
    Index(PROPERTIES, ("district",)),
    Index(ROOM_TYPES, ("property_id",)),
    Index(BLOCKS, ("property_id",)),
    Index(BLOCKS, ("room_type_id",)),
)

M = TypeVar("M", bound=BaseModel)


def to_doc(model: BaseModel) -> Doc:
    doc = model.model_dump(mode="json")
    doc["_id"] = doc["id"]
    return doc


def from_doc(model: type[M], doc: Doc | None) -> M | None:
    return None if doc is None else model.model_validate(doc)


class Catalog:
    def __init__(self, store: Store):
        self._properties = store.collection(PROPERTIES)
        self._rooms = store.collection(ROOM_TYPES)
        self._blocks = store.collection(BLOCKS)

    async def districts(self) -> list[str]:
        """Districts with at least one open property, in the order of ``DISTRICTS``' names."""
        found = {doc["district"] for doc in await self._properties.find() if doc.get("active", True)}
        return sorted(found, key=lambda key: DISTRICTS.get(key, (key, key))[1])

    async def properties_in(self, district: str, *, active_only: bool = True) -> list[Property]:
        docs = await self._properties.find({"district": district})
        found = [Property.model_validate(d) for d in docs]
        return sorted((p for p in found if p.active or not active_only), key=lambda p: p.name.en)

    async def all_properties(self) -> list[Property]:
        return sorted((Property.model_validate(d) for d in await self._properties.find()),
                      key=lambda p: (p.district, p.name.en))

    async def property(self, id: str) -> Property | None:
        return from_doc(Property, await self._properties.get(id))

    async def room_types_of(self, property_id: str, *, active_only: bool = True) -> list[RoomType]:
        found = [RoomType.model_validate(d) for d in await self._rooms.find({"property_id": property_id})]
        return sorted((r for r in found if r.active or not active_only), key=lambda r: (r.tariff, r.id))

    async def room_type(self, id: str) -> RoomType | None:
        return from_doc(RoomType, await self._rooms.get(id))

    async def on_sale(self, id: str) -> RoomType | None:
        """The room type if a guest may book it now: neither it nor its property closed by the office."""
        room = await self.room_type(id)
        prop = await self.property(room.property_id) if room is not None and room.active else None
        return room if prop is not None and prop.active else None

    async def add_property(self, prop: Property) -> Property:
        """Raises ``DuplicateKey`` when the id is taken."""
        await self._properties.insert(to_doc(prop))
        return prop

    async def add_room_type(self, room: RoomType) -> RoomType:
        await self._rooms.insert(to_doc(room))
        return room

    async def save_property(self, prop: Property, *, version: int) -> Property:
        """Replace the fields of a property read at ``version``; ``Conflict`` if it changed since."""
        await self._properties.update(prop.id, to_doc(prop), expected_version=version)
        return prop

    async def save_room_type(self, room: RoomType, *, version: int) -> RoomType:
        await self._rooms.update(room.id, to_doc(room), expected_version=version)
        return room

    async def property_version(self, id: str) -> tuple[Property, int] | None:
        doc = await self._properties.get(id)
        return None if doc is None else (Property.model_validate(doc), doc["_v"])

    async def room_type_version(self, id: str) -> tuple[RoomType, int] | None:
        doc = await self._rooms.get(id)
        return None if doc is None else (RoomType.model_validate(doc), doc["_v"])

    async def add_block(self, block: Block) -> Block:
        await self._blocks.insert(to_doc(block))
        return block

    async def block(self, id: str) -> Block | None:
        return from_doc(Block, await self._blocks.get(id))

    async def blocks_of(self, property_id: str, *, ending_from: date | None = None) -> list[Block]:
        found = [Block.model_validate(d) for d in await self._blocks.find({"property_id": property_id})]
        kept = [b for b in found if ending_from is None or b.last_night >= ending_from]
        return sorted(kept, key=lambda b: (b.first_night, b.id))

    async def remove_block(self, id: str) -> bool:
        return await self._blocks.delete(id)
