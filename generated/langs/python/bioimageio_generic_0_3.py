# generated from specs/bioimageio/generic/0.3.json by codegen - do not edit
from dataclasses import dataclass
from typing import Optional, Any, Dict, List, Union, TypeVar, Callable, Type, cast


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


def from_dict(f: Callable[[Any], T], x: Any) -> Dict[str, T]:
    assert isinstance(x, dict)
    return { k: f(v) for (k, v) in x.items() }


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
    return x


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


@dataclass
class FileDescr:
    """A file description: a file source with an optional SHA-256 hash of the file's content."""

    source: str
    """File source"""

    sha256: Optional[str] = None
    """SHA256 hash value of the **source** file."""

    @staticmethod
    def from_dict(obj: Any) -> 'FileDescr':
        assert isinstance(obj, dict)
        source = from_str(obj.get("source"))
        sha256 = from_union([from_none, from_str], obj.get("sha256"))
        return FileDescr(source, sha256)

    def to_dict(self) -> dict:
        result: dict = {}
        result["source"] = from_str(self.source)
        if self.sha256 is not None:
            result["sha256"] = from_union([from_none, from_str], self.sha256)
        return result


@dataclass
class Author:
    """An author of a resource description."""

    name: str
    """Full name. May not contain `/` or `\\`."""

    affiliation: Optional[str] = None
    """Affiliation"""

    email: Optional[str] = None
    """Email"""

    github_user: Optional[str] = None
    """GitHub user name. With IO checks the reference looks the user up on GitHub;
    bioimage-specs does not.
    """
    orcid: Optional[str] = None
    """An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    ) in hyphenated groups of 4 digits, (and [valid](
    
    https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    ) as per ISO 7064 11,2.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'Author':
        assert isinstance(obj, dict)
        name = from_str(obj.get("name"))
        affiliation = from_union([from_none, from_str], obj.get("affiliation"))
        email = from_union([from_none, from_str], obj.get("email"))
        github_user = from_union([from_none, from_str], obj.get("github_user"))
        orcid = from_union([from_none, from_str], obj.get("orcid"))
        return Author(name, affiliation, email, github_user, orcid)

    def to_dict(self) -> dict:
        result: dict = {}
        result["name"] = from_str(self.name)
        if self.affiliation is not None:
            result["affiliation"] = from_union([from_none, from_str], self.affiliation)
        if self.email is not None:
            result["email"] = from_union([from_none, from_str], self.email)
        if self.github_user is not None:
            result["github_user"] = from_union([from_none, from_str], self.github_user)
        if self.orcid is not None:
            result["orcid"] = from_union([from_none, from_str], self.orcid)
        return result


@dataclass
class BadgeDescr:
    """A custom badge"""

    label: str
    """badge label to display on hover"""

    url: str
    """target URL"""

    icon: Optional[str] = None
    """badge icon (included in bioimage.io package if not a URL): the reference's
    `Union[FilePath | RelativeFilePath (no reserved file name), HttpUrl, pydantic.HttpUrl]`,
    a smart union whose every branch reports its error. A relative path is tried before a
    URL, as in the reference.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'BadgeDescr':
        assert isinstance(obj, dict)
        label = from_str(obj.get("label"))
        url = from_str(obj.get("url"))
        icon = from_union([from_none, from_str], obj.get("icon"))
        return BadgeDescr(label, url, icon)

    def to_dict(self) -> dict:
        result: dict = {}
        result["label"] = from_str(self.label)
        result["url"] = from_str(self.url)
        if self.icon is not None:
            result["icon"] = from_union([from_none, from_str], self.icon)
        return result


@dataclass
class CiteEntry:
    """A citation that should be referenced in work using this resource. Either `doi` or `url`
    has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
    """
    text: str
    """free text description"""

    doi: Optional[str] = None
    """A digital object identifier (DOI) is the prefered citation reference.
    See https://www.doi.org/ for details.
    Note:
    Either **doi** or **url** have to be specified.
    """
    url: Optional[str] = None
    """URL to cite (preferably specify a **doi** instead/also).
    Note:
    Either **doi** or **url** have to be specified.
    """

    @staticmethod
    def from_dict(obj: Any) -> 'CiteEntry':
        assert isinstance(obj, dict)
        text = from_str(obj.get("text"))
        doi = from_union([from_none, from_str], obj.get("doi"))
        url = from_union([from_none, from_str], obj.get("url"))
        return CiteEntry(text, doi, url)

    def to_dict(self) -> dict:
        result: dict = {}
        result["text"] = from_str(self.text)
        if self.doi is not None:
            result["doi"] = from_union([from_none, from_str], self.doi)
        if self.url is not None:
            result["url"] = from_union([from_none, from_str], self.url)
        return result


@dataclass
class Config:
    """A field for custom configuration that can contain any keys not present in the RDF spec.
    This means you should not store, for example, a GitHub repo URL in `config` since there
    is a `git_repo` field.
    Keys in `config` may be very specific to a tool or consumer software. To avoid
    conflicting definitions,
    it is recommended to wrap added configuration into a sub-field named with the specific
    domain or tool name,
    for example:
    ```yaml
    config:
    giraffe_neckometer:  # here is the domain name
    length: 3837283
    address:
    home: zoo
    imagej:              # config specific to ImageJ
    macro_dir: path/to/macro/file
    ```
    If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
    in `config`.
    You may want to list linked files additionally under `attachments` to include them when
    packaging a resource.
    (Packaging a resource means downloading/copying important linked files and creating a ZIP
    archive that contains
    an altered rdf.yaml file with local references to the downloaded files.)
    
    A place to store additional metadata (often tool specific).
    
    Such additional metadata is typically set programmatically by the respective tool
    or by people with specific insights into the tool.
    If you want to store additional metadata that does not match any of the other
    fields, think of a key unlikely to collide with anyone elses use-case/tool and save
    it here.
    
    Please consider creating [an issue in the bioimageio.spec
    repository](https://github.com/bioimage-io/spec-bioimage-io/issues/new?template=Blank+issue)
    if you are not sure if an existing field could cover your use case
    or if you think such a field should exist.
    
    Open object: any further keys are allowed (their values must be YAML values, which every
    JSON value is).
    """
    bioimageio: Optional[Dict[str, Any]] = None
    """bioimage.io internal metadata."""

    @staticmethod
    def from_dict(obj: Any) -> 'Config':
        assert isinstance(obj, dict)
        bioimageio = from_union([lambda x: from_dict(lambda x: x, x), from_none], obj.get("bioimageio"))
        return Config(bioimageio)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.bioimageio is not None:
            result["bioimageio"] = from_union([lambda x: from_dict(lambda x: x, x), from_none], self.bioimageio)
        return result


@dataclass
class Maintainer:
    """A maintainer of a resource description."""

    github_user: str
    """GitHub user name. With IO checks the reference looks the user up on GitHub;
    bioimage-specs does not.
    """
    affiliation: Optional[str] = None
    """Affiliation"""

    email: Optional[str] = None
    """Email"""

    name: Optional[str] = None
    """Full name. May not contain `/` or `\\`."""

    orcid: Optional[str] = None
    """An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    ) in hyphenated groups of 4 digits, (and [valid](
    
    https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    ) as per ISO 7064 11,2.)
    """

    @staticmethod
    def from_dict(obj: Any) -> 'Maintainer':
        assert isinstance(obj, dict)
        github_user = from_str(obj.get("github_user"))
        affiliation = from_union([from_none, from_str], obj.get("affiliation"))
        email = from_union([from_none, from_str], obj.get("email"))
        name = from_union([from_none, from_str], obj.get("name"))
        orcid = from_union([from_none, from_str], obj.get("orcid"))
        return Maintainer(github_user, affiliation, email, name, orcid)

    def to_dict(self) -> dict:
        result: dict = {}
        result["github_user"] = from_str(self.github_user)
        if self.affiliation is not None:
            result["affiliation"] = from_union([from_none, from_str], self.affiliation)
        if self.email is not None:
            result["email"] = from_union([from_none, from_str], self.email)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        if self.orcid is not None:
            result["orcid"] = from_union([from_none, from_str], self.orcid)
        return result


@dataclass
class Uploader:
    """The person who uploaded the resource (e.g. to bioimage.io)."""

    email: str
    """Email"""

    name: Optional[str] = None
    """name (the reference silently removes `/` and `\\` from it)"""

    @staticmethod
    def from_dict(obj: Any) -> 'Uploader':
        assert isinstance(obj, dict)
        email = from_str(obj.get("email"))
        name = from_union([from_none, from_str], obj.get("name"))
        return Uploader(email, name)

    def to_dict(self) -> dict:
        result: dict = {}
        result["email"] = from_str(self.email)
        if self.name is not None:
            result["name"] = from_union([from_none, from_str], self.name)
        return result


@dataclass
class GenericDescr:
    """Specification of the fields used in a generic bioimage.io-compliant resource description
    file (RDF).
    
    An RDF is a YAML file that describes a resource such as a model, a dataset, or a
    notebook.
    Note that those resources are described with a type-specific RDF.
    Use this generic resource description, if none of the known specific types matches your
    resource.
    
    Describes generic format 0.3.0. Unknown top-level keys are allowed: the reference ignores
    (drops) them (`extra="ignore"`).
    """
    format_version: str
    """The **format** version of this resource specification. This schema describes the latest
    patch (0.3.0); older 0.3.x/0.2.x documents are converted and future 0.3.x patches are
    treated as 0.3.0 (with an ALERT) before validation. Any 0.3.x is read as 0.3.0.
    """
    name: str
    """A human-friendly name of the resource description.
    May only contains letters, digits, underscore, minus, parentheses and spaces.
    At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
    Before validation other characters are replaced by spaces and the name is cut to 128
    characters, as the reference's format conversion does for every 0.2.x/0.3.x document.
    """
    type: str
    """The resource type assigns a broad category to the resource. The reference declares it
    lower case, but does not enforce it (its `LowerCase` annotation is nested where pydantic
    ignores it), so any string is accepted. The specific types `application`, `collection`,
    `dataset`, `model` and `notebook` have their own descriptions and are refused here (rule
    `generic03.type.not-specific`).
    """
    attachments: Optional[List[FileDescr]] = None
    """file attachments"""

    authors: Optional[List[Author]] = None
    """The authors are the creators of this resource description and the primary points of
    contact.
    An empty list gets a FAIR ALERT (rule `common.fair`).
    """
    badges: Optional[List[BadgeDescr]] = None
    """badges associated with this resource"""

    cite: Optional[List[CiteEntry]] = None
    """citations (an empty list gets a FAIR ALERT, rule `common.fair`)"""

    config: Optional[Config] = None
    """A field for custom configuration that can contain any keys not present in the RDF spec.
    This means you should not store, for example, a GitHub repo URL in `config` since there
    is a `git_repo` field.
    Keys in `config` may be very specific to a tool or consumer software. To avoid
    conflicting definitions,
    it is recommended to wrap added configuration into a sub-field named with the specific
    domain or tool name,
    for example:
    ```yaml
    config:
    giraffe_neckometer:  # here is the domain name
    length: 3837283
    address:
    home: zoo
    imagej:              # config specific to ImageJ
    macro_dir: path/to/macro/file
    ```
    If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
    in `config`.
    You may want to list linked files additionally under `attachments` to include them when
    packaging a resource.
    (Packaging a resource means downloading/copying important linked files and creating a ZIP
    archive that contains
    an altered rdf.yaml file with local references to the downloaded files.)
    """
    covers: Optional[List[str]] = None
    """Cover images. Please use an image smaller than 500KB and an aspect ratio width to height
    of 2:1 or 1:1.
    The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',
    '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
    """
    description: Optional[str] = None
    """A string containing a brief description.
    At most 1024 characters (a warning is issued above 512, rule `common.description.length`;
    an empty description gets a FAIR ALERT, rule `common.fair`).
    """
    documentation: Optional[str] = None
    """URL or relative path to a markdown file encoded in UTF-8 with additional documentation.
    The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
    The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
    missing documentation gets a FAIR ALERT (rule `common.fair`).
    """
    git_repo: Optional[str] = None
    """A URL to the Git repository where the resource is being developed."""

    icon: Optional[str] = None
    """An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file
    source. A reserved bioimage.io YAML file name fails both branches (rule
    `common.icon.reserved-name`).
    """
    id: Optional[str] = None
    """bioimage.io-wide unique resource identifier
    assigned by bioimage.io; version **un**specific.
    """
    id_emoji: Optional[str] = None
    """UTF-8 emoji for display alongside the `id` (1 or 2 characters)."""

    license: Optional[str] = None
    """A [SPDX license identifier](https://spdx.org/licenses/).
    We do not support custom license beyond the SPDX license list, if you need that please
    [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
    to discuss your intentions with the community.
    Tried as a current, then as a deprecated SPDX id (the reference's union, whose branch
    names appear in error locations); checked against the SPDX list in code (rule
    `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license
    gets a FAIR ALERT (rule `common.fair`).
    """
    links: Optional[List[str]] = None
    """IDs of other bioimage.io resources"""

    maintainers: Optional[List[Maintainer]] = None
    """Maintainers of this resource.
    If not specified, `authors` are maintainers and at least some of them has to specify
    their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
    """
    parent: Optional[str] = None
    """The description from which this one is derived"""

    source: Optional[str] = None
    """The primary source of the resource"""

    tags: Optional[List[str]] = None
    """Associated tags (an empty list gets a FAIR ALERT, rule `common.fair`). The reference also
    declares a warning for bioimage.io tag categories (`data/tag-categories.json`) without a
    matching tag, but its validator is never registered (`as_warning` wraps pydantic's
    decorator), so no such warning is issued.
    """
    uploader: Optional[Uploader] = None
    """The person who uploaded the model (e.g. to bioimage.io)"""

    version: Optional[Union[int, float, str]] = None
    """The version of the resource following SemVer 2.0. (The reference moves a deprecated
    top-level `version_number` key to `version` before validation; the runtime does the same
    before schema validation.)
    """
    version_comment: Optional[str] = None
    """A comment on the version of the resource."""

    @staticmethod
    def from_dict(obj: Any) -> 'GenericDescr':
        assert isinstance(obj, dict)
        format_version = from_str(obj.get("format_version"))
        name = from_str(obj.get("name"))
        type = from_str(obj.get("type"))
        attachments = from_union([lambda x: from_list(FileDescr.from_dict, x), from_none], obj.get("attachments"))
        authors = from_union([lambda x: from_list(Author.from_dict, x), from_none], obj.get("authors"))
        badges = from_union([lambda x: from_list(BadgeDescr.from_dict, x), from_none], obj.get("badges"))
        cite = from_union([lambda x: from_list(CiteEntry.from_dict, x), from_none], obj.get("cite"))
        config = from_union([Config.from_dict, from_none], obj.get("config"))
        covers = from_union([lambda x: from_list(from_str, x), from_none], obj.get("covers"))
        description = from_union([from_str, from_none], obj.get("description"))
        documentation = from_union([from_none, from_str], obj.get("documentation"))
        git_repo = from_union([from_none, from_str], obj.get("git_repo"))
        icon = from_union([from_none, from_str], obj.get("icon"))
        id = from_union([from_none, from_str], obj.get("id"))
        id_emoji = from_union([from_none, from_str], obj.get("id_emoji"))
        license = from_union([from_none, from_str], obj.get("license"))
        links = from_union([lambda x: from_list(from_str, x), from_none], obj.get("links"))
        maintainers = from_union([lambda x: from_list(Maintainer.from_dict, x), from_none], obj.get("maintainers"))
        parent = from_union([from_none, from_str], obj.get("parent"))
        source = from_union([from_none, from_str], obj.get("source"))
        tags = from_union([lambda x: from_list(from_str, x), from_none], obj.get("tags"))
        uploader = from_union([Uploader.from_dict, from_none], obj.get("uploader"))
        version = from_union([from_int, from_float, from_none, from_str], obj.get("version"))
        version_comment = from_union([from_none, from_str], obj.get("version_comment"))
        return GenericDescr(format_version, name, type, attachments, authors, badges, cite, config, covers, description, documentation, git_repo, icon, id, id_emoji, license, links, maintainers, parent, source, tags, uploader, version, version_comment)

    def to_dict(self) -> dict:
        result: dict = {}
        result["format_version"] = from_str(self.format_version)
        result["name"] = from_str(self.name)
        result["type"] = from_str(self.type)
        if self.attachments is not None:
            result["attachments"] = from_union([lambda x: from_list(lambda x: to_class(FileDescr, x), x), from_none], self.attachments)
        if self.authors is not None:
            result["authors"] = from_union([lambda x: from_list(lambda x: to_class(Author, x), x), from_none], self.authors)
        if self.badges is not None:
            result["badges"] = from_union([lambda x: from_list(lambda x: to_class(BadgeDescr, x), x), from_none], self.badges)
        if self.cite is not None:
            result["cite"] = from_union([lambda x: from_list(lambda x: to_class(CiteEntry, x), x), from_none], self.cite)
        if self.config is not None:
            result["config"] = from_union([lambda x: to_class(Config, x), from_none], self.config)
        if self.covers is not None:
            result["covers"] = from_union([lambda x: from_list(from_str, x), from_none], self.covers)
        if self.description is not None:
            result["description"] = from_union([from_str, from_none], self.description)
        if self.documentation is not None:
            result["documentation"] = from_union([from_none, from_str], self.documentation)
        if self.git_repo is not None:
            result["git_repo"] = from_union([from_none, from_str], self.git_repo)
        if self.icon is not None:
            result["icon"] = from_union([from_none, from_str], self.icon)
        if self.id is not None:
            result["id"] = from_union([from_none, from_str], self.id)
        if self.id_emoji is not None:
            result["id_emoji"] = from_union([from_none, from_str], self.id_emoji)
        if self.license is not None:
            result["license"] = from_union([from_none, from_str], self.license)
        if self.links is not None:
            result["links"] = from_union([lambda x: from_list(from_str, x), from_none], self.links)
        if self.maintainers is not None:
            result["maintainers"] = from_union([lambda x: from_list(lambda x: to_class(Maintainer, x), x), from_none], self.maintainers)
        if self.parent is not None:
            result["parent"] = from_union([from_none, from_str], self.parent)
        if self.source is not None:
            result["source"] = from_union([from_none, from_str], self.source)
        if self.tags is not None:
            result["tags"] = from_union([lambda x: from_list(from_str, x), from_none], self.tags)
        if self.uploader is not None:
            result["uploader"] = from_union([lambda x: to_class(Uploader, x), from_none], self.uploader)
        if self.version is not None:
            result["version"] = from_union([from_int, to_float, from_none, from_str], self.version)
        if self.version_comment is not None:
            result["version_comment"] = from_union([from_none, from_str], self.version_comment)
        return result


def generic_descr_from_dict(s: Any) -> GenericDescr:
    return GenericDescr.from_dict(s)


def generic_descr_to_dict(x: GenericDescr) -> Any:
    return to_class(GenericDescr, x)

