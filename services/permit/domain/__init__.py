"""The permit rules, pure: what a building-permission application records and how its number is written."""
from services.permit.domain.application import NUMBER, USES, VALIDITY_YEARS, Application, Plot, validity

__all__ = ["NUMBER", "USES", "VALIDITY_YEARS", "Application", "Plot", "validity"]
