"""The center's own details (printed on what people take home, sent to its hub): their names and limits.

Apart from the account service, with no database import, so the command line's parser can offer them without
loading the database stack (which it did at every start of the app, before the first window).
"""

from __future__ import annotations

from rosc_desktop.services.session import CENTER_NAME_LIMIT

# How to reach the center: field -> (longest, many lines?). With the name, what a site tells others of itself.
CENTER_DETAILS = {"address": (500, True), "phone": (64, False), "hours": (500, True), "email": (254, False),
                  "website": (300, False)}
CENTER_FIELDS = {"name": CENTER_NAME_LIMIT, **{name: longest for name, (longest, _lines) in CENTER_DETAILS.items()}}
