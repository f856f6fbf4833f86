"""``python -m wsis_desktop``: the same as the ``wsis-desktop`` command."""

import sys

from wsis_desktop.cli import main

sys.exit(main())
