"""Export stage: events as a table, JSON lines or JSON; stored corpora as CSV, Parquet or GDELT 2.0."""

from .formats import FORMATS, write_events
from .gdelt import export_table, write_gdelt

__all__ = ["FORMATS", "export_table", "write_events", "write_gdelt"]
