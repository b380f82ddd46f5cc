"""benchmark: audit and rank the web presence of organisations."""

__version__ = "0.1.0"
