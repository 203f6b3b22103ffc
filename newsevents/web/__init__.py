"""Web stage: a local FastAPI app over the store, with JSON twins of every page."""

from .app import create_app

__all__ = ["create_app"]
