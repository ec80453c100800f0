"""Vigil: an evidence-backed registry of political prisoners built from news reports."""

__version__ = "0.1.0"
