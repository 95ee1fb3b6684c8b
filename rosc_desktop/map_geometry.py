"""Where a member may sit on the support-network map: one rule for the service that saves positions and the
drawing that shows them, so a position the store keeps is always one the map can draw.

Coordinates are map units around the participant at (0, 0), y growing downward.
"""

from __future__ import annotations

import math

MAP_RADIUS = 600.0
NODE_RADIUS = 16.0
CENTRE_RADIUS = 46.0


def clamp_to_map(x: float, y: float) -> tuple[float, float, bool]:
    """A position inside the map (node fully inside the rim, outside the participant's disc); True if moved.

    Non-finite input keeps its direction where it has one (x=+inf lands on the right-hand rim)."""
    moved = False
    if not (math.isfinite(x) and math.isfinite(y)):
        moved = True
        x = 0.0 if math.isnan(x) else (math.copysign(1.0, x) if math.isinf(x) else 0.0)
        y = 0.0 if math.isnan(y) else (math.copysign(1.0, y) if math.isinf(y) else 0.0)
        if x == 0.0 and y == 0.0:
            y = -1.0  # nothing to go by: straight up, where the eye looks first
        norm = math.hypot(x, y)
        x, y = x / norm * (MAP_RADIUS - NODE_RADIUS), y / norm * (MAP_RADIUS - NODE_RADIUS)
        return x, y, moved
    r = math.hypot(x, y)
    r_max = MAP_RADIUS - NODE_RADIUS
    r_min = CENTRE_RADIUS + NODE_RADIUS + 8
    if r > r_max:
        return x / r * r_max, y / r * r_max, True
    if r < r_min:
        if r == 0.0:
            return 0.0, -r_min, True
        return x / r * r_min, y / r * r_min, True
    return x, y, False
