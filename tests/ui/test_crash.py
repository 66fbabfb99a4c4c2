"""An unexpected error ends the app with a non-zero status and a message that says where its log is."""

from __future__ import annotations

from textual.app import App

from tests.ui.keys_deck import write_deck
from trainer.ui.run import run_app
from trainer.ui.screens.quiz import QuizScreen


def test_an_unexpected_error_exits_non_zero_and_names_its_log(tmp_path, monkeypatch, capsys):
    def broken(self, outcome):
        raise RuntimeError("a bug in showing feedback")

    async def answer_one(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.press("enter")  # home: open the deck
        await pilot.pause()
        await pilot.press("ctrl+s")  # skip: shows feedback, which fails

    real_run = App.run
    monkeypatch.setattr(QuizScreen, "show_feedback", broken)
    monkeypatch.setattr(App, "run", lambda self, **kw: real_run(self, headless=True, size=(100, 32), auto_pilot=answer_one))
    data = tmp_path / "data"
    status = run_app(paths=[write_deck(tmp_path / "decks", ["warheads"])], data_dir=data, seed=1)
    message = capsys.readouterr().err
    assert status == 1
    log = data / "error.log"
    assert f"the details are in {log}" in message
    assert "RuntimeError: a bug in showing feedback" in log.read_text(encoding="utf-8")
