"""Qt-free operations on a brief (accept, link, cite, draft, set): each returns the edits.

The window applies the edits as one undo step inside ``doc.macro()``; the CLI applies them to the
brief it loaded and saves atomically. Modelled on Anki's ``aqt/operations``.
"""
