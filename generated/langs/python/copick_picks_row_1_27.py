# generated from specs/copick/picks-row/1.27.json by codegen - do not edit
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


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


@dataclass
class PicksRow:
    """One row of the copick Croissant sidecar `Croissant/picks.csv` (RecordSet `copick/picks`,
    FileObject `picks-csv`), as copick 1.27 reads it: cells of sc:Float columns parsed as
    numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty cells as null.
    Properties are in column order; the key columns (run, user_id, session_id, object_name)
    must not be empty.
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

    portal_annotation_file_id: Optional[str] = None
    """CryoET Data Portal annotation file id. Column `portal_annotation_file_id` (sc:Text),
    empty cell = null.
    """
    portal_annotation_id: Optional[str] = None
    """CryoET Data Portal annotation id. Column `portal_annotation_id` (sc:Text), empty cell =
    null.
    """
    portal_object_name: Optional[str] = None
    """Object name on the CryoET Data Portal. Column `portal_object_name` (sc:Text), empty cell
    = null.
    """
    portal_session_id: Optional[str] = None
    """Session id synthesised from portal metadata. Column `portal_session_id` (sc:Text), empty
    cell = null.
    """
    sha256: Optional[str] = None
    """Lowercase hex sha256 of the artifact's bytes; empty when not computed. Column `sha256`
    (sc:Text), empty cell = null.
    """
    url: Optional[str] = None
    """Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    empty cell = null.
    """
    voxel_size: Optional[float] = None
    """Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'PicksRow':
        assert isinstance(obj, dict)
        object_name = from_str(obj.get("object_name"))
        run = from_str(obj.get("run"))
        session_id = from_str(obj.get("session_id"))
        user_id = from_str(obj.get("user_id"))
        portal_annotation_file_id = from_union([from_none, from_str], obj.get("portal_annotation_file_id"))
        portal_annotation_id = from_union([from_none, from_str], obj.get("portal_annotation_id"))
        portal_object_name = from_union([from_none, from_str], obj.get("portal_object_name"))
        portal_session_id = from_union([from_none, from_str], obj.get("portal_session_id"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        url = from_union([from_none, from_str], obj.get("url"))
        voxel_size = from_union([from_none, from_float], obj.get("voxel_size"))
        return PicksRow(object_name, run, session_id, user_id, portal_annotation_file_id, portal_annotation_id, portal_object_name, portal_session_id, sha256, url, voxel_size)

    def to_dict(self) -> dict:
        result: dict = {}
        result["object_name"] = from_str(self.object_name)
        result["run"] = from_str(self.run)
        result["session_id"] = from_str(self.session_id)
        result["user_id"] = from_str(self.user_id)
        result["portal_annotation_file_id"] = from_union([from_none, from_str], self.portal_annotation_file_id)
        result["portal_annotation_id"] = from_union([from_none, from_str], self.portal_annotation_id)
        result["portal_object_name"] = from_union([from_none, from_str], self.portal_object_name)
        result["portal_session_id"] = from_union([from_none, from_str], self.portal_session_id)
        result["sha256"] = from_union([from_none, from_str], self.sha256)
        result["url"] = from_union([from_none, from_str], self.url)
        result["voxel_size"] = from_union([from_none, to_float], self.voxel_size)
        return result


def picks_row_from_dict(s: Any) -> PicksRow:
    return PicksRow.from_dict(s)


def picks_row_to_dict(x: PicksRow) -> Any:
    return to_class(PicksRow, x)

