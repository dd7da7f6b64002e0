# generated from specs/copick/voxel-spacings-row/1.27.json by codegen - do not edit
from dataclasses import dataclass
from typing import Any, TypeVar, Type, cast


T = TypeVar("T")


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


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
class VoxelSpacingsRow:
    """One row of the copick Croissant sidecar `Croissant/voxel_spacings.csv` (RecordSet
    `copick/voxel_spacings`, FileObject `voxel-spacings-csv`), as copick 1.27 reads it: cells
    of sc:Float columns parsed as numbers, sc:Boolean as booleans (true/1/yes,
    case-insensitive), empty cells as null. Properties are in column order; the key columns
    (run, voxel_size) must not be empty.
    """
    run: str
    """Name of the run. Column `run` (sc:Text), part of the row key."""

    voxel_size: float
    """Voxel size in angstrom (Python float text, e.g. 10.0). Column `voxel_size` (sc:Float),
    part of the row key.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'VoxelSpacingsRow':
        assert isinstance(obj, dict)
        run = from_str(obj.get("run"))
        voxel_size = from_float(obj.get("voxel_size"))
        return VoxelSpacingsRow(run, voxel_size)

    def to_dict(self) -> dict:
        result: dict = {}
        result["run"] = from_str(self.run)
        result["voxel_size"] = to_float(self.voxel_size)
        return result


def voxel_spacings_row_from_dict(s: Any) -> VoxelSpacingsRow:
    return VoxelSpacingsRow.from_dict(s)


def voxel_spacings_row_to_dict(x: VoxelSpacingsRow) -> Any:
    return to_class(VoxelSpacingsRow, x)

