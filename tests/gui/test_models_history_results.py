"""Back/forward history and the results model's safe snippets."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from wsis_desktop.models import roles
from wsis_desktop.models.history import History
from wsis_desktop.models.results import ResultsModel, snippet_html
from wsis_desktop.store import Pack
from wsis_desktop.store.records import HIGHLIGHT_END, HIGHLIGHT_START


def test_history_back_forward_and_branching() -> None:
    history = History()
    for step in ("a", "b", "c"):
        history.visit(step)
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b"
    history.visit("d")  # a new visit drops what was ahead
    assert not history.can_go_forward() and history.current == "d"
    history.visit("d")
    assert history.back() == "b"


def test_a_run_of_browsing_steps_is_one_history_step() -> None:
    history = History()
    history.visit("a")
    for step in ("b", "c", "d"):  # arrow keys down the tree
        history.visit(step, browsing=True)
    assert history.current == "d" and history.back() == "a"
    history.visit("x", browsing=True)  # browsing after going back starts a new step
    history.visit("y", browsing=True)
    assert history.back() == "a" and history.forward() == "y"
    history.visit("z")  # a deliberate visit is never swallowed by the next browsing run
    history.visit("w", browsing=True)
    assert history.back() == "z"


def test_snippet_is_escaped_and_marked() -> None:
    raw = f"a <script> & {HIGHLIGHT_START}IGF{HIGHLIGHT_END}\n meets"
    assert snippet_html(raw) == "a &lt;script&gt; &amp; <b>IGF</b> meets"


def test_results_model(qtmodeltester: ModelTester, fixture_pack: Pack) -> None:
    model = ResultsModel()
    model.set_hits(fixture_pack.search("internet governance"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 0
    assert "<b>" in model.index(0).data(roles.SNIPPET_HTML)
    model.set_refs(fixture_pack.quick_open("A/RES/70/125"))
    assert model.index(0).data(roles.ENTITY_ID) == "a-res-70-125"
