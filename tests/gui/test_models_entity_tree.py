"""The lazy tree model: Qt's model checks, batch loading, and finding a row by id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from wsis_desktop.models import entity_tree, roles
from wsis_desktop.models.entity_tree import EntityTreeModel
from wsis_desktop.store import Pack


def _ids(model: EntityTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    return [model.index(row, 0, parent).data(roles.ENTITY_ID) for row in range(model.rowCount(parent))]


def test_model_passes_qt_checks(qtmodeltester: ModelTester, fixture_pack: Pack) -> None:
    model = EntityTreeModel(fixture_pack)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qt_checks_fully_loaded_in_small_batches(
        qtmodeltester: ModelTester, fixture_pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_tree, "BATCH", 1)
    model = EntityTreeModel(fixture_pack)
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        stack.extend(model.index(r, 0, parent) for r in range(model.rowCount(parent)))
    qtmodeltester.check(model, force_py=True)
    assert model.loaded_count() == len(fixture_pack.all_ids()) - 1  # all but the overview start page


def test_only_top_level_is_read_at_start(fixture_pack: Pack) -> None:
    model = EntityTreeModel(fixture_pack)
    assert _ids(model) == [node.ref.id for node in fixture_pack.children(None)]
    assert model.loaded_count() == fixture_pack.child_count(None)
    bodies = model.index(_ids(model).index("section-bodies"), 0)
    assert model.hasChildren(bodies) and model.rowCount(bodies) == 0 and model.canFetchMore(bodies)


def test_fetch_more_loads_in_batches(fixture_pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_tree, "BATCH", 2)
    model = EntityTreeModel(fixture_pack)
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    bodies = model.index(_ids(model).index("section-bodies"), 0)
    expected = [node.ref.id for node in fixture_pack.children("section-bodies")]
    assert len(expected) == 3
    model.fetchMore(bodies)
    assert _ids(model, bodies) == expected[:2] and model.canFetchMore(bodies)
    model.fetchMore(bodies)
    assert _ids(model, bodies) == expected and not model.canFetchMore(bodies)


def test_index_of_loads_the_path_to_a_deep_entity(fixture_pack: Pack) -> None:
    model = EntityTreeModel(fixture_pack)
    index = model.index_of("igf-2025")
    assert index.isValid() and index.data(roles.ENTITY_ID) == "igf-2025"
    assert index.parent().data(roles.ENTITY_ID) == "igf"
    assert index.parent().parent().data(roles.ENTITY_ID) == "section-mechanisms"
    assert not model.index_of("no-such-entity").isValid()
    assert not model.index_of("overview").isValid()  # the start page is not in the tree


def test_rows_carry_kind_and_label(fixture_pack: Pack) -> None:
    model = EntityTreeModel(fixture_pack, icon_for=lambda kind: kind)
    index = model.index_of("cstd")
    assert index.data(roles.KIND) == "body"
    assert index.data() == fixture_pack.ref("cstd").title
    assert index.data(roles.KIND_LABEL) == "Body"
