"""promo-ai: a promotion-request email that makes the case on its own."""

__version__ = "0.1.0"
