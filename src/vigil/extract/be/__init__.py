"""Belarusian (Cyrillic and Łacinka)."""
