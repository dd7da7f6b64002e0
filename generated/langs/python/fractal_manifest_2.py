# generated from specs/fractal/manifest/2.json by codegen - do not edit
from enum import Enum
from dataclasses import dataclass
from typing import Dict, Any, Optional, List, TypeVar, Callable, Type, cast


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    assert isinstance(x, dict)
    return { k: f(v) for (k, v) in x.items() }


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


class ManifestVersion(Enum):
    THE_2 = "2"


class TaskType(Enum):
    """The task types (fractal-server `TaskType`): `parallel` runs once per image (`zarr_url`);
    `non_parallel` once for all images (`zarr_urls`, `zarr_dir`); `compound` a non-parallel
    init then parallel compute; the `converter_` types create images from raw data under
    `zarr_dir`. No `type: string`: like pydantic's enum, any other value, a number included,
    gets the one enum error.
    """
    COMPOUND = "compound"
    CONVERTER_COMPOUND = "converter_compound"
    CONVERTER_NON_PARALLEL = "converter_non_parallel"
    NON_PARALLEL = "non_parallel"
    PARALLEL = "parallel"


@dataclass
class TaskManifestV2:
    """A task within a version-2 manifest. At least one executable is required, and the `meta_*`
    and `args_schema_*` of a missing executable must be empty (rules
    `fractal2.executables-present`, `fractal2.non-parallel-fields-need-executable`,
    `fractal2.parallel-fields-need-executable`). Unknown keys are allowed (ignored by
    fractal-server).
    """
    name: str
    """The task name, unique within the manifest (exact comparison). The manifest accepts any
    string; task collection strips it and requires it to be non-empty (rule
    `fractal2.collection.non-empty-str`).
    """
    args_schema_non_parallel: Optional[Dict[str, Any]] = None
    """JSON Schema of the non-parallel executable's arguments. Opaque to fractal-server, except
    that its top-level keys are stripped and must be non-empty and unique (rule
    `fractal2.dict-keys`); checked against the JSON Schema meta-schemas by the lint
    `fractal2.lint.args-schema-valid`. Must be null when there is no
    `executable_non_parallel`.
    """
    args_schema_parallel: Optional[Dict[str, Any]] = None
    """JSON Schema of the parallel executable's arguments (same rules as
    `args_schema_non_parallel`). Must be null when there is no `executable_parallel`.
    """
    category: Optional[str] = None
    """Free-text category, e.g. `Segmentation`, `Conversion`, `Measurement`."""

    docs_info: Optional[str] = None
    """Additional information about the task, usually from its docstring (Markdown)."""

    docs_link: Optional[str] = None
    """Link to the task's documentation: an http(s) URL with a host, at most 2083 characters,
    stored with surrounding whitespace stripped (`HttpUrlStr`, rule `fractal2.docs-link-url`).
    """
    executable_non_parallel: Optional[str] = None
    """Path of the non-parallel (or compound init) executable, relative to the package root as
    installed: if a package installs `pkg/executable.py`, this is `executable.py`.
    """
    executable_parallel: Optional[str] = None
    """Path of the parallel (or compound compute) executable, relative to the package root as
    installed.
    """
    input_types: Optional[Dict[str, bool]] = None
    """Image-type filters the input images must match, e.g. `{"is_3D": true}`."""

    meta_non_parallel: Optional[Dict[str, Any]] = None
    """Runner settings of the non-parallel executable (e.g. `cpus_per_task`, `mem`,
    `needs_gpu`). Keys are stripped and must be non-empty and unique after stripping (rule
    `fractal2.dict-keys`). Must be empty when there is no `executable_non_parallel`. Not
    nullable.
    """
    meta_parallel: Optional[Dict[str, Any]] = None
    """Runner settings of the parallel executable. Keys are stripped and must be non-empty and
    unique after stripping (rule `fractal2.dict-keys`). Must be empty when there is no
    `executable_parallel`. Not nullable.
    """
    modality: Optional[str] = None
    """Free-text modality, e.g. `HCS`."""

    output_types: Optional[Dict[str, bool]] = None
    """Image types set on the images the task produces or updates, e.g. `{"is_3D": false}`."""

    tags: Optional[List[str]] = None
    """Free-text tags, e.g. `2D`, `Yokogawa`. Task collection strips them and requires them
    non-empty and without repetitions (rule `fractal2.collection.tags`).
    """
    type: Optional[TaskType] = None
    """The task type. When null, fractal-server infers it at collection from the executables:
    `parallel` (no non-parallel one), `non_parallel` (no parallel one) or `compound` (both);
    converter types are never inferred.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'TaskManifestV2':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        args_schema_non_parallel = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("args_schema_non_parallel"))
        args_schema_parallel = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("args_schema_parallel"))
        category = from_union([from_none, from_str], obj.get("category"))
        docs_info = from_union([from_none, from_str], obj.get("docs_info"))
        docs_link = from_union([from_none, from_str], obj.get("docs_link"))
        executable_non_parallel = from_union([from_none, from_str], obj.get("executable_non_parallel"))
        executable_parallel = from_union([from_none, from_str], obj.get("executable_parallel"))
        input_types = from_union([lambda x: from_dict(from_bool, x), from_none], obj.get("input_types"))
        meta_non_parallel = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("meta_non_parallel"))
        meta_parallel = from_union([from_none, lambda x: from_dict(lambda x: x, x)], obj.get("meta_parallel"))
        modality = from_union([from_none, from_str], obj.get("modality"))
        output_types = from_union([lambda x: from_dict(from_bool, x), from_none], obj.get("output_types"))
        tags = from_union([lambda x: from_list(from_str, x), from_none], obj.get("tags"))
        type = from_union([from_none, TaskType], obj.get("type"))
        return TaskManifestV2(name, args_schema_non_parallel, args_schema_parallel, category, docs_info, docs_link, executable_non_parallel, executable_parallel, input_types, meta_non_parallel, meta_parallel, modality, output_types, tags, type)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        if self.args_schema_non_parallel is not None:
            result["args_schema_non_parallel"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.args_schema_non_parallel)
        if self.args_schema_parallel is not None:
            result["args_schema_parallel"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.args_schema_parallel)
        if self.category is not None:
            result["category"] = from_union([from_none, from_str], self.category)
        if self.docs_info is not None:
            result["docs_info"] = from_union([from_none, from_str], self.docs_info)
        if self.docs_link is not None:
            result["docs_link"] = from_union([from_none, from_str], self.docs_link)
        if self.executable_non_parallel is not None:
            result["executable_non_parallel"] = from_union([from_none, from_str], self.executable_non_parallel)
        if self.executable_parallel is not None:
            result["executable_parallel"] = from_union([from_none, from_str], self.executable_parallel)
        if self.input_types is not None:
            result["input_types"] = from_union([lambda x: from_dict(from_bool, x), from_none], self.input_types)
        if self.meta_non_parallel is not None:
            result["meta_non_parallel"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.meta_non_parallel)
        if self.meta_parallel is not None:
            result["meta_parallel"] = from_union([from_none, lambda x: from_dict(lambda x: x, x)], self.meta_parallel)
        if self.modality is not None:
            result["modality"] = from_union([from_none, from_str], self.modality)
        if self.output_types is not None:
            result["output_types"] = from_union([lambda x: from_dict(from_bool, x), from_none], self.output_types)
        if self.tags is not None:
            result["tags"] = from_union([lambda x: from_list(from_str, x), from_none], self.tags)
        if self.type is not None:
            result["type"] = from_union([from_none, lambda x: to_enum(TaskType, x)], self.type)
        return result


@dataclass
class ManifestV2:
    """A Fractal task package's manifest, `__FRACTAL_MANIFEST__.json`, version 2 (fractal-server
    `ManifestV2`, as of fractal-server 2.24). Packages containing tasks are required to
    include it in order to be discovered and used by Fractal.
    
    Unknown keys are allowed: fractal-server ignores (drops) them (pydantic's default
    `extra="ignore"`); `--strict` reports them. fractal-server also accepts the strings and
    numbers pydantic reads as booleans (`"true"`, `"yes"`, `1`, ...) where a boolean is
    expected; this schema asks for JSON booleans and the validator warns about the lax forms.
    The rules JSON Schema cannot say (named in descriptions) are checked by `bioimage-specs
    validate`.
    """
    manifest_version: ManifestVersion
    """A version string that provides indication for compatibility between manifests as the
    schema evolves. Exactly the string "2" (`Literal["2"]`: the number 2 is rejected).
    Manifests with "1" are validated as `ManifestV1`.
    """
    task_list: List[TaskManifestV2]
    """The list of tasks. Task names must be unique (rule `fractal2.unique-task-names`). An
    empty list is valid.
    """
    args_schema_version: Optional[str] = None
    """Label of how the `args_schema`s were generated, e.g. `pydantic_v1`, `pydantic_v2` or
    `fractal_schema_v1` (fractal-task-tools 0.5 and later). Free-form for the manifest; task
    collection needs a non-empty string when `has_args_schemas` is true (rule
    `fractal2.collection.args-schema-version`).
    """
    authors: Optional[str] = None
    """The package's authors. Stored with surrounding whitespace stripped, and must not be empty
    after stripping (`NonEmptyStr`, rule `fractal2.non-empty-str`).
    """
    has_args_schemas: Optional[bool] = None
    """`true` if the manifest includes JSON Schemas for the arguments of each task: then every
    executable needs its `args_schema_*` (rule `fractal2.args-schemas-present`).
    """

    @staticmethod
    def from_dict(obj: Any) -> 'ManifestV2':
        assert isinstance(obj, dict)
        manifest_version = ManifestVersion(obj.get("manifest_version"))
        task_list = from_list(TaskManifestV2.from_dict, obj.get("task_list"))
        args_schema_version = from_union([from_none, from_str], obj.get("args_schema_version"))
        authors = from_union([from_none, from_str], obj.get("authors"))
        has_args_schemas = from_union([from_bool, from_none], obj.get("has_args_schemas"))
        return ManifestV2(manifest_version, task_list, args_schema_version, authors, has_args_schemas)

    def to_dict(self) -> dict:
        result: dict = {}
        result["manifest_version"] = to_enum(ManifestVersion, self.manifest_version)
        result["task_list"] = from_list(lambda x: to_class(TaskManifestV2, x), self.task_list)
        if self.args_schema_version is not None:
            result["args_schema_version"] = from_union([from_none, from_str], self.args_schema_version)
        if self.authors is not None:
            result["authors"] = from_union([from_none, from_str], self.authors)
        if self.has_args_schemas is not None:
            result["has_args_schemas"] = from_union([from_bool, from_none], self.has_args_schemas)
        return result


def manifest_v2_from_dict(s: Any) -> ManifestV2:
    return ManifestV2.from_dict(s)


def manifest_v2_to_dict(x: ManifestV2) -> Any:
    return to_class(ManifestV2, x)

