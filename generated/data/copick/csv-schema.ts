// generated from specs/copick/data/csv-schema.json by codegen - do not edit
export const csvSchema = [
  {
    recordSetId: "copick/runs",
    csvName: "runs.csv",
    fileObjectId: "runs-csv",
    recordSetName: "runs",
    spec: "copick/runs-row/1.27",
    columns: [
      {
        name: "name",
        dataType: "sc:Text",
      },
      {
        name: "portal_run_id",
        dataType: "sc:Text",
      },
      {
        name: "split",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["name"],
  },
  {
    recordSetId: "copick/voxel_spacings",
    csvName: "voxel_spacings.csv",
    fileObjectId: "voxel-spacings-csv",
    recordSetName: "voxel_spacings",
    spec: "copick/voxel-spacings-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "voxel_size",
        dataType: "sc:Float",
      },
    ],
    keyFields: ["run", "voxel_size"],
  },
  {
    recordSetId: "copick/tomograms",
    csvName: "tomograms.csv",
    fileObjectId: "tomograms-csv",
    recordSetName: "tomograms",
    spec: "copick/tomograms-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "voxel_size",
        dataType: "sc:Float",
      },
      {
        name: "tomo_type",
        dataType: "sc:Text",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
      {
        name: "portal_tomo_type",
        dataType: "sc:Text",
      },
      {
        name: "portal_tomogram_id",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["run", "voxel_size", "tomo_type"],
  },
  {
    recordSetId: "copick/features",
    csvName: "features.csv",
    fileObjectId: "features-csv",
    recordSetName: "features",
    spec: "copick/features-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "voxel_size",
        dataType: "sc:Float",
      },
      {
        name: "tomo_type",
        dataType: "sc:Text",
      },
      {
        name: "feature_type",
        dataType: "sc:Text",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["run", "voxel_size", "tomo_type", "feature_type"],
  },
  {
    recordSetId: "copick/picks",
    csvName: "picks.csv",
    fileObjectId: "picks-csv",
    recordSetName: "picks",
    spec: "copick/picks-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "user_id",
        dataType: "sc:Text",
      },
      {
        name: "session_id",
        dataType: "sc:Text",
      },
      {
        name: "object_name",
        dataType: "sc:Text",
      },
      {
        name: "voxel_size",
        dataType: "sc:Float",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
      {
        name: "sha256",
        dataType: "sc:Text",
      },
      {
        name: "portal_object_name",
        dataType: "sc:Text",
      },
      {
        name: "portal_session_id",
        dataType: "sc:Text",
      },
      {
        name: "portal_annotation_id",
        dataType: "sc:Text",
      },
      {
        name: "portal_annotation_file_id",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["run", "user_id", "session_id", "object_name"],
  },
  {
    recordSetId: "copick/meshes",
    csvName: "meshes.csv",
    fileObjectId: "meshes-csv",
    recordSetName: "meshes",
    spec: "copick/meshes-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "user_id",
        dataType: "sc:Text",
      },
      {
        name: "session_id",
        dataType: "sc:Text",
      },
      {
        name: "object_name",
        dataType: "sc:Text",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
      {
        name: "sha256",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["run", "user_id", "session_id", "object_name"],
  },
  {
    recordSetId: "copick/segmentations",
    csvName: "segmentations.csv",
    fileObjectId: "segmentations-csv",
    recordSetName: "segmentations",
    spec: "copick/segmentations-row/1.27",
    columns: [
      {
        name: "run",
        dataType: "sc:Text",
      },
      {
        name: "voxel_size",
        dataType: "sc:Float",
      },
      {
        name: "user_id",
        dataType: "sc:Text",
      },
      {
        name: "session_id",
        dataType: "sc:Text",
      },
      {
        name: "name",
        dataType: "sc:Text",
      },
      {
        name: "is_multilabel",
        dataType: "sc:Boolean",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
      {
        name: "portal_object_name",
        dataType: "sc:Text",
      },
      {
        name: "portal_session_id",
        dataType: "sc:Text",
      },
      {
        name: "portal_annotation_id",
        dataType: "sc:Text",
      },
      {
        name: "portal_annotation_file_id",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["run", "voxel_size", "user_id", "session_id", "name", "is_multilabel"],
  },
  {
    recordSetId: "copick/objects",
    csvName: "objects.csv",
    fileObjectId: "objects-csv",
    recordSetName: "objects",
    spec: "copick/objects-row/1.27",
    columns: [
      {
        name: "name",
        dataType: "sc:Text",
      },
      {
        name: "url",
        dataType: "sc:Text",
      },
    ],
    keyFields: ["name"],
  },
];
