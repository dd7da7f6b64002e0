// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
/**
 * The Croissant `metadata.json` that copick 1.27 writes (`copick.ops.croissant.export_croissant`) and reads (`CroissantIndex`): a Croissant 1.1 dataset whose distribution is the eight CSV sidecars and whose RecordSets describe their columns, plus `copick:baseUrl` and the credential-free `copick:config`. This schema gives the shape; the order and content of the FileObjects and RecordSets are rules (`copick.croissant.*`), and the Croissant itself is checked as mlcroissant does (src/croissant). Other Croissant properties are allowed.
 */
export interface CopickCroissantMetadata {
  /**
   * The Croissant context with copick's additions (`copick`, `copick:baseUrl`, `copick:config` as @json).
   */
  "@context": {
    [k: string]: unknown | undefined;
  };
  /**
   * Always a schema.org Dataset.
   */
  "@type": "sc:Dataset";
  /**
   * Dataset name (default: the project's name, else "copick-project").
   */
  name: string;
  /**
   * Dataset description (default: the project's, else "Copick project exported as Croissant.").
   */
  description?: string;
  /**
   * The Croissant version copick writes.
   */
  conformsTo: "http://mlcommons.org/croissant/1.1";
  /**
   * Dataset version (default: the project's, else "0.1.0").
   */
  version?: string;
  /**
   * License of the dataset (default "CC-BY-4.0").
   */
  license?: string;
  /**
   * Citation (default "copick project <name>").
   */
  citeAs?: string;
  /**
   * ISO date of the export (default: today, UTC).
   */
  datePublished?: string;
  /**
   * Base of every relative `url` cell in the CSVs; empty for a relative (movable) Croissant.
   */
  "copick:baseUrl": string;
  "copick:config": CopickConfigBlob;
  /**
   * The eight CSV sidecars, in copick's order (rule `copick.croissant.distribution`).
   */
  distribution: CsvFileObject[];
  /**
   * One RecordSet per CSV in the same order, then `copick/splits` when a run has a split (rules `copick.croissant.record-sets`, `copick.croissant.splits`).
   */
  recordSet: CopickRecordSet[];
  [k: string]: unknown | undefined;
}
/**
 * The credential-free part of the project config (no config_type, roots or fs args), stored as a JSON literal.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "CopickConfigBlob".
 */
export interface CopickConfigBlob {
  /**
   * Project name.
   */
  name?: string | null;
  /**
   * Project description.
   */
  description?: string | null;
  /**
   * Project version.
   */
  version?: string | null;
  /**
   * Default user id.
   */
  user_id?: string | null;
  /**
   * Default session id.
   */
  session_id?: string | null;
  /**
   * Every pickable object, all ten fields dumped (nulls included); renamed portal objects carry `metadata.portal_original_name`.
   */
  pickable_objects: PickableObject[];
  [k: string]: unknown | undefined;
}
/**
 * Metadata for a pickable object. The name must already be sanitised (rule `copick.object.name-sanitized`), the label may not be 0 (rule `copick.object.label-nonzero`), the colour components lie in [0, 255] (rule `copick.object.color-range`). Unknown keys are ignored, as pydantic does by default.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "PickableObject".
 */
export interface PickableObject {
  /**
   * Name of the object; free of `<>:"/\|?*`, control characters, whitespace and underscores, and not starting or ending with `-`.
   */
  name: string;
  /**
   * Whether this object is represented by points (true) or by segmentation masks (false).
   */
  is_particle: boolean;
  /**
   * Numeric label of the object in multilabel segmentation masks; must be unique and not 0 (background).
   */
  label?: number | null;
  /**
   * RGBA colour, four integers in [0, 255].
   */
  color?: [number, number, number, number] | null;
  /**
   * EMDB id of the object's map.
   */
  emdb_id?: string | null;
  /**
   * PDB id of the object's model.
   */
  pdb_id?: string | null;
  /**
   * Ontology or database identifier (GO, UniProtKB, CHEBI, PDB-xxxx, UBERON, CL or CDPO). `go_id` is accepted as an input alias; copick writes `identifier`.
   */
  identifier?: string | null;
  /**
   * Input alias of `identifier` (copick reads `go_id` first when both are given; rule `copick.object.identifier-alias`).
   */
  go_id?: string | null;
  /**
   * Threshold applied to the map when rendering its isosurface.
   */
  map_threshold?: number | null;
  /**
   * Radius of the particle in angstrom, when displayed as a sphere.
   */
  radius?: number | null;
  /**
   * User-defined metadata; null is read as {}.
   */
  metadata?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * One CSV sidecar.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "CsvFileObject".
 */
export interface CsvFileObject {
  /**
   * A Croissant FileObject.
   */
  "@type": "cr:FileObject";
  /**
   * FileObject id, e.g. `runs-csv`.
   */
  "@id": string;
  /**
   * Same as `@id`.
   */
  name: string;
  /**
   * `<copick:baseUrl>/Croissant/<csv>`, or `Croissant/<csv>` when the base URL is empty.
   */
  contentUrl: string;
  /**
   * Always CSV.
   */
  encodingFormat: "text/csv";
  /**
   * Lowercase hex sha256 of the CSV's bytes.
   */
  sha256: string;
  [k: string]: unknown | undefined;
}
/**
 * A RecordSet over one CSV, or the inline `copick/splits` table.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "CopickRecordSet".
 */
export interface CopickRecordSet {
  /**
   * A Croissant RecordSet.
   */
  "@type": "cr:RecordSet";
  /**
   * `copick/<csv stem>` or `copick/splits`.
   */
  "@id": string;
  /**
   * The CSV stem, or `splits`.
   */
  name: string;
  /**
   * Only on `copick/splits`.
   */
  description?: string;
  key?: IdRef;
  /**
   * One per column, in column order.
   */
  field: CopickField[];
  /**
   * Inline rows of `copick/splits`: each has every field's `@id`.
   */
  data?: {
    [k: string]: string | undefined;
  }[];
  [k: string]: unknown | undefined;
}
/**
 * A JSON-LD reference to another node by its `@id`.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "IdRef".
 */
export interface IdRef {
  /**
   * The referenced node's `@id`.
   */
  "@id": string;
}
/**
 * A column of a CSV (with `source`) or of the inline splits table (without).
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "CopickField".
 */
export interface CopickField {
  /**
   * A Croissant Field.
   */
  "@type": "cr:Field";
  /**
   * `<recordSet @id>/<column>`.
   */
  "@id": string;
  /**
   * sc:Text, sc:Float, sc:Boolean or sc:URL.
   */
  dataType: "sc:Text" | "sc:Float" | "sc:Boolean" | "sc:URL";
  source?: CsvSource;
  /**
   * Foreign key (only `copick/runs/split` -> `copick/splits/name`).
   */
  references?: {
    field: IdRef;
    [k: string]: unknown | undefined;
  };
  [k: string]: unknown | undefined;
}
/**
 * A field's source: one column of one CSV FileObject.
 *
 * This interface was referenced by `CopickCroissantMetadata`'s JSON-Schema
 * via the `definition` "CsvSource".
 */
export interface CsvSource {
  fileObject: IdRef;
  /**
   * The column.
   */
  extract: {
    /**
     * CSV column name.
     */
    column: string;
    [k: string]: unknown | undefined;
  };
  [k: string]: unknown | undefined;
}
