// generated from specs/bioimageio/notebook/0.2.json by codegen - do not edit
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
 * A digital object identifier, see https://www.doi.org/ (lax check of the first characters only: `10.` followed by four digits and at least one more character).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "Doi".
 */
export type Doi = string;
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
 * Bioimage.io description of a Jupyter Notebook.
 *
 * Describes notebook format 0.2.4. Unknown top-level keys are not permitted.
 */
export interface NotebookDescr {
  /**
   * A human-friendly name of the resource description (a warning is issued above 128 characters, rule `common.name.length-v0_2`).
   */
  name: string;
  /**
   * A string containing a brief description.
   */
  description: string;
  /**
   * Cover images. Please use an image smaller than 500KB and an aspect ratio width to height of 2:1.
   * The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
   */
  covers?: FileSource[];
  /**
   * UTF-8 emoji for display alongside the `id` (1 character).
   */
  id_emoji?: string | null;
  /**
   * The authors are the creators of the RDF and the primary points of contact. Plain strings are accepted as `{name: ...}`.
   * An empty list gets the warning "missing" (rule `common.missing-v0_2`).
   */
  authors?: AuthorV02[];
  /**
   * file and other attachments
   */
  attachments?: AttachmentsDescrV02 | null;
  /**
   * citations (an empty list gets the warning "missing", rule `common.missing-v0_2`)
   */
  cite?: CiteEntryV02[];
  config?: ConfigV02;
  /**
   * URL to download the resource from (deprecated)
   */
  download_url?: HttpUrl | null;
  /**
   * A URL to the Git repository where the resource is being developed (any string in format 0.2).
   */
  git_repo?: string | null;
  /**
   * An icon for illustration: an emoji (1 or 2 characters) or a file source.
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
   * If not specified `authors` are maintainers and at least some of them should specify their `github_user` name
   */
  maintainers?: MaintainerV02[];
  /**
   * Resource description file (RDF) source; used to keep track of where an rdf.yaml was loaded from.
   * Do not set this field in a YAML file.
   */
  rdf_source?: FileSource | null;
  /**
   * Associated tags
   */
  tags?: string[];
  /**
   * The version of the resource following SemVer 2.0 (PEP 440 parsable, rule `common.version.pep440`).
   */
  version?: Version | null;
  /**
   * version number (n-th published version, not the semantic version)
   */
  version_number?: number | null;
  /**
   * The format version of this resource specification (not the `version` of the resource description). This schema describes the latest patch (0.2.4); 0.2.0-0.2.3 documents are converted by the reference's patch chain and future 0.2.x patches are treated as 0.2.4 (with an ALERT) before validation.
   */
  format_version: "0.2.4";
  /**
   * badges associated with this resource
   */
  badges?: BadgeDescr[];
  /**
   * URL or relative path to a markdown file with additional documentation.
   * The recommended documentation file name is `README.md` (format 0.2 does not check the suffix).
   */
  documentation?: FileSource | null;
  /**
   * A [SPDX license identifier](https://spdx.org/licenses/).
   * We do not support custom license beyond the SPDX license list, if you need that please
   * [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose
   * ) to discuss your intentions with the community.
   * In format 0.2 any string is accepted: a missing, deprecated or unknown license id gets a warning (rule `common.license.spdx-v0_2`).
   */
  license?: LicenseId | DeprecatedLicenseId | string | null;
  /**
   * The resource type: `notebook`.
   */
  type: "notebook";
  /**
   * bioimage.io-wide unique resource identifier
   * assigned by bioimage.io; version **un**specific. (Upper-case letters are accepted: the reference lower-cases the id before checking it, and so does the runtime.)
   */
  id?: ResourceId | null;
  source: NotebookSource;
}
/**
 * An author of a format 0.2 resource description. Author entries given as plain strings are accepted as `{name: ...}` (converted before validation, as the reference does).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "AuthorV02".
 */
export interface AuthorV02 {
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
   * Full name. `/` and `\` are removed from it before validation (silently, as the reference does).
   */
  name: string;
  /**
   * GitHub user name (not validated in format 0.2).
   */
  github_user?: string | null;
}
/**
 * File and other attachments of a format 0.2 resource description (open: any further keys are allowed).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "AttachmentsDescrV02".
 */
export interface AttachmentsDescrV02 {
  /**
   * File attachments
   */
  files?: FileSource[];
  [k: string]: unknown | undefined;
}
/**
 * A citation of a format 0.2 resource description. Either `doi` or `url` has to be given (non-empty); that is checked in code (rule `common.cite.doi-or-url`). A `doi` starting with `https://doi.org/` or `http://dx.doi.org/` is accepted: the prefix is removed before validation.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "CiteEntryV02".
 */
export interface CiteEntryV02 {
  /**
   * free text description
   */
  text: string;
  /**
   * A digital object identifier (DOI) is the prefered citation reference.
   * See https://www.doi.org/ for details. (alternatively specify `url`)
   */
  doi?: Doi | null;
  /**
   * URL to cite (preferably specify a `doi` instead). Any string is accepted in format 0.2.
   */
  url?: string | null;
}
/**
 * A field for custom configuration (format 0.2): a mapping of string keys to YAML values (every JSON value is one).
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "ConfigV02".
 */
export interface ConfigV02 {
  [k: string]: unknown | undefined;
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
 * A maintainer of a format 0.2 resource description.
 *
 * This interface was referenced by `NotebookDescr`'s JSON-Schema
 * via the `definition` "MaintainerV02".
 */
export interface MaintainerV02 {
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
   * Full name. `/` and `\` are removed from it before validation (silently, as the reference does).
   */
  name?: string | null;
  /**
   * GitHub user name (not validated in format 0.2).
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
