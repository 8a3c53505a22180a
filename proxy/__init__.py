"""Veil: privacy proxy for WhatsApp Business."""

__version__ = "0.1.0"
