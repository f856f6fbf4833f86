"""The profiling helper writes a profile and a readable summary of a real start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import profile


def test_startup_profile_names_the_slowest_functions_and_imports(fixture_pack_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert profile.main(["startup", "--data", str(fixture_pack_path)]) == 0
    summary = profile.RESULTS / "profile-startup.txt"
    assert capsys.readouterr().out.strip() == str(summary)
    text = summary.read_text(encoding="utf-8")
    assert "# startup: most cumulative time" in text and "cli.py" in text
    assert "# slowest imports" in text and "wsis_desktop.views.main_window" in text
    assert (profile.RESULTS / "profile-startup.prof").stat().st_size > 10_000
