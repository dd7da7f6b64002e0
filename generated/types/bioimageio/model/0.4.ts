// generated from specs/bioimageio/model/0.4.json by codegen - do not edit
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
 * A digital object identifier, see https://www.doi.org/ (lax check of the first characters only: `10.` followed by four digits and at least one more character).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Doi".
 */
export type Doi = string;
/**
 * A version as accepted by Python's `packaging.version.Version` (PEP 440), e.g. `1.2.3`, `0.5.7`, `2.0rc1`. Strings, integers and floats are accepted (YAML may parse `1.6` as a number); the value is checked with PEP 440 semantics in code (rule `common.version.pep440`), not by this schema.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Version".
 */
export type Version = string | number;
/**
 * A bioimage.io resource id of the 0.2 generation (generic 0.2, dataset 0.2, model 0.4): non-empty, only ASCII letters, digits and `_ - / .`, not starting or ending with `/`. Unlike format 0.3/0.5 ids, upper-case letters are accepted: the reference lower-cases the id before checking its characters (e.g. `Affable-Shark` is read as `affable-shark`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ResourceId".
 */
export type ResourceId = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 */
export type TensorName = string;
/**
 * A bound of a data range: a number, or `inf`, `-inf`, `nan`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "RangeBound".
 */
export type RangeBound = number | ("inf" | "-inf" | "nan");
/**
 * A preprocessing step, discriminated by `name`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PreprocessingDescr".
 */
export type PreprocessingDescr =
  BinarizeDescr | ClipDescr | ScaleLinearDescr | SigmoidDescr | ZeroMeanUnitVarianceDescr | ScaleRangeDescr;
/**
 * A [SPDX license identifier](https://spdx.org/licenses/). The schema only requires a string: that it is a current SPDX id (error otherwise) or a deprecated one (warning) is checked in code against `data/spdx-licenses.json` (rule `common.license.spdx`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "LicenseId".
 */
export type LicenseId = string;
/**
 * A postprocessing step, discriminated by `name`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PostprocessingDescr".
 */
export type PostprocessingDescr =
  | BinarizeDescr
  | ClipDescr
  | ScaleLinearDescr
  | SigmoidDescr
  | ZeroMeanUnitVarianceDescr
  | ScaleRangeDescr
  | ScaleMeanVarianceDescr;
/**
 * A SHA-256 hash value. The reference strips surrounding whitespace and lower-cases the value, then requires exactly 64 characters (it does not check that they are hexadecimal digits); the runtime strips and lower-cases before schema validation. Whether it matches the file is an IO check.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Sha256".
 */
export type Sha256 = string;
/**
 * A weights format.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "WeightsFormat".
 */
export type WeightsFormat =
  "keras_hdf5" | "onnx" | "pytorch_state_dict" | "tensorflow_js" | "tensorflow_saved_model_bundle" | "torchscript";
/**
 * pydantic's own `HttpUrl` (a `pydantic.HttpUrl`, where the reference's `HttpUrl` type is a str): the same URLs, reported as a union branch of its own (`function-wrap[wrap_val()]`), and a value that is no string is "URL input should be a string or URL".
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "PydanticHttpUrl".
 */
export type PydanticHttpUrl = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "Identifier".
 */
export type Identifier = string;
/**
 * A valid Python identifier that is not a Python keyword (Python's `str.isidentifier()` and `not keyword.iskeyword()`): starts with a letter (Unicode XID_Start) or underscore, continues with Unicode XID_Continue characters, as Python 3.11 knows them (Unicode 14.0: the lookahead refuses the XID characters of later Unicode versions, up to 17.0, which the JavaScript runtime may know).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "TensorName".
 */
export type TensorName1 = string;

/**
 * Specification of the fields used in a bioimage.io-compliant RDF that describes AI models with pretrained weights.
 *
 * These fields are typically stored in a YAML file which we call a model resource description file (model RDF).
 *
 * Describes model format 0.4.10 (the latest patch of 0.4). Documents of format 0.3.x and 0.4.0-0.4.9 are converted to it before validation, as the reference does (src/bioimageio/prepare-model-0.4.ts).
 */
export interface ModelDescr {
  /**
   * A human-readable name of this model.
   * It should be no longer than 64 characters and only contain letter, number, underscore, minus or space characters.
   * At least 1 character (INFO warnings below 5 and above 64, rule `model04.name.length`).
   */
  name: string;
  /**
   * A string containing a brief description.
   */
  description: string;
  /**
   * Cover images. Please use an image smaller than 500KB and an aspect ratio width to height of 2:1.
   * The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif', '.tiff')
   * The suffix is checked in code (case-insensitive, rule `model04.files.valid`).
   */
  covers?: FileSource[];
  /**
   * UTF-8 emoji for display alongside the `id` (exactly 1 character in format 0.2/0.4).
   */
  id_emoji?: string | null;
  /**
   * The authors are the creators of the model RDF and the primary points of contact.
   * At least one. Plain strings are accepted as `{name: ...}` (converted before validation); an empty list also gets a warning (rule `model04.authors.missing`).
   *
   * @minItems 1
   */
  authors: [Author, ...Author[]];
  /**
   * file and other attachments
   */
  attachments?: AttachmentsDescr | null;
  /**
   * citations (an empty or missing list gets a warning, rule `model04.cite.missing`)
   */
  cite?: CiteEntry[];
  /**
   * A field for custom configuration that can contain any keys not present in the RDF spec.
   * This means you should not store, for example, a github repo URL in `config` since we already have the
   * `git_repo` field defined in the spec.
   * Keys in `config` may be very specific to a tool or consumer software. To avoid conflicting definitions,
   * it is recommended to wrap added configuration into a sub-field named with the specific domain or tool name,
   * for example:
   * ```yaml
   * config:
   *     bioimageio:  # here is the domain name
   *         my_custom_key: 3837283
   *         another_key:
   *             nested: value
   *     imagej:       # config specific to ImageJ
   *         macro_dir: path/to/macro/file
   * ```
   * If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys in `config`.
   * You may want to list linked files additionally under `attachments` to include them when packaging a resource
   * (packaging a resource means downloading/copying important linked files and creating a ZIP archive that contains
   * an altered rdf.yaml file with local references to the downloaded files)
   */
  config?: {
    [k: string]: unknown | undefined;
  };
  /**
   * URL to download the resource from (deprecated)
   */
  download_url?: HttpUrl | null;
  /**
   * A URL to the Git repository where the resource is being developed.
   */
  git_repo?: string | null;
  /**
   * An icon for illustration: an emoji (1 or 2 characters) or a file source, tried in that order.
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
  maintainers?: Maintainer[];
  /**
   * Resource description file (RDF) source; used to keep track of where an rdf.yaml was loaded from.
   * Do not set this field in a YAML file.
   */
  rdf_source?: FileSource | null;
  /**
   * Associated tags (the reference's tag-category check is not active for this generation)
   */
  tags?: string[];
  /**
   * The version of the resource following SemVer 2.0 (checked with PEP 440 semantics, rule `model04.version.pep440`).
   */
  version?: Version | null;
  /**
   * version number (n-th published version, not the semantic version)
   */
  version_number?: number | null;
  /**
   * Version of the bioimage.io model description specification used (0.4.10, the latest patch of 0.4; earlier 0.3.x/0.4.x documents are converted to it before validation).
   */
  format_version: "0.4.10";
  /**
   * Specialized resource type 'model'
   */
  type: "model";
  /**
   * bioimage.io-wide unique resource identifier assigned by bioimage.io; version **un**specific.
   */
  id?: ResourceId | null;
  documentation: FileSource;
  /**
   * Describes the input tensors expected by this model.
   *
   * @minItems 1
   */
  inputs: [InputTensorDescr, ...InputTensorDescr[]];
  /**
   * A [SPDX license identifier](https://spdx.org/licenses/). Any string; an id not on the SPDX list (deprecated ids included) gets a warning (rule `model04.license.known`).
   */
  license: LicenseId;
  /**
   * Describes the output tensors.
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
   * The model from which this model is derived, e.g. by fine-tuning the weights. (The reference silently drops a `parent` mapping, the older `{uri: ...}` form included; the runtime does the same before validation.)
   */
  parent?: LinkedModel | null;
  /**
   * Custom run mode for this model: for more complex prediction procedures like test time
   * data augmentation that currently cannot be expressed in the specification.
   * No standard run modes are defined yet.
   */
  run_mode?: RunMode | null;
  /**
   * URLs/relative paths to sample inputs to illustrate possible inputs for the model,
   * for example stored as PNG or TIFF images.
   * The sample files primarily serve to inform a human user about an example use case
   */
  sample_inputs?: FileSource[];
  /**
   * URLs/relative paths to sample outputs corresponding to the `sample_inputs`.
   */
  sample_outputs?: FileSource[];
  /**
   * Test input tensors compatible with the `inputs` description for a **single test case**.
   * This means if your model has more than one input, you should provide one URL/relative path for each input.
   * Each test input should be a file with an ndarray in
   * [numpy.lib file format](https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html#module-numpy.lib.format).
   * The extension must be '.npy'.
   * (The `.npy` suffix is checked in code, case-sensitive: rule `model04.files.valid`.)
   *
   * @minItems 1
   */
  test_inputs: [FileSource, ...FileSource[]];
  /**
   * Analog to `test_inputs`.
   *
   * @minItems 1
   */
  test_outputs: [FileSource, ...FileSource[]];
  /**
   * Timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format as parsed by `dateutil.parser.isoparse` (rule `model04.timestamp.iso8601`).
   */
  timestamp: string;
  /**
   * The dataset used to train this model: a link to a bioimage.io dataset or an inline dataset 0.2 description (smart union).
   */
  training_data?: LinkedDataset | DatasetDescr | null;
  weights: WeightsDescr;
}
/**
 * An author (generic 0.2 generation: used by model 0.4 and dataset 0.2).
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
   * The check digit is verified in code (rule `model04.orcid.valid`).
   */
  orcid?: string | null;
  /**
   * Full name. The reference silently removes `/` and `\` from it (the runtime does the same before validation).
   */
  name: string;
  /**
   * GitHub user name (not checked in format 0.2/0.4).
   */
  github_user?: string | null;
}
/**
 * File and other attachments. Open: keys other than `files` are allowed.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "AttachmentsDescr".
 */
export interface AttachmentsDescr {
  /**
   * File attachments
   */
  files?: FileSource[];
  [k: string]: unknown | undefined;
}
/**
 * A citation (generic 0.2 generation): `doi` or `url` has to be given (rule `model04.cite.doi-or-url`). A `doi` given as `https://doi.org/...` or `http://dx.doi.org/...` is accepted without that prefix (removed before validation).
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
   * See https://www.doi.org/ for details. (alternatively specify `url`)
   */
  doi?: Doi | null;
  /**
   * URL to cite (preferably specify a `doi` instead). Any string in format 0.2/0.4.
   */
  url?: string | null;
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
 * A maintainer (generic 0.2 generation).
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
   * The check digit is verified in code (rule `model04.orcid.valid`).
   */
  orcid?: string | null;
  /**
   * Full name. The reference silently removes `/` and `\` from it (the runtime does the same before validation).
   */
  name?: string | null;
  /**
   * GitHub user name.
   */
  github_user: string;
}
/**
 * An input tensor. A batch axis `b` has size 1 (step 0), and preprocessing `kwargs.axes` are axes of the tensor (rules `model04.tensors.tensor`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "InputTensorDescr".
 */
export interface InputTensorDescr {
  name: TensorName;
  /**
   * Description of the tensor.
   */
  description?: string;
  /**
   * Axes identifying characters. Same length and order as the axes in `shape`.
   * | axis | description |
   * | --- | --- |
   * |  b  |  batch (groups multiple samples) |
   * |  i  |  instance/index/element |
   * |  t  |  time |
   * |  c  |  channel |
   * |  z  |  spatial dimension z |
   * |  y  |  spatial dimension y |
   * |  x  |  spatial dimension x |
   * Only these letters, each at most once (rule `model04.axes.letters`).
   */
  axes: string;
  /**
   * Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
   * If not specified, the full data range that can be expressed in `data_type` is allowed.
   * Infinite and NaN bounds are allowed; JSON has no such numbers, so they are written (and YAML's `.inf`, `-.inf`, `.nan` are read) as the strings `inf`, `-inf` and `nan`.
   */
  data_range?: [RangeBound, RangeBound] | null;
  /**
   * For now an input tensor is expected to be given as `float32`.
   * The data flow in bioimage.io models is explained
   * [in this diagram.](https://docs.google.com/drawings/d/1FTw8-Rn6a6nXdkZ_SkMumtcjvur9mtIhRqLwnKqZNHM/edit).
   */
  data_type: "float32" | "uint8" | "uint16";
  /**
   * Specification of input tensor shape: a list of sizes or a parameterized shape (smart union).
   */
  shape: number[] | ParameterizedInputShape;
  /**
   * Description of how this input should be preprocessed.
   */
  preprocessing?: PreprocessingDescr[];
}
/**
 * A sequence of valid shapes given by `shape_k = min + k * step for k in {0, 1, ...}`. `min` and `step` have the same length (rule `model04.shape.lengths`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ParameterizedInputShape".
 */
export interface ParameterizedInputShape {
  /**
   * The minimum input shape
   *
   * @minItems 1
   */
  min: [number, ...number[]];
  /**
   * The minimum shape change
   *
   * @minItems 1
   */
  step: [number, ...number[]];
}
/**
 * BinarizeDescr the tensor with a fixed `BinarizeKwargs.threshold`.
 * Values above the threshold will be set to one, values below the threshold to zero.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BinarizeDescr".
 */
export interface BinarizeDescr {
  /**
   * Processing step name `binarize`.
   */
  name: "binarize";
  kwargs: BinarizeKwargs;
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
 * Clip tensor values to a range.
 *
 * Set tensor values below `ClipKwargs.min` to `ClipKwargs.min`
 * and above `ClipKwargs.max` to `ClipKwargs.max`.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ClipDescr".
 */
export interface ClipDescr {
  /**
   * Processing step name `clip`.
   */
  name: "clip";
  kwargs: ClipKwargs;
}
/**
 * key word arguments for `ClipDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ClipKwargs".
 */
export interface ClipKwargs {
  /**
   * minimum value for clipping
   */
  min: number;
  /**
   * maximum value for clipping
   */
  max: number;
}
/**
 * Fixed linear scaling.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleLinearDescr".
 */
export interface ScaleLinearDescr {
  /**
   * Processing step name `scale_linear`.
   */
  name: "scale_linear";
  kwargs: ScaleLinearKwargs;
}
/**
 * key word arguments for `ScaleLinearDescr`; not the identity (rule `model04.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleLinearKwargs".
 */
export interface ScaleLinearKwargs {
  /**
   * The subset of axes to scale jointly.
   * For example xy to scale the two image axes for 2d data jointly.
   * Only the letters `czyx`, each at most once (rule `model04.axes.letters`).
   */
  axes?: string | null;
  /**
   * multiplicative factor
   */
  gain?: number | number[];
  /**
   * additive term
   */
  offset?: number | number[];
}
/**
 * The logistic sigmoid funciton, a.k.a. expit function. (No `kwargs`.)
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "SigmoidDescr".
 */
export interface SigmoidDescr {
  /**
   * Processing step name `sigmoid`.
   */
  name: "sigmoid";
}
/**
 * Subtract mean and divide by variance.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ZeroMeanUnitVarianceDescr".
 */
export interface ZeroMeanUnitVarianceDescr {
  /**
   * Processing step name `zero_mean_unit_variance`.
   */
  name: "zero_mean_unit_variance";
  kwargs: ZeroMeanUnitVarianceKwargs;
}
/**
 * key word arguments for `ZeroMeanUnitVarianceDescr`; `mean` and `std` are required for, and only allowed with, `mode: fixed` (rule `model04.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ZeroMeanUnitVarianceKwargs".
 */
export interface ZeroMeanUnitVarianceKwargs {
  /**
   * Mode for computing mean and variance.
   * |     mode    |             description              |
   * | ----------- | ------------------------------------ |
   * |   fixed     | Fixed values for mean and variance   |
   * | per_dataset | Compute for the entire dataset       |
   * | per_sample  | Compute for each sample individually |
   */
  mode?: "fixed" | "per_dataset" | "per_sample";
  /**
   * The subset of axes to normalize jointly.
   * For example `xy` to normalize the two image axes for 2d data jointly.
   * Only the letters `czyx`, each at most once (rule `model04.axes.letters`).
   */
  axes: string;
  /**
   * The mean value(s) to use for `mode: fixed`.
   * For example `[1.1, 2.2, 3.3]` in the case of a 3 channel image with `axes: xy`.
   */
  mean?: number | [number, ...number[]] | null;
  /**
   * The standard deviation values to use for `mode: fixed`. Analogous to mean.
   */
  std?: number | [number, ...number[]] | null;
  /**
   * epsilon for numeric stability: `out = (tensor - mean) / (std + eps)`.
   */
  eps?: number;
}
/**
 * Scale with percentiles.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleRangeDescr".
 */
export interface ScaleRangeDescr {
  /**
   * Processing step name `scale_range`.
   */
  name: "scale_range";
  kwargs: ScaleRangeKwargs;
}
/**
 * key word arguments for `ScaleRangeDescr`
 *
 * For `min_percentile`=0.0 (the default) and `max_percentile`=100 (the default)
 * this processing step normalizes data to the [0, 1] intervall.
 * For other percentiles the normalized values will partially be outside the [0, 1]
 * intervall. Use `ScaleRange` followed by `ClipDescr` if you want to limit the
 * normalized values to a range.
 * `min_percentile` < `max_percentile` (rule `model04.processing.kwargs`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleRangeKwargs".
 */
export interface ScaleRangeKwargs {
  /**
   * Mode for computing percentiles.
   * |     mode    |             description              |
   * | ----------- | ------------------------------------ |
   * | per_dataset | compute for the entire dataset       |
   * | per_sample  | compute for each sample individually |
   */
  mode: "per_dataset" | "per_sample";
  /**
   * The subset of axes to normalize jointly.
   * For example xy to normalize the two image axes for 2d data jointly.
   * Only the letters `czyx`, each at most once (rule `model04.axes.letters`).
   */
  axes: string;
  /**
   * The lower percentile used to determine the value to align with zero.
   */
  min_percentile?: number;
  /**
   * The upper percentile used to determine the value to align with one.
   * Has to be bigger than `min_percentile`.
   * The range is 1 to 100 instead of 0 to 100 to avoid mistakenly
   * accepting percentiles specified in the range 0.0 to 1.0.
   */
  max_percentile?: number;
  /**
   * Epsilon for numeric stability.
   * `out = (tensor - v_lower) / (v_upper - v_lower + eps)`;
   * with `v_lower,v_upper` values at the respective percentiles.
   */
  eps?: number;
  /**
   * Tensor name to compute the percentiles from. Default: The tensor itself.
   * For any tensor in `inputs` only input tensor references are allowed.
   * For a tensor in `outputs` only input tensor refereences are allowed if `mode: per_dataset`
   */
  reference_tensor?: TensorName | null;
}
/**
 * An output tensor. Its halo has the length of its shape, and postprocessing `kwargs.axes` are axes of the tensor (rules `model04.tensors.tensor`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "OutputTensorDescr".
 */
export interface OutputTensorDescr {
  name: TensorName;
  /**
   * Description of the tensor.
   */
  description?: string;
  /**
   * Axes identifying characters. Same length and order as the axes in `shape`.
   * | axis | description |
   * | --- | --- |
   * |  b  |  batch (groups multiple samples) |
   * |  i  |  instance/index/element |
   * |  t  |  time |
   * |  c  |  channel |
   * |  z  |  spatial dimension z |
   * |  y  |  spatial dimension y |
   * |  x  |  spatial dimension x |
   * Only these letters, each at most once (rule `model04.axes.letters`).
   */
  axes: string;
  /**
   * Tuple `(minimum, maximum)` specifying the allowed range of the data in this tensor.
   * If not specified, the full data range that can be expressed in `data_type` is allowed.
   * Infinite and NaN bounds are allowed; JSON has no such numbers, so they are written (and YAML's `.inf`, `-.inf`, `.nan` are read) as the strings `inf`, `-inf` and `nan`.
   */
  data_range?: [RangeBound, RangeBound] | null;
  /**
   * Data type.
   * The data flow in bioimage.io models is explained
   * [in this diagram.](https://docs.google.com/drawings/d/1FTw8-Rn6a6nXdkZ_SkMumtcjvur9mtIhRqLwnKqZNHM/edit).
   */
  data_type:
    "float32" | "float64" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64" | "bool";
  /**
   * Output tensor shape: a list of sizes or a shape implied by an input (smart union).
   */
  shape: number[] | ImplicitOutputShape;
  /**
   * The `halo` that should be cropped from the output tensor to avoid boundary effects.
   * The `halo` is to be cropped from both sides, i.e. `shape_after_crop = shape - 2 * halo`.
   * To document a `halo` that is already cropped by the model `shape.offset` has to be used instead.
   * As many entries as the shape (rule `model04.tensors.tensor`).
   */
  halo?: number[] | null;
  /**
   * Description of how this output should be postprocessed.
   */
  postprocessing?: PostprocessingDescr[];
}
/**
 * Output tensor shape depending on an input tensor shape.
 * `shape(output_tensor) = shape(input_tensor) * scale + 2 * offset`
 * `scale` and `offset` have the same length, and a new dimension (`scale: null`) a non-zero offset (rule `model04.shape.lengths`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ImplicitOutputShape".
 */
export interface ImplicitOutputShape {
  reference_tensor: TensorName;
  /**
   * output_pix/input_pix for each dimension.
   * 'null' values indicate new dimensions, whose length is defined by 2*`offset`
   *
   * @minItems 1
   */
  scale: [number | null, ...(number | null)[]];
  /**
   * Position of origin wrt to input (an integer or a multiple of 0.5, tried in that order).
   *
   * @minItems 1
   */
  offset: [number | number, ...(number | number)[]];
}
/**
 * Scale the tensor s.t. its mean and variance match a reference tensor.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleMeanVarianceDescr".
 */
export interface ScaleMeanVarianceDescr {
  /**
   * Processing step name `scale_mean_variance`.
   */
  name: "scale_mean_variance";
  kwargs: ScaleMeanVarianceKwargs;
}
/**
 * key word arguments for `ScaleMeanVarianceDescr`
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "ScaleMeanVarianceKwargs".
 */
export interface ScaleMeanVarianceKwargs {
  /**
   * Mode for computing mean and variance.
   * |     mode    |             description              |
   * | ----------- | ------------------------------------ |
   * | per_dataset | Compute for the entire dataset       |
   * | per_sample  | Compute for each sample individually |
   */
  mode: "per_dataset" | "per_sample";
  reference_tensor: TensorName;
  /**
   * The subset of axes to scale jointly.
   * For example xy to normalize the two image axes for 2d data jointly.
   * Default: scale all non-batch axes jointly.
   * Only the letters `czyx`, each at most once (rule `model04.axes.letters`).
   */
  axes?: string | null;
  /**
   * Epsilon for numeric stability:
   * "`out  = (tensor - mean) / (std + eps) * (ref_std + eps) + ref_mean.
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
  id: ResourceId;
  /**
   * version number (n-th published version, not the semantic version) of linked model
   */
  version_number?: number | null;
}
/**
 * Custom run mode.
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "RunMode".
 */
export interface RunMode {
  /**
   * Run mode name (unknown names get a warning, rule `model04.run-mode.known`; a union of `Literal['deepimagej']` and `str`, whose errors carry each branch's tag).
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
   * A valid dataset `id` from the bioimage.io collection (a resource id of the 0.2 generation, see `ResourceId`; written out here so that errors are attributed to this branch of `training_data`).
   */
  id: string;
  /**
   * version number (n-th published version, not the semantic version) of linked dataset
   */
  version_number?: number | null;
}
/**
 * An inline dataset 0.2 description as a model's `training_data`, tried after `LinkedDataset`. JSON Schema cannot say how the reference checks it (its before-validators edit the mapping first): the runtime checks the mapping with the dataset 0.2 description itself and reports its errors and warnings under this branch's union tag, as pydantic does. A value that is not a mapping: a string or a list is refused by both branches; a boolean, number or date makes the dataset's before-validator raise (rule `model04.training-data.iterable`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "DatasetDescr".
 */
export interface DatasetDescr {
  [k: string]: unknown | undefined;
}
/**
 * The weights for this model, by format; at least one entry (rule `model04.weights.one-entry`).
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "WeightsDescr".
 */
export interface WeightsDescr {
  /**
   * `keras_hdf5` weights
   */
  keras_hdf5?: KerasHdf5WeightsDescr | null;
  /**
   * `onnx` weights
   */
  onnx?: OnnxWeightsDescr | null;
  /**
   * `pytorch_state_dict` weights
   */
  pytorch_state_dict?: PytorchStateDictWeightsDescr | null;
  /**
   * `tensorflow_js` weights
   */
  tensorflow_js?: TensorflowJsWeightsDescr | null;
  /**
   * `tensorflow_saved_model_bundle` weights
   */
  tensorflow_saved_model_bundle?: TensorflowSavedModelBundleWeightsDescr | null;
  /**
   * `torchscript` weights
   */
  torchscript?: TorchscriptWeightsDescr | null;
}
/**
 * Keras HDF5 weights.
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * Version of the TensorFlow library used (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  tensorflow_version?: Version | null;
}
/**
 * ONNX weights.
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * ONNX opset version (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  opset_version?: number | null;
}
/**
 * PyTorch state dict weights.
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * callable returning a torch.nn.Module instance.
   * Local implementation: `<relative path to file>:<identifier of implementation within the file>`.
   * Implementation in a dependency: `<dependency-package>.<[dependency-module]>.<identifier>`.
   * Tried in that order: a callable from a file, then a callable from a dependency (their parts are checked in code, rule `model04.weights.callables`).
   */
  architecture: string;
  /**
   * The SHA256 of the architecture source file, if the architecture is not defined in a module listed in `dependencies` (required for, and only allowed with, an architecture from a file: rule `model04.weights.entry`).
   */
  architecture_sha256?: Sha256 | null;
  /**
   * key word arguments for the `architecture` callable
   */
  kwargs?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Version of the PyTorch library used (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  pytorch_version?: Version | null;
}
/**
 * Tensorflow.js weights (the multi-file weights as a zip archive).
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * Version of the TensorFlow library used (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  tensorflow_version?: Version | null;
}
/**
 * Tensorflow saved model bundle weights.
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * Version of the TensorFlow library used (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  tensorflow_version?: Version | null;
}
/**
 * TorchScript weights.
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
   * Attachments that are specific to this weights entry (an ALERT warning: rule `model04.weights.warnings`).
   */
  attachments?: AttachmentsDescr | null;
  /**
   * Authors
   * Either the person(s) that have trained this model resulting in the original weights file.
   *     (If this is the initial weights entry, i.e. it does not have a `parent`)
   * Or the person(s) who have converted the weights to this weights format.
   *     (If this is a child weight, i.e. it has a `parent` field)
   */
  authors?: Author[] | null;
  /**
   * Dependency manager and dependency file, specified as `<dependency manager>:<relative file path>` (a warning: rule `model04.weights.warnings`; the file is checked by rule `model04.weights.callables`). Surrounding whitespace is removed before validation.
   */
  dependencies?: string | null;
  /**
   * The source weights these weights were converted from.
   * For example, if a model's weights were converted from the `pytorch_state_dict` format to `torchscript`,
   * The `pytorch_state_dict` weights entry has no `parent` and is the parent of the `torchscript` weights.
   * All weight entries except one (the initial set of weights resulting from training the model),
   * need to have this field.
   */
  parent?: WeightsFormat | null;
  /**
   * Version of the PyTorch library used (missing: an ALERT warning, rule `model04.weights.warnings`).
   */
  pytorch_version?: Version | null;
}
/**
 * A custom badge
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
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
 * A custom badge
 *
 * This interface was referenced by `ModelDescr`'s JSON-Schema
 * via the `definition` "BadgeDescr2".
 */
export interface BadgeDescr1 {
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
