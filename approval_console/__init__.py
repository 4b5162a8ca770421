"""Approval Console: review and approve orders from many order systems in one fast desktop tool."""

__version__ = "0.1.0"
