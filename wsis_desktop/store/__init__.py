"""The store layer: opens a knowledge pack read-only and answers typed queries.

No Qt here, and no SQL anywhere else in the app.
"""

from wsis_desktop.store.errors import NotFound, PackError
from wsis_desktop.store.pack import Pack

__all__ = ["NotFound", "Pack", "PackError"]
