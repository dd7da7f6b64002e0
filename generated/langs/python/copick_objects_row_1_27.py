# generated from specs/copick/objects-row/1.27.json by codegen - do not edit
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
class ObjectsRow:
    """One row of the copick Croissant sidecar `Croissant/objects.csv` (RecordSet
    `copick/objects`, FileObject `objects-csv`), as copick 1.27 reads it: cells of sc:Float
    columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
    cells as null. Properties are in column order; the key columns (name) must not be empty.
    """
    name: str
    """Pickable object name. Column `name` (sc:Text), part of the row key."""

    url: Optional[str] = None
    """Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'ObjectsRow':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        url = from_union([from_none, from_str], obj.get("url"))
        return ObjectsRow(name, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        result["url"] = from_union([from_none, from_str], self.url)
        return result


def objects_row_from_dict(s: Any) -> ObjectsRow:
    return ObjectsRow.from_dict(s)


def objects_row_to_dict(x: ObjectsRow) -> Any:
    return to_class(ObjectsRow, x)

