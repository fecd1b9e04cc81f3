"""docpipe — document pipeline for French medical secretariats."""

__version__ = "0.1.0"
