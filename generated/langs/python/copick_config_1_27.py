# generated from specs/copick/config/1.27.json by codegen - do not edit
from enum import Enum
from dataclasses import dataclass
from typing import List, Optional, Dict, Any, TypeVar, Callable, Type, cast


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
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


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    assert isinstance(x, dict)
    return { k: f(v) for (k, v) in x.items() }


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


class ConfigType(Enum):
    CRYOET_DATA_PORTAL = "cryoet_data_portal"
    FILESYSTEM = "filesystem"
    MLCROISSANT = "mlcroissant"


@dataclass
class PickableObject:
    """Metadata for a pickable object. The name must already be sanitised (rule
    `copick.object.name-sanitized`), the label may not be 0 (rule
    `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule
    `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
    """
    is_particle: bool
    """Whether this object is represented by points (true) or by segmentation masks (false)."""

    name: str
    """Name of the object; free of `<>:"/\\|?*`, control characters, whitespace and underscores,
    and not starting or ending with `-`.
    """
    color: Optional[List[int]] = None
    """RGBA colour, four integers in [0, 255]."""

    emdb_id: Optional[str] = None
    """EMDB id of the object's map."""

    go_id: Optional[str] = None
    """Input alias of `identifier` (copick reads `go_id` first when both are given; rule
    `copick.object.identifier-alias`).
    """
    identifier: Optional[str] = None
    """Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO).
    `go_id` is accepted as an input alias; copick writes `identifier`.
    """
    label: Optional[int] = None
    """Numeric label of the object in multilabel segmentation masks; must be unique and not 0
    (background).
    """
    map_threshold: Optional[float] = None
    """Threshold applied to the map when rendering its isosurface."""

    metadata: Optional[Dict[str, Any]] = None
    """User-defined metadata; null is read as {}."""

    pdb_id: Optional[str] = None
    """PDB id of the object's model."""

    radius: Optional[float] = None
    """Radius of the particle in angstrom, when displayed as a sphere."""

    @staticmethod
    def from_dict(obj: Any) -> 'PickableObject':
        assert isinstance(obj, dict)
        is_particle = from_bool(obj.get("is_particle"))
        name = from_str(obj.get("name"))
        color = from_union([lambda x: from_list(from_int, x), from_none], obj.get("color"))
        emdb_id = from_union([from_none, from_str], obj.get("emdb_id"))
        go_id = from_union([from_none, from_str], obj.get("go_id"))
        identifier = from_union([from_none, from_str], obj.get("identifier"))
        label = from_union([from_none, from_int], obj.get("label"))
        map_threshold = from_union([from_none, from_float], obj.get("map_threshold"))
        metadata = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("metadata"))
        pdb_id = from_union([from_none, from_str], obj.get("pdb_id"))
        radius = from_union([from_none, from_float], obj.get("radius"))
        return PickableObject(is_particle, name, color, emdb_id, go_id, identifier, label, map_threshold, metadata, pdb_id, radius)

    def to_dict(self) -> dict:
        result: dict = {}
        result["is_particle"] = from_bool(self.is_particle)
        result["name"] = from_str(self.name)
        if self.color is not None:
            result["color"] = from_union([lambda x: from_list(from_int, x), from_none], self.color)
        if self.emdb_id is not None:
            result["emdb_id"] = from_union([from_none, from_str], self.emdb_id)
        if self.go_id is not None:
            result["go_id"] = from_union([from_none, from_str], self.go_id)
        if self.identifier is not None:
            result["identifier"] = from_union([from_none, from_str], self.identifier)
        if self.label is not None:
            result["label"] = from_union([from_none, from_int], self.label)
        if self.map_threshold is not None:
            result["map_threshold"] = from_union([from_none, to_float], self.map_threshold)
        if self.metadata is not None:
            result["metadata"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.metadata)
        if self.pdb_id is not None:
            result["pdb_id"] = from_union([from_none, from_str], self.pdb_id)
        if self.radius is not None:
            result["radius"] = from_union([from_none, to_float], self.radius)
        return result


@dataclass
class CopickConfig:
    """A copick project configuration (copick 1.27): the base fields of `CopickConfig` plus
    those of the storage backend named by `config_type`. A missing `config_type` is read as
    "filesystem" with a deprecation warning and an unknown one is refused before the schema
    runs (src/copick/config.ts), as `copick.ops.open.from_string` does. Unknown keys are
    ignored, as pydantic does by default.
    
    A project on fsspec storage: a writable overlay and an optional read-only static root.
    
    The fields every copick config has (`copick.models.CopickConfig`).
    
    A project reading the CryoET Data Portal, with a writable overlay.
    
    A project read from a Croissant metadata.json and its CSV sidecars; with `overlay_root`
    the Croissant is read-only and writes go to the overlay (Mode B), without it writes go to
    the Croissant's base URL (Mode A).
    """
    config_type: ConfigType
    """The storage backend."""

    pickable_objects: List[PickableObject]
    """The objects that can be picked or segmented; names and labels must be unique (rules
    `copick.objects.unique`).
    """
    overlay_fs_args: Optional[Dict[str, Any]] = None
    """fsspec arguments of the overlay filesystem."""

    overlay_root: Optional[str] = None
    """fsspec URL of the writable overlay (local://, file://, s3://, ssh://, smb://, or a bare
    path).
    
    fsspec URL of the writable overlay.
    
    Writable overlay; its presence selects Mode B.
    """
    static_fs_args: Optional[Dict[str, Any]] = None
    """fsspec arguments of the static filesystem.
    
    fsspec arguments for resolving data URLs against the Croissant's base URL.
    """
    static_root: Optional[str] = None
    """fsspec URL of the read-only static data."""

    description: Optional[str] = None
    """Description of the project."""

    name: Optional[str] = None
    """Name of the project."""

    runs: Optional[List[str]] = None
    """Index of run names."""

    session_id: Optional[str] = None
    """Default session id for new artifacts; must already be sanitised (rule
    `copick.config.session-id-sanitized`).
    """
    tomograms: Optional[Dict[str, List[str]]] = None
    """Index of tomogram types by voxel spacing; the keys must read as numbers (rule
    `copick.config.tomogram-keys`).
    """
    user_id: Optional[str] = None
    """Default user id for new artifacts; must already be sanitised (rule
    `copick.config.user-id-sanitized`).
    """
    version: Optional[str] = None
    """Version of the project (or of the copick API it was written for)."""

    voxel_spacings: Optional[List[float]] = None
    """Index of voxel spacings."""

    dataset_ids: Optional[List[int]] = None
    """CryoET Data Portal dataset ids to read."""

    portal_cache: Optional[bool] = None
    """Whether portal query results are cached on disk."""

    portal_cache_dir: Optional[str] = None
    """Where the cache lives (default: the overlay, else a local fallback)."""

    portal_cache_lock_timeout_seconds: Optional[int] = None
    """Bound on the cold-start lock wait before fetching directly."""

    portal_cache_ttl_seconds: Optional[int] = None
    """Lifetime of cached portal results; <= 0 never expires."""

    croissant_base_url: Optional[str] = None
    """Override of `copick:baseUrl`, for a dataset moved from where it was published."""

    croissant_fs_args: Optional[Dict[str, Any]] = None
    """fsspec arguments for fetching metadata.json and the CSVs."""

    croissant_url: Optional[str] = None
    """URL or path of the Croissant metadata.json."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickConfig':
        assert isinstance(obj, dict)
        config_type = ConfigType(obj.get("config_type"))
        pickable_objects = from_list(PickableObject.from_dict, obj.get("pickable_objects"))
        overlay_fs_args = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("overlay_fs_args"))
        overlay_root = from_union([from_none, from_str], obj.get("overlay_root"))
        static_fs_args = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("static_fs_args"))
        static_root = from_union([from_none, from_str], obj.get("static_root"))
        description = from_union([from_none, from_str], obj.get("description"))
        name = from_union([from_none, from_str], obj.get("name"))
        runs = from_union([lambda x: from_list(from_str, x), from_none], obj.get("runs"))
        session_id = from_union([from_none, from_str], obj.get("session_id"))
        tomograms = from_union([lambda x: from_dict(lambda x: from_list(from_str, x), x), from_none], obj.get("tomograms"))
        user_id = from_union([from_none, from_str], obj.get("user_id"))
        version = from_union([from_none, from_str], obj.get("version"))
        voxel_spacings = from_union([lambda x: from_list(from_float, x), from_none], obj.get("voxel_spacings"))
        dataset_ids = from_union([lambda x: from_list(from_int, x), from_none], obj.get("dataset_ids"))
        portal_cache = from_union([from_bool, from_none], obj.get("portal_cache"))
        portal_cache_dir = from_union([from_none, from_str], obj.get("portal_cache_dir"))
        portal_cache_lock_timeout_seconds = from_union([from_none, from_int], obj.get("portal_cache_lock_timeout_seconds"))
        portal_cache_ttl_seconds = from_union([from_none, from_int], obj.get("portal_cache_ttl_seconds"))
        croissant_base_url = from_union([from_none, from_str], obj.get("croissant_base_url"))
        croissant_fs_args = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("croissant_fs_args"))
        croissant_url = from_union([from_str, from_none], obj.get("croissant_url"))
        return CopickConfig(config_type, pickable_objects, overlay_fs_args, overlay_root, static_fs_args, static_root, description, name, runs, session_id, tomograms, user_id, version, voxel_spacings, dataset_ids, portal_cache, portal_cache_dir, portal_cache_lock_timeout_seconds, portal_cache_ttl_seconds, croissant_base_url, croissant_fs_args, croissant_url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["config_type"] = to_enum(ConfigType, self.config_type)
        result["pickable_objects"] = from_list(lambda x: to_class(PickableObject, x), self.pickable_objects)
        if self.overlay_fs_args is not None:
            result["overlay_fs_args"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.overlay_fs_args)
        if self.overlay_root is not None:
            result["overlay_root"] = from_union([from_none, from_str], self.overlay_root)
        if self.static_fs_args is not None:
            result["static_fs_args"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.static_fs_args)
        if self.static_root is not None:
            result["static_root"] = from_union([from_none, from_str], self.static_root)
        if self.description is not None:
            result["description"] = from_union([from_none, from_str], self.description)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        if self.runs is not None:
            result["runs"] = from_union([lambda x: from_list(from_str, x), from_none], self.runs)
        if self.session_id is not None:
            result["session_id"] = from_union([from_none, from_str], self.session_id)
        if self.tomograms is not None:
            result["tomograms"] = from_union([lambda x: from_dict(lambda x: from_list(from_str, x), x), from_none], self.tomograms)
        if self.user_id is not None:
            result["user_id"] = from_union([from_none, from_str], self.user_id)
        if self.version is not None:
            result["version"] = from_union([from_none, from_str], self.version)
        if self.voxel_spacings is not None:
            result["voxel_spacings"] = from_union([lambda x: from_list(to_float, x), from_none], self.voxel_spacings)
        if self.dataset_ids is not None:
            result["dataset_ids"] = from_union([lambda x: from_list(from_int, x), from_none], self.dataset_ids)
        if self.portal_cache is not None:
            result["portal_cache"] = from_union([from_bool, from_none], self.portal_cache)
        if self.portal_cache_dir is not None:
            result["portal_cache_dir"] = from_union([from_none, from_str], self.portal_cache_dir)
        if self.portal_cache_lock_timeout_seconds is not None:
            result["portal_cache_lock_timeout_seconds"] = from_union([from_none, from_int], self.portal_cache_lock_timeout_seconds)
        if self.portal_cache_ttl_seconds is not None:
            result["portal_cache_ttl_seconds"] = from_union([from_none, from_int], self.portal_cache_ttl_seconds)
        if self.croissant_base_url is not None:
            result["croissant_base_url"] = from_union([from_none, from_str], self.croissant_base_url)
        if self.croissant_fs_args is not None:
            result["croissant_fs_args"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.croissant_fs_args)
        if self.croissant_url is not None:
            result["croissant_url"] = from_union([from_str, from_none], self.croissant_url)
        return result


def copick_config_from_dict(s: Any) -> CopickConfig:
    return CopickConfig.from_dict(s)


def copick_config_to_dict(x: CopickConfig) -> Any:
    return to_class(CopickConfig, x)

