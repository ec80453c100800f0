"""Extraction: persons, events and quotes with offsets into the cleaned text.

One module per concern; one module per language (`english.py`; Russian plugs in beside it).
"""

from vigil.extract.pipeline import EXTRACTOR_VERSION, Extractor

__all__ = ["EXTRACTOR_VERSION", "Extractor"]
