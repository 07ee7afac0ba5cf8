"""Track conference and workshop paper deadlines and plan backward from them."""

__version__ = "0.1.0"
