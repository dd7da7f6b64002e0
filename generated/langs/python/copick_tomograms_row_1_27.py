# generated from specs/copick/tomograms-row/1.27.json by codegen - do not edit
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
class TomogramsRow:
    """One row of the copick Croissant sidecar `Croissant/tomograms.csv` (RecordSet
    `copick/tomograms`, FileObject `tomograms-csv`), as copick 1.27 reads it: cells of
    sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
    case-insensitive), empty cells as null. Properties are in column order; the key columns
    (run, voxel_size, tomo_type) must not be empty.
    """
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
    portal_tomo_type: Optional[str] = None
    """Tomogram type on the CryoET Data Portal. Column `portal_tomo_type` (sc:Text), empty cell
    = null.
    """
    portal_tomogram_id: Optional[str] = None
    """CryoET Data Portal tomogram id. Column `portal_tomogram_id` (sc:Text), empty cell = null."""

    url: Optional[str] = None
    """Location of the artifact, relative to copick:baseUrl or absolute. Column `url` (sc:Text),
    empty cell = null.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'TomogramsRow':
        assert isinstance(obj, dict)
        run = from_str(obj.get("run"))
        tomo_type = from_str(obj.get("tomo_type"))
        voxel_size = from_float(obj.get("voxel_size"))
        portal_tomo_type = from_union([from_none, from_str], obj.get("portal_tomo_type"))
        portal_tomogram_id = from_union([from_none, from_str], obj.get("portal_tomogram_id"))
        url = from_union([from_none, from_str], obj.get("url"))
        return TomogramsRow(run, tomo_type, voxel_size, portal_tomo_type, portal_tomogram_id, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["run"] = from_str(self.run)
        result["tomo_type"] = from_str(self.tomo_type)
        result["voxel_size"] = to_float(self.voxel_size)
        result["portal_tomo_type"] = from_union([from_none, from_str], self.portal_tomo_type)
        result["portal_tomogram_id"] = from_union([from_none, from_str], self.portal_tomogram_id)
        result["url"] = from_union([from_none, from_str], self.url)
        return result


def tomograms_row_from_dict(s: Any) -> TomogramsRow:
    return TomogramsRow.from_dict(s)


def tomograms_row_to_dict(x: TomogramsRow) -> Any:
    return to_class(TomogramsRow, x)

