"""The service's own settings kept in its store: the booking policy, and whether demo data was loaded.

The policy lives in the store rather than in the environment so that a manager's change reaches every
copy of the service at once, without a restart.
"""
from __future__ import annotations

from services.tourism.domain import Policy
from shared.store import Conflict, DuplicateKey, Store

COLLECTION = "config"
POLICY, DEMO = "policy", "demo"


class Config:
    def __init__(self, store: Store):
        self._config = store.collection(COLLECTION)

    async def policy(self) -> Policy:
        doc = await self._config.get(POLICY)
        return Policy() if doc is None else Policy.model_validate(doc["policy"])

    async def set_policy(self, policy: Policy) -> Policy:
        body = {"policy": policy.model_dump(mode="json")}
        doc = await self._config.get(POLICY)
        if doc is None:
            try:
                await self._config.insert({"_id": POLICY, **body})
                return policy
            except DuplicateKey:
                doc = await self._config.get(POLICY)
        if doc is None:
            raise Conflict("the policy was removed while being saved")
        await self._config.update(POLICY, body, expected_version=doc["_v"])
        return policy

    async def demo_loaded(self) -> bool:
        return await self._config.get(DEMO) is not None

    async def mark_demo_loaded(self) -> None:
        try:
            await self._config.insert({"_id": DEMO, "loaded": True})
        except DuplicateKey:
            return  # another copy finished loading first
