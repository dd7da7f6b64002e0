// generated from specs/bioimageio/notebook/0.3.json by codegen - do not edit
/**
 * A file source: an HTTP(S) URL or a path relative to the `rdf.yaml` file (tried in that order). The reference also accepts an absolute path to an *existing* local file (`FilePath`); this schema does not, as a portable description cannot rely on absolute local paths. File names reserved for bioimage.io YAML files (`rdf.yaml`, `bioimageio.yaml`, `model.yaml`, `*.rdf.yaml`, ...) are rejected in code where the reference forbids them (rule `common.file.reserved-name`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "FileSource".
 */
export type FileSource = HttpUrl | RelativeFilePath;
/**
 * A URL with the HTTP or HTTPS scheme (at most 2083 characters), as pydantic's URL parser reads it: the URL Standard's (leading and trailing spaces and control characters dropped, tabs and newlines removed, the scheme in any case, `//` optional; the `uri` format here means that parser's verdict, not RFC 3986). With IO checks the reference also checks that the URL is reachable (warnings only); bioimage-specs does not.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * A path relative to the `rdf.yaml` file (also if the RDF source is a URL), with POSIX semantics: non-empty and not a bare `.` (an empty path names a directory), not absolute (no leading `/`), and not looking like an http(s) URL (first path part `http:` or `https:`). That the file exists is an IO check (rule `common.file.exists`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "RelativeFilePath".
 */
export type RelativeFilePath = string;
/**
 * An ORCID identifier, see https://orcid.org/. Its form (four hyphenated groups of 4 characters) and ISO 7064 11,2 check digit are checked in code (rule `common.orcid.valid`), as the reference does in one validator.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "OrcidId".
 */
export type OrcidId = string;
/**
 * A SHA-256 hash value: 64 lower-case hexadecimal characters.
 * The reference (`bioimageio.spec` `Sha256`) strips surrounding whitespace and lower-cases the value, then checks only its length (exactly 64 characters, not that they are hexadecimal digits), as this schema does; the runtime strips and lower-cases `sha256` values before schema validation. Whether the hash matches the file is an IO check done in code (rule `common.file.sha256-match`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Sha256".
 */
export type Sha256 = string;
/**
 * A digital object identifier, see https://www.doi.org/ (lax check of the first characters only: `10.` followed by four digits and at least one more character).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Doi".
 */
export type Doi = string;
/**
 * A [SPDX license identifier](https://spdx.org/licenses/). The schema only requires a string: that it is a current SPDX id (error otherwise) or a deprecated one (warning) is checked in code against `data/spdx-licenses.json` (rule `common.license.spdx`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "LicenseId".
 */
export type LicenseId = string;
/**
 * A deprecated [SPDX license identifier](https://spdx.org/licenses/) (checked in code, see `LicenseId`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "DeprecatedLicenseId".
 */
export type DeprecatedLicenseId = string;
/**
 * A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`, `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a number); the value is checked with PEP 440 semantics in code (rule `common.version.pep440`), not by this schema.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = string | number;
/**
 * pydantic's own `HttpUrl` (a `pydantic.HttpUrl`, where the reference's `HttpUrl` type is a str): the same URLs, reported as a union branch of its own (`function-wrap[wrap_val()]`), and a value that is no string is "URL input should be a string or URL".
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "PydanticHttpUrl".
 */
export type PydanticHttpUrl = string;
/**
 * A bioimage.io resource id: non-empty, only lower-case ASCII letters, digits and `_ - / .`, not starting or ending with `/` (e.g. `affable-shark`, `ilastik/covid_if_training_data/1`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "ResourceId".
 */
export type ResourceId = string;
/**
 * A notebook's file source: an HTTP(S) URL or a path relative to the `rdf.yaml` file, as FileSource. The reference checks the `.ipynb` suffix in each branch of its union (rule `notebook.source.suffix`), so that a source no branch takes is reported once per branch, each branch tagged with that check (`validate()`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "NotebookSource".
 */
export type NotebookSource = HttpUrl | RelativeFilePath;

/**
 * Bioimage.io description of a Jupyter notebook.
 *
 * Describes notebook format 0.3.0. Unknown top-level keys are not permitted.
 */
export interface NotebookDescr {
  /**
   * A human-friendly name of the resource description.
   * May only contains letters, digits, underscore, minus, parentheses and spaces.
   * At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
   * Before validation other characters are replaced by spaces and the name is cut to 128 characters, as the reference's format conversion does for every 0.2.x/0.3.x document.
   */
  name: string;
  /**
   * A string containing a brief description.
   * At most 1024 characters (a warning is issued above 512, rule `common.description.length`; an empty description gets a FAIR ALERT, rule `common.fair`).
   */
  description?: string;
  /**
   * Cover images. Please use an image smaller than 500KB and an aspect ratio width to height of 2:1 or 1:1.
   * The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
   */
  covers?: FileSource[];
  /**
   * UTF-8 emoji for display alongside the `id` (1 or 2 characters).
   */
  id_emoji?: string | null;
  /**
   * The authors are the creators of this resource description and the primary points of contact.
   * An empty list gets a FAIR ALERT (rule `common.fair`).
   */
  authors?: Author[];
  /**
   * file attachments
   */
  attachments?: FileDescr[];
  /**
   * citations (an empty list gets a FAIR ALERT, rule `common.fair`)
   */
  cite?: CiteEntry[];
  /**
   * A [SPDX license identifier](https://spdx.org/licenses/).
   * We do not support custom license beyond the SPDX license list, if you need that please
   * [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
   * to discuss your intentions with the community.
   * Tried as a current, then as a deprecated SPDX id (the reference's union, whose branch names appear in error locations); checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).
   */
  license?: LicenseId | DeprecatedLicenseId | null;
  /**
   * A URL to the Git repository where the resource is being developed.
   */
  git_repo?: HttpUrl | null;
  /**
   * An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file source. A reserved bioimage.io YAML file name fails both branches (rule `common.icon.reserved-name`).
   */
  icon?: string | FileSource | null;
  /**
   * IDs of other bioimage.io resources
   */
  links?: string[];
  /**
   * The person who uploaded the model (e.g. to bioimage.io)
   */
  uploader?: Uploader | null;
  /**
   * Maintainers of this resource.
   * If not specified, `authors` are maintainers and at least some of them has to specify their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
   */
  maintainers?: Maintainer[];
  /**
   * Associated tags (an empty list gets a FAIR ALERT, rule `common.fair`). The reference also declares a warning for bioimage.io tag categories (`data/tag-categories.json`) without a matching tag, but its validator is never registered (`as_warning` wraps pydantic's decorator), so no such warning is issued.
   */
  tags?: string[];
  /**
   * The version of the resource following SemVer 2.0. (The reference moves a deprecated top-level `version_number` key to `version` before validation; the runtime does the same before schema validation.)
   */
  version?: Version | null;
  /**
   * A comment on the version of the resource.
   */
  version_comment?: string | null;
  /**
   * The **format** version of this resource specification. This schema describes the latest patch (0.3.0); older 0.3.x/0.2.x documents are converted and future 0.3.x patches are treated as 0.3.0 (with an ALERT) before validation.
   */
  format_version: "0.3.0";
  /**
   * URL or relative path to a markdown file encoded in UTF-8 with additional documentation.
   * The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
   * The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a missing documentation gets a FAIR ALERT (rule `common.fair`).
   */
  documentation?: FileSource | null;
  /**
   * badges associated with this resource
   */
  badges?: BadgeDescr[];
  config?: Config;
  /**
   * The resource type: `notebook`.
   */
  type: "notebook";
  /**
   * bioimage.io-wide unique resource identifier
   * assigned by bioimage.io; version **un**specific.
   */
  id?: ResourceId | null;
  /**
   * The description from which this one is derived
   */
  parent?: ResourceId | null;
  source: NotebookSource;
}
/**
 * An author of a resource description.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Author".
 */
export interface Author {
  /**
   * Affiliation
   */
  affiliation?: string | null;
  /**
   * Email
   */
  email?: string | null;
  /**
   * An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
   * ) in hyphenated groups of 4 digits, (and [valid](
   * https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
   * ) as per ISO 7064 11,2.)
   */
  orcid?: OrcidId | null;
  /**
   * Full name. May not contain `/` or `\`.
   */
  name: string;
  /**
   * GitHub user name. With IO checks the reference looks the user up on GitHub; bioimage-specs does not.
   */
  github_user?: string | null;
}
/**
 * A file description: a file source with an optional SHA-256 hash of the file's content.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "FileDescr".
 */
export interface FileDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
}
/**
 * A citation that should be referenced in work using this resource. Either `doi` or `url` has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "CiteEntry".
 */
export interface CiteEntry {
  /**
   * free text description
   */
  text: string;
  /**
   * A digital object identifier (DOI) is the prefered citation reference.
   * See https://www.doi.org/ for details.
   * Note:
   *     Either **doi** or **url** have to be specified.
   */
  doi?: Doi | null;
  /**
   * URL to cite (preferably specify a **doi** instead/also).
   * Note:
   *     Either **doi** or **url** have to be specified.
   */
  url?: HttpUrl | null;
}
/**
 * The person who uploaded the resource (e.g. to bioimage.io).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Uploader".
 */
export interface Uploader {
  /**
   * Email
   */
  email: string;
  /**
   * name (the reference silently removes `/` and `\` from it)
   */
  name?: string | null;
}
/**
 * A maintainer of a resource description.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Maintainer".
 */
export interface Maintainer {
  /**
   * Affiliation
   */
  affiliation?: string | null;
  /**
   * Email
   */
  email?: string | null;
  /**
   * An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
   * ) in hyphenated groups of 4 digits, (and [valid](
   * https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
   * ) as per ISO 7064 11,2.)
   */
  orcid?: OrcidId | null;
  /**
   * Full name. May not contain `/` or `\`.
   */
  name?: string | null;
  /**
   * GitHub user name. With IO checks the reference looks the user up on GitHub; bioimage-specs does not.
   */
  github_user: string;
}
/**
 * A custom badge
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "BadgeDescr".
 */
export interface BadgeDescr {
  /**
   * badge label to display on hover
   */
  label: string;
  /**
   * badge icon (included in bioimage.io package if not a URL): the reference's `Union[FilePath | RelativeFilePath (no reserved file name), HttpUrl, pydantic.HttpUrl]`, a smart union whose every branch reports its error. A relative path is tried before a URL, as in the reference.
   */
  icon?: RelativeFilePath | HttpUrl | PydanticHttpUrl | null;
  url: HttpUrl;
}
/**
 * A place to store additional metadata (often tool specific).
 *
 * Such additional metadata is typically set programmatically by the respective tool
 * or by people with specific insights into the tool.
 * If you want to store additional metadata that does not match any of the other
 * fields, think of a key unlikely to collide with anyone elses use-case/tool and save
 * it here.
 *
 * Please consider creating [an issue in the bioimageio.spec repository](https://github.com/bioimage-io/spec-bioimage-io/issues/new?template=Blank+issue)
 * if you are not sure if an existing field could cover your use case
 * or if you think such a field should exist.
 *
 * Open object: any further keys are allowed (their values must be YAML values, which every JSON value is).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Config".
 */
export interface Config {
  bioimageio?: BioimageioConfig;
  [k: string]: unknown | undefined;
}
/**
 * bioimage.io internal metadata (open: any keys are allowed).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "BioimageioConfig".
 */
export interface BioimageioConfig {
  [k: string]: unknown | undefined;
}
