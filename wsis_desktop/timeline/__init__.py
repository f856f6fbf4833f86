"""The timeline: WSIS milestones on a zoomable time axis, one lane per track.

``scale`` maps time to x, ``data`` indexes the records, ``layout`` places
events, clusters and labels, ``painter`` draws onto any QPainter device (the
PDF export uses it too) and ``widget`` is the interactive view.
"""
