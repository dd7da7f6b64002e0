// What mlcroissant checks, one rule id per kind of problem (its `issues.add_error` / `add_warning` sites), with
// the messages as mlcroissant words them (a finding's message is prefixed with its node's context,
// `[Metadata(x) > FileObject(y)] `). References are paths of mlcommons/croissant at v1.1.0.
import { ERROR, WARNING } from "../engine/summary/types.js";
import { defineRuleInfo } from "../engine/validation/rule.js";

const SRC = "python/mlcroissant/mlcroissant/_src";

export const ID_WHITESPACE = defineRuleInfo({
  id: "croissant.id-whitespace",
  description: "an `@id` has no whitespace (rdflib cannot make an IRI of it)",
  severity: ERROR,
  messages: [
    "The dataset contains a wrong `@id`: '{id}'. Note that currently we do not support `@id`s containing whitespaces (not even if URL-escaped).",
  ],
  reference: `${SRC}/core/json_ld.py:216`,
});

export const DOCUMENT = defineRuleInfo({
  id: "croissant.document",
  description: "the document is a JSON-LD schema.org Dataset",
  severity: ERROR,
  messages: ["The current JSON-LD doesn't extend https://schema.org/Dataset."],
  reference: `${SRC}/core/json_ld.py:251`,
});

export const CONTEXT = defineRuleInfo({
  id: "croissant.context",
  description: "`@context` is a dictionary",
  severity: ERROR,
  messages: ["@context should be a dictionary. Got: {existing_context}"],
  reference: `${SRC}/core/rdf.py:19`,
});

export const CONFORMS_TO = defineRuleInfo({
  id: "croissant.conforms-to",
  description: "`conformsTo` names a Croissant version mlcroissant knows",
  severity: ERROR,
  messages: ["At least one of the provided conformsTo should be a valid CroissantVersion. Got: {conformsTo}"],
  reference: `${SRC}/core/context.py:16`,
});

export const NODE_TYPE = defineRuleInfo({
  id: "croissant.node-type",
  description: "a node is an object with the `@type` its property expects",
  severity: ERROR,
  messages: ['{type} should be a dict with keys. Got "{value}"', '"{node}" should have an attribute {types}. Got {type} instead.'],
  reference: `${SRC}/structure_graph/base_node.py:490`,
});

export const VALUE_TYPE = defineRuleInfo({
  id: "croissant.value-type",
  description: "a property's value has one of the types the property takes",
  severity: ERROR,
  messages: ["`{property}` should have type {types}, but got {type}"],
  reference: `${SRC}/structure_graph/base_node.py:496`,
});

export const CARDINALITY = defineRuleInfo({
  id: "croissant.cardinality",
  description: "a property of cardinality one has a single value (warning)",
  severity: WARNING,
  messages: ["`{property}` has cardinality `ONE`, but got a list"],
  reference: `${SRC}/structure_graph/base_node.py:403`,
});

export const MANDATORY_PROPERTY = defineRuleInfo({
  id: "croissant.mandatory-property",
  description: "a node has its mandatory properties (with the profile spec-1.1 also Croissant 1.1's required ones)",
  severity: ERROR,
  messages: ['Property "{property}" is mandatory, but does not exist.'],
  reference: `${SRC}/structure_graph/base_node.py:105`,
});

export const RECOMMENDED_PROPERTY = defineRuleInfo({
  id: "croissant.recommended-property",
  description: "a node has its recommended properties (warning)",
  severity: WARNING,
  messages: ['Property "{property}" is recommended, but does not exist.'],
  reference: `${SRC}/structure_graph/base_node.py:133`,
});

export const CHECKSUM = defineRuleInfo({
  id: "croissant.checksum",
  description: "a FileObject gives an md5 or a sha256",
  severity: ERROR,
  messages: ["At least one of these properties should be defined: ['md5', 'sha256']."],
  reference: `${SRC}/structure_graph/base_node.py:153`,
});

export const EXCLUSIVE_PROPERTIES = defineRuleInfo({
  id: "croissant.exclusive-properties",
  description: "a node has one of the properties of each group it needs one of (e.g. a FileObject's contentUrl)",
  severity: ERROR,
  messages: ["{type} should have one of the following properties {properties}."],
  reference: `${SRC}/structure_graph/base_node.py:175`,
});

export const NAME = defineRuleInfo({
  id: "croissant.name",
  description: "a name is a string of at most 255 characters without forbidden characters",
  severity: ERROR,
  messages: [
    "The name should be a string. Got: {type}.",
    "The name should be a string or dict. Got: {type}.",
    'The name "{name}" is too long (>255 characters).',
    'The name "{name}" contains forbidden characters.',
  ],
  reference: `${SRC}/structure_graph/base_node.py:285`,
});

export const DATE = defineRuleInfo({
  id: "croissant.date",
  description: "dates are ISO 8601 dates or date-times",
  severity: ERROR,
  messages: [
    "ValueError({'Dates or DateTimes should follow the [ISO 8601 format](https://en.wikipedia.org/wiki/ISO_8601). Got {date}'})",
    "ValueError('Wrong type for a date. Expected Date or Datetime. Got: {date}')",
  ],
  reference: `${SRC}/core/dates.py:23`,
});

export const VERSION = defineRuleInfo({
  id: "croissant.version",
  description: "the version is a string (or number) following MAJOR.MINOR.PATCH (warning otherwise)",
  severity: [WARNING, ERROR],
  messages: [
    'WarningException("Version doesn\'t follow MAJOR.MINOR.PATCH: {version}. For more information refer to: https://semver.org/spec/v2.0.0.html")',
    "ErrorException(\"The version should be a string or a number. Got: <class '{type}'>.\")",
  ],
  reference: `${SRC}/core/versions.py:49`,
});

export const LICENSE = defineRuleInfo({
  id: "croissant.license",
  description: "the license is a list of strings or CreativeWorks",
  severity: ERROR,
  messages: ["License should be a list of str or CreativeWork. Got: {license}"],
  reference: `${SRC}/structure_graph/nodes/metadata.py:444`,
});

export const DUPLICATE_ID = defineRuleInfo({
  id: "croissant.duplicate-id",
  description: "no two nodes share an `@id`",
  severity: ERROR,
  messages: ["Duplicate nodes with the same identifier: {id}"],
  reference: `${SRC}/structure_graph/graph.py:149`,
});

export const DANGLING_REFERENCE = defineRuleInfo({
  id: "croissant.dangling-reference",
  description: "a reference names a node of the document",
  severity: ERROR,
  messages: ['There is a reference to node with UUID "{uuid}" in node "{node}", but this node doesn\'t exist.'],
  reference: `${SRC}/structure_graph/graph.py:175`,
});

export const FIELD_SOURCE = defineRuleInfo({
  id: "croissant.field-source",
  description: "a field has exactly one of `source` and `value`, and its source names a node",
  severity: ERROR,
  messages: [
    "Field {field} does not define `source` or `value`. Please specify exactly one of them.",
    "Field {field} defines both `source` and `value`. Please specify exactly one of them.",
    "Malformed source data: {source}. It does not refer to any existing node. Have you used {field} or {distribution} to indicate the source field or the source distribution? If you specified a {details}",
  ],
  reference: `${SRC}/structure_graph/graph.py:121`,
});

export const DATA_TYPE = defineRuleInfo({
  id: "croissant.data-type",
  description: "a field has a data type (its own or a predecessor's); a constant field declares it",
  severity: ERROR,
  messages: [
    'Field "{field}" defines a constant value but omits {dataType}. Please declare the data type.',
    "The field does not specify a valid {dataType}, neither does any of its predecessor. Got: {got}",
  ],
  reference: `${SRC}/structure_graph/nodes/field.py:250`,
});

export const ARRAY_SHAPE = defineRuleInfo({
  id: "croissant.array-shape",
  description: "`array_shape` only with `is_array`, and a tuple of comma-separated values",
  severity: ERROR,
  messages: [
    "Field {field} defines `array_shape`, but `is_array` is False.",
    "Field {field}'s attribute array_shape `{shape}` cannot be parsed as a tuple of comma-separated values.",
  ],
  reference: `${SRC}/structure_graph/nodes/field.py:192`,
});

export const FILE_PROPERTY = defineRuleInfo({
  id: "croissant.file-property",
  description: "a source's fileProperty is fullpath, filepath or content",
  severity: ERROR,
  messages: ["ValueError('Property fileProperty can only have values in `fullpath`, `filepath` and `content`. Got: {value}')"],
  reference: `${SRC}/structure_graph/nodes/source.py:56`,
});

export const TRANSFORM = defineRuleInfo({
  id: "croissant.transform",
  description: "a transform defines exactly one of its operations",
  severity: ERROR,
  messages: [
    "Too many string transforms. Exactly one of these properties should be defined: format, json_path, regex, replace, separator.",
    "At least one transform must be defined. Choose among: format, json_path, regex, replace, separator, read_lines, un_archive.",
  ],
  reference: `${SRC}/structure_graph/nodes/source.py:184`,
});

export const INLINE_DATA = defineRuleInfo({
  id: "croissant.inline-data",
  description: "inline `data` of a RecordSet is a non-empty list of records with the RecordSet's columns",
  severity: ERROR,
  messages: [
    "{data} should declare a list. Got: {type}.",
    "{data} should declare a non empty list.",
    "{data} should declare a list of dict. Got: a list of {type}.",
    "Line #{i} doesn't have the expected columns. Expected: {expected}. Got: {got}.",
  ],
  reference: `${SRC}/structure_graph/nodes/record_set.py:125`,
});

export const JOIN = defineRuleInfo({
  id: "croissant.join",
  description: "a RecordSet that reads several sources declares the join between them (`references`)",
  severity: ERROR,
  messages: [
    "Node with uuid={uuid} does not exist. This error might have been found during a Join operation.",
    "You try to use the sources with names ({names}) as sources, but you didn't declare a join between them. Use `ml:references` to declare a join. Please, refer to the documentation for more information.",
  ],
  reference: `${SRC}/structure_graph/nodes/record_set.py:182`,
});

export const CHECKSUM_MISMATCH = defineRuleInfo({
  id: "croissant.checksum-mismatch",
  description: "a FileObject's file, when at hand, has the md5 or sha256 the FileObject gives",
  severity: ERROR,
  messages: [
    "Hash of downloaded file {path} is not identical with the reference in the Croissant JSON-LD. Expected: {expected} - Got: {hex} (hex) / {base64} (base64)",
  ],
  reference: `${SRC}/operation_graph/operations/download.py:180`,
});

export const JSON_PATH = defineRuleInfo({
  id: "croissant.json-path",
  description: "an extract's JSONPath is one jsonpath_rw's lexer can read",
  severity: ERROR,
  messages: ["Wrong JSONPath (https://goessner.net/articles/JsonPath/): {error}"],
  reference: `${SRC}/structure_graph/nodes/source.py:398`,
});

export const MLCROISSANT_FAILURE = defineRuleInfo({
  id: "croissant.mlcroissant-failure",
  description:
    "the document is one mlcroissant can read: where it raises a Python exception instead of a report (a non-string `@id` or `@vocab`, no `@language`, a bad language tag, a node reached again inside its own loop, a record set or field that is not an object, a cyclic structure graph, a JSONPath its parser refuses), an error says so",
  severity: ERROR,
  messages: ["mlcroissant 1.1 cannot read this document: {reason}"],
  reference: { none: "mlcroissant raises an exception there (no report); the error stands for it" },
});
