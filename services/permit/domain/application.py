"""A building-permission application (West Bengal Panchayat Act 1973, s.23), as the online building-plan
approval system hands it to the gram panchayat.

Numbers are ``BP/<district code>/<year>/<serial>``, e.g. ``BP/PUR/2026/000123``: the portal's form,
read back leniently from chat (``bp-pur-2026-123`` is the same application, and so is
``BP/PUR/2026/123এর``: a Bengali case ending written onto a number is no part of it; so is ``PUR/2026/123``
alone typed in the permit chat). The plot is identified as the land records do: mouza, its JL number, the
khatian and the plot (dag) number. A permission stays valid for ``VALIDITY_YEARS``, or less when the approving
memo says so (never more).
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.casework import Case
from shared.casework.case import Text, add_years
from shared.casework.numbers import BUILDING_PERMISSION

NUMBER = BUILDING_PERMISSION
VALIDITY_YEARS = 3
USES = ("residential", "commercial", "mixed", "institutional")


class Plot(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mouza: Text
    jl_no: Annotated[str, Field(min_length=1, max_length=10, description="Jurisdiction list number of the mouza")]
    khatian: Annotated[str, Field(min_length=1, max_length=20)]
    dag_no: Annotated[str, Field(min_length=1, max_length=20, description="Plot (dag) number")]


class Application(Case):
    number: Annotated[str, AfterValidator(NUMBER.check)] = Field(description=f"e.g. {NUMBER.example}")
    plot: Plot
    use: Literal["residential", "commercial", "mixed", "institutional"]
    floors: int = Field(ge=1, le=10, description="Storeys including the ground floor")
    built_up_area: float = Field(gt=0, le=100_000, description="Square metres, all floors together")


def validity(application: Application, first_day: date) -> date:
    return add_years(first_day, VALIDITY_YEARS)
