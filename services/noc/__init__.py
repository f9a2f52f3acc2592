"""Trade NOCs over WhatsApp: follow a certificate by number, download it, be reminded before it expires."""
