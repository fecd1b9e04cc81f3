"""What a page carries, before it is drawn: blocks in reading order, plus an optional running header.

Pure values; `render.py` draws them, `page_text` gives the words a person would read (for the findings)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 1.0  # relative to the document's body size
    bold: bool = False
    align: str = "left"  # left, right, center
    indent: float = 0.0  # mm


@dataclass(frozen=True)
class Para:
    text: str
    size: float = 1.0


@dataclass(frozen=True)
class Gap:
    mm: float


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the column width
    border: bool = True
    bold_labels: bool = True  # even columns are labels


@dataclass(frozen=True)
class Box:
    lines: tuple[str, ...]
    width: float = 0.45  # fraction of the column width
    align: str = "right"


@dataclass(frozen=True)
class Columns:
    left: tuple
    right: tuple
    left_width: float = 0.32
    rule_between: bool = True


@dataclass
class Page:
    blocks: list = field(default_factory=list)
    running_header: str = ""
    footer: str = ""


def block_text(block) -> list[str]:
    if isinstance(block, Line):
        return [block.text]
    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, Table):
        return [" | ".join(row) for row in block.rows]
    if isinstance(block, Box):
        return ["[cadre] " + line for line in block.lines]
    if isinstance(block, Columns):
        left = [t for b in block.left for t in block_text(b)]
        right = [t for b in block.right for t in block_text(b)]
        return ["[colonne gauche] " + t for t in left] + ["[colonne droite] " + t for t in right]
    return []


def page_text(page: Page) -> str:
    lines = []
    if page.running_header:
        lines.append("[en-tête courant] " + page.running_header)
    for block in page.blocks:
        lines.extend(block_text(block))
    if page.footer:
        lines.append("[pied de page] " + page.footer)
    return "\n".join(lines)
