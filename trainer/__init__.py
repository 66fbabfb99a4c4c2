"""trainer: a terminal quiz and study trainer whose answers are verified against their sources."""

__version__ = "0.1.0"
