# generated from specs/copick/features-row/1.27.json by codegen - do not edit
from dataclasses import dataclass
from typing import Optional, Any, TypeVar, Type, cast


T = TypeVar("T")


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


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


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


@dataclass
class FeaturesRow:
    """One row of the copick Croissant sidecar `Croissant/features.csv` (RecordSet
    `copick/features`, FileObject `features-csv`), as copick 1.27 reads it: cells of sc:Float
    columns parsed as numbers, sc:Boolean as booleans (true/1/yes, case-insensitive), empty
    cells as null. Properties are in column order; the key columns (run, voxel_size,
    tomo_type, feature_type) must not be empty.
    """
    feature_type: str
    """Feature type, e.g. sobel. Column `feature_type` (sc:Text), part of the row key."""

    run: str
    """Name of the run. Column `run` (sc:Text), part of the row key."""

    tomo_type: str
    """Tomogram type (reconstruction algorithm), e.g. wbp. Column `tomo_type` (sc:Text), part of
    the row key.
    """
    voxel_size: float
    """Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    part of the row key.
    """
    url: Optional[str] = None
    """Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'FeaturesRow':
        assert isinstance(obj, dict)
        feature_type = from_str(obj.get("feature_type"))
        run = from_str(obj.get("run"))
        tomo_type = from_str(obj.get("tomo_type"))
        voxel_size = from_float(obj.get("voxel_size"))
        url = from_union([from_none, from_str], obj.get("url"))
        return FeaturesRow(feature_type, run, tomo_type, voxel_size, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["feature_type"] = from_str(self.feature_type)
        result["run"] = from_str(self.run)
        result["tomo_type"] = from_str(self.tomo_type)
        result["voxel_size"] = to_float(self.voxel_size)
        result["url"] = from_union([from_none, from_str], self.url)
        return result


def features_row_from_dict(s: Any) -> FeaturesRow:
    return FeaturesRow.from_dict(s)


def features_row_to_dict(x: FeaturesRow) -> Any:
    return to_class(FeaturesRow, x)

