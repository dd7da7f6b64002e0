// generated from specs/bioimageio/notebook/0.3.json by codegen - do not edit
// Example code that deserializes and serializes the model.
// extern crate serde;
// #[macro_use]
// extern crate serde_derive;
// extern crate serde_json;
//
// use generated_module::NotebookDescr;
//
// fn main() {
//     let json = r#"{"answer": 42}"#;
//     let model: NotebookDescr = serde_json::from_str(&json).unwrap();
// }

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// Bioimage.io description of a Jupyter notebook.
///
/// Describes notebook format 0.3.0. Unknown top-level keys are not permitted.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotebookDescr {
    /// file attachments
    pub attachments: Option<Vec<FileDescr>>,

    /// The authors are the creators of this resource description and the primary points of
    /// contact.
    /// An empty list gets a FAIR ALERT (rule `common.fair`).
    pub authors: Option<Vec<Author>>,

    /// badges associated with this resource
    pub badges: Option<Vec<BadgeDescr>>,

    /// citations (an empty list gets a FAIR ALERT, rule `common.fair`)
    pub cite: Option<Vec<CiteEntry>>,

    /// A field for custom configuration that can contain any keys not present in the RDF spec.
    /// This means you should not store, for example, a GitHub repo URL in `config` since there
    /// is a `git_repo` field.
    /// Keys in `config` may be very specific to a tool or consumer software. To avoid
    /// conflicting definitions,
    /// it is recommended to wrap added configuration into a sub-field named with the specific
    /// domain or tool name,
    /// for example:
    /// ```yaml
    /// config:
    /// giraffe_neckometer:  # here is the domain name
    /// length: 3837283
    /// address:
    /// home: zoo
    /// imagej:              # config specific to ImageJ
    /// macro_dir: path/to/macro/file
    /// ```
    /// If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
    /// in `config`.
    /// You may want to list linked files additionally under `attachments` to include them when
    /// packaging a resource.
    /// (Packaging a resource means downloading/copying important linked files and creating a ZIP
    /// archive that contains
    /// an altered rdf.yaml file with local references to the downloaded files.)
    pub config: Option<Config>,

    /// Cover images. Please use an image smaller than 500KB and an aspect ratio width to height
    /// of 2:1 or 1:1.
    /// The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',
    /// '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).
    pub covers: Option<Vec<String>>,

    /// A string containing a brief description.
    /// At most 1024 characters (a warning is issued above 512, rule `common.description.length`;
    /// an empty description gets a FAIR ALERT, rule `common.fair`).
    pub description: Option<String>,

    /// URL or relative path to a markdown file encoded in UTF-8 with additional documentation.
    /// The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
    /// The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a
    /// missing documentation gets a FAIR ALERT (rule `common.fair`).
    pub documentation: Option<String>,

    /// The **format** version of this resource specification. This schema describes the latest
    /// patch (0.3.0); older 0.3.x/0.2.x documents are converted and future 0.3.x patches are
    /// treated as 0.3.0 (with an ALERT) before validation. Any 0.3.x is read as 0.3.0.
    pub format_version: String,

    /// A URL to the Git repository where the resource is being developed.
    pub git_repo: Option<String>,

    /// An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file
    /// source. A reserved bioimage.io YAML file name fails both branches (rule
    /// `common.icon.reserved-name`).
    pub icon: Option<String>,

    /// bioimage.io-wide unique resource identifier
    /// assigned by bioimage.io; version **un**specific.
    pub id: Option<String>,

    /// UTF-8 emoji for display alongside the `id` (1 or 2 characters).
    pub id_emoji: Option<String>,

    /// A [SPDX license identifier](https://spdx.org/licenses/).
    /// We do not support custom license beyond the SPDX license list, if you need that please
    /// [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)
    /// to discuss your intentions with the community.
    /// Tried as a current, then as a deprecated SPDX id (the reference's union, whose branch
    /// names appear in error locations); checked against the SPDX list in code (rule
    /// `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license
    /// gets a FAIR ALERT (rule `common.fair`).
    pub license: Option<String>,

    /// IDs of other bioimage.io resources
    pub links: Option<Vec<String>>,

    /// Maintainers of this resource.
    /// If not specified, `authors` are maintainers and at least some of them has to specify
    /// their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).
    pub maintainers: Option<Vec<Maintainer>>,

    /// A human-friendly name of the resource description.
    /// May only contains letters, digits, underscore, minus, parentheses and spaces.
    /// At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
    /// Before validation other characters are replaced by spaces and the name is cut to 128
    /// characters, as the reference's format conversion does for every 0.2.x/0.3.x document.
    pub name: String,

    /// The description from which this one is derived
    pub parent: Option<String>,

    /// The Jupyter notebook: a URL or a relative path whose name ends with `.ipynb`
    /// (case-sensitive, rule `notebook.source.suffix`).
    pub source: String,

    /// Associated tags (an empty list gets a FAIR ALERT, rule `common.fair`). The reference also
    /// declares a warning for bioimage.io tag categories (`data/tag-categories.json`) without a
    /// matching tag, but its validator is never registered (`as_warning` wraps pydantic's
    /// decorator), so no such warning is issued.
    pub tags: Option<Vec<String>>,

    /// The resource type: `notebook`.
    #[serde(rename = "type")]
    pub notebook_descr_type: Type,

    /// The person who uploaded the model (e.g. to bioimage.io)
    pub uploader: Option<Uploader>,

    /// The version of the resource following SemVer 2.0. (The reference moves a deprecated
    /// top-level `version_number` key to `version` before validation; the runtime does the same
    /// before schema validation.)
    pub version: Option<Version>,

    /// A comment on the version of the resource.
    pub version_comment: Option<String>,
}

/// A file description: a file source with an optional SHA-256 hash of the file's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileDescr {
    /// SHA256 hash value of the **source** file.
    pub sha256: Option<String>,

    /// File source
    pub source: String,
}

/// An author of a resource description.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Author {
    /// Affiliation
    pub affiliation: Option<String>,

    /// Email
    pub email: Option<String>,

    /// GitHub user name. With IO checks the reference looks the user up on GitHub;
    /// bioimage-specs does not.
    pub github_user: Option<String>,

    /// Full name. May not contain `/` or `\`.
    pub name: String,

    /// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    /// ) in hyphenated groups of 4 digits, (and [valid](
    ///
    /// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    /// ) as per ISO 7064 11,2.)
    pub orcid: Option<String>,
}

/// A custom badge
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BadgeDescr {
    /// badge icon (included in bioimage.io package if not a URL): the reference's
    /// `Union[FilePath | RelativeFilePath (no reserved file name), HttpUrl, pydantic.HttpUrl]`,
    /// a smart union whose every branch reports its error. A relative path is tried before a
    /// URL, as in the reference.
    pub icon: Option<String>,

    /// badge label to display on hover
    pub label: String,

    /// target URL
    pub url: String,
}

/// A citation that should be referenced in work using this resource. Either `doi` or `url`
/// has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CiteEntry {
    /// A digital object identifier (DOI) is the prefered citation reference.
    /// See https://www.doi.org/ for details.
    /// Note:
    /// Either **doi** or **url** have to be specified.
    pub doi: Option<String>,

    /// free text description
    pub text: String,

    /// URL to cite (preferably specify a **doi** instead/also).
    /// Note:
    /// Either **doi** or **url** have to be specified.
    pub url: Option<String>,
}

/// A field for custom configuration that can contain any keys not present in the RDF spec.
/// This means you should not store, for example, a GitHub repo URL in `config` since there
/// is a `git_repo` field.
/// Keys in `config` may be very specific to a tool or consumer software. To avoid
/// conflicting definitions,
/// it is recommended to wrap added configuration into a sub-field named with the specific
/// domain or tool name,
/// for example:
/// ```yaml
/// config:
/// giraffe_neckometer:  # here is the domain name
/// length: 3837283
/// address:
/// home: zoo
/// imagej:              # config specific to ImageJ
/// macro_dir: path/to/macro/file
/// ```
/// If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
/// in `config`.
/// You may want to list linked files additionally under `attachments` to include them when
/// packaging a resource.
/// (Packaging a resource means downloading/copying important linked files and creating a ZIP
/// archive that contains
/// an altered rdf.yaml file with local references to the downloaded files.)
///
/// A place to store additional metadata (often tool specific).
///
/// Such additional metadata is typically set programmatically by the respective tool
/// or by people with specific insights into the tool.
/// If you want to store additional metadata that does not match any of the other
/// fields, think of a key unlikely to collide with anyone elses use-case/tool and save
/// it here.
///
/// Please consider creating [an issue in the bioimageio.spec
/// repository](https://github.com/bioimage-io/spec-bioimage-io/issues/new?template=Blank+issue)
/// if you are not sure if an existing field could cover your use case
/// or if you think such a field should exist.
///
/// Open object: any further keys are allowed (their values must be YAML values, which every
/// JSON value is).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// bioimage.io internal metadata.
    pub bioimageio: Option<HashMap<String, Option<serde_json::Value>>>,
}

/// A maintainer of a resource description.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Maintainer {
    /// Affiliation
    pub affiliation: Option<String>,

    /// Email
    pub email: Option<String>,

    /// GitHub user name. With IO checks the reference looks the user up on GitHub;
    /// bioimage-specs does not.
    pub github_user: String,

    /// Full name. May not contain `/` or `\`.
    pub name: Option<String>,

    /// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID
    /// ) in hyphenated groups of 4 digits, (and [valid](
    ///
    /// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier
    /// ) as per ISO 7064 11,2.)
    pub orcid: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    Notebook,
}

/// The person who uploaded the resource (e.g. to bioimage.io).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Uploader {
    /// Email
    pub email: String,

    /// name (the reference silently removes `/` and `\` from it)
    pub name: Option<String>,
}

/// The version of the resource following SemVer 2.0. (The reference moves a deprecated
/// top-level `version_number` key to `version` before validation; the runtime does the same
/// before schema validation.)
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Version {
    Double(f64),

    PurpleString(String),
}

