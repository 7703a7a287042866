"""Which questions each question waits on, and the cycles among them (questions that can never be asked).

A question is asked only once its skip logic (`relevant`) is known to hold, so it waits on every
question that condition reads; when questions wait on each other in a circle, none of them is ever
asked. A derived question (a formula over other answers, `calculate:`) waits on the questions its
formula reads in the same way: give those in `waits_on` and the cycle check covers them too.
"""

from __future__ import annotations

from collections.abc import Mapping

from diagnose.knowledge import conditions
from diagnose.knowledge.findings import Path_
from diagnose.knowledge.models import Question


def waits_on(q: Question) -> list[tuple[str, Path_]]:
    """(question id, where in the question's entry it is read) for each question `q` waits on."""
    out: list[tuple[str, Path_]] = []
    if q.relevant is not None:
        out += [(atom.q, ("relevant", *at, "q")) for at, atom in conditions.atoms_at(q.relevant)]
    return out


def cycles(graph: Mapping[str, list[str]]) -> list[list[str]]:
    """Each set of nodes that reach one another (a node that reaches itself alone included), as one
    cycle through them in graph order: [a, b, c] for a → b → c → a. Small graphs (a questionnaire):
    one search from each node is plenty."""
    reach = {node: _reachable(graph, node) for node in graph}
    out: list[list[str]] = []
    done: set[str] = set()
    for node in graph:
        if node in done or node not in reach[node]:
            continue
        members = {other for other in reach[node] if node in reach.get(other, set())}
        done |= members
        out.append(_cycle_through(graph, node, members))
    return out


def _reachable(graph: Mapping[str, list[str]], start: str) -> set[str]:
    """Nodes reachable from `start` by one step or more."""
    seen: set[str] = set()
    stack = list(graph.get(start, []))
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack += graph.get(node, [])
    return seen


def _cycle_through(graph: Mapping[str, list[str]], start: str, members: set[str]) -> list[str]:
    """The shortest way from `start` back to itself inside `members` (breadth first)."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in graph.get(node, []):
                if nxt not in members:
                    continue
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return path[::-1]
                if nxt not in previous:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    return [start]
