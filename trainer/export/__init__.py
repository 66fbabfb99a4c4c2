"""Decks in other formats: Moodle GIFT, Aiken, Anki and CSV out; GIFT and Aiken in.

Exporters are pure functions ``Deck -> ExportResult`` (text plus the questions the format cannot
express); importers turn a file into question dicts for a new deck YAML. The command lines live
in :mod:`trainer.export.cli`. Nothing here imports Textual or Rich.
"""
