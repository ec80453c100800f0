"""The extractor's version, stored with every article's claims: a newer one re-extracts what an
older one stored. Its own module so the registry can read it without loading any pipeline."""

EXTRACTOR_VERSION = "0.3"

__all__ = ["EXTRACTOR_VERSION"]
