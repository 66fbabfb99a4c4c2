"""Studying a deck: sessions, their clock and their summaries. Free of Textual."""
