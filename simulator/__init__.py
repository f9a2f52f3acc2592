"""A local WhatsApp: a fake Cloud API that records and answers like Meta, simulated people who post signed
webhooks, and a chat page to talk to the system by hand. Start with ``create_simulator``."""
from simulator.app import Simulator, create_simulator
from simulator.core import Persona
from simulator.people import Sent

__all__ = ["Persona", "Sent", "Simulator", "create_simulator"]
