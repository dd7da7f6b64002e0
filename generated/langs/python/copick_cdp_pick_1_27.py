# generated from specs/copick/cdp-pick/1.27.json by codegen - do not edit
from dataclasses import dataclass
from typing import Any, List, Optional, TypeVar, Callable, Type, cast


T = TypeVar("T")


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


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
class Location:
    """Location in voxels."""

    x: float
    """x coordinate in voxels."""

    y: float
    """y coordinate in voxels."""

    z: float
    """z coordinate in voxels."""

    @staticmethod
    def from_dict(obj: Any) -> 'Location':
        assert isinstance(obj, dict)
        x = from_float(obj.get("x"))
        y = from_float(obj.get("y"))
        z = from_float(obj.get("z"))
        return Location(x, y, z)

    def to_dict(self) -> dict:
        result: dict = {}
        result["x"] = to_float(self.x)
        result["y"] = to_float(self.y)
        result["z"] = to_float(self.z)
        return result


@dataclass
class CDPPickRecord:
    """One line of a CryoET Data Portal NDJSON point annotation, as copick 1.27 reads it
    (`_parse_ndjson_picks`): a location in voxel units (copick scales it by the voxel size)
    and an optional 3x3 rotation. Other keys of the portal's records are ignored.
    """
    location: Location
    """Location in voxels."""

    xyz_rotation_matrix: Optional[List[List[float]]] = None
    """Orientation as a 3x3 rotation matrix, row by row; its presence makes copick trust
    orientations.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'CDPPickRecord':
        assert isinstance(obj, dict)
        location = Location.from_dict(obj.get("location"))
        xyz_rotation_matrix = from_union([lambda x: from_list(lambda x: from_list(from_float, x), x), from_none], obj.get("xyz_rotation_matrix"))
        return CDPPickRecord(location, xyz_rotation_matrix)

    def to_dict(self) -> dict:
        result: dict = {}
        result["location"] = to_class(Location, self.location)
        if self.xyz_rotation_matrix is not None:
            result["xyz_rotation_matrix"] = from_union([lambda x: from_list(lambda x: from_list(to_float, x), x), from_none], self.xyz_rotation_matrix)
        return result


def cdp_pick_record_from_dict(s: Any) -> CDPPickRecord:
    return CDPPickRecord.from_dict(s)


def cdp_pick_record_to_dict(x: CDPPickRecord) -> Any:
    return to_class(CDPPickRecord, x)

