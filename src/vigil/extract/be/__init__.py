"""Belarusian extraction: the Russian rules with Belarusian words (see extractor.py)."""
