"""Reporting lines of the organization chart: validation and the nested tree to render.

Why a module of its own: the admin form (inline formsets, before anything is
saved) and ``OrganizationPage.clean`` (programmatic saves, seeders) validate
the same rule, and the template needs a tree rather than flat rows. Units refer
to their parent by name because new inline rows have no primary key yet; names
are compared without case or diacritics (``Tổ Toán`` = ``to toan``).
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from portal.text import fold, nfc


def unit_key(name):
    """Comparison key of a unit name: NFC, folded, case-insensitive, single spaces."""
    return " ".join(fold(nfc(name or "")).casefold().split())


def tree_errors(units):
    """Vietnamese messages for everything wrong with ``units``: ``[(name, parent_name), ...]``.

    The units must form one tree: unique names, every parent listed, exactly one
    unit without a parent (the top of the chart), and no cycle. An empty chart is valid.
    """
    units = [(nfc(name or "").strip(), nfc(parent or "").strip()) for name, parent in units]
    units = [(name, parent) for name, parent in units if name]
    if not units:
        return []
    errors = []
    names = {}
    for name, _parent in units:
        key = unit_key(name)
        if key in names:
            errors.append(f"Tên đơn vị “{name}” bị trùng: mỗi đơn vị chỉ khai báo một lần.")
        names.setdefault(key, name)

    parent_of = {}
    roots = []
    for name, parent in units:
        key, parent_key = unit_key(name), unit_key(parent)
        if not parent_key:
            roots.append(name)
        elif parent_key == key:
            errors.append(f"Đơn vị “{name}” không thể trực thuộc chính nó.")
        elif parent_key not in names:
            errors.append(f"Đơn vị cấp trên “{parent}” của “{name}” không có trong danh sách đơn vị.")
        else:
            parent_of[key] = parent_key

    if not roots:
        errors.append(
            "Sơ đồ tổ chức phải có đúng một đơn vị cao nhất (để trống ô “Trực thuộc”), "
            "ví dụ Hội đồng trường hoặc Ban Giám hiệu."
        )
    elif len(roots) > 1:
        errors.append(
            f"Sơ đồ tổ chức chỉ được có một đơn vị cao nhất; hiện có {len(roots)}: {', '.join(roots)}. "
            "Hãy ghi đơn vị cấp trên cho các đơn vị còn lại."
        )
    errors.extend(_cycle_errors(parent_of, names))
    return errors


def _cycle_errors(parent_of, names):
    """One message per cycle of the parent relation, naming the units in order."""
    errors, seen_cycles, done = [], set(), set()
    for start in parent_of:
        path, position = [], {}
        key = start
        while key in parent_of and key not in done and key not in position:
            position[key] = len(path)
            path.append(key)
            key = parent_of[key]
        if key in position:
            cycle = path[position[key] :]
            if frozenset(cycle) not in seen_cycles:
                seen_cycles.add(frozenset(cycle))
                chain = " → ".join(names[k] for k in [*cycle, cycle[0]])
                errors.append(f"Quan hệ trực thuộc tạo thành vòng lặp: {chain}.")
        done.update(path)
    return errors


def validate_org_tree(units):
    """Raise ``ValidationError`` listing every problem of ``tree_errors``."""
    errors = tree_errors(units)
    if errors:
        raise ValidationError(errors)


@dataclass
class Node:
    """One unit of the rendered chart."""

    name: str
    description: str = ""
    members: list = field(default_factory=list)
    children: list = field(default_factory=list)
    depth: int = 0

    @property
    def heading_level(self):
        """h3 for the top unit (the chart sits under an h2), one level deeper per rank, at most h6."""
        return min(3 + self.depth, 6)


def build_tree(units, members=()):
    """Roots of the chart from unit and member rows (in their editor order).

    Tolerates invalid data saved before validation existed: a unit whose parent is
    unknown or part of a cycle is shown as a root rather than dropped.
    """
    nodes, parent_of = {}, {}
    for unit in units:
        key = unit_key(unit.name)
        if key and key not in nodes:
            nodes[key] = Node(name=unit.name, description=getattr(unit, "description", "") or "")
            parent_of[key] = unit_key(unit.parent_name)
    for member in members:
        node = nodes.get(unit_key(member.unit_name))
        if node is not None:
            node.members.append(member)

    roots, placed = [], set()

    def attach(key, depth):
        node = nodes[key]
        node.depth = depth
        placed.add(key)
        for child_key, parent_key in parent_of.items():
            if parent_key == key and child_key not in placed:
                node.children.append(attach(child_key, depth + 1))
        return node

    for key, parent_key in parent_of.items():
        if key not in placed and (not parent_key or parent_key not in nodes):
            roots.append(attach(key, 0))
    for key in nodes:  # leftovers sit in a cycle
        if key not in placed:
            roots.append(attach(key, 0))
    return roots
