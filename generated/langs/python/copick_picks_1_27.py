# generated from specs/copick/picks/1.27.json by codegen - do not edit
from dataclasses import dataclass
from typing import Any, Optional, List, TypeVar, Callable, Type, cast


T = TypeVar("T")


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
    return x


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


@dataclass
class CopickLocation:
    """Where the point is.
    
    A location in 3D space, in `unit`.
    """
    x: float
    """x coordinate."""

    y: float
    """y coordinate."""

    z: float
    """z coordinate."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickLocation':
        assert isinstance(obj, dict)
        x = from_float(obj.get("x"))
        y = from_float(obj.get("y"))
        z = from_float(obj.get("z"))
        return CopickLocation(x, y, z)

    def to_dict(self) -> dict:
        result: dict = {}
        result["x"] = to_float(self.x)
        result["y"] = to_float(self.y)
        result["z"] = to_float(self.z)
        return result


@dataclass
class CopickPoint:
    """A picked point with its orientation, instance id and score."""

    location: CopickLocation
    """Where the point is."""

    instance_id: Optional[int] = None
    """Instance the point belongs to (may exceed 2^53)."""

    score: Optional[float] = None
    """Confidence of the pick."""

    transformation: Optional[List[List[float]]] = None
    """Orientation as a 4x4 matrix (default: identity)."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickPoint':
        assert isinstance(obj, dict)
        location = CopickLocation.from_dict(obj.get("location"))
        instance_id = from_union([from_none, from_int], obj.get("instance_id"))
        score = from_union([from_none, from_float], obj.get("score"))
        transformation = from_union([lambda x: from_list(lambda x: from_list(from_float, x), x), from_none], obj.get("transformation_"))
        return CopickPoint(location, instance_id, score, transformation)

    def to_dict(self) -> dict:
        result: dict = {}
        result["location"] = to_class(CopickLocation, self.location)
        if self.instance_id is not None:
            result["instance_id"] = from_union([from_none, from_int], self.instance_id)
        if self.score is not None:
            result["score"] = from_union([from_none, to_float], self.score)
        if self.transformation is not None:
            result["transformation_"] = from_union([lambda x: from_list(lambda x: from_list(to_float, x), x), from_none], self.transformation)
        return result


@dataclass
class CopickPicksFile:
    """A copick picks file (`ExperimentRuns/<run>/Picks/<user>_<session>_<object>.json`, copick
    1.27 `CopickPicksFile`): the points picked for one object by one user in one session.
    copick writes every key, nulls included, with `json.dumps(indent=4)`. Instance ids may
    exceed 2^53: read and write them with `readPicks`/`writePicks`, which keep them exact.
    Unknown keys are ignored.
    """
    pickable_object_name: str
    """Name of a pickable object of the project config."""

    session_id: str
    """Session that made the picks; "0" for picks made by a tool."""

    user_id: str
    """User or tool that made the picks."""

    points: Optional[List[CopickPoint]] = None
    """The picked points."""

    run_name: Optional[str] = None
    """Run the picks belong to."""

    trust_orientation: Optional[bool] = None
    """Whether the orientations are known (false: ignore them)."""

    unit: Optional[str] = None
    """Unit of the point locations."""

    voxel_spacing: Optional[float] = None
    """Voxel spacing of the tomogram the picks were made on."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickPicksFile':
        assert isinstance(obj, dict)
        pickable_object_name = from_str(obj.get("pickable_object_name"))
        session_id = from_str(obj.get("session_id"))
        user_id = from_str(obj.get("user_id"))
        points = from_union([lambda x: from_list(CopickPoint.from_dict, x), from_none], obj.get("points"))
        run_name = from_union([from_none, from_str], obj.get("run_name"))
        trust_orientation = from_union([from_none, from_bool], obj.get("trust_orientation"))
        unit = from_union([from_str, from_none], obj.get("unit"))
        voxel_spacing = from_union([from_none, from_float], obj.get("voxel_spacing"))
        return CopickPicksFile(pickable_object_name, session_id, user_id, points, run_name, trust_orientation, unit, voxel_spacing)

    def to_dict(self) -> dict:
        result: dict = {}
        result["pickable_object_name"] = from_str(self.pickable_object_name)
        result["session_id"] = from_str(self.session_id)
        result["user_id"] = from_str(self.user_id)
        if self.points is not None:
            result["points"] = from_union([lambda x: from_list(lambda x: to_class(CopickPoint, x), x), from_none], self.points)
        if self.run_name is not None:
            result["run_name"] = from_union([from_none, from_str], self.run_name)
        if self.trust_orientation is not None:
            result["trust_orientation"] = from_union([from_none, from_bool], self.trust_orientation)
        if self.unit is not None:
            result["unit"] = from_union([from_str, from_none], self.unit)
        if self.voxel_spacing is not None:
            result["voxel_spacing"] = from_union([from_none, to_float], self.voxel_spacing)
        return result


def copick_picks_file_from_dict(s: Any) -> CopickPicksFile:
    return CopickPicksFile.from_dict(s)


def copick_picks_file_to_dict(x: CopickPicksFile) -> Any:
    return to_class(CopickPicksFile, x)

