"""English: spaCy's trained small pipeline with Vigil's rules (persons, triggers, events, quotes).

Importing this package is cheap; `extractor.EnglishExtractor` loads the model.
"""
