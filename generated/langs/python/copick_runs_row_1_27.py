# generated from specs/copick/runs-row/1.27.json by codegen - do not edit
from dataclasses import dataclass
from typing import Optional, Any, TypeVar, Type, cast


T = TypeVar("T")


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


@dataclass
class RunsRow:
    """One row of the copick Croissant sidecar `Croissant/runs.csv` (RecordSet `copick/runs`,
    FileObject `runs-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
    numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
    Properties are in column order; the key columns (name) must not be empty.
    """
    name: str
    """Run name. Column `name` (sc:Text), part of the row key."""

    portal_run_id: Optional[str] = None
    """CryoET Data Portal run id (portal sources only). Column `portal_run_id` (sc:Text), empty
    cell = null.
    """
    split: Optional[str] = None
    """Dataset split the run belongs to (e.g. train, val, test); empty when unassigned. Column
    `split` (sc:Text), empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'RunsRow':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        portal_run_id = from_union([from_none, from_str], obj.get("portal_run_id"))
        split = from_union([from_none, from_str], obj.get("split"))
        return RunsRow(name, portal_run_id, split)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        result["portal_run_id"] = from_union([from_none, from_str], self.portal_run_id)
        result["split"] = from_union([from_none, from_str], self.split)
        return result


def runs_row_from_dict(s: Any) -> RunsRow:
    return RunsRow.from_dict(s)


def runs_row_to_dict(x: RunsRow) -> Any:
    return to_class(RunsRow, x)

