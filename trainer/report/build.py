"""From paths to a :class:`ClassReport`: load the decks, stream the hand-ins, compute the figures."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable
from pathlib import Path

from trainer.report.analysis import ClassReport, build_report
from trainer.report.decks import DeckIndex
from trainer.report.handins import Collector, find_handins


def load_index(paths: Iterable[Path]) -> tuple[DeckIndex, list[str]]:
    """The decks under ``paths`` indexed for the report, and a message per deck file that does not load."""
    from trainer.deck.loader import load_decks

    loaded = load_decks(paths)
    broken = [f"{item.path}: {item.first_error or 'does not load'}" for item in loaded if item.deck is None]
    return DeckIndex.build([(item.path, item.deck) for item in loaded if item.deck is not None]), broken


def class_report(
    handins: Iterable[Path],
    index: DeckIndex,
    *,
    mode: str = "auto",
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> ClassReport:
    """Read every hand-in under ``handins`` (files or folders), one at a time, and compute the report."""
    collector = Collector(index, mode)
    # The records of a large class are hundreds of thousands of small objects with no cycles; the cyclic
    # collector, triggered by each file's parsing, would walk them all again and again (it made 3,000
    # students take 20 s instead of 9). Reference counting still frees each file once it is folded in.
    enabled = gc.isenabled()
    gc.disable()
    try:
        for count, path in enumerate(find_handins(handins), 1):
            collector.add_file(path)
            if progress is not None:
                progress(count)
        return build_report(collector, now or dt.datetime.now(dt.UTC))
    finally:
        if enabled:
            gc.enable()
