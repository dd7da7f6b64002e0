# generated from specs/copick/meshes-row/1.27.json by codegen - do not edit
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
class MeshesRow:
    """One row of the copick Croissant sidecar `Croissant/meshes.csv` (RecordSet
    `copick/meshes`, FileObject `meshes-csv`), as copick 1.27 reads it: cells of sc:Float
    columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
    cells as null. Properties are in column order; the key columns (run, user_id, session_id,
    object_name) must not be empty.
    """
    object_name: str
    """Pickable object name from copick:config. Column `object_name` (sc:Text), part of the row
    key.
    """
    run: str
    """Name of the run. Column `run` (sc:Text), part of the row key."""

    session_id: str
    """Session id ("0" for tools). Column `session_id` (sc:Text), part of the row key."""

    user_id: str
    """User or tool that made the artifact. Column `user_id` (sc:Text), part of the row key."""

    sha256: Optional[str] = None
    """Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`
    (sc:Text), empty cell = null.
    """
    url: Optional[str] = None
    """Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'MeshesRow':
        assert isinstance(obj, dict)
        object_name = from_str(obj.get("object_name"))
        run = from_str(obj.get("run"))
        session_id = from_str(obj.get("session_id"))
        user_id = from_str(obj.get("user_id"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        url = from_union([from_none, from_str], obj.get("url"))
        return MeshesRow(object_name, run, session_id, user_id, sha256, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["object_name"] = from_str(self.object_name)
        result["run"] = from_str(self.run)
        result["session_id"] = from_str(self.session_id)
        result["user_id"] = from_str(self.user_id)
        result["sha256"] = from_union([from_none, from_str], self.sha256)
        result["url"] = from_union([from_none, from_str], self.url)
        return result


def meshes_row_from_dict(s: Any) -> MeshesRow:
    return MeshesRow.from_dict(s)


def meshes_row_to_dict(x: MeshesRow) -> Any:
    return to_class(MeshesRow, x)

