"""Export figures: one entity, the whole pack, and resident memory as exports grow.

``run()`` is what bench/run.py calls. It builds the real pack from data/ into a
temporary folder (the fixture pack if the real sources do not validate) and
exports through ``export_pdf``, the code path of the dialog and the CLI.

    QT_QPA_PLATFORM=offscreen python -m bench.export_bench
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # after QT_QPA_PLATFORM

from wsis_desktop.build import BuildFailed, build_pack
from wsis_desktop.export import ExportOptions, Selection, export_pdf
from wsis_desktop.store import Pack

ROOT = Path(__file__).resolve().parent.parent
TARGETS_MS = {"one_entity_ms": 300.0, "whole_pack_ms": 3000.0}


def _rss_mb() -> float:
    """Resident set size now (not the peak), from /proc where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _pack(folder: Path) -> tuple[Path, str]:
    out = folder / "wsis.db"
    try:
        build_pack(ROOT / "data", out)
        return out, "real"
    except BuildFailed:
        build_pack(ROOT / "tests" / "fixtures" / "data", out)
        return out, "fixture"


def _whole(pack: Pack) -> Selection:
    overview = pack.overview_id()
    return Selection(entity_ids=(overview,) if overview else (),
                     subtree_ids=tuple(node.ref.id for node in pack.children(None)))


def _timed(pack: Pack, selection: Selection, out: Path, repeats: int) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of ``repeats`` exports, and the page count."""
    walls, cpus, pages = [], [], 0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        pages = export_pdf(pack, selection, ExportOptions(), out).page_count
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), pages


def run(repeats: int = 5) -> dict[str, float | str]:
    """Measure, print and return the figures (milliseconds, megabytes)."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = Path(tmp)
        path, which = _pack(folder)
        pack = Pack.open(path)
        one_id = "igf" if pack.ref("igf") else pack.all_ids()[0]
        one = Selection.of_entities(one_id)
        export_pdf(pack, one, ExportOptions(), folder / "warm.pdf")  # fonts and imports, once
        rss_start = _rss_mb()
        one_wall, one_cpu, one_pages = _timed(pack, one, folder / "one.pdf", repeats)
        rss_one = _rss_mb()
        whole_wall, whole_cpu, whole_pages = _timed(pack, _whole(pack), folder / "whole.pdf",
                                                    max(1, repeats // 2))
        rss_whole = _rss_mb()
        for _ in range(3):  # memory stays flat when the big export is repeated
            export_pdf(pack, _whole(pack), ExportOptions(), folder / "whole.pdf")
        rss_after = _rss_mb()
        size_kb = (folder / "whole.pdf").stat().st_size / 1024
        pack.close()
    del app
    figures: dict[str, float | str] = {
        "pack": which,
        "one_entity": one_id,
        "one_entity_ms": round(one_wall, 1),
        "one_entity_cpu_ms": round(one_cpu, 1),
        "one_entity_pages": one_pages,
        "whole_pack_ms": round(whole_wall, 1),
        "whole_pack_cpu_ms": round(whole_cpu, 1),
        "whole_pack_pages": whole_pages,
        "whole_pack_kb": round(size_kb, 1),
        "rss_before_mb": round(rss_start, 1),
        "rss_after_one_mb": round(rss_one, 1),
        "rss_after_whole_mb": round(rss_whole, 1),
        "rss_after_4_whole_mb": round(rss_after, 1),
    }
    for key, value in figures.items():
        target = TARGETS_MS.get(key)
        note = f"  (target ≤ {target:.0f} ms)" if target else ""
        print(f"export  {key:<22} {value}{note}")
    return figures


if __name__ == "__main__":
    run()
