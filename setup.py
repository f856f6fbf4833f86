"""Only the build step pyproject.toml cannot declare: the wheel gets the knowledge pack and resources.

Everything else about the package is in pyproject.toml. See packaging/wheel_build.py.
"""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "packaging"))
import wheel_build  # packaging/ is not a package: its folder was put on the path just above


class BuildPyWithPack(build_py):
    """build_py, then the pack and resources into the build tree (not for editable installs)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a checkout finds data/wsis.db and resources/ in place
        package_dir = Path(self.build_lib) / "wsis_desktop"
        wheel_build.pack_into(package_dir)
        wheel_build.resources_into(package_dir)


setup(cmdclass={"build_py": BuildPyWithPack})
