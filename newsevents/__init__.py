"""NewsEvents: who did what to whom, when, where, and according to whom.

The package is laid out as the data flows:
ingest -> language -> actors -> events -> attribution / temporal / place -> output.
"""

__version__ = "0.1.0"
