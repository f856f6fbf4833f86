"""Qt item models over store records (QtCore only: no widgets here)."""
