"""The NOC rules, pure: what a trade no-objection certificate records, its number and its term."""
from services.noc.domain.certificate import (
    CATEGORIES,
    NUMBER,
    RENEWAL_WINDOW,
    Noc,
    renewal_due,
    renewal_of,
    renewal_problem,
    renewal_terms,
    renewed_already,
    validity,
)

__all__ = ["CATEGORIES", "NUMBER", "RENEWAL_WINDOW", "Noc", "renewal_due", "renewal_of", "renewal_problem",
           "renewal_terms", "renewed_already", "validity"]
