"""Building permission over WhatsApp: follow an application by number, download the permission letter."""
