"""Place stage: where the event happened, geocoded offline."""

from .geocode import Geocoder

__all__ = ["Geocoder"]
