"""Widgets, dialogs and the main window that assembles them."""
