"""The web layer: a FastAPI app serving the registry as JSON (/api) and as HTML pages."""

from vigil.web.app import create_app

__all__ = ["create_app"]
