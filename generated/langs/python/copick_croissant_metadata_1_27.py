# generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
from enum import Enum
from dataclasses import dataclass
from typing import List, Optional, Dict, Any, TypeVar, Callable, Type, cast
from datetime import datetime
import dateutil.parser


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


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def from_datetime(x: Any) -> datetime:
    return dateutil.parser.parse(x)


class ConformsTo(Enum):
    HTTP_MLCOMMONS_ORG_CROISSANT_11 = "http://mlcommons.org/croissant/1.1"


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
class CopickConfigBlob:
    """The project's credential-free config.
    
    The credential-free part of the project config (no config_type, roots or fs args), stored
    as a JSON literal.
    """
    pickable_objects: List[PickableObject]
    """Every pickable object, all ten fields dumped (nulls included); renamed portal objects
    carry `metadata.portal_original_name`.
    """
    description: Optional[str] = None
    """Project description."""

    name: Optional[str] = None
    """Project name."""

    session_id: Optional[str] = None
    """Default session id."""

    user_id: Optional[str] = None
    """Default user id."""

    version: Optional[str] = None
    """Project version."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickConfigBlob':
        assert isinstance(obj, dict)
        pickable_objects = from_list(PickableObject.from_dict, obj.get("pickable_objects"))
        description = from_union([from_none, from_str], obj.get("description"))
        name = from_union([from_none, from_str], obj.get("name"))
        session_id = from_union([from_none, from_str], obj.get("session_id"))
        user_id = from_union([from_none, from_str], obj.get("user_id"))
        version = from_union([from_none, from_str], obj.get("version"))
        return CopickConfigBlob(pickable_objects, description, name, session_id, user_id, version)

    def to_dict(self) -> dict:
        result: dict = {}
        result["pickable_objects"] = from_list(lambda x: to_class(PickableObject, x), self.pickable_objects)
        if self.description is not None:
            result["description"] = from_union([from_none, from_str], self.description)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        if self.session_id is not None:
            result["session_id"] = from_union([from_none, from_str], self.session_id)
        if self.user_id is not None:
            result["user_id"] = from_union([from_none, from_str], self.user_id)
        if self.version is not None:
            result["version"] = from_union([from_none, from_str], self.version)
        return result


class EncodingFormat(Enum):
    TEXT_CSV = "text/csv"


class DistributionType(Enum):
    CR_FILE_OBJECT = "cr:FileObject"


@dataclass
class CSVFileObject:
    """One CSV sidecar."""

    id: str
    """FileObject id, e.g. `runs-csv`."""

    type: DistributionType
    """A Croissant FileObject."""

    content_url: str
    """`<copick:baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` when the base URL is empty."""

    encoding_format: EncodingFormat
    """Always CSV."""

    name: str
    """Same as `@id`."""

    sha256: str
    """Lowercase hex sha256 of the CSV's bytes."""

    @staticmethod
    def from_dict(obj: Any) -> 'CSVFileObject':
        assert isinstance(obj, dict)
        id = from_str(obj.get("@id"))
        type = DistributionType(obj.get("@type"))
        content_url = from_str(obj.get("contentUrl"))
        encoding_format = EncodingFormat(obj.get("encodingFormat"))
        name = from_str(obj.get("name"))
        sha256 = from_str(obj.get("sha256"))
        return CSVFileObject(id, type, content_url, encoding_format, name, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["@id"] = from_str(self.id)
        result["@type"] = to_enum(DistributionType, self.type)
        result["contentUrl"] = from_str(self.content_url)
        result["encodingFormat"] = to_enum(EncodingFormat, self.encoding_format)
        result["name"] = from_str(self.name)
        result["sha256"] = from_str(self.sha256)
        return result


class DataType(Enum):
    """sc:Text, sc:Float, sc:Boolean or sc:URL."""

    SC_BOOLEAN = "sc:Boolean"
    SC_FLOAT = "sc:Float"
    SC_TEXT = "sc:Text"
    SC_URL = "sc:URL"


@dataclass
class IDRef:
    """The referenced field.
    
    A JSON-LD reference to another node by its `@id`.
    
    The CSV.
    
    Only on `copick/splits`: its name field.
    """
    id: str
    """The referenced node's `@id`."""

    @staticmethod
    def from_dict(obj: Any) -> 'IDRef':
        assert isinstance(obj, dict)
        id = from_str(obj.get("@id"))
        return IDRef(id)

    def to_dict(self) -> dict:
        result: dict = {}
        result["@id"] = from_str(self.id)
        return result


@dataclass
class References:
    """Foreign key (only `copick/runs/split` -> `copick/splits/name`)."""

    field: IDRef
    """The referenced field."""

    @staticmethod
    def from_dict(obj: Any) -> 'References':
        assert isinstance(obj, dict)
        field = IDRef.from_dict(obj.get("field"))
        return References(field)

    def to_dict(self) -> dict:
        result: dict = {}
        result["field"] = to_class(IDRef, self.field)
        return result


@dataclass
class Extract:
    """The column."""

    column: str
    """CSV column name."""

    @staticmethod
    def from_dict(obj: Any) -> 'Extract':
        assert isinstance(obj, dict)
        column = from_str(obj.get("column"))
        return Extract(column)

    def to_dict(self) -> dict:
        result: dict = {}
        result["column"] = from_str(self.column)
        return result


@dataclass
class CSVSource:
    """Where the values come from.
    
    A field's source: one column of one CSV FileObject.
    """
    extract: Extract
    """The column."""

    file_object: IDRef
    """The CSV."""

    @staticmethod
    def from_dict(obj: Any) -> 'CSVSource':
        assert isinstance(obj, dict)
        extract = Extract.from_dict(obj.get("extract"))
        file_object = IDRef.from_dict(obj.get("fileObject"))
        return CSVSource(extract, file_object)

    def to_dict(self) -> dict:
        result: dict = {}
        result["extract"] = to_class(Extract, self.extract)
        result["fileObject"] = to_class(IDRef, self.file_object)
        return result


class FieldType(Enum):
    CR_FIELD = "cr:Field"


@dataclass
class CopickField:
    """A column of a CSV (with `source`) or of the inline splits table (without)."""

    id: str
    """`<recordSet @id>/<column>`."""

    type: FieldType
    """A Croissant Field."""

    data_type: DataType
    """sc:Text, sc:Float, sc:Boolean or sc:URL."""

    references: Optional[References] = None
    """Foreign key (only `copick/runs/split` -> `copick/splits/name`)."""

    source: Optional[CSVSource] = None
    """Where the values come from."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickField':
        assert isinstance(obj, dict)
        id = from_str(obj.get("@id"))
        type = FieldType(obj.get("@type"))
        data_type = DataType(obj.get("dataType"))
        references = from_union([References.from_dict, from_none], obj.get("references"))
        source = from_union([CSVSource.from_dict, from_none], obj.get("source"))
        return CopickField(id, type, data_type, references, source)

    def to_dict(self) -> dict:
        result: dict = {}
        result["@id"] = from_str(self.id)
        result["@type"] = to_enum(FieldType, self.type)
        result["dataType"] = to_enum(DataType, self.data_type)
        if self.references is not None:
            result["references"] = from_union([lambda x: to_class(References, x), from_none], self.references)
        if self.source is not None:
            result["source"] = from_union([lambda x: to_class(CSVSource, x), from_none], self.source)
        return result


class RecordSetType(Enum):
    CR_RECORD_SET = "cr:RecordSet"


@dataclass
class CopickRecordSet:
    """A RecordSet over one CSV, or the inline `copick/splits` table."""

    id: str
    """`copick/<csv stem>` or `copick/splits`."""

    type: RecordSetType
    """A Croissant RecordSet."""

    field: List[CopickField]
    """One per column, in column order."""

    name: str
    """The CSV stem, or `splits`."""

    data: Optional[List[Dict[str, str]]] = None
    """Inline rows of `copick/splits`: each has every field's `@id`."""

    description: Optional[str] = None
    """Only on `copick/splits`."""

    key: Optional[IDRef] = None
    """Only on `copick/splits`: its name field."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickRecordSet':
        assert isinstance(obj, dict)
        id = from_str(obj.get("@id"))
        type = RecordSetType(obj.get("@type"))
        field = from_list(CopickField.from_dict, obj.get("field"))
        name = from_str(obj.get("name"))
        data = from_union([lambda x: from_list(lambda x: from_dict(from_str, x), x), from_none], obj.get("data"))
        description = from_union([from_str, from_none], obj.get("description"))
        key = from_union([IDRef.from_dict, from_none], obj.get("key"))
        return CopickRecordSet(id, type, field, name, data, description, key)

    def to_dict(self) -> dict:
        result: dict = {}
        result["@id"] = from_str(self.id)
        result["@type"] = to_enum(RecordSetType, self.type)
        result["field"] = from_list(lambda x: to_class(CopickField, x), self.field)
        result["name"] = from_str(self.name)
        if self.data is not None:
            result["data"] = from_union([lambda x: from_list(lambda x: from_dict(from_str, x), x), from_none], self.data)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.key is not None:
            result["key"] = from_union([lambda x: to_class(IDRef, x), from_none], self.key)
        return result


class CopickCroissantMetadataType(Enum):
    SC_DATASET = "sc:Dataset"


@dataclass
class CopickCroissantMetadata:
    """The Croissant `metadata.json` that copick 1.27 writes
    (`copick.ops.croissant.export_croissant`) and reads (`CroissantIndex`): a Croissant 1.1
    dataset whose distribution is the eight CSV sidecars and whose RecordSets describe their
    columns, plus `copick:baseUrl` and the credential-free `copick:config`. This schema gives
    the shape; the order and content of the FileObjects and RecordSets are rules
    (`copick.croissant.*`), and the Croissant itself is checked as mlcroissant does
    (src/croissant). Other Croissant properties are allowed.
    """
    context: Dict[str, Any]
    """The Croissant context with copick's additions (`copick`, `copick:baseUrl`,
    `copick:config` as @json).
    """
    type: CopickCroissantMetadataType
    """Always a schema.org Dataset."""

    conforms_to: ConformsTo
    """The Croissant version copick writes."""

    copick_base_url: str
    """Base of every relative `url` cell in the CSVs; empty for a relative (movable) Croissant."""

    copick_config: CopickConfigBlob
    """The project's credential-free config."""

    distribution: List[CSVFileObject]
    """The eight CSV sidecars, in copick's order (rule `copick.croissant.distribution`)."""

    name: str
    """Dataset name (default: the project's name, else "copick-project")."""

    record_set: List[CopickRecordSet]
    """One RecordSet per CSV in the same order, then `copick/splits` when a run has a split
    (rules `copick.croissant.record-sets`, `copick.croissant.splits`).
    """
    cite_as: Optional[str] = None
    """Citation (default "copick project <name>")."""

    date_published: Optional[datetime] = None
    """ISO date of the export (default: today, UTC)."""

    description: Optional[str] = None
    """Dataset description (default: the project's, else "Copick project exported as
    Croissant.").
    """
    license: Optional[str] = None
    """License of the dataset (default "CC-BY-4.0")."""

    version: Optional[str] = None
    """Dataset version (default: the project's, else "0.1.0")."""

    @staticmethod
    def from_dict(obj: Any) -> 'CopickCroissantMetadata':
        assert isinstance(obj, dict)
        context = from_dict(lambda x: x, obj.get("@context"))
        type = CopickCroissantMetadataType(obj.get("@type"))
        conforms_to = ConformsTo(obj.get("conformsTo"))
        copick_base_url = from_str(obj.get("copick:baseUrl"))
        copick_config = CopickConfigBlob.from_dict(obj.get("copick:config"))
        distribution = from_list(CSVFileObject.from_dict, obj.get("distribution"))
        name = from_str(obj.get("name"))
        record_set = from_list(CopickRecordSet.from_dict, obj.get("recordSet"))
        cite_as = from_union([from_str, from_none], obj.get("citeAs"))
        date_published = from_union([from_datetime, from_none], obj.get("datePublished"))
        description = from_union([from_str, from_none], obj.get("description"))
        license = from_union([from_str, from_none], obj.get("license"))
        version = from_union([from_str, from_none], obj.get("version"))
        return CopickCroissantMetadata(context, type, conforms_to, copick_base_url, copick_config, distribution, name, record_set, cite_as, date_published, description, license, version)

    def to_dict(self) -> dict:
        result: dict = {}
        result["@context"] = from_dict(lambda x: x, self.context)
        result["@type"] = to_enum(CopickCroissantMetadataType, self.type)
        result["conformsTo"] = to_enum(ConformsTo, self.conforms_to)
        result["copick:baseUrl"] = from_str(self.copick_base_url)
        result["copick:config"] = to_class(CopickConfigBlob, self.copick_config)
        result["distribution"] = from_list(lambda x: to_class(CSVFileObject, x), self.distribution)
        result["name"] = from_str(self.name)
        result["recordSet"] = from_list(lambda x: to_class(CopickRecordSet, x), self.record_set)
        if self.cite_as is not None:
            result["citeAs"] = from_union([from_str, from_none], self.cite_as)
        if self.date_published is not None:
            result["datePublished"] = from_union([lambda x: x.isoformat(), from_none], self.date_published)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.license is not None:
            result["license"] = from_union([from_str, from_none], self.license)
        if self.version is not None:
            result["version"] = from_union([from_str, from_none], self.version)
        return result


def copick_croissant_metadata_from_dict(s: Any) -> CopickCroissantMetadata:
    return CopickCroissantMetadata.from_dict(s)


def copick_croissant_metadata_to_dict(x: CopickCroissantMetadata) -> Any:
    return to_class(CopickCroissantMetadata, x)

