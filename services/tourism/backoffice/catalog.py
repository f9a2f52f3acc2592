"""Back-office routes for the catalog: properties, room types (with their prices), and blocked nights.

A block takes its rooms through the same inventory claims as bookings, so it can only close rooms that
are free; nights already booked are named in the refusal. A block is named by what it closes, so the same
block sent again (a retry after a timeout) is the one already made, not a second taking more rooms.
Lowering a room type's count is refused while any coming night has more rooms taken than the new count.
"""
from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from services.tourism.backoffice import closing, schemas
from services.tourism.backoffice.access import (
    ROLES,
    context,
    district_scope,
    managed_property,
    manages,
    may_add,
    repos,
)
from services.tourism.domain import Block, Claim, Property, RoomType, today_in_india
from shared.auth import requires
from shared.envelope import derive_id
from shared.runtime import Invalid, NotFound, read_json
from shared.store import DuplicateKey


def _json(model: Property | RoomType | Block, status: int = 200) -> web.Response:
    return web.json_response(model.model_dump(mode="json"), status=status)


@requires(*ROLES)
async def list_properties(request: web.Request) -> web.Response:
    district_scope(request)
    found = [p.model_dump(mode="json") for p in await repos(request).catalog.all_properties() if manages(request, p)]
    return web.json_response({"properties": found})


@requires(*ROLES)
async def create_property(request: web.Request) -> web.Response:
    body = await read_json(request, schemas.NewProperty)
    prop = Property.model_validate(body.model_dump(mode="json"))
    may_add(request, prop)
    return _json(await repos(request).catalog.add_property(prop), 201)


@requires(*ROLES)
async def get_property(request: web.Request) -> web.Response:
    prop = await managed_property(request, request.match_info["id"])
    found = repos(request)
    rooms = await found.catalog.room_types_of(prop.id, active_only=False)
    blocks = await found.catalog.blocks_of(prop.id, ending_from=today_in_india(context(request).now()))
    return web.json_response({**prop.model_dump(mode="json"), "room_types": [r.model_dump(mode="json") for r in rooms],
                              "blocks": [b.model_dump(mode="json") for b in blocks]})


@requires(*ROLES)
async def change_property(request: web.Request) -> web.Response:
    prop = await managed_property(request, request.match_info["id"])
    changes = await read_json(request, schemas.PropertyChanges)
    stored = await repos(request).catalog.property_version(prop.id)
    if stored is None:
        raise NotFound(f"no property {prop.id}")
    updated = Property.model_validate(schemas.changed(stored[0], changes))
    saved = await repos(request).catalog.save_property(updated, version=stored[1])
    return web.json_response({**saved.model_dump(mode="json"),
                              **await closing.standing(context(request), repos(request), saved)})


@requires(*ROLES)
async def add_room_type(request: web.Request) -> web.Response:
    prop = await managed_property(request, request.match_info["id"])
    body = await read_json(request, schemas.NewRoomType)
    room = RoomType.model_validate({**body.model_dump(mode="json"), "property_id": prop.id})
    return _json(await repos(request).catalog.add_room_type(room), 201)


@requires(*ROLES)
async def change_room_type(request: web.Request) -> web.Response:
    found = repos(request)
    stored = await found.catalog.room_type_version(request.match_info["id"])
    if stored is None:
        raise NotFound(f"no room type {request.match_info['id']}")
    room, version = stored
    await managed_property(request, room.property_id, missing=f"no room type {request.match_info['id']}")
    updated = RoomType.model_validate(schemas.changed(room, await read_json(request, schemas.RoomTypeChanges)))
    now = context(request).now()
    if updated.rooms < room.rooms:
        crowded = await found.inventory.crowded(updated, today_in_india(now), now)
        if crowded:
            raise Invalid(f"more than {updated.rooms} rooms are taken on {', '.join(map(str, crowded[:10]))}")
    saved = await found.catalog.save_room_type(updated, version=version)
    late = await found.inventory.crowded(saved, today_in_india(now), now) if saved.rooms < room.rooms else []
    return web.json_response({**saved.model_dump(mode="json"), "overbooked_nights": [str(d) for d in late],
                              **await closing.standing(context(request), found, saved)})


@requires(*ROLES)
async def add_block(request: web.Request) -> web.Response:
    prop = await managed_property(request, request.match_info["id"])
    body = await read_json(request, schemas.NewBlock)
    found = repos(request)
    room = await found.catalog.room_type(body.room_type_id)
    if room is None or room.property_id != prop.id:
        raise NotFound(f"{prop.id} has no room type {body.room_type_id}")
    rooms = body.rooms or room.rooms
    if rooms > room.rooms:
        raise Invalid(f"{room.id} has only {room.rooms} rooms")
    today, horizon = today_in_india(context(request).now()), (await found.config.policy()).horizon_days
    if body.first_night < today:
        raise Invalid(f"first_night {body.first_night} is past: a block takes rooms out of sale from today on")
    if body.last_night > today + timedelta(days=horizon):
        raise Invalid(f"last_night {body.last_night} is beyond the {horizon} days ahead that rooms are sold for")
    block = Block(id=_block_id(prop.id, room.id, body, rooms), property_id=prop.id, room_type_id=room.id,
                  first_night=body.first_night, last_night=body.last_night, rooms=rooms, reason=body.reason)
    if (made := await found.catalog.block(block.id)) is not None:
        return _json(made)  # the same block sent again (a retry after a timeout): it is not taken twice
    now = context(request).now()
    if not await found.inventory.claim(room, block.nights(), _claim_name(block), Claim(rooms, "block"), now):
        busy = await found.inventory.short(room, block.nights(), rooms, now)
        raise Invalid(f"not enough free rooms to block on {', '.join(map(str, busy[:10]))}")
    try:
        return _json(await found.catalog.add_block(block), 201)
    except DuplicateKey:
        return _json(await found.catalog.block(block.id) or block)  # the same block, sent twice at once
    except BaseException:
        await found.inventory.release(room, block.nights(), _claim_name(block), now)
        raise


@requires(*ROLES)
async def remove_block(request: web.Request) -> web.Response:
    found = repos(request)
    block = await found.catalog.block(request.match_info["id"])
    if block is None:
        raise NotFound(f"no block {request.match_info['id']}")
    await managed_property(request, block.property_id, missing=f"no block {request.match_info['id']}")
    room = await found.catalog.room_type(block.room_type_id)
    if room is not None:
        await found.inventory.release(room, block.nights(), _claim_name(block), context(request).now())
    await found.catalog.remove_block(block.id)
    return web.json_response({"removed": block.id})


def _block_id(property_id: str, room_type_id: str, body: schemas.NewBlock, rooms: int) -> str:
    """Named by what it closes, so a manager's retry finds the block it made rather than closing more rooms;
    a second block of the same rooms, nights and reason is the same block (more rooms are asked with ``rooms``)."""
    return derive_id(property_id, room_type_id, body.first_night, body.last_night, rooms, body.reason)[:16]


def _claim_name(block: Block) -> str:
    return f"block:{block.id}"
