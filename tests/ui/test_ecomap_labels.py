"""Where names go over a small map (ui/ecomap_labels.py): below each member, else above, never over another."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF

from rosc_desktop.ui.ecomap_labels import Candidate, place_labels

SIZE = QSizeF(60, 14)
BOUNDS = QRectF(0, 0, 800, 600)


def at(text: str, x: float, y: float) -> Candidate:
    return Candidate(text, QPointF(x, y), 6.0, SIZE)


def test_each_name_goes_below_its_member_when_there_is_room() -> None:
    placed = place_labels([at("Ana", 100, 100), at("Bea", 300, 100)], BOUNDS)
    assert [p.text for p in placed] == ["Ana", "Bea"]
    assert all(p.rect.top() > 106 for p in placed) and placed[0].rect.center().x() == 100


def test_a_name_goes_above_when_below_is_taken_and_is_left_out_when_both_are() -> None:
    # B sits just under A: A's name below covers B's mark, so A's goes above; C under B has no room either way.
    placed = place_labels([at("A", 100, 100), at("B", 100, 122), at("C", 100, 144)], BOUNDS)
    where = {p.text: p.rect for p in placed}
    assert where["A"].bottom() < 100  # above its member
    assert "B" not in where or "C" not in where
    assert not any(a.intersects(b) for a in where.values() for b in where.values() if a is not b)


def test_the_first_candidate_wins_a_contested_place() -> None:
    # A and B at one place, a member just above them: whichever comes first is named below, the other nowhere.
    a, b, above = at("A", 100, 100), at("B", 100, 100), at("Above", 100, 78)
    assert [p.text for p in place_labels([a, b, above], BOUNDS)] == ["A", "Above"]
    assert [p.text for p in place_labels([b, a, above], BOUNDS)] == ["B", "Above"]


def test_the_chosen_member_is_named_even_over_its_neighbours_marks() -> None:
    column = [at(f"M{i}", 100, 100 + 12 * i) for i in range(5)]
    assert "M2" not in {p.text for p in place_labels(column, BOUNDS)}  # marks above and below: no room
    chosen = Candidate("M2", QPointF(100, 124), 6.0, SIZE, chosen=True)
    assert place_labels([chosen, *column[:2], *column[3:]], BOUNDS)[0].text == "M2"


def test_no_name_is_written_outside_the_view_or_over_a_member() -> None:
    placed = place_labels([at("Edge", 10, 595), at("Near", 300, 300), at("Mark", 300, 322)], BOUNDS)
    assert all(BOUNDS.contains(p.rect) for p in placed)
    marks = [QRectF(300 - 6, 322 - 6, 12, 12), QRectF(300 - 6, 300 - 6, 12, 12)]
    near = next(p.rect for p in placed if p.text == "Near")
    assert not near.intersects(marks[0])


def test_three_hundred_members_are_placed_without_overlaps() -> None:
    crowd = [at(f"M{i}", 20 + (i * 37) % 760, 20 + (i * 53) % 560) for i in range(300)]
    placed = place_labels(crowd, BOUNDS)
    assert placed and len({p.text for p in placed}) == len(placed)
    rects = [p.rect for p in placed]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_no_name_is_written_over_an_obstacle_such_as_the_person_at_the_centre() -> None:
    centre = QRectF(380, 280, 40, 40)
    near = Candidate("Near", QPointF(400, 270), 6.0, SIZE)  # just above the person: below it is the person
    [placed] = place_labels([near], BOUNDS, obstacles=[centre])
    assert not placed.rect.intersects(centre) and placed.rect.bottom() < 270
    chosen = Candidate("Near", QPointF(400, 270), 6.0, SIZE, chosen=True)
    assert not place_labels([chosen], BOUNDS, obstacles=[centre])[0].rect.intersects(centre)
