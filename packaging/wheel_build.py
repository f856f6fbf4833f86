"""What a wheel carries beyond the code: the knowledge pack, built at wheel time, and resources/.

Used by setup.py's build_py. A checkout needs neither (services/resources.py finds data/wsis.db
and resources/ there), so editable installs skip this. The sources are data/ unless
WSIS_PACK_SOURCES names another folder (tests build wheels from tests/fixtures/data); a ready
pack named by WSIS_BUNDLE_PACK is copied instead of building one, as the bundle spec does.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pack_into(package_dir: Path) -> Path:
    """Put the knowledge pack at <package>/data/wsis.db; return its path."""
    out = package_dir / "data" / "wsis.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    ready = os.environ.get("WSIS_BUNDLE_PACK")
    if ready:
        shutil.copyfile(ready, out)
        return out
    sys.path.insert(0, str(ROOT))  # the build code of this very source tree, not an installed one
    from wsis_desktop.build import BuildFailed, build_pack

    sources = Path(os.environ.get("WSIS_PACK_SOURCES") or ROOT / "data")
    try:
        build_pack(sources, out)
    except BuildFailed as error:
        message = f"wsis-desktop wheel: the knowledge pack does not build from {sources}:\n{error}"
        raise SystemExit(message) from None
    return out


def resources_into(package_dir: Path) -> Path:
    """Copy resources/ to <package>/resources, where an installed app looks for them."""
    target = package_dir / "resources"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "resources", target)
    return target
