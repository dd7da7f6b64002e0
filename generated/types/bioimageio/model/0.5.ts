// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
/**
 * A file source: an HTTP(S) URL or a path relative to the `rdf.yaml` file (tried in that order). The reference also accepts an absolute path to an *existing* local file (`FilePath`); this schema does not, as a portable description cannot rely on absolute local paths. File names reserved for bioimage.io YAML files (`rdf.yaml`, `bioimageio.yaml`, `model.yaml`, `*.rdf.yaml`, ...) are rejected in code where the reference forbids them (rule `common.file.reserved-name`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "FileSource".
 */
export type FileSource = HttpUrl | RelativeFilePath;
/**
 * A URL with the HTTP or HTTPS scheme (at most 2083 characters), as pydantic's URL parser reads it: the URL Standard's (leading and trailing spaces and control characters dropped, tabs and newlines removed, the scheme in any case, `//` optional; the `uri` format here means that parser's verdict, not RFC 3986). With IO checks the reference also checks that the URL is reachable (warnings only); bioimage-specs does not.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * A path relative to the `rdf.yaml` file (also if the RDF source is a URL), with POSIX semantics: non-empty and not a bare `.` (an empty path names a directory), not absolute (no leading `/`), and not looking like an http(s) URL (first path part `http:` or `https:`). That the file exists is an IO check (rule `common.file.exists`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "RelativeFilePath".
 */
export type RelativeFilePath = string;
/**
 * An ORCID identifier, see https://orcid.org/. Its form (four hyphenated groups of 4 characters) and ISO 7064 11,2 check digit are checked in code (rule `common.orcid.valid`), as the reference does in one validator.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "OrcidId".
 */
export type OrcidId = string;
/**
 * A SHA-256 hash value: 64 lower-case hexadecimal characters.
 * The reference (`bioimageio.spec` `Sha256`) strips surrounding whitespace and lower-cases the value, then checks only its length (exactly 64 characters, not that they are hexadecimal digits), as this schema does; the runtime strips and lower-cases `sha256` values before schema validation. Whether the hash matches the file is an IO check done in code (rule `common.file.sha256-match`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Sha256".
 */
export type Sha256 = string;
/**
 * A digital object identifier, see https://www.doi.org/ (lax check of the first characters only: `10.` followed by four digits and at least one more character).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Doi".
 */
export type Doi = string;
/**
 * A [SPDX license identifier](https://spdx.org/licenses/). The schema only requires a string: that it is a current SPDX id (error otherwise) or a deprecated one (warning) is checked in code against `data/spdx-licenses.json` (rule `common.license.spdx`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "LicenseId".
 */
export type LicenseId = string;
/**
 * A deprecated [SPDX license identifier](https://spdx.org/licenses/) (checked in code, see `LicenseId`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "DeprecatedLicenseId".
 */
export type DeprecatedLicenseId = string;
/**
 * A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`, `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a number); the value is checked with PEP 440 semantics in code (rule `common.version.pep440`), not by this schema.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = string | number;
/**
 * A bioimage.io resource id: non-empty, only lower-case ASCII letters, digits and `_ - / .`, not starting or ending with `/` (e.g. `affable-shark`, `ilastik/covid_if_training_data/1`).
 */
export type ModelId = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 */
export type TensorId = string;
/**
 * An axis of an input tensor, discriminated by `type`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "InputAxis".
 */
export type InputAxis = BatchAxis | ChannelAxis | IndexInputAxis | TimeInputAxis | SpaceInputAxis;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 */
export type BatchAxisId = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 */
export type NonBatchAxisId = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Identifier".
 */
export type Identifier = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 */
export type AxisId = string;
/**
 * Description of a tensor's data values: nominal/ordinal (with `values`) or interval/ratio.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TensorDataDescr".
 */
export type TensorDataDescr = NominalOrOrdinalDataDescr | IntervalOrRatioDataDescr;
/**
 * An SI unit, e.g. `m`, `µm`, `m/s^2`, `kg·m^2`, matched by the reference's pattern. The reference replaces `×`, `*` and spaces by `·` before matching (a before-validator: the runtime does the same before schema validation).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SiUnit".
 */
export type SiUnit = string;
/**
 * A preprocessing step, discriminated by `id`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PreprocessingDescr".
 */
export type PreprocessingDescr =
  | BinarizeDescr
  | ClipDescr
  | EnsureDtypeDescr
  | FixedZeroMeanUnitVarianceDescr
  | ScaleLinearDescr
  | ScaleRangeDescr
  | SigmoidDescr
  | SoftmaxDescr
  | ZeroMeanUnitVarianceDescr;
/**
 * An axis of an output tensor, discriminated by `type` (time and space output axes may carry a `halo`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "OutputAxis".
 */
export type OutputAxis = BatchAxis | ChannelAxis | IndexOutputAxis | TimeOutputAxisUnion | SpaceOutputAxisUnion;
/**
 * A time axis of an output tensor, with or without a halo. The reference tells the two classes apart by the *presence of the key* `halo` (its callable discriminator), and puts the tag `with_halo` or `wo_halo` into error locations.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TimeOutputAxisUnion".
 */
export type TimeOutputAxisUnion = TimeOutputAxis | TimeOutputAxisWithHalo;
/**
 * A space axis of an output tensor, with or without a halo. The reference tells the two classes apart by the *presence of the key* `halo` (its callable discriminator), and puts the tag `with_halo` or `wo_halo` into error locations.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SpaceOutputAxisUnion".
 */
export type SpaceOutputAxisUnion = SpaceOutputAxis | SpaceOutputAxisWithHalo;
/**
 * A postprocessing step, discriminated by `id` (adds `scale_mean_variance` to the preprocessing steps).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PostprocessingDescr".
 */
export type PostprocessingDescr =
  | BinarizeDescr
  | ClipDescr
  | EnsureDtypeDescr
  | FixedZeroMeanUnitVarianceDescr
  | ScaleLinearDescr
  | ScaleMeanVarianceDescr
  | ScaleRangeDescr
  | SigmoidDescr
  | SoftmaxDescr
  | ZeroMeanUnitVarianceDescr;
/**
 * A bioimage.io resource id: non-empty, only lower-case ASCII letters, digits and `_ - / .`, not starting or ending with `/` (e.g. `affable-shark`, `ilastik/covid_if_training_data/1`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ResourceId".
 */
export type ResourceId = string;
/**
 * A weights format name (the keys of `weights`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "WeightsFormat".
 */
export type WeightsFormat =
  "keras_hdf5" | "onnx" | "pytorch_state_dict" | "tensorflow_js" | "tensorflow_saved_model_bundle" | "torchscript";
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "AxisId".
 */
export type Identifier1 = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BatchAxisId".
 */
export type AxisId1 = string;
/**
 * A bioimage.io resource id: non-empty, only lower-case ASCII letters, digits and `_ - / .`, not starting or ending with `/` (e.g. `affable-shark`, `ilastik/covid_if_training_data/1`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ModelId".
 */
export type ResourceId1 = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "NonBatchAxisId".
 */
export type AxisId2 = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TensorId".
 */
export type Identifier2 = string;

/**
 * Specification of the fields used in a bioimage.io-compliant RDF to describe AI models with pretrained weights.
 * These fields are typically stored in a YAML file which we call a model resource description file (model RDF).
 *
 * Describes model format 0.5.7 (the latest patch of 0.5).
 */
export interface ModelDescr {
  /**
   * A human-readable name of this model.
   * It should be no longer than 64 characters
   * and may only contain letter, number, underscore, minus, parentheses and spaces.
   * We recommend to chose a name that refers to the model's task and image modality.
   * At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).
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
   * The authors are the creators of the model RDF and the primary points of contact.
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
   * Checked against the SPDX list in code (rule `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license gets a FAIR ALERT (rule `common.fair`).
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
   * Associated tags. The reference warns about bioimage.io tag categories (`data/tag-categories.json`) without a matching tag, which bioimage-specs does not check yet; an empty list gets a FAIR ALERT (rule `common.fair`).
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
   * Version of the bioimage.io model description specification used.
   * When creating a new model always use the latest micro/patch version described here.
   * The `format_version` is important for any consumer software to understand how to parse the fields.
   * This schema describes the latest patch (0.5.7); older 0.5.x documents get their `format_version` bumped, future 0.5.x patches are treated as 0.5.7 (with an ALERT), and 0.4/0.3 models are converted before validation.
   */
  format_version: "0.5.7";
  /**
   * Specialized resource type 'model'
   */
  type: "model";
  /**
   * bioimage.io-wide unique resource identifier
   * assigned by bioimage.io; version **un**specific.
   */
  id?: ModelId | null;
  /**
   * URL or relative path to a markdown file with additional documentation.
   * The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.
   * The documentation should include a '#[#] Validation' (sub)section
   * with details on how to quantitatively validate the model on unseen data.
   * (With IO checks a missing validation section gets a warning, rule `model05.io.documentation-validation-section`.)
   * The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a missing documentation gets a FAIR ALERT (rule `common.fair`).
   */
  documentation?: FileSource | null;
  /**
   * Describes the input tensors expected by this model. (Tensor ids must be unique, rule `model05.tensors.unique-ids`; size references are checked by rule `model05.axes.size-references`.)
   *
   * @minItems 1
   */
  inputs: [InputTensorDescr, ...InputTensorDescr[]];
  /**
   * Describes the output tensors. (See rules `model05.tensors.unique-ids`, `model05.axes.size-references`.)
   *
   * @minItems 1
   */
  outputs: [OutputTensorDescr, ...OutputTensorDescr[]];
  /**
   * The persons that have packaged and uploaded this model.
   * Only required if those persons differ from the `authors`.
   */
  packaged_by?: Author[];
  /**
   * The model from which this model is derived, e.g. by fine-tuning the weights. (It may not be this model itself, rule `model05.parent.not-self`.)
   */
  parent?: LinkedModel | null;
  /**
   * Custom run mode for this model: for more complex prediction procedures like test time
   * data augmentation that currently cannot be expressed in the specification.
   * No standard run modes are defined yet.
   * (A given run mode gets a warning about limited support, rule `model05.run-mode.limited-support`.)
   */
  run_mode?: RunMode | null;
  /**
   * Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by `dateutil.parser.isoparse` (e.g. `2019-12-11T12:22:32Z`; a time zone is optional, naive times are taken as local time and stored as UTC). The reference's default is the time of validation. Not `format: date-time`, which requires a time zone offset: ISO 8601 parsing is a rule (`model05.timestamp.iso8601`).
   */
  timestamp?: string;
  /**
   * The dataset used to train this model: a link to a bioimage.io dataset or an inline dataset description (tried in that order).
   */
  training_data?: LinkedDataset | InlineDatasetDescr | null;
  weights: WeightsDescr;
  config?: Config;
}
/**
 * An author of a resource description.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * Description of an input tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "InputTensorDescr".
 */
export interface InputTensorDescr {
  id?: TensorId;
  /**
   * free text description
   */
  description?: string;
  /**
   * tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
   *
   * @minItems 1
   */
  axes: [InputAxis, ...InputAxis[]];
  /**
   * An example tensor to use for testing.
   * Using the model with the test input tensors is expected to yield the test output tensors.
   * Each test tensor has be a an ndarray in the
   * [numpy.lib file format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
   * The file extension must be '.npy'.
   * (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing test tensor gets a FAIR ALERT, rule `common.fair`.)
   */
  test_tensor?: FileDescr | null;
  /**
   * A sample tensor to illustrate a possible input/output for the model,
   * The sample image primarily serves to inform a human user about an example use case
   * and is typically stored as .hdf5, .png or .tiff.
   * It has to be readable by the [imageio library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
   * (numpy's `.npy` format is not supported).
   * The image dimensionality has to match the number of axes specified in this tensor description.
   * (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing sample tensor gets a FAIR ALERT, rule `common.fair`.)
   */
  sample_tensor?: FileDescr | null;
  /**
   * Description of the tensor's data values, optionally per channel.
   * If specified per channel, the data `type` needs to match across channels.
   * Per-channel lists must agree in `type` and have one entry per channel (rules `model05.tensors.data`).
   */
  data?: TensorDataDescr | [TensorDataDescr, ...TensorDataDescr[]];
  /**
   * indicates that this tensor may be `None`
   */
  optional?: boolean;
  /**
   * Description of how this input should be preprocessed.
   *
   * notes:
   * - If preprocessing does not start with an 'ensure_dtype' entry, it is added
   *   to ensure an input tensor's data type matches the input tensor's data description.
   * - If preprocessing does not end with an 'ensure_dtype' or 'binarize' entry, an
   *   'ensure_dtype' step is added to ensure preprocessing steps are not unintentionally
   *   changing the data type.
   * (bioimage-specs adds these steps as the reference does, when it loads the description.)
   */
  preprocessing?: PreprocessingDescr[];
}
/**
 * The batch axis. Its id is `batch` (`b` is accepted and normalised to `batch` by the reference).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BatchAxis".
 */
export interface BatchAxis {
  id?: BatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `batch`.
   */
  type: "batch";
  /**
   * The batch size may be fixed to 1,
   * otherwise (the default) it may be chosen arbitrarily depending on available memory
   */
  size?: 1 | null;
}
/**
 * A channel axis; its size is the number of `channel_names`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ChannelAxis".
 */
export interface ChannelAxis {
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `channel`.
   */
  type: "channel";
  /**
   * Names of the channels (identifiers); the channel axis size is their number.
   *
   * @minItems 1
   */
  channel_names: [Identifier, ...Identifier[]];
}
/**
 * An index axis of an input tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "IndexInputAxis".
 */
export interface IndexInputAxis {
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - parameterized series of valid sizes (`ParameterizedSize`)
   * - reference to another axis with an optional offset (`SizeReference`)
   */
  size: number | ParameterizedSize | SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `index`.
   */
  type: "index";
  /**
   * If a model has a `concatenable` input axis, it can be processed blockwise,
   * splitting a longer sample axis into blocks matching its input tensor description.
   * Output axes are concatenable if they have a `SizeReference` to a concatenable
   * input axis.
   */
  concatenable?: boolean;
}
/**
 * Describes a range of valid tensor axis sizes as `size = min + n*step`.
 *
 * - **min** and **step** are given by the model description.
 * - All blocksize paramters n = 0,1,2,... yield a valid `size`.
 * - A greater blocksize paramter n = 0,1,2,... results in a greater **size**.
 *   This allows to adjust the axis size more generically.
 * Only allowed for input axes.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ParameterizedSize".
 */
export interface ParameterizedSize {
  /**
   * The minimal size (`n = 0`), a positive integer.
   */
  min: number;
  /**
   * The size increment per step of `n`, a positive integer.
   */
  step: number;
}
/**
 * A tensor axis size (extent in pixels/frames) defined in relation to a reference axis.
 *
 * `axis.size = reference.size * reference.scale / axis.scale + offset`
 *
 * Note:
 * 1. The axis and the referenced axis need to have the same unit (or no unit).
 * 2. Batch axes may not be referenced.
 * 3. Fractions are rounded down.
 * 4. If the reference axis is `concatenable` the referencing axis is assumed to be
 *     `concatenable` as well with the same block order.
 *
 * That the reference resolves (existing tensor and axis, not itself, not a batch axis, a fixed or parameterized reference size, matching units, channel only to channel) is checked in code (rule `model05.axes.size-references`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SizeReference".
 */
export interface SizeReference {
  tensor_id: TensorId;
  axis_id: AxisId;
  /**
   * Offset added to the scaled reference size: a `StrictInt`, which lax mode does not coerce (a string or a float is refused).
   */
  offset?: number;
}
/**
 * A time axis of an input tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TimeInputAxis".
 */
export interface TimeInputAxis {
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - parameterized series of valid sizes (`ParameterizedSize`)
   * - reference to another axis with an optional offset (`SizeReference`)
   */
  size: number | ParameterizedSize | SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `time`.
   */
  type: "time";
  /**
   * Time unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attosecond"
        | "centisecond"
        | "day"
        | "decisecond"
        | "exasecond"
        | "femtosecond"
        | "gigasecond"
        | "hectosecond"
        | "hour"
        | "kilosecond"
        | "megasecond"
        | "microsecond"
        | "millisecond"
        | "minute"
        | "nanosecond"
        | "petasecond"
        | "picosecond"
        | "second"
        | "terasecond"
        | "yoctosecond"
        | "yottasecond"
        | "zeptosecond"
        | "zettasecond"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
  /**
   * If a model has a `concatenable` input axis, it can be processed blockwise,
   * splitting a longer sample axis into blocks matching its input tensor description.
   * Output axes are concatenable if they have a `SizeReference` to a concatenable
   * input axis.
   */
  concatenable?: boolean;
}
/**
 * A space axis of an input tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SpaceInputAxis".
 */
export interface SpaceInputAxis {
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - parameterized series of valid sizes (`ParameterizedSize`)
   * - reference to another axis with an optional offset (`SizeReference`)
   */
  size: number | ParameterizedSize | SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `space`.
   */
  type: "space";
  /**
   * Space unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attometer"
        | "angstrom"
        | "centimeter"
        | "decimeter"
        | "exameter"
        | "femtometer"
        | "foot"
        | "gigameter"
        | "hectometer"
        | "inch"
        | "kilometer"
        | "megameter"
        | "meter"
        | "micrometer"
        | "mile"
        | "millimeter"
        | "nanometer"
        | "parsec"
        | "petameter"
        | "picometer"
        | "terameter"
        | "yard"
        | "yoctometer"
        | "yottameter"
        | "zeptometer"
        | "zettameter"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
  /**
   * If a model has a `concatenable` input axis, it can be processed blockwise,
   * splitting a longer sample axis into blocks matching its input tensor description.
   * Output axes are concatenable if they have a `SizeReference` to a concatenable
   * input axis.
   */
  concatenable?: boolean;
}
/**
 * Description of nominal or ordinal tensor data: a fixed set of values. That the `values` fit `type` (booleans for `bool`, numbers within the dtype's limits, strings only with unsigned integer types, no floats with integer types) is checked in code (rule `model05.tensors.data`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "NominalOrOrdinalDataDescr".
 */
export interface NominalOrOrdinalDataDescr {
  /**
   * A fixed set of nominal or an ascending sequence of ordinal values.
   * In this case `data.type` is required to be an unsigend integer type, e.g. 'uint8'.
   * String `values` are interpreted as labels for tensor values 0, ..., N.
   * Note: as YAML 1.2 does not natively support a "set" datatype,
   * nominal values should be given as a sequence (aka list/array) as well.
   */
  values: [number, ...number[]] | [boolean, ...boolean[]] | [string, ...string[]];
  /**
   * The data type (dtype) of the tensor.
   */
  type?:
    "float32" | "float64" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64" | "bool";
  /**
   * Unit of the data values: `arbitrary unit` or an SI unit.
   */
  unit?: ("arbitrary unit" | SiUnit) | null;
}
/**
 * Description of tensor data on an interval or ratio scale.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "IntervalOrRatioDataDescr".
 */
export interface IntervalOrRatioDataDescr {
  /**
   * The data type (dtype) of the tensor.
   */
  type?: "float32" | "float64" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64";
  /**
   * Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
   * `None` corresponds to min/max of what can be expressed by **type**.
   * The reference replaces infinite bounds (`.inf`, `-.inf`, 'inf', '-inf') by null with a warning (rule `model05.data.replace-inf`); the runtime does that before schema validation.
   *
   * @minItems 2
   * @maxItems 2
   */
  range?: [unknown, unknown];
  /**
   * Unit of the data values: `arbitrary unit` or an SI unit.
   */
  unit?: "arbitrary unit" | SiUnit;
  /**
   * Scale for data on an interval (or ratio) scale.
   */
  scale?: number;
  /**
   * Offset for data on a ratio scale.
   */
  offset?: number | null;
}
/**
 * Binarize the tensor with a fixed threshold.
 *
 * Values above `BinarizeKwargs.threshold`/`BinarizeAlongAxisKwargs.threshold`
 * will be set to one, values below the threshold to zero.
 *
 * Examples:
 * - in YAML
 *     ```yaml
 *     postprocessing:
 *       - id: binarize
 *         kwargs:
 *           axis: 'channel'
 *           threshold: [0.25, 0.5, 0.75]
 *     ```
 * - in Python:
 *     >>> postprocessing = [BinarizeDescr(
 *     ...   kwargs=BinarizeAlongAxisKwargs(
 *     ...       axis=AxisId('channel'),
 *     ...       threshold=[0.25, 0.5, 0.75],
 *     ...   )
 *     ... )]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BinarizeDescr".
 */
export interface BinarizeDescr {
  /**
   * Processing step id `binarize`.
   */
  id: "binarize";
  /**
   * Key word arguments of `binarize`.
   */
  kwargs: BinarizeKwargs | BinarizeAlongAxisKwargs;
}
/**
 * key word arguments for `BinarizeDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BinarizeKwargs".
 */
export interface BinarizeKwargs {
  /**
   * The fixed threshold
   */
  threshold: number;
}
/**
 * key word arguments for `BinarizeDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BinarizeAlongAxisKwargs".
 */
export interface BinarizeAlongAxisKwargs {
  /**
   * The fixed threshold values along `axis`
   *
   * @minItems 1
   */
  threshold: [number, ...number[]];
  axis: NonBatchAxisId;
}
/**
 * Set tensor values below min to min and above max to max.
 *
 * See `ScaleRangeDescr` for examples.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ClipDescr".
 */
export interface ClipDescr {
  /**
   * Processing step id `clip`.
   */
  id: "clip";
  kwargs: ClipKwargs;
}
/**
 * key word arguments for `ClipDescr`. Which combinations may be set (`min` xor `min_percentile`, `max` xor `max_percentile`, at least one of the four, `axes` only with a percentile) is checked in code (rule `model05.processing.kwargs`), as null counts as not set.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ClipKwargs".
 */
export interface ClipKwargs {
  /**
   * Minimum value for clipping.
   *
   * Exclusive with `min_percentile`
   */
  min?: number | null;
  /**
   * Minimum percentile for clipping.
   *
   * Exclusive with `min`.
   *
   * In range [0, 100).
   */
  min_percentile?: number | null;
  /**
   * Maximum value for clipping.
   *
   * Exclusive with `max_percentile`.
   */
  max?: number | null;
  /**
   * Maximum percentile for clipping.
   *
   * Exclusive with `max`.
   *
   * In range (1, 100].
   */
  max_percentile?: number | null;
  /**
   * The subset of axes to determine percentiles jointly,
   *
   * i.e. axes to reduce to compute min/max from `min_percentile`/`max_percentile`.
   * For example to clip 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y', 'x')
   * resulting in a tensor of equal shape with clipped values per channel, specify `axes=('batch', 'x', 'y')`.
   * To clip samples independently, leave out the 'batch' axis.
   *
   * Only valid if `min_percentile` and/or `max_percentile` are set.
   *
   * Default: Compute percentiles over all axes jointly.
   */
  axes?: AxisId[] | null;
}
/**
 * Cast the tensor data type to `EnsureDtypeKwargs.dtype` (if not matching).
 *
 * This can for example be used to ensure the inner neural network model gets a
 * different input tensor data type than the fully described bioimage.io model does.
 *
 * Examples:
 *     The described bioimage.io model (incl. preprocessing) accepts any
 *     float32-compatible tensor, normalizes it with percentiles and clipping and then
 *     casts it to uint8, which is what the neural network in this example expects.
 *     - in YAML
 *         ```yaml
 *         inputs:
 *         - data:
 *             type: float32  # described bioimage.io model is compatible with any float32 input tensor
 *           preprocessing:
 *           - id: scale_range
 *               kwargs:
 *               axes: ['y', 'x']
 *               max_percentile: 99.8
 *               min_percentile: 5.0
 *           - id: clip
 *               kwargs:
 *               min: 0.0
 *               max: 1.0
 *           - id: ensure_dtype  # the neural network of the model requires uint8
 *               kwargs:
 *               dtype: uint8
 *         ```
 *     - in Python:
 *         >>> preprocessing = [
 *         ...     ScaleRangeDescr(
 *         ...         kwargs=ScaleRangeKwargs(
 *         ...           axes= (AxisId('y'), AxisId('x')),
 *         ...           max_percentile= 99.8,
 *         ...           min_percentile= 5.0,
 *         ...         )
 *         ...     ),
 *         ...     ClipDescr(kwargs=ClipKwargs(min=0.0, max=1.0)),
 *         ...     EnsureDtypeDescr(kwargs=EnsureDtypeKwargs(dtype="uint8")),
 *         ... ]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "EnsureDtypeDescr".
 */
export interface EnsureDtypeDescr {
  /**
   * Processing step id `ensure_dtype`.
   */
  id: "ensure_dtype";
  kwargs: EnsureDtypeKwargs;
}
/**
 * key word arguments for `EnsureDtypeDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "EnsureDtypeKwargs".
 */
export interface EnsureDtypeKwargs {
  /**
   * The data type to cast to.
   */
  dtype:
    "float32" | "float64" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64" | "bool";
}
/**
 * Subtract a given mean and divide by the standard deviation.
 *
 * Normalize with fixed, precomputed values for
 * `FixedZeroMeanUnitVarianceKwargs.mean` and `FixedZeroMeanUnitVarianceKwargs.std`
 * Use `FixedZeroMeanUnitVarianceAlongAxisKwargs` for independent scaling along given
 * axes.
 *
 * Examples:
 * 1. scalar value for whole tensor
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: fixed_zero_mean_unit_variance
 *         kwargs:
 *           mean: 103.5
 *           std: 13.7
 *     ```
 *     - in Python
 *     >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 *     ...   kwargs=FixedZeroMeanUnitVarianceKwargs(mean=103.5, std=13.7)
 *     ... )]
 *
 * 2. independently along an axis
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: fixed_zero_mean_unit_variance
 *         kwargs:
 *           axis: channel
 *           mean: [101.5, 102.5, 103.5]
 *           std: [11.7, 12.7, 13.7]
 *     ```
 *     - in Python
 *     >>> preprocessing = [FixedZeroMeanUnitVarianceDescr(
 *     ...   kwargs=FixedZeroMeanUnitVarianceAlongAxisKwargs(
 *     ...     axis=AxisId("channel"),
 *     ...     mean=[101.5, 102.5, 103.5],
 *     ...     std=[11.7, 12.7, 13.7],
 *     ...   )
 *     ... )]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "FixedZeroMeanUnitVarianceDescr".
 */
export interface FixedZeroMeanUnitVarianceDescr {
  /**
   * Processing step id `fixed_zero_mean_unit_variance`.
   */
  id: "fixed_zero_mean_unit_variance";
  /**
   * Key word arguments of `fixed_zero_mean_unit_variance`.
   */
  kwargs: FixedZeroMeanUnitVarianceKwargs | FixedZeroMeanUnitVarianceAlongAxisKwargs;
}
/**
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "FixedZeroMeanUnitVarianceKwargs".
 */
export interface FixedZeroMeanUnitVarianceKwargs {
  /**
   * The mean value to normalize with.
   */
  mean: number;
  /**
   * The standard deviation value to normalize with.
   */
  std: number;
}
/**
 * key word arguments for `FixedZeroMeanUnitVarianceDescr`. That `mean` and `std` have the same length is checked in code (rule `model05.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "FixedZeroMeanUnitVarianceAlongAxisKwargs".
 */
export interface FixedZeroMeanUnitVarianceAlongAxisKwargs {
  /**
   * The mean value(s) to normalize with.
   *
   * @minItems 1
   */
  mean: [number, ...number[]];
  /**
   * The standard deviation value(s) to normalize with.
   * Size must match `mean` values.
   *
   * @minItems 1
   */
  std: [number, ...number[]];
  axis: NonBatchAxisId;
}
/**
 * Fixed linear scaling.
 *
 * Examples:
 *   1. Scale with scalar gain and offset
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: scale_linear
 *         kwargs:
 *           gain: 2.0
 *           offset: 3.0
 *     ```
 *     - in Python:
 *     >>> preprocessing = [
 *     ...     ScaleLinearDescr(kwargs=ScaleLinearKwargs(gain= 2.0, offset=3.0))
 *     ... ]
 *
 *   2. Independent scaling along an axis
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: scale_linear
 *         kwargs:
 *           axis: 'channel'
 *           gain: [1.0, 2.0, 3.0]
 *     ```
 *     - in Python:
 *     >>> preprocessing = [
 *     ...     ScaleLinearDescr(
 *     ...         kwargs=ScaleLinearAlongAxisKwargs(
 *     ...             axis=AxisId("channel"),
 *     ...             gain=[1.0, 2.0, 3.0],
 *     ...         )
 *     ...     )
 *     ... ]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleLinearDescr".
 */
export interface ScaleLinearDescr {
  /**
   * Processing step id `scale_linear`.
   */
  id: "scale_linear";
  /**
   * Key word arguments of `scale_linear`.
   */
  kwargs: ScaleLinearKwargs | ScaleLinearAlongAxisKwargs;
}
/**
 * Key word arguments for `ScaleLinearDescr`. The identity (`gain` 1 and `offset` 0) is rejected in code (rule `model05.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleLinearKwargs".
 */
export interface ScaleLinearKwargs {
  /**
   * multiplicative factor
   */
  gain?: number;
  /**
   * additive term
   */
  offset?: number;
}
/**
 * Key word arguments for `ScaleLinearDescr`. At least one of `gain`/`offset` must be a list, lists must have equal lengths, and not all entries may be the identity; checked in code (rule `model05.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleLinearAlongAxisKwargs".
 */
export interface ScaleLinearAlongAxisKwargs {
  axis: NonBatchAxisId;
  /**
   * multiplicative factor
   */
  gain?: number | [number, ...number[]];
  /**
   * additive term
   */
  offset?: number | [number, ...number[]];
}
/**
 * Scale with percentiles.
 *
 * Examples:
 * 1. Scale linearly to map 5th percentile to 0 and 99.8th percentile to 1.0
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: scale_range
 *         kwargs:
 *           axes: ['y', 'x']
 *           max_percentile: 99.8
 *           min_percentile: 5.0
 *     ```
 *     - in Python
 *     >>> preprocessing = [
 *     ...     ScaleRangeDescr(
 *     ...         kwargs=ScaleRangeKwargs(
 *     ...           axes= (AxisId('y'), AxisId('x')),
 *     ...           max_percentile= 99.8,
 *     ...           min_percentile= 5.0,
 *     ...         )
 *     ...     )
 *     ... ]
 *
 *   2. Combine the above scaling with additional clipping to clip values outside the range given by the percentiles.
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: scale_range
 *         kwargs:
 *           axes: ['y', 'x']
 *           max_percentile: 99.8
 *           min_percentile: 5.0
 *               - id: scale_range
 *        - id: clip
 *          kwargs:
 *           min: 0.0
 *           max: 1.0
 *     ```
 *     - in Python
 *     >>> preprocessing = [
 *     ...   ScaleRangeDescr(
 *     ...     kwargs=ScaleRangeKwargs(
 *     ...       axes= (AxisId('y'), AxisId('x')),
 *     ...       max_percentile= 99.8,
 *     ...       min_percentile= 5.0,
 *     ...     )
 *     ...   ),
 *     ...   ClipDescr(
 *     ...     kwargs=ClipKwargs(
 *     ...       min=0.0,
 *     ...       max=1.0,
 *     ...     )
 *     ...   ),
 *     ... ]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleRangeDescr".
 */
export interface ScaleRangeDescr {
  /**
   * Processing step id `scale_range`.
   */
  id: "scale_range";
  kwargs?: ScaleRangeKwargs;
}
/**
 * key word arguments for `ScaleRangeDescr`
 *
 * For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
 * this processing step normalizes data to the [0, 1] intervall.
 * For other percentiles the normalized values will partially be outside the [0, 1]
 * intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
 * normalized values to a range.
 * `min_percentile < max_percentile` is checked in code (rule `model05.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleRangeKwargs".
 */
export interface ScaleRangeKwargs {
  /**
   * The subset of axes to normalize jointly, i.e. axes to reduce to compute the min/max percentile value.
   * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y', 'x')
   * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x', 'y')`.
   * To normalize samples independently, leave out the "batch" axis.
   * Default: Scale all axes jointly.
   */
  axes?: AxisId[] | null;
  /**
   * The lower percentile used to determine the value to align with zero. In [0, 100).
   */
  min_percentile?: number;
  /**
   * The upper percentile used to determine the value to align with one.
   * Has to be bigger than `min_percentile`.
   * The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
   * accepting percentiles specified in the range 0.0 to 1.0. In (1, 100].
   */
  max_percentile?: number;
  /**
   * Epsilon for numeric stability.
   * `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
   * with `v_lower,v_upper` values at the respective percentiles. In (0, 0.1].
   */
  eps?: number;
  /**
   * Tensor ID to compute the percentiles from. Default: The tensor itself.
   * For any tensor in `inputs` only input tensor references are allowed.
   */
  reference_tensor?: TensorId | null;
}
/**
 * The logistic sigmoid function, a.k.a. expit function.
 *
 * Examples:
 * - in YAML
 *     ```yaml
 *     postprocessing:
 *       - id: sigmoid
 *     ```
 * - in Python:
 *     >>> postprocessing = [SigmoidDescr()]
 * (No `kwargs`.)
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SigmoidDescr".
 */
export interface SigmoidDescr {
  /**
   * Processing step id `sigmoid`.
   */
  id: "sigmoid";
}
/**
 * The softmax function.
 *
 * Examples:
 * - in YAML
 *     ```yaml
 *     postprocessing:
 *       - id: softmax
 *         kwargs:
 *           axis: channel
 *     ```
 * - in Python:
 *     >>> postprocessing = [SoftmaxDescr(kwargs=SoftmaxKwargs(axis=AxisId("channel")))]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SoftmaxDescr".
 */
export interface SoftmaxDescr {
  /**
   * Processing step id `softmax`.
   */
  id: "softmax";
  kwargs?: SoftmaxKwargs;
}
/**
 * key word arguments for `SoftmaxDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SoftmaxKwargs".
 */
export interface SoftmaxKwargs {
  axis?: NonBatchAxisId;
}
/**
 * Subtract mean and divide by variance.
 *
 * Examples:
 *     Subtract tensor mean and variance
 *     - in YAML
 *     ```yaml
 *     preprocessing:
 *       - id: zero_mean_unit_variance
 *     ```
 *     - in Python
 *     >>> preprocessing = [ZeroMeanUnitVarianceDescr()]
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ZeroMeanUnitVarianceDescr".
 */
export interface ZeroMeanUnitVarianceDescr {
  /**
   * Processing step id `zero_mean_unit_variance`.
   */
  id: "zero_mean_unit_variance";
  kwargs?: ZeroMeanUnitVarianceKwargs;
}
/**
 * key word arguments for `ZeroMeanUnitVarianceDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ZeroMeanUnitVarianceKwargs".
 */
export interface ZeroMeanUnitVarianceKwargs {
  /**
   * The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
   * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y', 'x')
   * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x', 'y')`.
   * To normalize each sample independently leave out the 'batch' axis.
   * Default: Scale all axes jointly.
   */
  axes?: AxisId[] | null;
  /**
   * epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`. In (0, 0.1].
   */
  eps?: number;
}
/**
 * Description of an output tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "OutputTensorDescr".
 */
export interface OutputTensorDescr {
  id?: TensorId;
  /**
   * free text description
   */
  description?: string;
  /**
   * tensor axes (at most one batch axis, unique axis ids: rules `model05.axes.*`)
   *
   * @minItems 1
   */
  axes: [OutputAxis, ...OutputAxis[]];
  /**
   * An example tensor to use for testing.
   * Using the model with the test input tensors is expected to yield the test output tensors.
   * Each test tensor has be a an ndarray in the
   * [numpy.lib file format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
   * The file extension must be '.npy'.
   * (Suffix, shape and dtype are IO checks in code, rule `model05.io.test-tensors`; a missing test tensor gets a FAIR ALERT, rule `common.fair`.)
   */
  test_tensor?: FileDescr | null;
  /**
   * A sample tensor to illustrate a possible input/output for the model,
   * The sample image primarily serves to inform a human user about an example use case
   * and is typically stored as .hdf5, .png or .tiff.
   * It has to be readable by the [imageio library](https://imageio.readthedocs.io/en/stable/formats/index.html#supported-formats)
   * (numpy's `.npy` format is not supported).
   * The image dimensionality has to match the number of axes specified in this tensor description.
   * (Its dimensionality is an IO check in code, rule `model05.io.sample-tensor`; a missing sample tensor gets a FAIR ALERT, rule `common.fair`.)
   */
  sample_tensor?: FileDescr | null;
  /**
   * Description of the tensor's data values, optionally per channel.
   * If specified per channel, the data `type` needs to match across channels.
   * Per-channel lists must agree in `type` and have one entry per channel (rules `model05.tensors.data`).
   */
  data?: TensorDataDescr | [TensorDataDescr, ...TensorDataDescr[]];
  /**
   * Description of how this output should be postprocessed.
   *
   * note: `postprocessing` always ends with an 'ensure_dtype' operation.
   *       If not given this is added to cast to this tensor's `data.type`.
   * (bioimage-specs adds these steps as the reference does, when it loads the description.)
   */
  postprocessing?: PostprocessingDescr[];
}
/**
 * An index axis of an output tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "IndexOutputAxis".
 */
export interface IndexOutputAxis {
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `index`.
   */
  type: "index";
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - reference to another axis with an optional offset (`SizeReference`)
   * - data dependent size using `DataDependentSize` (size is only known after model inference)
   */
  size: number | SizeReference | DataDependentSize;
}
/**
 * The size of an output index axis that is only known after model inference, optionally bounded by `min` and `max`. `min < max` is checked in code (rule `model05.size.data-dependent-bounds`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "DataDependentSize".
 */
export interface DataDependentSize {
  /**
   * Minimal size, a positive integer.
   */
  min?: number;
  /**
   * Maximal size (greater than 1), or null for unbounded.
   */
  max?: number | null;
}
/**
 * A time axis of an output tensor without a halo (the reference's `TimeOutputAxis`, tag `wo_halo`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TimeOutputAxis".
 */
export interface TimeOutputAxis {
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - reference to another axis with an optional offset (see `SizeReference`)
   */
  size: number | SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `time`.
   */
  type: "time";
  /**
   * Time unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attosecond"
        | "centisecond"
        | "day"
        | "decisecond"
        | "exasecond"
        | "femtosecond"
        | "gigasecond"
        | "hectosecond"
        | "hour"
        | "kilosecond"
        | "megasecond"
        | "microsecond"
        | "millisecond"
        | "minute"
        | "nanosecond"
        | "petasecond"
        | "picosecond"
        | "second"
        | "terasecond"
        | "yoctosecond"
        | "yottasecond"
        | "zeptosecond"
        | "zettasecond"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
}
/**
 * A time axis of an output tensor with a halo (the reference's `TimeOutputAxisWithHalo`, tag `with_halo`): its size must reference another axis.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TimeOutputAxisWithHalo".
 */
export interface TimeOutputAxisWithHalo {
  /**
   * The halo should be cropped from the output tensor to avoid boundary effects.
   * It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.
   * To document a halo that is already cropped by the model use `size.offset` instead.
   * If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference size is checked in code (rule `model05.axes.size-references`).
   */
  halo: number;
  size: SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `time`.
   */
  type: "time";
  /**
   * Time unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attosecond"
        | "centisecond"
        | "day"
        | "decisecond"
        | "exasecond"
        | "femtosecond"
        | "gigasecond"
        | "hectosecond"
        | "hour"
        | "kilosecond"
        | "megasecond"
        | "microsecond"
        | "millisecond"
        | "minute"
        | "nanosecond"
        | "petasecond"
        | "picosecond"
        | "second"
        | "terasecond"
        | "yoctosecond"
        | "yottasecond"
        | "zeptosecond"
        | "zettasecond"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
}
/**
 * A space axis of an output tensor without a halo (the reference's `SpaceOutputAxis`, tag `wo_halo`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SpaceOutputAxis".
 */
export interface SpaceOutputAxis {
  /**
   * The size/length of this axis can be specified as
   * - fixed integer
   * - reference to another axis with an optional offset (see `SizeReference`)
   */
  size: number | SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `space`.
   */
  type: "space";
  /**
   * Space unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attometer"
        | "angstrom"
        | "centimeter"
        | "decimeter"
        | "exameter"
        | "femtometer"
        | "foot"
        | "gigameter"
        | "hectometer"
        | "inch"
        | "kilometer"
        | "megameter"
        | "meter"
        | "micrometer"
        | "mile"
        | "millimeter"
        | "nanometer"
        | "parsec"
        | "petameter"
        | "picometer"
        | "terameter"
        | "yard"
        | "yoctometer"
        | "yottameter"
        | "zeptometer"
        | "zettameter"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
}
/**
 * A space axis of an output tensor with a halo (the reference's `SpaceOutputAxisWithHalo`, tag `with_halo`): its size must reference another axis.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SpaceOutputAxisWithHalo".
 */
export interface SpaceOutputAxisWithHalo {
  /**
   * The halo should be cropped from the output tensor to avoid boundary effects.
   * It is to be cropped from both sides, i.e. `size_after_crop = size - 2 * halo`.
   * To document a halo that is already cropped by the model use `size.offset` instead.
   * If `halo` is given, `size` must be a `SizeReference`. That the halo fits the reference size is checked in code (rule `model05.axes.size-references`).
   */
  halo: number;
  size: SizeReference;
  id?: NonBatchAxisId;
  /**
   * A short description of this axis beyond its type and id.
   */
  description?: string;
  /**
   * Axis type `space`.
   */
  type: "space";
  /**
   * Space unit compatible to the OME-Zarr axes specification 0.5.
   */
  unit?:
    | (
        | "attometer"
        | "angstrom"
        | "centimeter"
        | "decimeter"
        | "exameter"
        | "femtometer"
        | "foot"
        | "gigameter"
        | "hectometer"
        | "inch"
        | "kilometer"
        | "megameter"
        | "meter"
        | "micrometer"
        | "mile"
        | "millimeter"
        | "nanometer"
        | "parsec"
        | "petameter"
        | "picometer"
        | "terameter"
        | "yard"
        | "yoctometer"
        | "yottameter"
        | "zeptometer"
        | "zettameter"
      )
    | null;
  /**
   * Physical size of one pixel/frame along this axis in `unit` (positive).
   */
  scale?: number;
}
/**
 * Scale a tensor's data distribution to match another tensor's mean/std.
 * `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleMeanVarianceDescr".
 */
export interface ScaleMeanVarianceDescr {
  /**
   * Processing step id `scale_mean_variance`.
   */
  id: "scale_mean_variance";
  kwargs: ScaleMeanVarianceKwargs;
}
/**
 * key word arguments for `ScaleMeanVarianceDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleMeanVarianceKwargs".
 */
export interface ScaleMeanVarianceKwargs {
  reference_tensor: TensorId;
  /**
   * The subset of axes to normalize jointly, i.e. axes to reduce to compute mean/std.
   * For example to normalize 'batch', 'x' and 'y' jointly in a tensor ('batch', 'channel', 'y', 'x')
   * resulting in a tensor of equal shape normalized per channel, specify `axes=('batch', 'x', 'y')`.
   * To normalize samples independently, leave out the 'batch' axis.
   * Default: Scale all axes jointly.
   */
  axes?: AxisId[] | null;
  /**
   * Epsilon for numeric stability:
   * `out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.` In (0, 0.1].
   */
  eps?: number;
}
/**
 * Reference to a bioimage.io model.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "LinkedModel".
 */
export interface LinkedModel {
  /**
   * The version of the linked resource following SemVer 2.0. (The reference moves a deprecated `version_number` key to `version` before validation; the runtime does the same before schema validation.)
   */
  version?: Version | null;
  id: ModelId;
}
/**
 * A custom run mode.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "RunMode".
 */
export interface RunMode {
  /**
   * Run mode name (known: `deepimagej`; any other name gets a warning, rule `model05.run-mode.limited-support`; a union of `Literal['deepimagej']` and `str`, whose errors carry each branch's tag).
   */
  name: "deepimagej" | string;
  /**
   * Run mode specific key word arguments
   */
  kwargs?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * Reference to a bioimage.io dataset.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "LinkedDataset".
 */
export interface LinkedDataset {
  /**
   * The version of the linked resource following SemVer 2.0. (The reference moves a deprecated `version_number` key to `version` before validation; the runtime does the same before schema validation.)
   */
  version?: Version | null;
  id: ResourceId;
}
/**
 * An inline dataset description: the reference tries a dataset 0.3 description, then a dataset 0.2 one (left to right, after `LinkedDataset`), each with its before-validators, which edit the mapping in place (a missing `type` and `format_version` are set, a 0.2 document is converted) so that the 0.2 branch sees what the 0.3 one left. JSON Schema cannot say that: the runtime checks the mapping with the dataset descriptions themselves and reports each branch's errors and warnings under its union tag, as pydantic does.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "InlineDatasetDescr".
 */
export interface InlineDatasetDescr {
  [k: string]: unknown | undefined;
}
/**
 * The weights of a model, one entry per available format. At least one entry must be given (non-null) and exactly one entry should have no `parent` (warning otherwise); these are checked in code (rules `model05.weights.entries`, `model05.weights.entries`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "WeightsDescr".
 */
export interface WeightsDescr {
  /**
   * Weights in the Keras HDF5 format.
   */
  keras_hdf5?: KerasHdf5WeightsDescr | null;
  /**
   * Weights in the ONNX format.
   */
  onnx?: OnnxWeightsDescr | null;
  /**
   * Weights as a PyTorch state dict.
   */
  pytorch_state_dict?: PytorchStateDictWeightsDescr | null;
  /**
   * Weights in the TensorFlow.js format.
   */
  tensorflow_js?: TensorflowJsWeightsDescr | null;
  /**
   * Weights as a TensorFlow SavedModel bundle.
   */
  tensorflow_saved_model_bundle?: TensorflowSavedModelBundleWeightsDescr | null;
  /**
   * Weights in the TorchScript format.
   */
  torchscript?: TorchscriptWeightsDescr | null;
}
/**
 * Weights in the Keras HDF5 format.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "KerasHdf5WeightsDescr".
 */
export interface KerasHdf5WeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  tensorflow_version: Version;
}
/**
 * Weights in the ONNX format. The `external_data` file name must differ from the `source` file name (rule `model05.weights.onnx-external-data`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "OnnxWeightsDescr".
 */
export interface OnnxWeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  /**
   * ONNX opset version (at least 7).
   */
  opset_version: number;
  /**
   * Source of the external ONNX data file holding the weights.
   * (If present **source** holds the ONNX architecture without weights).
   * (The `.data` suffix is checked in code, rule `common.file.suffix`.)
   */
  external_data?: FileDescr | null;
}
/**
 * Weights as a PyTorch state dict, with the architecture to load them into.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PytorchStateDictWeightsDescr".
 */
export interface PytorchStateDictWeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  /**
   * The architecture: a callable from a source file or from an importable library.
   */
  architecture: ArchitectureFromFileDescr | ArchitectureFromLibraryDescr;
  pytorch_version: Version;
  /**
   * Custom depencies beyond pytorch described in a Conda environment file.
   * Allows to specify custom dependencies, see conda docs:
   * - [Exporting an environment file across platforms](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-an-environment-file-across-platforms)
   * - [Creating an environment file manually](https://conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#creating-an-environment-file-manually)
   *
   * The conda environment file should include pytorch and any version pinning has to be compatible with
   * **pytorch_version**.
   * (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
   */
  dependencies?: FileDescr | null;
}
/**
 * A model architecture: a callable defined in a source file.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ArchitectureFromFileDescr".
 */
export interface ArchitectureFromFileDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  callable: Identifier;
  /**
   * key word arguments for the `callable`
   */
  kwargs?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * A model architecture: a callable imported from an installed library.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ArchitectureFromLibraryDescr".
 */
export interface ArchitectureFromLibraryDescr {
  callable: Identifier;
  /**
   * key word arguments for the `callable`
   */
  kwargs?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Where to import the callable from, i.e. `from <import_from> import <callable>`
   */
  import_from: string;
}
/**
 * Weights in the TensorFlow.js format.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TensorflowJsWeightsDescr".
 */
export interface TensorflowJsWeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  tensorflow_version: Version;
}
/**
 * Weights as a TensorFlow SavedModel bundle.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TensorflowSavedModelBundleWeightsDescr".
 */
export interface TensorflowSavedModelBundleWeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  tensorflow_version: Version;
  /**
   * Custom dependencies beyond tensorflow.
   * Should include tensorflow and any version pinning has to be compatible with **tensorflow_version**.
   * (The `.yaml`/`.yml` suffix is checked in code, rule `common.file.suffix`.)
   */
  dependencies?: FileDescr | null;
}
/**
 * Weights in the TorchScript format.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TorchscriptWeightsDescr".
 */
export interface TorchscriptWeightsDescr {
  source: FileSource;
  /**
   * SHA256 hash value of the **source** file.
   */
  sha256?: Sha256 | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   * (`parent` must name another present weights format: rules `model05.weights.entries`.)
   */
  parent?: WeightsFormat | null;
  /**
   * A comment about this weights entry, for example how these weights were created.
   */
  comment?: string;
  pytorch_version: Version;
}
/**
 * Model configuration: bioimage.io metadata under `bioimageio`, and any further (tool specific) keys.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Config".
 */
export interface Config {
  bioimageio?: BioimageioConfig;
  [k: string]: unknown | undefined;
}
/**
 * bioimage.io specific metadata of a model (model card fields). Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BioimageioConfig".
 */
export interface BioimageioConfig {
  /**
   * Tolerances to allow when reproducing the model's test outputs
   * from the model's test inputs.
   * Only the first entry matching tensor id and weights format is considered.
   */
  reproducibility_tolerance?: ReproducibilityTolerance[];
  /**
   * Funding agency, grant number if applicable
   */
  funded_by?: string | null;
  /**
   * Model architecture type, e.g., 3D U-Net, ResNet, transformer At most 32 characters.
   */
  architecture_type?: string | null;
  /**
   * Text description of model architecture.
   */
  architecture_description?: string | null;
  /**
   * Input modality, e.g., fluorescence microscopy, electron microscopy
   */
  modality?: string | null;
  /**
   * Biological structure(s) the model is designed to analyze, e.g., nuclei, mitochondria, cells
   */
  target_structure?: string[];
  /**
   * Bioimage-specific task type, e.g., segmentation, classification, detection, denoising
   */
  task?: string | null;
  /**
   * A new version of this model exists with a different model id.
   */
  new_version?: ModelId | null;
  /**
   * Describe how the model may be misused in bioimage analysis contexts and what users should **not** do with the model.
   */
  out_of_scope_use?: string | null;
  bias_risks_limitations?: BiasRisksLimitations;
  /**
   * Total number of model parameters.
   */
  model_parameter_count?: number | null;
  training?: TrainingDetails;
  /**
   * Average inference time per image/tile. Specify hardware and image size. Multiple examples can be given.
   */
  inference_time?: string | null;
  /**
   * GPU memory needed for inference. Multiple examples with different image size can be given.
   */
  memory_requirements_inference?: string | null;
  /**
   * GPU memory needed for training. Multiple examples with different image/batch sizes can be given.
   */
  memory_requirements_training?: string | null;
  /**
   * Quantitative model evaluations.
   *
   * Note:
   *     At the moment we recommend to include only a single test dataset
   *     (with evaluation factors that may mark subsets of the dataset)
   *     to avoid confusion and make the presentation of results cleaner.
   */
  evaluations?: Evaluation[];
  environmental_impact?: EnvironmentalImpact;
  [k: string]: unknown | undefined;
}
/**
 * Describes what small numerical differences -- if any -- may be tolerated
 * in the generated output when executing in different environments.
 *
 * A tensor element *output* is considered mismatched to the **test_tensor** if
 * abs(*output* - **test_tensor**) > **absolute_tolerance** + **relative_tolerance** * abs(**test_tensor**).
 * (Internally we call [numpy.testing.assert_allclose](https://numpy.org/doc/stable/reference/generated/numpy.testing.assert_allclose.html).)
 *
 * Motivation:
 *     For testing we can request the respective deep learning frameworks to be as
 *     reproducible as possible by setting seeds and chosing deterministic algorithms,
 *     but differences in operating systems, available hardware and installed drivers
 *     may still lead to numerical differences.
 * Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ReproducibilityTolerance".
 */
export interface ReproducibilityTolerance {
  /**
   * Maximum relative tolerance of reproduced test tensor. In [0, 0.01].
   */
  relative_tolerance?: number;
  /**
   * Maximum absolute tolerance of reproduced test tensor (non-negative; with IO checks at most 1% of the test output's maximum, rule `model05.io.test-tensors`).
   */
  absolute_tolerance?: number;
  /**
   * Maximum number of mismatched elements/pixels per million to tolerate. In [0, 1000].
   */
  mismatched_elements_per_million?: number;
  /**
   * Limits the output tensor IDs these reproducibility details apply to.
   */
  output_ids?: TensorId[];
  /**
   * Limits the weights formats these details apply to.
   */
  weights_formats?: WeightsFormat[];
  [k: string]: unknown | undefined;
}
/**
 * Known biases, risks, technical limitations, and recommendations for model use.
 * Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BiasRisksLimitations".
 */
export interface BiasRisksLimitations {
  /**
   * Biases in training data or model behavior.
   */
  known_biases?: string;
  /**
   * Potential risks in the context of bioimage analysis.
   */
  risks?: string;
  /**
   * Technical limitations and failure modes.
   */
  limitations?: string | null;
  /**
   * Mitigation strategies regarding `known_biases`, `risks`, and `limitations`, as well as applicable best practices.
   *
   * Consider:
   * - How to use a validation dataset?
   * - How to manually validate?
   * - Feasibility of domain adaptation for different experimental setups?
   */
  recommendations?: string;
  [k: string]: unknown | undefined;
}
/**
 * Details on how the model was trained. Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TrainingDetails".
 */
export interface TrainingDetails {
  /**
   * Detailed image preprocessing steps during model training:
   *
   * Mention:
   * - *Normalization methods*
   * - *Augmentation strategies*
   * - *Resizing/resampling procedures*
   * - *Artifact handling*
   */
  training_preprocessing?: string | null;
  /**
   * Number of training epochs.
   */
  training_epochs?: number | null;
  /**
   * Batch size used in training.
   */
  training_batch_size?: number | null;
  /**
   * Initial learning rate used in training.
   */
  initial_learning_rate?: number | null;
  /**
   * Learning rate schedule used in training.
   */
  learning_rate_schedule?: string | null;
  /**
   * Loss function used in training, e.g. nn.MSELoss.
   */
  loss_function?: string | null;
  /**
   * key word arguments for the `loss_function`
   */
  loss_function_kwargs?: {
    [k: string]: unknown | undefined;
  };
  /**
   * optimizer, e.g. torch.optim.Adam
   */
  optimizer?: string | null;
  /**
   * key word arguments for the `optimizer`
   */
  optimizer_kwargs?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Regularization techniques used during training, e.g. drop-out or weight decay.
   */
  regularization?: string | null;
  /**
   * Total training duration in hours.
   */
  training_duration?: number | null;
  [k: string]: unknown | undefined;
}
/**
 * A quantitative model evaluation. The list lengths must be consistent (`evaluation_factors` vs `evaluation_factors_long`, `metrics` vs `metrics_long`, `results` rows vs `metrics`, columns vs `evaluation_factors`); checked in code (rule `model05.evaluation.table-shape`). Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Evaluation".
 */
export interface Evaluation {
  /**
   * Model being evaluated.
   */
  model_id?: ModelId | null;
  dataset_id: ResourceId;
  dataset_source: HttpUrl;
  /**
   * Role of the dataset used for evaluation.
   *
   * - `train`: dataset was (part of) the training data
   * - `validation`: dataset was (part of) the validation data used during training, e.g. used for model selection or hyperparameter tuning
   * - `test`: dataset was (part of) the designated test data; not used during training or validation, but acquired from the same source/distribution as training data
   * - `independent`: dataset is entirely independent test data; not used during training or validation, and acquired from a different source/distribution than training data
   * - `unknown`: role of the dataset is unknown; choose this if you are not certain if (a subset) of the data was seen by the model during training.
   */
  dataset_role: "train" | "validation" | "test" | "independent" | "unknown";
  /**
   * Number of evaluated samples.
   */
  sample_count: number;
  /**
   * (Abbreviations of) each evaluation factor.
   *
   * Evaluation factors are criteria along which model performance is evaluated, e.g. different image conditions
   * like 'low SNR', 'high cell density', or different biological conditions like 'cell type A', 'cell type B'.
   * An 'overall' factor may be included to summarize performance across all conditions.
   */
  evaluation_factors: string[];
  /**
   * Descriptions (long form) of each evaluation factor.
   */
  evaluation_factors_long: string[];
  /**
   * (Abbreviations of) metrics used for evaluation.
   */
  metrics: string[];
  /**
   * Description of each metric used.
   */
  metrics_long: string[];
  /**
   * Results for each metric (rows; outer list) and each evaluation factor (columns; inner list).
   */
  results: (string | number)[][];
  /**
   * Interpretation of results for general audience.
   *
   * Consider:
   *     - Overall model performance
   *     - Comparison to existing methods
   *     - Limitations and areas for improvement
   */
  results_summary?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * Environmental considerations for model training and deployment.
 *
 * Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).
 * Open object: further keys are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "EnvironmentalImpact".
 */
export interface EnvironmentalImpact {
  /**
   * GPU/CPU specifications
   */
  hardware_type?: string | null;
  /**
   * Total compute hours
   */
  hours_used?: number | null;
  /**
   * If applicable
   */
  cloud_provider?: string | null;
  /**
   * Geographic location
   */
  compute_region?: string | null;
  /**
   * kg CO2 equivalent
   *
   * Carbon emissions can be estimated using the [Machine Learning Impact calculator](https://mlco2.github.io/impact#compute) presented in [Lacoste et al. (2019)](https://arxiv.org/abs/1910.09700).
   */
  co2_emitted?: number | null;
  [k: string]: unknown | undefined;
}
