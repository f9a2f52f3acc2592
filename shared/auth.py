"""Back-office access: bearer tokens that carry one role and an optional area scope.

A token is shown once, when ``panchayat token create`` makes it; the ``auth`` store keeps only its
sha256, so a copy of the database grants nothing. Routes declare the roles they admit with
``@requires(...)``; ``auth_middleware`` answers 401 (no, unknown, revoked or expired token) or 403
(role not admitted) before the handler runs, and hands the handler the ``Principal`` (``principal(request)``).
A route that declares no roles admits nobody: forgetting the decorator closes a route, never opens it.

A token works for ``days`` days from its creation (``expires_at``). Tokens stored before expiry existed
have no ``expires_at`` and never expire; ``panchayat token list`` shows them as such, to be revoked.
"""
from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from aiohttp import web

from shared.envelope import utcnow
from shared.store import Doc, Index, Store

ROLES = frozenset({"gp_official", "block_officer", "district_officer", "payroll_admin", "tourism_admin",
                   "tourism_manager", "permit_admin", "noc_admin"})
SCOPE_KEYS = ("district", "block", "gp")
# The scope key a role's token must carry: its offices refuse the token without it (a panchayat official
# acts for one gram panchayat, a block officer for one block, a tourism manager for one district: what applies
# across the state is the department's tourism_admin's; see the services' back-office access rules).
SCOPE_NEEDED = {"gp_official": "gp", "block_officer": "block", "tourism_manager": "district"}
# The only scope keys a role's offices read, where not all of them: a guest house records its district, not
# its block or gram panchayat, so the tourism offices refuse a token scoped by either (403 on every call).
SCOPE_ALLOWED = {"tourism_admin": ("district",), "tourism_manager": ("district",)}
COLLECTION = "tokens"
INDEXES = (Index(COLLECTION, ("name",), unique=True),)
ROLES_ATTR = "__panchayat_roles__"
DEFAULT_DAYS = 90
MAX_DAYS = 3650

H = TypeVar("H", bound=Callable[..., Any])


@dataclass(frozen=True)
class Principal:
    name: str
    role: str
    scope: Mapping[str, str] = field(default_factory=dict)


class InvalidToken(Exception):
    """A token that grants nothing; its message says why, for the 401's ``detail``."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def parse_scope(text: str | None) -> dict[str, str]:
    """``district=Purulia,block=Jhalda-I`` → a dict; only district, block and gp are allowed, each once (a
    token covers one area: ``gp=a,gp=b`` kept only the last)."""
    scope: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        key, sep, value = part.partition("=")
        if not sep or key.strip() not in SCOPE_KEYS or not value.strip():
            raise ValueError(f"scope entry {part!r}: expected one of {', '.join(SCOPE_KEYS)} as key=value")
        if key.strip() in scope:
            raise ValueError(f"scope names {key.strip()} twice: a token covers one {key.strip()}; make one "
                             "token for each")
        scope[key.strip()] = value.strip()
    return scope


def place_key(value: str) -> str:
    """A place as every office compares a token's scope with a record's: NFC (a name can be spelt two ways in
    Unicode), without outer spaces, case folded, whole names only (``district=purulia`` is ``Purulia``,
    ``district=puru`` nothing)."""
    return unicodedata.normalize("NFC", value).strip().casefold()


def days_problem(days: int) -> str | None:
    """Why ``days`` is not an allowed lifetime for a token, or None when it is."""
    if not 1 <= days <= MAX_DAYS:
        return f"a token must last 1 to {MAX_DAYS} days, not {days}"
    return None


def expired(doc: Mapping[str, Any], now: datetime) -> bool:
    """Whether a token's document has run out at ``now``; one without ``expires_at`` (made before tokens
    expired) never does."""
    expires_at = doc.get("expires_at")
    return expires_at is not None and datetime.fromisoformat(expires_at) <= now


def scope_missing(role: str, scope: Mapping[str, str]) -> str | None:
    """Why a token of ``role`` with ``scope`` would be refused by every office, or None when it would not."""
    needed = SCOPE_NEEDED.get(role)
    allowed = SCOPE_ALLOWED.get(role, SCOPE_KEYS)
    if other := [key for key in scope if key not in allowed]:
        return f"a {role} token may be scoped by {', '.join(allowed)} only, not {', '.join(other)}: its offices " \
               "would refuse it"
    if needed is None or scope.get(needed):
        return None
    return f"a {role} token must be scoped to its {needed}: add --scope {needed}=<code or name>"


class Tokens:
    """The tokens collection of the ``auth`` store (one store shared by every back office).

    ``clock`` gives the current time (UTC) for creation, revocation and expiry; tests pass their own."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utcnow):
        self.store = store
        self.clock = clock
        self._tokens = store.collection(COLLECTION)

    async def start(self) -> None:
        await self.store.start(INDEXES)

    async def close(self) -> None:
        await self.store.close()

    async def create(self, role: str, *, name: str | None = None, scope: Mapping[str, str] | None = None,
                     days: int = DEFAULT_DAYS) -> tuple[str, Principal]:
        """A fresh random token (returned once, never stored), working for ``days`` days, and who it stands for.

        Raises ``ValueError`` for an unknown role or a lifetime outside 1..MAX_DAYS days,
        ``shared.store.DuplicateKey`` for a name in use (revoked tokens keep their names, so the audit trail
        stays unambiguous)."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; known roles: {', '.join(sorted(ROLES))}")
        if problem := days_problem(days):
            raise ValueError(problem)
        token = secrets.token_urlsafe(32)
        principal = Principal(name=name or f"{role}-{secrets.token_hex(3)}", role=role, scope=dict(scope or {}))
        now = self.clock()
        await self._tokens.insert({"_id": hash_token(token), "name": principal.name, "role": role,
                                   "scope": dict(principal.scope), "created_at": now.isoformat(),
                                   "expires_at": (now + timedelta(days=days)).isoformat(), "revoked_at": None})
        return token, principal

    async def entries(self) -> list[Doc]:
        """Names, roles, scopes and dates (``expires_at`` None: never expires); the hashes stay in the store."""
        docs = await self._tokens.find(sort=[("name", 1)])
        keys = ("name", "role", "scope", "created_at", "expires_at", "revoked_at")
        return [{k: d.get(k) for k in keys} for d in docs]

    async def revoke(self, name: str) -> bool:
        """False when no active token has that name."""
        for doc in await self._tokens.find({"name": name}, limit=1):
            if doc.get("revoked_at") is None:
                await self._tokens.update(doc["_id"], {"revoked_at": self.clock().isoformat()},
                                          expected_version=doc["_v"])
                return True
        return False

    async def authenticate(self, token: str) -> Principal:
        """Who the token stands for; raises ``InvalidToken`` saying why it grants nothing."""
        doc = await self._tokens.get(hash_token(token))
        if doc is None or doc.get("revoked_at") is not None:
            raise InvalidToken("unknown or revoked token")
        if expired(doc, self.clock()):
            raise InvalidToken(f"expired token (at {doc['expires_at']}): ask for a new one")
        return Principal(name=doc["name"], role=doc["role"], scope=doc.get("scope") or {})


AUTH = web.AppKey("auth", Tokens)
PRINCIPAL = web.RequestKey("principal", Principal)


def requires(*roles: str) -> Callable[[H], H]:
    """Declare the roles a back-office handler (function or ``web.View`` class) admits."""
    unknown = set(roles) - ROLES
    if not roles or unknown:
        raise ValueError(f"requires(): give known roles, not {sorted(unknown) or 'none'}")

    def declare(handler: H) -> H:
        setattr(handler, ROLES_ATTR, frozenset(roles))
        return handler
    return declare


def roles_of(handler: Any) -> frozenset[str] | None:
    return getattr(handler, ROLES_ATTR, None)


def principal(request: web.Request) -> Principal:
    return request[PRINCIPAL]


def _refuse(status: int, error: str, detail: str, **headers: str) -> web.Response:
    return web.json_response({"error": error, "detail": detail}, status=status, headers=headers)


@web.middleware
async def auth_middleware(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                          ) -> web.StreamResponse:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _refuse(401, "unauthorized", "send Authorization: Bearer <token>",
                       **{"WWW-Authenticate": 'Bearer realm="panchayat"'})
    try:
        who = await request.config_dict[AUTH].authenticate(token.strip())
    except InvalidToken as refused:
        return _refuse(401, "unauthorized", str(refused),
                       **{"WWW-Authenticate": 'Bearer realm="panchayat", error="invalid_token"'})
    if request.match_info.http_exception is None:
        roles = roles_of(request.match_info.handler)
        if roles is None or who.role not in roles:
            return _refuse(403, "forbidden", f"role {who.role} may not use this route")
    request[PRINCIPAL] = who
    return await handler(request)
