"""The personal layer in the reader: bookmarks, notes, recent history, orphans, import and export.

The storage is wsis_desktop.userdata; these modules only show it and route
the reader's edits to it.
"""
