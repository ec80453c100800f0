"""One router per resource; each serves a page and its JSON twin under /api."""
