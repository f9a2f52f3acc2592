"""The tourism back office under ``/api/tourism/``: one table of routes, registered and described from it.

Reading order: ``access`` (roles, district scope), ``schemas`` (what is accepted), ``catalog``, ``bookings``,
``cancellation`` and ``policy`` (the routes), ``openapi`` (the description served at ``/api/tourism/openapi.json``).
"""
from __future__ import annotations

from aiohttp import web

from services.tourism.backoffice import bookings, cancellation, catalog, policy, schemas
from services.tourism.backoffice.access import ROLES
from services.tourism.backoffice.openapi import OFFICE
from services.tourism.domain import Policy
from shared.runtime.openapi import Route, describe, register

ROUTES: tuple[Route, ...] = (
    Route("GET", "/properties", catalog.list_properties, "Properties the token may manage"),
    Route("POST", "/properties", catalog.create_property, "Add a property", body=schemas.NewProperty, created=True),
    Route("GET", "/properties/{id}", catalog.get_property, "A property with its room types and coming blocks"),
    Route("PATCH", "/properties/{id}", catalog.change_property,
          "Change a property (or close it to new bookings: active=false; the answer's bookings_standing lists the "
          "confirmed bookings there from today on, still to be kept or cancelled)",
          body=schemas.PropertyChanges),
    Route("POST", "/properties/{id}/room-types", catalog.add_room_type, "Add a room type", body=schemas.NewRoomType,
          created=True),
    Route("PATCH", "/room-types/{id}", catalog.change_room_type,
          "Change a room type: price, rooms, beds (closed, active=false: bookings_standing lists its confirmed "
          "bookings from today on)",
          body=schemas.RoomTypeChanges),
    Route("POST", "/properties/{id}/blocks", catalog.add_block,
          "Take free rooms out of sale for some nights; the same block sent again (same room type, nights, rooms "
          "and reason) answers 200 with the block already made", body=schemas.NewBlock, created=True),
    Route("DELETE", "/blocks/{id}", catalog.remove_block, "Put blocked rooms back on sale"),
    Route("GET", "/bookings", bookings.arrivals, "Arrivals list: bookings of a property by check-in date",
          query=schemas.ArrivalsQuery),
    Route("GET", "/bookings/{number}", bookings.get_booking, "One booking"),
    Route("POST", "/bookings/{number}/check-in", bookings.check_in,
          "Mark the guest arrived, also one marked a no-show who came after all while the stay lasts (the "
          "coming nights are taken back, or the nights booked meanwhile named); sent again, answers 200"),
    Route("POST", "/bookings/{number}/no-show", bookings.no_show,
          "Mark the guest absent; frees the coming nights; sent again, answers 200 as the first time did"),
    Route("POST", "/bookings/{number}/cancel", cancellation.cancel_booking,
          "Cancel on the guest's behalf, with a reason (a full refund); the same cancellation sent again (same "
          "token name, same reason) answers 200 and finishes announcing it, any other one of a cancelled booking "
          "is refused with 422",
          body=schemas.Reason),
    Route("GET", "/policy", policy.get_policy, "The booking policy: hold, limits, refunds, taxes"),
    Route("PUT", "/policy", policy.put_policy, "Replace the booking policy (an unscoped tourism_admin token only)",
          body=Policy),
)
DESCRIPTION = describe(OFFICE, ROUTES)


def routes(app: web.Application) -> None:
    register(app, ROUTES, DESCRIPTION, ROLES)
