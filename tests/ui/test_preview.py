"""trainer preview: the deck is shown live, and errors replace it while it is broken."""

from __future__ import annotations

import contextlib

from textual.widgets import Static
from textual.worker import WorkerCancelled

from trainer.settings import Settings
from trainer.store import Store
from trainer.study.clock import FakeClock
from trainer.ui.app import make_app
from trainer.ui.screens import preview
from trainer.ui.screens.preview import PreviewScreen
from trainer.ui.screens.quiz import QuizScreen

ARTICLE = "The treaty expires in 2026, the minister said.\n"
DECK = """\
deck: preview-test
title: Preview test
sources:
  - {id: a, file: article.txt, title: An article}
questions:
  - id: expiry
    type: date
    prompt: When does the treaty expire?
    quote: "The treaty expires in 2026"
    answer: 2026
"""


async def settled(app) -> None:
    """Wait for the preview's reads; one cancelled by a newer save (the poll is quick in tests) is no failure."""
    with contextlib.suppress(WorkerCancelled):
        await app.workers.wait_for_complete()


def _texts(screen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query("Static"))


def _reloads(screen) -> str:
    return str(screen.query_one("#preview-status", Static).render()).split("×")[0]


async def _reload(app, pilot) -> None:
    """Wait until the screen has seen the save (its poll is quickened for tests) and shows the reloaded deck."""
    before = _reloads(app.screen)
    for _ in range(200):
        await pilot.pause(0.02)
        await settled(app)
        if _reloads(app.screen) != before:
            await pilot.pause()
            return
    raise AssertionError("the preview never reloaded the saved deck")


async def test_preview_reloads_on_save_and_shows_errors(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "POLL_SECONDS", 0.05)  # the screen polls the files; a test need not wait half a second
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK, encoding="utf-8")
    settings = Settings(deck_paths=(deck,), data_dir=tmp_path / "data", profile="t", seed=1, preview=deck)
    app = make_app(settings, Store.open(settings.database), clock=FakeClock())
    async with app.run_test(size=(100, 32)) as pilot:
        await settled(app)
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert "When does the treaty expire?" in _texts(app.screen)
        assert "1 question · 0 errors, 0 warnings" in _texts(app.screen)

        deck.write_text(DECK.replace("answer: 2026", "anwser:   2026"), encoding="utf-8")  # a new size, not only mtime
        await _reload(app, pilot)
        text = _texts(app.screen)
        assert "did you mean 'answer'" in text and "deck.yaml:" in text
        assert "When does the treaty expire?" not in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen), "a broken deck cannot be studied"

        deck.write_text(DECK.replace("When does", "In which year does"), encoding="utf-8")
        await _reload(app, pilot)
        assert "In which year does the treaty expire?" in _texts(app.screen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


def test_preview_sessions_go_to_a_throwaway_database(tmp_path, monkeypatch):
    """Trial runs of a deck being written stay out of the scores, the statistics and Continue."""
    import trainer.ui.app
    from trainer.ui.run import run_app

    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    deck = tmp_path / "deck.yaml"
    deck.write_text(DECK, encoding="utf-8")
    used = []

    class Recorder:
        """Stands in for the app: notes the database it was given (and, like the app, has a writer)."""

        return_code = 0
        error_log = None

        def __init__(self, settings, store):
            from trainer.study.writer import AnswerWriter

            used.append(store.path)
            self.writer = AnswerWriter()

        def run(self):
            assert used[0].exists()

    monkeypatch.setattr(trainer.ui.app, "make_app", Recorder)
    data = tmp_path / "data"
    assert run_app(paths=[deck], data_dir=data, seed=None, preview=deck) == 0
    assert used and data not in used[0].parents
    assert not used[0].exists(), "the preview's database is removed on exit"
    assert not (data / "trainer.sqlite3").exists()
