"""What a room costs, asked (``price_asked``): answered from the catalog, never from words of the texts.

At the main menu (the phrase's tap ``tourism:price``), at the tourism menu or the districts: each guest house with its
price range a night, by district, then the way to book (the districts; a booking left in progress is offered to carry
on). There a guest house, district or region named with it ("how much is a room in Lataguri", "দার্জিলিঙে ঘরের ভাড়া
কত", "price of a room in the Sundarbans"): its rooms' prices, and the booking started there as a request typed whole
starts it; a place named where there is no guest house ("Digha te room er dam koto"): said so, before all of them. Choosing a guest house: the district's guest
houses with their rooms' prices; a room or the stay: the guest house's rooms. "Cheaper" with a room chosen: the guest
house's rooms below it, or that it is the cheapest there. Each answer is followed by the step's question again, as
``stay_asked`` does.
"""
from __future__ import annotations

from services.tourism.conversation import choose, cloud, left, prompts, quoting, soldout, steps, whole
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Property, RoomType
from services.tourism.price_asked import ASKED_HERE, CHEAPER_ASKED
from shared.india import plain
from shared.runtime import resume

OVERVIEW = ("home", "district")  # no guest house in sight: all of them, their ranges
STEPS = (*OVERVIEW, "property", "room", "date", "nights", "guests", "rooms", "name", "quote")


async def tapped(turn: Turn, args: list[str]) -> None:
    """Asked at the main menu: the guest houses' prices, then the districts to book in, or the offer to carry on with
    a booking left in progress there. A guest house or district named ("how much is a room in Lataguri"): its rooms'
    prices, and the booking started there as a request typed whole starts it, what was in progress dropped."""
    text = turn.inbound.text or ""
    if (place := await whole.places_in(turn, text)) is not None:
        doing = await left.in_progress(turn)
        turn.say(cloud.text(await _of_place(turn, place)))
        if await whole.started(turn, text, before=doing and turn.t("request_instead", doing=doing)):
            return await quoting.release_hold(turn)
    await _absent(turn, text)
    await _overview(turn)
    if (doing := await left.resumable(turn)) is not None:
        return resume.offer(turn, "tourism", doing)
    await quoting.release_hold(turn)
    await choose.start(turn)


async def answered(turn: Turn, text: str) -> bool:
    """Whether the words asked what a room costs and were answered, the step's question after the answer."""
    said = plain(text)
    if turn.chat.step not in STEPS or not ASKED_HERE.search(said):
        return False
    if turn.chat.step in OVERVIEW and (place := await whole.places_in(turn, text)) is not None:
        turn.say(cloud.text(await _of_place(turn, place)))  # its rooms' prices, the booking started there
        if await whole.started(turn, text):
            return True
    if turn.chat.step in OVERVIEW:
        await _absent(turn, text)
        await _overview(turn)
        await steps.ask(turn)
        return True
    hint = (await _cheaper(turn) if CHEAPER_ASKED.search(said) else None) or await _scoped(turn)
    if not (turn.chat.step == "date" and await soldout.again(turn, hint)):  # a 'not free' list: its choices again
        await steps.ask(turn, hint=hint)
    return True


async def _overview(turn: Turn) -> None:
    async def priced(house: Property) -> str | None:
        rooms = await turn.repos.catalog.room_types_of(house.id)
        return _range(turn, rooms) if rooms else None

    if lines := await prompts.by_district(turn, await turn.repos.catalog.districts(), priced):
        turn.say_text("prices", lines=lines, tax_name=turn.policy.tax_name)


async def _absent(turn: Turn, text: str) -> None:
    """A place named where we have no guest house ("Digha te room er dam koto"): said so, before all of them."""
    if (absent := await whole.absent_in(turn, text)) is not None:
        turn.say_text("request_absent", place=absent)


async def _of_place(turn: Turn, place: Property | list[str]) -> str:
    """The rooms of the guest house named, or of the districts' guest houses."""
    houses = [place] if isinstance(place, Property) else \
        [house for district in place for house in await turn.repos.catalog.properties_in(district)]
    return await _rooms_of(turn, houses)


async def _scoped(turn: Turn) -> str:
    """The rooms of the guest house chosen, or of the district's guest houses while one is being chosen."""
    catalog = turn.repos.catalog
    prop = await catalog.property(str(turn.draft.get("property") or "")) if turn.chat.step != "property" else None
    houses = [prop] if prop is not None else await catalog.properties_in(str(turn.draft.get("district") or ""))
    return await _rooms_of(turn, houses)


async def _rooms_of(turn: Turn, houses: list[Property]) -> str:
    catalog = turn.repos.catalog
    blocks = []
    for house in houses:
        rooms = await catalog.room_types_of(house.id)
        if rooms:
            blocks.append("\n".join([f"*{house.name(turn.lang)}*", *(_room_line(turn, room) for room in rooms)]))
    return turn.t("prices", lines="\n\n".join(blocks), tax_name=turn.policy.tax_name)


async def _cheaper(turn: Turn) -> str | None:
    """The guest house's rooms below the one chosen, or that it is its cheapest; None with no room chosen."""
    room = await prompts.current_room(turn) if turn.draft.get("room") else None
    prop = await turn.repos.catalog.property(room.property_id) if room is not None else None
    if room is None or prop is None:
        return None
    below = [r for r in await turn.repos.catalog.room_types_of(prop.id) if r.tariff < room.tariff]
    values = {"property": prop.name(turn.lang), "room": room.name(turn.lang), "tariff_paise": room.tariff * 100}
    if not below:
        return turn.t("price_cheapest", **values)
    return turn.t("price_cheaper", lines="\n".join(_room_line(turn, r) for r in below), **values)


def _room_line(turn: Turn, room: RoomType) -> str:
    return turn.t("price_room", room=room.name(turn.lang), tariff_paise=room.tariff * 100, per_room=room.max_guests)


def _range(turn: Turn, rooms: list[RoomType]) -> str:
    low, high = (turn.show("_paise", min(r.tariff for r in rooms) * 100),
                 turn.show("_paise", max(r.tariff for r in rooms) * 100))
    return low if low == high else f"{low}–{high}"

