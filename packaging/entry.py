"""The frozen bundle's entry point: the same ``main`` as ``wsis-desktop`` and ``python -m wsis_desktop``."""

import sys

from wsis_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
