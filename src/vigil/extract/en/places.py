"""The countries of `patterns/countries.json`, read once: a country's name or demonym and a
capital, each to its country. Triggers read where someone was sent or fled from them, attributes
a story's home country, persons the words a people is called by (never a person's name)."""

from __future__ import annotations

import json
from importlib import resources

_PLACES = json.loads(
    resources.files("vigil.extract.en").joinpath("patterns/countries.json").read_text(encoding="utf-8")
)
COUNTRIES: dict[str, str] = _PLACES["countries"]  # a country's name or demonym -> the country
CAPITALS: dict[str, str] = _PLACES["capitals"]  # a capital -> its country
