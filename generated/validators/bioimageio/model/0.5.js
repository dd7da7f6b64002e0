// generated from specs/bioimageio/model/0.5.json by codegen - do not edit
import { YamlTimestamp, formats, ucs2length as func2, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/bioimageio/model/0.5.json","type":"object","properties":{"name":{"type":"string","minLength":5,"maxLength":128,"pattern":"^[A-Za-z0-9_+\\- ()]*$"},"description":{"type":"string","maxLength":1024},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"}},"attachments":{"type":"array","items":{"$ref":"#/$defs/FileDescr"}},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"license":{"anyOf":[{"$ref":"#/$defs/LicenseId"},{"$ref":"#/$defs/DeprecatedLicenseId"},{"type":"null"}]},"git_repo":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_comment":{"anyOf":[{"type":"string","maxLength":512},{"type":"null"}]},"format_version":{"type":"string","pattern":"^0\\.5\\.\\d+$"},"type":{"type":"string","const":"model"},"id":{"anyOf":[{"$ref":"#/$defs/ModelId"},{"type":"null"}]},"documentation":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"inputs":{"type":"array","items":{"$ref":"#/$defs/InputTensorDescr"},"minItems":1},"outputs":{"type":"array","items":{"$ref":"#/$defs/OutputTensorDescr"},"minItems":1},"packaged_by":{"type":"array","items":{"$ref":"#/$defs/Author"}},"parent":{"anyOf":[{"$ref":"#/$defs/LinkedModel"},{"type":"null"}]},"run_mode":{"anyOf":[{"$ref":"#/$defs/RunMode"},{"type":"null"}]},"timestamp":{"type":"string"},"training_data":{"anyOf":[{"$ref":"#/$defs/LinkedDataset"},{"$ref":"#/$defs/InlineDatasetDescr"},{"type":"null"}]},"weights":{"$ref":"#/$defs/WeightsDescr"},"config":{"$ref":"#/$defs/Config"}},"required":["name","format_version","type","inputs","outputs","weights"],"additionalProperties":false,"$defs":{"ArchitectureFromFileDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"callable":{"$ref":"#/$defs/Identifier"},"kwargs":{"type":"object","additionalProperties":true}},"required":["source","callable"],"additionalProperties":false},"ArchitectureFromLibraryDescr":{"type":"object","properties":{"callable":{"$ref":"#/$defs/Identifier"},"kwargs":{"type":"object","additionalProperties":true},"import_from":{"type":"string"}},"required":["callable","import_from"],"additionalProperties":false},"Author":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string","pattern":"^[^/\\\\]*$"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false},"AxisId":{"$ref":"#/$defs/Identifier","type":"string","maxLength":16},"BatchAxis":{"type":"object","properties":{"id":{"$ref":"#/$defs/BatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"batch"},"size":{"anyOf":[{"type":"integer","const":1},{"type":"null"}]}},"required":["type"],"additionalProperties":false},"BatchAxisId":{"$ref":"#/$defs/AxisId","enum":["batch","b"]},"BiasRisksLimitations":{"type":"object","properties":{"known_biases":{"type":"string"},"risks":{"type":"string"},"limitations":{"type":["string","null"]},"recommendations":{"type":"string"}},"additionalProperties":true},"BinarizeAlongAxisKwargs":{"type":"object","properties":{"threshold":{"type":"array","items":{"type":"number"},"minItems":1},"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"required":["threshold","axis"],"additionalProperties":false},"BinarizeDescr":{"type":"object","properties":{"id":{"type":"string","const":"binarize"},"kwargs":{"anyOf":[{"$ref":"#/$defs/BinarizeKwargs"},{"$ref":"#/$defs/BinarizeAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false},"BinarizeKwargs":{"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false},"BioimageioConfig":{"type":"object","properties":{"reproducibility_tolerance":{"type":"array","items":{"$ref":"#/$defs/ReproducibilityTolerance"}},"funded_by":{"type":["string","null"]},"architecture_type":{"anyOf":[{"type":"string","maxLength":32},{"type":"null"}]},"architecture_description":{"type":["string","null"]},"modality":{"type":["string","null"]},"target_structure":{"type":"array","items":{"type":"string"}},"task":{"type":["string","null"]},"new_version":{"anyOf":[{"$ref":"#/$defs/ModelId"},{"type":"null"}]},"out_of_scope_use":{"type":["string","null"]},"bias_risks_limitations":{"$ref":"#/$defs/BiasRisksLimitations"},"model_parameter_count":{"type":["integer","null"]},"training":{"$ref":"#/$defs/TrainingDetails"},"inference_time":{"type":["string","null"]},"memory_requirements_inference":{"type":["string","null"]},"memory_requirements_training":{"type":["string","null"]},"evaluations":{"type":"array","items":{"$ref":"#/$defs/Evaluation"}},"environmental_impact":{"$ref":"#/$defs/EnvironmentalImpact"}},"additionalProperties":true},"ChannelAxis":{"type":"object","properties":{"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"channel"},"channel_names":{"type":"array","items":{"$ref":"#/$defs/Identifier"},"minItems":1}},"required":["type","channel_names"],"additionalProperties":false},"CiteEntry":{"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["text"],"additionalProperties":false},"ClipDescr":{"type":"object","properties":{"id":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["id","kwargs"],"additionalProperties":false},"ClipKwargs":{"type":"object","properties":{"min":{"type":["number","null"]},"min_percentile":{"anyOf":[{"type":"number","minimum":0,"exclusiveMaximum":100},{"type":"null"}]},"max":{"type":["number","null"]},"max_percentile":{"anyOf":[{"type":"number","exclusiveMinimum":1,"maximum":100},{"type":"null"}]},"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]}},"additionalProperties":false},"Config":{"type":"object","properties":{"bioimageio":{"$ref":"#/$defs/BioimageioConfig"}},"additionalProperties":true},"DataDependentSize":{"type":"object","properties":{"min":{"type":"integer","exclusiveMinimum":0},"max":{"anyOf":[{"type":"integer","exclusiveMinimum":1},{"type":"null"}]}},"additionalProperties":false},"DeprecatedLicenseId":{"type":"string"},"Doi":{"type":"string","pattern":"^10\\.[0-9]{4}.+$"},"EnsureDtypeDescr":{"type":"object","properties":{"id":{"type":"string","const":"ensure_dtype"},"kwargs":{"$ref":"#/$defs/EnsureDtypeKwargs"}},"required":["id","kwargs"],"additionalProperties":false},"EnsureDtypeKwargs":{"type":"object","properties":{"dtype":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]}},"required":["dtype"],"additionalProperties":false},"EnvironmentalImpact":{"type":"object","properties":{"hardware_type":{"type":["string","null"]},"hours_used":{"type":["number","null"]},"cloud_provider":{"type":["string","null"]},"compute_region":{"type":["string","null"]},"co2_emitted":{"type":["number","null"]}},"additionalProperties":true},"Evaluation":{"type":"object","properties":{"model_id":{"anyOf":[{"$ref":"#/$defs/ModelId"},{"type":"null"}]},"dataset_id":{"$ref":"#/$defs/ResourceId"},"dataset_source":{"$ref":"#/$defs/HttpUrl"},"dataset_role":{"type":"string","enum":["train","validation","test","independent","unknown"]},"sample_count":{"type":"integer"},"evaluation_factors":{"type":"array","items":{"type":"string","maxLength":16}},"evaluation_factors_long":{"type":"array","items":{"type":"string"}},"metrics":{"type":"array","items":{"type":"string","maxLength":16}},"metrics_long":{"type":"array","items":{"type":"string"}},"results":{"type":"array","items":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}},"results_summary":{"type":["string","null"]}},"required":["dataset_id","dataset_source","dataset_role","sample_count","evaluation_factors","evaluation_factors_long","metrics","metrics_long","results"],"additionalProperties":true},"FileDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"FileSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"FixedZeroMeanUnitVarianceAlongAxisKwargs":{"type":"object","properties":{"mean":{"type":"array","items":{"type":"number"},"minItems":1},"std":{"type":"array","items":{"type":"number","minimum":0.000001},"minItems":1},"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"required":["mean","std","axis"],"additionalProperties":false},"FixedZeroMeanUnitVarianceDescr":{"type":"object","properties":{"id":{"type":"string","const":"fixed_zero_mean_unit_variance"},"kwargs":{"anyOf":[{"$ref":"#/$defs/FixedZeroMeanUnitVarianceKwargs"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false},"FixedZeroMeanUnitVarianceKwargs":{"type":"object","properties":{"mean":{"type":"number"},"std":{"type":"number","minimum":0.000001}},"required":["mean","std"],"additionalProperties":false},"HttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"Identifier":{"type":"string","minLength":1,"pattern":"^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}},"IndexInputAxis":{"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"index"},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false},"IndexOutputAxis":{"type":"object","properties":{"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"index"},"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"},{"$ref":"#/$defs/DataDependentSize"}]}},"required":["type","size"],"additionalProperties":false},"InlineDatasetDescr":{"type":"object"},"InputAxis":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["batch","channel","index","time","space"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/BatchAxis"},{"$ref":"#/$defs/ChannelAxis"},{"$ref":"#/$defs/IndexInputAxis"},{"$ref":"#/$defs/TimeInputAxis"},{"$ref":"#/$defs/SpaceInputAxis"}]},"InputTensorDescr":{"type":"object","properties":{"id":{"$ref":"#/$defs/TensorId"},"description":{"type":"string","maxLength":128},"axes":{"type":"array","items":{"$ref":"#/$defs/InputAxis"},"minItems":1},"test_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"sample_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"data":{"anyOf":[{"$ref":"#/$defs/TensorDataDescr"},{"type":"array","items":{"$ref":"#/$defs/TensorDataDescr"},"minItems":1}]},"optional":{"type":"boolean"},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["axes"],"additionalProperties":false},"IntervalOrRatioDataDescr":{"type":"object","properties":{"type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64"]},"range":{"type":"array","prefixItems":[{"type":["number","null"]},{"type":["number","null"]}],"minItems":2,"maxItems":2},"unit":{"anyOf":[{"type":"string","const":"arbitrary unit"},{"$ref":"#/$defs/SiUnit"}]},"scale":{"type":"number"},"offset":{"type":["number","null"]}},"additionalProperties":false},"KerasHdf5WeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"}},"required":["source","tensorflow_version"],"additionalProperties":false},"LicenseId":{"type":"string"},"LinkedDataset":{"type":"object","properties":{"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"id":{"$ref":"#/$defs/ResourceId"}},"required":["id"],"additionalProperties":false},"LinkedModel":{"type":"object","properties":{"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"id":{"$ref":"#/$defs/ModelId"}},"required":["id"],"additionalProperties":false},"Maintainer":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"anyOf":[{"type":"string","pattern":"^[^/\\\\]*$"},{"type":"null"}]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false},"ModelId":{"$ref":"#/$defs/ResourceId","type":"string"},"NominalOrOrdinalDataDescr":{"type":"object","properties":{"values":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":1},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"array","items":{"type":"boolean"},"minItems":1},{"type":"array","items":{"type":"string"},"minItems":1}]},"type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"unit":{"anyOf":[{"anyOf":[{"type":"string","const":"arbitrary unit"},{"$ref":"#/$defs/SiUnit"}]},{"type":"null"}]}},"required":["values"],"additionalProperties":false},"NonBatchAxisId":{"$ref":"#/$defs/AxisId","type":"string","not":{"enum":["batch","b"]}},"OnnxWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"opset_version":{"type":"integer","minimum":7},"external_data":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","opset_version"],"additionalProperties":false},"OrcidId":{"type":"string"},"OutputAxis":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["batch","channel","index","time","space"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/BatchAxis"},{"$ref":"#/$defs/ChannelAxis"},{"$ref":"#/$defs/IndexOutputAxis"},{"$ref":"#/$defs/TimeOutputAxisUnion"},{"$ref":"#/$defs/SpaceOutputAxisUnion"}]},"OutputTensorDescr":{"type":"object","properties":{"id":{"$ref":"#/$defs/TensorId"},"description":{"type":"string","maxLength":128},"axes":{"type":"array","items":{"$ref":"#/$defs/OutputAxis"},"minItems":1},"test_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"sample_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"data":{"anyOf":[{"$ref":"#/$defs/TensorDataDescr"},{"type":"array","items":{"$ref":"#/$defs/TensorDataDescr"},"minItems":1}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["axes"],"additionalProperties":false},"ParameterizedSize":{"type":"object","properties":{"min":{"type":"integer","exclusiveMinimum":0},"step":{"type":"integer","exclusiveMinimum":0}},"required":["min","step"],"additionalProperties":false},"PostprocessingDescr":{"type":"object","required":["id"],"properties":{"id":{"type":"string","enum":["binarize","clip","ensure_dtype","fixed_zero_mean_unit_variance","scale_linear","scale_mean_variance","scale_range","sigmoid","softmax","zero_mean_unit_variance"]}},"discriminator":{"propertyName":"id"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/EnsureDtypeDescr"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/SoftmaxDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"}]},"PreprocessingDescr":{"type":"object","required":["id"],"properties":{"id":{"type":"string","enum":["binarize","clip","ensure_dtype","fixed_zero_mean_unit_variance","scale_linear","scale_range","sigmoid","softmax","zero_mean_unit_variance"]}},"discriminator":{"propertyName":"id"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/EnsureDtypeDescr"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/SoftmaxDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"}]},"PytorchStateDictWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"architecture":{"anyOf":[{"$ref":"#/$defs/ArchitectureFromFileDescr"},{"$ref":"#/$defs/ArchitectureFromLibraryDescr"}]},"pytorch_version":{"$ref":"#/$defs/Version"},"dependencies":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","architecture","pytorch_version"],"additionalProperties":false},"RelativeFilePath":{"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},"ReproducibilityTolerance":{"type":"object","properties":{"relative_tolerance":{"type":"number","minimum":0,"maximum":0.01},"absolute_tolerance":{"type":"number","minimum":0},"mismatched_elements_per_million":{"type":"integer","minimum":0,"maximum":1000},"output_ids":{"type":"array","items":{"$ref":"#/$defs/TensorId"}},"weights_formats":{"type":"array","items":{"$ref":"#/$defs/WeightsFormat"}}},"additionalProperties":true},"ResourceId":{"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"},"RunMode":{"type":"object","properties":{"name":{"anyOf":[{"type":"string","const":"deepimagej"},{"type":"string"}]},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false},"ScaleLinearAlongAxisKwargs":{"type":"object","properties":{"axis":{"$ref":"#/$defs/NonBatchAxisId"},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1}]}},"required":["axis"],"additionalProperties":false},"ScaleLinearDescr":{"type":"object","properties":{"id":{"type":"string","const":"scale_linear"},"kwargs":{"anyOf":[{"$ref":"#/$defs/ScaleLinearKwargs"},{"$ref":"#/$defs/ScaleLinearAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false},"ScaleLinearKwargs":{"type":"object","properties":{"gain":{"type":"number"},"offset":{"type":"number"}},"additionalProperties":false},"ScaleMeanVarianceDescr":{"type":"object","properties":{"id":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["id","kwargs"],"additionalProperties":false},"ScaleMeanVarianceKwargs":{"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorId"},"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["reference_tensor"],"additionalProperties":false},"ScaleRangeDescr":{"type":"object","properties":{"id":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["id"],"additionalProperties":false},"ScaleRangeKwargs":{"type":"object","properties":{"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"min_percentile":{"type":"number","minimum":0,"exclusiveMaximum":100},"max_percentile":{"type":"number","exclusiveMinimum":1,"maximum":100},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorId"},{"type":"null"}]}},"additionalProperties":false},"Sha256":{"type":"string","minLength":64,"maxLength":64},"SiUnit":{"type":"string","minLength":1,"pattern":"^(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?((·(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?)|(/(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^+?[1-9]\\d*)?))*$"},"SigmoidDescr":{"type":"object","properties":{"id":{"type":"string","const":"sigmoid"}},"required":["id"],"additionalProperties":false},"SizeReference":{"type":"object","properties":{"tensor_id":{"$ref":"#/$defs/TensorId"},"axis_id":{"$ref":"#/$defs/AxisId"},"offset":{"type":"integer"}},"required":["tensor_id","axis_id"],"additionalProperties":false},"SoftmaxDescr":{"type":"object","properties":{"id":{"type":"string","const":"softmax"},"kwargs":{"$ref":"#/$defs/SoftmaxKwargs"}},"required":["id"],"additionalProperties":false},"SoftmaxKwargs":{"type":"object","properties":{"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"additionalProperties":false},"SpaceInputAxis":{"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false},"SpaceOutputAxis":{"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["size","type"],"additionalProperties":false},"SpaceOutputAxisUnion":{"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"space"}},"if":{"type":"object","properties":{"halo":true},"required":["halo"]},"then":{"$ref":"#/$defs/SpaceOutputAxisWithHalo"},"else":{"$ref":"#/$defs/SpaceOutputAxis"}},"SpaceOutputAxisWithHalo":{"type":"object","properties":{"halo":{"type":"integer","minimum":1},"size":{"$ref":"#/$defs/SizeReference"},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["halo","size","type"],"additionalProperties":false},"TensorDataDescr":{"anyOf":[{"$ref":"#/$defs/NominalOrOrdinalDataDescr"},{"$ref":"#/$defs/IntervalOrRatioDataDescr"}]},"TensorId":{"$ref":"#/$defs/Identifier","type":"string","maxLength":32},"TensorflowJsWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"}},"required":["source","tensorflow_version"],"additionalProperties":false},"TensorflowSavedModelBundleWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"},"dependencies":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","tensorflow_version"],"additionalProperties":false},"TimeInputAxis":{"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false},"TimeOutputAxis":{"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["size","type"],"additionalProperties":false},"TimeOutputAxisUnion":{"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"time"}},"if":{"type":"object","properties":{"halo":true},"required":["halo"]},"then":{"$ref":"#/$defs/TimeOutputAxisWithHalo"},"else":{"$ref":"#/$defs/TimeOutputAxis"}},"TimeOutputAxisWithHalo":{"type":"object","properties":{"halo":{"type":"integer","minimum":1},"size":{"$ref":"#/$defs/SizeReference"},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["halo","size","type"],"additionalProperties":false},"TorchscriptWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"pytorch_version":{"$ref":"#/$defs/Version"}},"required":["source","pytorch_version"],"additionalProperties":false},"TrainingDetails":{"type":"object","properties":{"training_preprocessing":{"type":["string","null"]},"training_epochs":{"type":["number","null"]},"training_batch_size":{"type":["number","null"]},"initial_learning_rate":{"type":["number","null"]},"learning_rate_schedule":{"type":["string","null"]},"loss_function":{"type":["string","null"]},"loss_function_kwargs":{"type":"object","additionalProperties":true},"optimizer":{"type":["string","null"]},"optimizer_kwargs":{"type":"object","additionalProperties":true},"regularization":{"type":["string","null"]},"training_duration":{"type":["number","null"]}},"additionalProperties":true},"Uploader":{"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false},"Version":{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]},"WeightsDescr":{"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false},"WeightsFormat":{"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]},"ZeroMeanUnitVarianceDescr":{"type":"object","properties":{"id":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["id"],"additionalProperties":false},"ZeroMeanUnitVarianceKwargs":{"type":"object","properties":{"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"additionalProperties":false}}};
const schema42 = {"type":"string"};
const schema43 = {"type":"string"};
const schema33 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};
const schema45 = {"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false};
const schema48 = {"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]};
const schema111 = {"type":"object","properties":{"name":{"anyOf":[{"type":"string","const":"deepimagej"},{"type":"string"}]},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false};
const schema115 = {"type":"object"};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^[A-Za-z0-9_+\\- ()]*$", "u");
const pattern5 = new RegExp("^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:", "u");
const pattern12 = new RegExp("^0\\.5\\.\\d+$", "u");
const schema32 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};
const schema34 = {"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"};
const formats0 = formats.uri;
const pattern6 = new RegExp("^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(func2(data) > 2083){
const err0 = {instancePath,schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern5.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0.validate(data))){
const err3 = {instancePath,schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data === "string"){
if(func2(data) < 1){
const err5 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern6.test(data)){
const err6 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err8 = {instancePath,schemaPath:"#/$defs/FileSource/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string","pattern":"^[^/\\\\]*$"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false};
const schema36 = {"type":"string"};
const formats2 = formats.email;
const pattern7 = new RegExp("^[^/\\\\]*$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "affiliation") || (key0 === "email")) || (key0 === "orcid")) || (key0 === "name")) || (key0 === "github_user"))){
const err1 = {instancePath,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.affiliation !== undefined){
let data0 = data.affiliation;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.orcid !== undefined){
let data2 = data.orcid;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/OrcidId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Author/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]*$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.github_user !== undefined){
let data4 = data.github_user;
if((typeof data4 !== "string") && (data4 !== null)){
const err12 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};
const schema38 = {"type":"string","minLength":64,"maxLength":64};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/FileDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "sha256"))){
const err1 = {instancePath,schemaPath:"#/$defs/FileDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data1) < 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/FileDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/FileDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/FileDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["text"],"additionalProperties":false};
const schema40 = {"type":"string","pattern":"^10\\.[0-9]{4}.+$"};
const pattern8 = new RegExp("^10\\.[0-9]{4}.+$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CiteEntry/required",keyword:"required",params:{missingProperty: "text"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "doi")) || (key0 === "url"))){
const err1 = {instancePath,schemaPath:"#/$defs/CiteEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
if(typeof data.text !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/CiteEntry/properties/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.doi !== undefined){
let data1 = data.doi;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err3 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/Doi/pattern",keyword:"pattern",params:{pattern: "^10\\.[0-9]{4}.+$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/Doi/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs9 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntry/properties/doi/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntry/properties/doi/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.url !== undefined){
let data2 = data.url;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data2 === "string"){
if(func2(data2) > 2083){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
const _errs16 = errors;
if(data2 !== null){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/CiteEntry/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"anyOf":[{"type":"string","pattern":"^[^/\\\\]*$"},{"type":"null"}]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.github_user === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Maintainer/required",keyword:"required",params:{missingProperty: "github_user"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "affiliation") || (key0 === "email")) || (key0 === "orcid")) || (key0 === "name")) || (key0 === "github_user"))){
const err1 = {instancePath,schemaPath:"#/$defs/Maintainer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.affiliation !== undefined){
let data0 = data.affiliation;
if((typeof data0 !== "string") && (data0 !== null)){
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Maintainer/properties/affiliation/type",keyword:"type",params:{type: schema46.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(!(formats2.validate(data1))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.orcid !== undefined){
let data2 = data.orcid;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/OrcidId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.name !== undefined){
let data3 = data.name;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]*$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid4 = valid4 || _valid2;
const _errs21 = errors;
if(data3 !== null){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.github_user !== undefined){
if(typeof data.github_user !== "string"){
const err14 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Maintainer/properties/github_user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/$defs/Maintainer/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"$ref":"#/$defs/ResourceId","type":"string"};
const schema50 = {"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"};
const pattern13 = new RegExp("^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/ModelId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data === "string"){
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern13.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","properties":{"id":{"$ref":"#/$defs/TensorId"},"description":{"type":"string","maxLength":128},"axes":{"type":"array","items":{"$ref":"#/$defs/InputAxis"},"minItems":1},"test_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"sample_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"data":{"anyOf":[{"$ref":"#/$defs/TensorDataDescr"},{"type":"array","items":{"$ref":"#/$defs/TensorDataDescr"},"minItems":1}]},"optional":{"type":"boolean"},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["axes"],"additionalProperties":false};
const schema52 = {"$ref":"#/$defs/Identifier","type":"string","maxLength":32};
const schema53 = {"type":"string","minLength":1,"pattern":"^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}};
const pattern14 = new RegExp("^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
const _errs3 = errors;
if(!(((((((((((((((((((((((((((((((((((data === "False") || (data === "None")) || (data === "True")) || (data === "and")) || (data === "as")) || (data === "assert")) || (data === "async")) || (data === "await")) || (data === "break")) || (data === "class")) || (data === "continue")) || (data === "def")) || (data === "del")) || (data === "elif")) || (data === "else")) || (data === "except")) || (data === "finally")) || (data === "for")) || (data === "from")) || (data === "global")) || (data === "if")) || (data === "import")) || (data === "in")) || (data === "is")) || (data === "lambda")) || (data === "nonlocal")) || (data === "not")) || (data === "or")) || (data === "pass")) || (data === "raise")) || (data === "return")) || (data === "try")) || (data === "while")) || (data === "with")) || (data === "yield"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
const err1 = {instancePath,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(typeof data === "string"){
if(func2(data) < 1){
const err2 = {instancePath,schemaPath:"#/$defs/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern14.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data === "string"){
if(func2(data) > 32){
const err5 = {instancePath,schemaPath:"#/$defs/TensorId/maxLength",keyword:"maxLength",params:{limit: 32}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/TensorId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["batch","channel","index","time","space"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/BatchAxis"},{"$ref":"#/$defs/ChannelAxis"},{"$ref":"#/$defs/IndexInputAxis"},{"$ref":"#/$defs/TimeInputAxis"},{"$ref":"#/$defs/SpaceInputAxis"}]};
const schema55 = {"type":"object","properties":{"id":{"$ref":"#/$defs/BatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"batch"},"size":{"anyOf":[{"type":"integer","const":1},{"type":"null"}]}},"required":["type"],"additionalProperties":false};
const schema56 = {"$ref":"#/$defs/AxisId","enum":["batch","b"]};
const schema57 = {"$ref":"#/$defs/Identifier","type":"string","maxLength":16};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
const _errs3 = errors;
if(!(((((((((((((((((((((((((((((((((((data === "False") || (data === "None")) || (data === "True")) || (data === "and")) || (data === "as")) || (data === "assert")) || (data === "async")) || (data === "await")) || (data === "break")) || (data === "class")) || (data === "continue")) || (data === "def")) || (data === "del")) || (data === "elif")) || (data === "else")) || (data === "except")) || (data === "finally")) || (data === "for")) || (data === "from")) || (data === "global")) || (data === "if")) || (data === "import")) || (data === "in")) || (data === "is")) || (data === "lambda")) || (data === "nonlocal")) || (data === "not")) || (data === "or")) || (data === "pass")) || (data === "raise")) || (data === "return")) || (data === "try")) || (data === "while")) || (data === "with")) || (data === "yield"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
const err1 = {instancePath,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
if(typeof data === "string"){
if(func2(data) < 1){
const err2 = {instancePath,schemaPath:"#/$defs/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern14.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(typeof data === "string"){
if(func2(data) > 16){
const err5 = {instancePath,schemaPath:"#/$defs/AxisId/maxLength",keyword:"maxLength",params:{limit: 16}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/AxisId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
if(!((data === "batch") || (data === "b"))){
const err0 = {instancePath,schemaPath:"#/$defs/BatchAxisId/enum",keyword:"enum",params:{allowedValues: schema56.enum}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BatchAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "description")) || (key0 === "type")) || (key0 === "size"))){
const err1 = {instancePath,schemaPath:"#/$defs/BatchAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate41(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/BatchAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/BatchAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/BatchAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("batch" !== data2){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/BatchAxis/properties/type/const",keyword:"const",params:{allowedValue: "batch"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/BatchAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(1 !== data3){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/BatchAxis/properties/size/anyOf/0/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs11 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/BatchAxis/properties/size/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/BatchAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/BatchAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema59 = {"type":"object","properties":{"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"channel"},"channel_names":{"type":"array","items":{"$ref":"#/$defs/Identifier"},"minItems":1}},"required":["type","channel_names"],"additionalProperties":false};
const schema60 = {"$ref":"#/$defs/AxisId","type":"string","not":{"enum":["batch","b"]}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/NonBatchAxisId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
const _errs1 = errors;
const _errs2 = errors;
if(!((data === "batch") || (data === "b"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs2 === errors;
if(valid0){
const err2 = {instancePath,schemaPath:"#/$defs/NonBatchAxisId/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ChannelAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channel_names === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ChannelAxis/required",keyword:"required",params:{missingProperty: "channel_names"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "description")) || (key0 === "type")) || (key0 === "channel_names"))){
const err2 = {instancePath,schemaPath:"#/$defs/ChannelAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/ChannelAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/ChannelAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("channel" !== data2){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ChannelAxis/properties/type/const",keyword:"const",params:{allowedValue: "channel"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.channel_names !== undefined){
let data3 = data.channel_names;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/channel_names",schemaPath:"#/$defs/ChannelAxis/properties/channel_names/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs12 = errors;
const _errs13 = errors;
if(!(((((((((((((((((((((((((((((((((((data4 === "False") || (data4 === "None")) || (data4 === "True")) || (data4 === "and")) || (data4 === "as")) || (data4 === "assert")) || (data4 === "async")) || (data4 === "await")) || (data4 === "break")) || (data4 === "class")) || (data4 === "continue")) || (data4 === "def")) || (data4 === "del")) || (data4 === "elif")) || (data4 === "else")) || (data4 === "except")) || (data4 === "finally")) || (data4 === "for")) || (data4 === "from")) || (data4 === "global")) || (data4 === "if")) || (data4 === "import")) || (data4 === "in")) || (data4 === "is")) || (data4 === "lambda")) || (data4 === "nonlocal")) || (data4 === "not")) || (data4 === "or")) || (data4 === "pass")) || (data4 === "raise")) || (data4 === "return")) || (data4 === "try")) || (data4 === "while")) || (data4 === "with")) || (data4 === "yield"))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs13 === errors;
if(valid4){
const err9 = {instancePath:instancePath+"/channel_names/" + i0,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/channel_names/" + i0,schemaPath:"#/$defs/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern14.test(data4)){
const err11 = {instancePath:instancePath+"/channel_names/" + i0,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/channel_names/" + i0,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/channel_names",schemaPath:"#/$defs/ChannelAxis/properties/channel_names/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/ChannelAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"index"},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false};
const schema63 = {"type":"object","properties":{"min":{"type":"integer","exclusiveMinimum":0},"step":{"type":"integer","exclusiveMinimum":0}},"required":["min","step"],"additionalProperties":false};
const schema64 = {"type":"object","properties":{"tensor_id":{"$ref":"#/$defs/TensorId"},"axis_id":{"$ref":"#/$defs/AxisId"},"offset":{"type":"integer"}},"required":["tensor_id","axis_id"],"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.tensor_id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SizeReference/required",keyword:"required",params:{missingProperty: "tensor_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axis_id === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/SizeReference/required",keyword:"required",params:{missingProperty: "axis_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "tensor_id") || (key0 === "axis_id")) || (key0 === "offset"))){
const err2 = {instancePath,schemaPath:"#/$defs/SizeReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.tensor_id !== undefined){
if(!(validate37(data.tensor_id, {instancePath:instancePath+"/tensor_id",parentData:data,parentDataProperty:"tensor_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.axis_id !== undefined){
if(!(validate42(data.axis_id, {instancePath:instancePath+"/axis_id",parentData:data,parentDataProperty:"axis_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.offset !== undefined){
let data2 = data.offset;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/SizeReference/properties/offset/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/SizeReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.size === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/IndexInputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/IndexInputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "size") || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "concatenable"))){
const err2 = {instancePath,schemaPath:"#/$defs/IndexInputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data0 = data.size;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexInputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexInputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
if(data0.min === undefined){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.step === undefined){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "step"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "min") || (key1 === "step"))){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.min !== undefined){
let data1 = data0.min;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.step !== undefined){
let data2 = data0.step;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(!(validate50(data0, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err13 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexInputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/IndexInputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/IndexInputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IndexInputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("index" !== data5){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IndexInputAxis/properties/type/const",keyword:"const",params:{allowedValue: "index"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.concatenable !== undefined){
if(typeof data.concatenable !== "boolean"){
const err18 = {instancePath:instancePath+"/concatenable",schemaPath:"#/$defs/IndexInputAxis/properties/concatenable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/$defs/IndexInputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.size === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TimeInputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TimeInputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "size") || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale")) || (key0 === "concatenable"))){
const err2 = {instancePath,schemaPath:"#/$defs/TimeInputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data0 = data.size;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeInputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeInputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
if(data0.min === undefined){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.step === undefined){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "step"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "min") || (key1 === "step"))){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.min !== undefined){
let data1 = data0.min;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.step !== undefined){
let data2 = data0.step;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(!(validate50(data0, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err13 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeInputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeInputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeInputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeInputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("time" !== data5){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeInputAxis/properties/type/const",keyword:"const",params:{allowedValue: "time"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.unit !== undefined){
let data6 = data.unit;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeInputAxis/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((((((((((((((((((((((data6 === "attosecond") || (data6 === "centisecond")) || (data6 === "day")) || (data6 === "decisecond")) || (data6 === "exasecond")) || (data6 === "femtosecond")) || (data6 === "gigasecond")) || (data6 === "hectosecond")) || (data6 === "hour")) || (data6 === "kilosecond")) || (data6 === "megasecond")) || (data6 === "microsecond")) || (data6 === "millisecond")) || (data6 === "minute")) || (data6 === "nanosecond")) || (data6 === "petasecond")) || (data6 === "picosecond")) || (data6 === "second")) || (data6 === "terasecond")) || (data6 === "yoctosecond")) || (data6 === "yottasecond")) || (data6 === "zeptosecond")) || (data6 === "zettasecond"))){
const err19 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeInputAxis/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema65.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
const _errs24 = errors;
if(data6 !== null){
const err20 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeInputAxis/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err21 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeInputAxis/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data7 = data.scale;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeInputAxis/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeInputAxis/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.concatenable !== undefined){
if(typeof data.concatenable !== "boolean"){
const err24 = {instancePath:instancePath+"/concatenable",schemaPath:"#/$defs/TimeInputAxis/properties/concatenable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/$defs/TimeInputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/ParameterizedSize"},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0},"concatenable":{"type":"boolean"}},"required":["size","type"],"additionalProperties":false};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.size === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SpaceInputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/SpaceInputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "size") || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale")) || (key0 === "concatenable"))){
const err2 = {instancePath,schemaPath:"#/$defs/SpaceInputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data0 = data.size;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceInputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceInputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
if(data0.min === undefined){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.step === undefined){
const err6 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/required",keyword:"required",params:{missingProperty: "step"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "min") || (key1 === "step"))){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.min !== undefined){
let data1 = data0.min;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 <= 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/ParameterizedSize/properties/min/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.step !== undefined){
let data2 = data0.step;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size/step",schemaPath:"#/$defs/ParameterizedSize/properties/step/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/ParameterizedSize/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(!(validate50(data0, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err13 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceInputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceInputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceInputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceInputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("space" !== data5){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceInputAxis/properties/type/const",keyword:"const",params:{allowedValue: "space"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.unit !== undefined){
let data6 = data.unit;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceInputAxis/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((((((((((((((((((((((data6 === "attometer") || (data6 === "angstrom")) || (data6 === "centimeter")) || (data6 === "decimeter")) || (data6 === "exameter")) || (data6 === "femtometer")) || (data6 === "foot")) || (data6 === "gigameter")) || (data6 === "hectometer")) || (data6 === "inch")) || (data6 === "kilometer")) || (data6 === "megameter")) || (data6 === "meter")) || (data6 === "micrometer")) || (data6 === "mile")) || (data6 === "millimeter")) || (data6 === "nanometer")) || (data6 === "parsec")) || (data6 === "petameter")) || (data6 === "picometer")) || (data6 === "terameter")) || (data6 === "yard")) || (data6 === "yoctometer")) || (data6 === "yottameter")) || (data6 === "zeptometer")) || (data6 === "zettameter"))){
const err19 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceInputAxis/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema67.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
const _errs24 = errors;
if(data6 !== null){
const err20 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceInputAxis/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err21 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceInputAxis/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data7 = data.scale;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 <= 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceInputAxis/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceInputAxis/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.concatenable !== undefined){
if(typeof data.concatenable !== "boolean"){
const err24 = {instancePath:instancePath+"/concatenable",schemaPath:"#/$defs/SpaceInputAxis/properties/concatenable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/$defs/SpaceInputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/InputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/InputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data0 === "batch") || (data0 === "channel")) || (data0 === "index")) || (data0 === "time")) || (data0 === "space"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/InputAxis/properties/type/enum",keyword:"enum",params:{allowedValues: schema54.properties.type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "batch"){
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "channel"){
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "index"){
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "time"){
if(!(validate55(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "space"){
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/InputAxis/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/InputAxis/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/InputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate39.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema69 = {"anyOf":[{"$ref":"#/$defs/NominalOrOrdinalDataDescr"},{"$ref":"#/$defs/IntervalOrRatioDataDescr"}]};
const schema70 = {"type":"object","properties":{"values":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":1},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"array","items":{"type":"boolean"},"minItems":1},{"type":"array","items":{"type":"string"},"minItems":1}]},"type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"unit":{"anyOf":[{"anyOf":[{"type":"string","const":"arbitrary unit"},{"$ref":"#/$defs/SiUnit"}]},{"type":"null"}]}},"required":["values"],"additionalProperties":false};
const schema71 = {"type":"string","minLength":1,"pattern":"^(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?((·(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?)|(/(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^+?[1-9]\\d*)?))*$"};
const pattern17 = new RegExp("^(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?((·(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?)|(/(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^+?[1-9]\\d*)?))*$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.values === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/required",keyword:"required",params:{missingProperty: "values"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "values") || (key0 === "type")) || (key0 === "unit"))){
const err1 = {instancePath,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.values !== undefined){
let data0 = data.values;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/values/" + i0,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var items0 = true;
}
const _errs8 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data0.length;
for(let i1=0; i1<len1; i1++){
let data2 = data0[i1];
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/values/" + i1,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = true;
}
}
const _errs12 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err8 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len2 = data0.length;
for(let i2=0; i2<len2; i2++){
if(typeof data0[i2] !== "boolean"){
const err9 = {instancePath:instancePath+"/values/" + i2,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/items/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/2/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = true;
}
}
const _errs16 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err11 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len3 = data0.length;
for(let i3=0; i3<len3; i3++){
if(typeof data0[i3] !== "string"){
const err12 = {instancePath:instancePath+"/values/" + i3,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf/3/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(items0 !== true){
items0 = true;
}
}
if(!valid1){
const err14 = {instancePath:instancePath+"/values",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/values/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((((((data5 === "float32") || (data5 === "float64")) || (data5 === "uint8")) || (data5 === "int8")) || (data5 === "uint16")) || (data5 === "int16")) || (data5 === "uint32")) || (data5 === "int32")) || (data5 === "uint64")) || (data5 === "int64")) || (data5 === "bool"))){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/type/enum",keyword:"enum",params:{allowedValues: schema70.properties.type.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.unit !== undefined){
let data6 = data.unit;
const _errs23 = errors;
let valid10 = false;
const _errs24 = errors;
const _errs25 = errors;
let valid11 = false;
const _errs26 = errors;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("arbitrary unit" !== data6){
const err18 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf/0/const",keyword:"const",params:{allowedValue: "arbitrary unit"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid11 = valid11 || _valid2;
const _errs28 = errors;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err19 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern17.test(data6)){
const err20 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/pattern",keyword:"pattern",params:{pattern: "^(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?((·(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?)|(/(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^+?[1-9]\\d*)?))*$"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const err22 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/0/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs24 === errors;
valid10 = valid10 || _valid1;
const _errs31 = errors;
if(data6 !== null){
const err23 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err24 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/NominalOrOrdinalDataDescr/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/$defs/NominalOrOrdinalDataDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"type":"object","properties":{"type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64"]},"range":{"type":"array","prefixItems":[{"type":["number","null"]},{"type":["number","null"]}],"minItems":2,"maxItems":2},"unit":{"anyOf":[{"type":"string","const":"arbitrary unit"},{"$ref":"#/$defs/SiUnit"}]},"scale":{"type":"number"},"offset":{"type":["number","null"]}},"additionalProperties":false};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "range")) || (key0 === "unit")) || (key0 === "scale")) || (key0 === "offset"))){
const err0 = {instancePath,schemaPath:"#/$defs/IntervalOrRatioDataDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((data0 === "float32") || (data0 === "float64")) || (data0 === "uint8")) || (data0 === "int8")) || (data0 === "uint16")) || (data0 === "int16")) || (data0 === "uint32")) || (data0 === "int32")) || (data0 === "uint64")) || (data0 === "int64"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/type/enum",keyword:"enum",params:{allowedValues: schema72.properties.type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.range !== undefined){
let data1 = data.range;
if(Array.isArray(data1)){
if(data1.length > 2){
const err3 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/range/maxItems",keyword:"maxItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 2){
const err4 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/range/minItems",keyword:"minItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
if(len0 > 0){
let data2 = data1[0];
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err5 = {instancePath:instancePath+"/range/0",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/range/prefixItems/0/type",keyword:"type",params:{type: schema72.properties.range.prefixItems[0].type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(len0 > 1){
let data3 = data1[1];
if((!((typeof data3 == "number") && (isFinite(data3)))) && (data3 !== null)){
const err6 = {instancePath:instancePath+"/range/1",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/range/prefixItems/1/type",keyword:"type",params:{type: schema72.properties.range.prefixItems[1].type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/range/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.unit !== undefined){
let data4 = data.unit;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("arbitrary unit" !== data4){
const err9 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf/0/const",keyword:"const",params:{allowedValue: "arbitrary unit"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
const _errs14 = errors;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern17.test(data4)){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/pattern",keyword:"pattern",params:{pattern: "^(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?((·(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^[+-]?[1-9]\\d*)?)|(/(Q|R|Y|Z|E|P|T|G|M|k|h|da|d|c|m|µ|n|p|f|a|z|y|r|q)?(m|g|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|lm|lx|Bq|Gy|Sv|kat|l|L)(\\^+?[1-9]\\d*)?))*$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SiUnit/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err13 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data5 = data.scale;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.offset !== undefined){
let data6 = data.offset;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err15 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/IntervalOrRatioDataDescr/properties/offset/type",keyword:"type",params:{type: schema72.properties.offset.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/IntervalOrRatioDataDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs2 = errors;
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/$defs/TensorDataDescr/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate69.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate69.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema74 = {"type":"object","required":["id"],"properties":{"id":{"type":"string","enum":["binarize","clip","ensure_dtype","fixed_zero_mean_unit_variance","scale_linear","scale_range","sigmoid","softmax","zero_mean_unit_variance"]}},"discriminator":{"propertyName":"id"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/EnsureDtypeDescr"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/SoftmaxDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"}]};
const schema94 = {"type":"object","properties":{"id":{"type":"string","const":"sigmoid"}},"required":["id"],"additionalProperties":false};
const schema75 = {"type":"object","properties":{"id":{"type":"string","const":"binarize"},"kwargs":{"anyOf":[{"$ref":"#/$defs/BinarizeKwargs"},{"$ref":"#/$defs/BinarizeAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false};
const schema76 = {"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false};
const schema77 = {"type":"object","properties":{"threshold":{"type":"array","items":{"type":"number"},"minItems":1},"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"required":["threshold","axis"],"additionalProperties":false};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.threshold === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BinarizeAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "threshold"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axis === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/BinarizeAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "axis"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "threshold") || (key0 === "axis"))){
const err2 = {instancePath,schemaPath:"#/$defs/BinarizeAlongAxisKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.threshold !== undefined){
let data0 = data.threshold;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/threshold",schemaPath:"#/$defs/BinarizeAlongAxisKwargs/properties/threshold/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/threshold/" + i0,schemaPath:"#/$defs/BinarizeAlongAxisKwargs/properties/threshold/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/threshold",schemaPath:"#/$defs/BinarizeAlongAxisKwargs/properties/threshold/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.axis !== undefined){
if(!(validate46(data.axis, {instancePath:instancePath+"/axis",parentData:data,parentDataProperty:"axis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/BinarizeAlongAxisKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/BinarizeDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("binarize" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/BinarizeDescr/properties/id/const",keyword:"const",params:{allowedValue: "binarize"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1) && !(data1 instanceof YamlTimestamp)){
if(data1.threshold === undefined){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/BinarizeKwargs/required",keyword:"required",params:{missingProperty: "threshold"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "threshold")){
const err6 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/BinarizeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.threshold !== undefined){
let data2 = data1.threshold;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/kwargs/threshold",schemaPath:"#/$defs/BinarizeKwargs/properties/threshold/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/BinarizeKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs12 = errors;
if(!(validate78(data1, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err9 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/BinarizeDescr/properties/kwargs/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","properties":{"id":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["id","kwargs"],"additionalProperties":false};
const schema79 = {"type":"object","properties":{"min":{"type":["number","null"]},"min_percentile":{"anyOf":[{"type":"number","minimum":0,"exclusiveMaximum":100},{"type":"null"}]},"max":{"type":["number","null"]},"max_percentile":{"anyOf":[{"type":"number","exclusiveMinimum":1,"maximum":100},{"type":"null"}]},"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]}},"additionalProperties":false};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!(((((key0 === "min") || (key0 === "min_percentile")) || (key0 === "max")) || (key0 === "max_percentile")) || (key0 === "axes"))){
const err0 = {instancePath,schemaPath:"#/$defs/ClipKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if((!((typeof data0 == "number") && (isFinite(data0)))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/ClipKwargs/properties/min/type",keyword:"type",params:{type: schema79.properties.min.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.min_percentile !== undefined){
let data1 = data.min_percentile;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ClipKwargs/properties/min_percentile/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 >= 100 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ClipKwargs/properties/min_percentile/anyOf/0/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 100}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ClipKwargs/properties/min_percentile/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err5 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ClipKwargs/properties/min_percentile/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ClipKwargs/properties/min_percentile/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.max !== undefined){
let data2 = data.max;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err7 = {instancePath:instancePath+"/max",schemaPath:"#/$defs/ClipKwargs/properties/max/type",keyword:"type",params:{type: schema79.properties.max.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.max_percentile !== undefined){
let data3 = data.max_percentile;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ClipKwargs/properties/max_percentile/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 <= 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ClipKwargs/properties/max_percentile/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ClipKwargs/properties/max_percentile/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data3 !== null){
const err11 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ClipKwargs/properties/max_percentile/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err12 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ClipKwargs/properties/max_percentile/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.axes !== undefined){
let data4 = data.axes;
const _errs19 = errors;
let valid3 = false;
const _errs20 = errors;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data4[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ClipKwargs/properties/axes/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs20 === errors;
valid3 = valid3 || _valid2;
const _errs23 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ClipKwargs/properties/axes/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err15 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ClipKwargs/properties/axes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/ClipKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ClipDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ClipDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ClipDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ClipDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("clip" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ClipDescr/properties/id/const",keyword:"const",params:{allowedValue: "clip"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
if(!(validate82(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ClipDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"type":"object","properties":{"id":{"type":"string","const":"ensure_dtype"},"kwargs":{"$ref":"#/$defs/EnsureDtypeKwargs"}},"required":["id","kwargs"],"additionalProperties":false};
const schema81 = {"type":"object","properties":{"dtype":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]}},"required":["dtype"],"additionalProperties":false};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/EnsureDtypeDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/EnsureDtypeDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/EnsureDtypeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/EnsureDtypeDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("ensure_dtype" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/EnsureDtypeDescr/properties/id/const",keyword:"const",params:{allowedValue: "ensure_dtype"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1) && !(data1 instanceof YamlTimestamp)){
if(data1.dtype === undefined){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/EnsureDtypeKwargs/required",keyword:"required",params:{missingProperty: "dtype"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "dtype")){
const err6 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/EnsureDtypeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.dtype !== undefined){
let data2 = data1.dtype;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/kwargs/dtype",schemaPath:"#/$defs/EnsureDtypeKwargs/properties/dtype/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((((((data2 === "float32") || (data2 === "float64")) || (data2 === "uint8")) || (data2 === "int8")) || (data2 === "uint16")) || (data2 === "int16")) || (data2 === "uint32")) || (data2 === "int32")) || (data2 === "uint64")) || (data2 === "int64")) || (data2 === "bool"))){
const err8 = {instancePath:instancePath+"/kwargs/dtype",schemaPath:"#/$defs/EnsureDtypeKwargs/properties/dtype/enum",keyword:"enum",params:{allowedValues: schema81.properties.dtype.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/EnsureDtypeKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/EnsureDtypeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema82 = {"type":"object","properties":{"id":{"type":"string","const":"fixed_zero_mean_unit_variance"},"kwargs":{"anyOf":[{"$ref":"#/$defs/FixedZeroMeanUnitVarianceKwargs"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false};
const schema83 = {"type":"object","properties":{"mean":{"type":"number"},"std":{"type":"number","minimum":0.000001}},"required":["mean","std"],"additionalProperties":false};
const schema84 = {"type":"object","properties":{"mean":{"type":"array","items":{"type":"number"},"minItems":1},"std":{"type":"array","items":{"type":"number","minimum":0.000001},"minItems":1},"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"required":["mean","std","axis"],"additionalProperties":false};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.mean === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "mean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.std === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "std"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.axis === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "axis"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "mean") || (key0 === "std")) || (key0 === "axis"))){
const err3 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mean !== undefined){
let data0 = data.mean;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/mean/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/mean/" + i0,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/mean/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/mean/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.std !== undefined){
let data2 = data.std;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/std/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0.000001 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/std/" + i1,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/std/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.000001}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/std/" + i1,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/std/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/properties/std/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.axis !== undefined){
if(!(validate46(data.axis, {instancePath:instancePath+"/axis",parentData:data,parentDataProperty:"axis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceAlongAxisKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("fixed_zero_mean_unit_variance" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/properties/id/const",keyword:"const",params:{allowedValue: "fixed_zero_mean_unit_variance"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1) && !(data1 instanceof YamlTimestamp)){
if(data1.mean === undefined){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/required",keyword:"required",params:{missingProperty: "mean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.std === undefined){
const err6 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/required",keyword:"required",params:{missingProperty: "std"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "mean") || (key1 === "std"))){
const err7 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.mean !== undefined){
let data2 = data1.mean;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/properties/mean/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.std !== undefined){
let data3 = data1.std;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0.000001 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/properties/std/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.000001}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/properties/std/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(!(validate87(data1, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/properties/kwargs/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/$defs/FixedZeroMeanUnitVarianceDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"type":"object","properties":{"id":{"type":"string","const":"scale_linear"},"kwargs":{"anyOf":[{"$ref":"#/$defs/ScaleLinearKwargs"},{"$ref":"#/$defs/ScaleLinearAlongAxisKwargs"}]}},"required":["id","kwargs"],"additionalProperties":false};
const schema86 = {"type":"object","properties":{"gain":{"type":"number"},"offset":{"type":"number"}},"additionalProperties":false};
const schema87 = {"type":"object","properties":{"axis":{"$ref":"#/$defs/NonBatchAxisId"},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1}]}},"required":["axis"],"additionalProperties":false};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.axis === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/required",keyword:"required",params:{missingProperty: "axis"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "axis") || (key0 === "gain")) || (key0 === "offset"))){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.axis !== undefined){
if(!(validate46(data.axis, {instancePath:instancePath+"/axis",parentData:data,parentDataProperty:"axis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.gain !== undefined){
let data1 = data.gain;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/gain/" + i0,schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/gain/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.offset !== undefined){
let data3 = data.offset;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid4 = valid4 || _valid1;
const _errs15 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err8 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err11 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/properties/offset/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/$defs/ScaleLinearAlongAxisKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleLinearDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_linear" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleLinearDescr/properties/id/const",keyword:"const",params:{allowedValue: "scale_linear"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1) && !(data1 instanceof YamlTimestamp)){
for(const key1 in data1){
if(!((key1 === "gain") || (key1 === "offset"))){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ScaleLinearKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.gain !== undefined){
let data2 = data1.gain;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/kwargs/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.offset !== undefined){
let data3 = data1.offset;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/kwargs/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ScaleLinearKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(!(validate91(data1, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err9 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ScaleLinearDescr/properties/kwargs/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"type":"object","properties":{"id":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["id"],"additionalProperties":false};
const schema89 = {"type":"object","properties":{"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"min_percentile":{"type":"number","minimum":0,"exclusiveMaximum":100},"max_percentile":{"type":"number","exclusiveMinimum":1,"maximum":100},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorId"},{"type":"null"}]}},"additionalProperties":false};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!(((((key0 === "axes") || (key0 === "min_percentile")) || (key0 === "max_percentile")) || (key0 === "eps")) || (key0 === "reference_tensor"))){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.axes !== undefined){
let data0 = data.axes;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data0[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleRangeKwargs/properties/axes/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data0 !== null){
const err2 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleRangeKwargs/properties/axes/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleRangeKwargs/properties/axes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.min_percentile !== undefined){
let data2 = data.min_percentile;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 >= 100 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 100}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.max_percentile !== undefined){
let data3 = data.max_percentile;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 <= 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 0.1 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
let data5 = data.reference_tensor;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(!(validate37(data5, {instancePath:instancePath+"/reference_tensor",parentData:data,parentDataProperty:"reference_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid1 = _errs17 === errors;
valid4 = valid4 || _valid1;
const _errs18 = errors;
if(data5 !== null){
const err13 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err14 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleRangeDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("scale_range" !== data0){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleRangeDescr/properties/id/const",keyword:"const",params:{allowedValue: "scale_range"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kwargs !== undefined){
if(!(validate95(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"type":"object","properties":{"id":{"type":"string","const":"softmax"},"kwargs":{"$ref":"#/$defs/SoftmaxKwargs"}},"required":["id"],"additionalProperties":false};
const schema91 = {"type":"object","properties":{"axis":{"$ref":"#/$defs/NonBatchAxisId"}},"additionalProperties":false};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!(key0 === "axis")){
const err0 = {instancePath,schemaPath:"#/$defs/SoftmaxKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.axis !== undefined){
if(!(validate46(data.axis, {instancePath:instancePath+"/axis",parentData:data,parentDataProperty:"axis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/SoftmaxKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SoftmaxDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err1 = {instancePath,schemaPath:"#/$defs/SoftmaxDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SoftmaxDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("softmax" !== data0){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SoftmaxDescr/properties/id/const",keyword:"const",params:{allowedValue: "softmax"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kwargs !== undefined){
if(!(validate100(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/SoftmaxDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"type":"object","properties":{"id":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["id"],"additionalProperties":false};
const schema93 = {"type":"object","properties":{"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"additionalProperties":false};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!((key0 === "axes") || (key0 === "eps"))){
const err0 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.axes !== undefined){
let data0 = data.axes;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data0[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data0 !== null){
const err2 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.eps !== undefined){
let data2 = data.eps;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 0.1 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err1 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("zero_mean_unit_variance" !== data0){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/id/const",keyword:"const",params:{allowedValue: "zero_mean_unit_variance"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kwargs !== undefined){
if(!(validate104(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/PreprocessingDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "ensure_dtype")) || (data0 === "fixed_zero_mean_unit_variance")) || (data0 === "scale_linear")) || (data0 === "scale_range")) || (data0 === "sigmoid")) || (data0 === "softmax")) || (data0 === "zero_mean_unit_variance"))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/PreprocessingDescr/properties/id/enum",keyword:"enum",params:{allowedValues: schema74.properties.id.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.id;
if(typeof tag0 == "string"){
if(tag0 === "binarize"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "ensure_dtype"){
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "fixed_zero_mean_unit_variance"){
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "id")){
const err4 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SigmoidDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("sigmoid" !== data1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SigmoidDescr/properties/id/const",keyword:"const",params:{allowedValue: "sigmoid"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "softmax"){
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate103(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "id", tagValue: tag0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "id", tagValue: tag0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate76.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.axes === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "description")) || (key0 === "axes")) || (key0 === "test_tensor")) || (key0 === "sample_tensor")) || (key0 === "data")) || (key0 === "optional")) || (key0 === "preprocessing"))){
const err1 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate37(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/InputTensorDescr/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/InputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.axes !== undefined){
let data2 = data.axes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/InputTensorDescr/properties/axes/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data2[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/InputTensorDescr/properties/axes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.test_tensor !== undefined){
let data4 = data.test_tensor;
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(!(validate25(data4, {instancePath:instancePath+"/test_tensor",parentData:data,parentDataProperty:"test_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
const _errs11 = errors;
if(data4 !== null){
const err6 = {instancePath:instancePath+"/test_tensor",schemaPath:"#/$defs/InputTensorDescr/properties/test_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err7 = {instancePath:instancePath+"/test_tensor",schemaPath:"#/$defs/InputTensorDescr/properties/test_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.sample_tensor !== undefined){
let data5 = data.sample_tensor;
const _errs14 = errors;
let valid4 = false;
const _errs15 = errors;
if(!(validate25(data5, {instancePath:instancePath+"/sample_tensor",parentData:data,parentDataProperty:"sample_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs15 === errors;
valid4 = valid4 || _valid1;
const _errs16 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/sample_tensor",schemaPath:"#/$defs/InputTensorDescr/properties/sample_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err9 = {instancePath:instancePath+"/sample_tensor",schemaPath:"#/$defs/InputTensorDescr/properties/sample_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.data !== undefined){
let data6 = data.data;
const _errs19 = errors;
let valid5 = false;
const _errs20 = errors;
if(!(validate69(data6, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var _valid2 = _errs20 === errors;
valid5 = valid5 || _valid2;
const _errs21 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/InputTensorDescr/properties/data/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate69(data6[i1], {instancePath:instancePath+"/data/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/InputTensorDescr/properties/data/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/InputTensorDescr/properties/data/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err13 = {instancePath:instancePath+"/optional",schemaPath:"#/$defs/InputTensorDescr/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.preprocessing !== undefined){
let data9 = data.preprocessing;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate76(data9[i2], {instancePath:instancePath+"/preprocessing/" + i2,parentData:data9,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/InputTensorDescr/properties/preprocessing/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"type":"object","properties":{"id":{"$ref":"#/$defs/TensorId"},"description":{"type":"string","maxLength":128},"axes":{"type":"array","items":{"$ref":"#/$defs/OutputAxis"},"minItems":1},"test_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"sample_tensor":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]},"data":{"anyOf":[{"$ref":"#/$defs/TensorDataDescr"},{"type":"array","items":{"$ref":"#/$defs/TensorDataDescr"},"minItems":1}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["axes"],"additionalProperties":false};
const schema96 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["batch","channel","index","time","space"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/BatchAxis"},{"$ref":"#/$defs/ChannelAxis"},{"$ref":"#/$defs/IndexOutputAxis"},{"$ref":"#/$defs/TimeOutputAxisUnion"},{"$ref":"#/$defs/SpaceOutputAxisUnion"}]};
const schema97 = {"type":"object","properties":{"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"index"},"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"},{"$ref":"#/$defs/DataDependentSize"}]}},"required":["type","size"],"additionalProperties":false};
const schema98 = {"type":"object","properties":{"min":{"type":"integer","exclusiveMinimum":0},"max":{"anyOf":[{"type":"integer","exclusiveMinimum":1},{"type":"null"}]}},"additionalProperties":false};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/IndexOutputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/IndexOutputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "description")) || (key0 === "type")) || (key0 === "size"))){
const err2 = {instancePath,schemaPath:"#/$defs/IndexOutputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/IndexOutputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/IndexOutputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IndexOutputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("index" !== data2){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/IndexOutputAxis/properties/type/const",keyword:"const",params:{allowedValue: "index"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.size !== undefined){
let data3 = data.size;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexOutputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 <= 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexOutputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs11 = errors;
if(!(validate50(data3, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3) && !(data3 instanceof YamlTimestamp)){
for(const key1 in data3){
if(!((key1 === "min") || (key1 === "max"))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/DataDependentSize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.min !== undefined){
let data4 = data3.min;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/DataDependentSize/properties/min/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/size/min",schemaPath:"#/$defs/DataDependentSize/properties/min/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data3.max !== undefined){
let data5 = data3.max;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/size/max",schemaPath:"#/$defs/DataDependentSize/properties/max/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/size/max",schemaPath:"#/$defs/DataDependentSize/properties/max/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid1 = _errs20 === errors;
valid4 = valid4 || _valid1;
const _errs22 = errors;
if(data5 !== null){
const err14 = {instancePath:instancePath+"/size/max",schemaPath:"#/$defs/DataDependentSize/properties/max/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err15 = {instancePath:instancePath+"/size/max",schemaPath:"#/$defs/DataDependentSize/properties/max/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/DataDependentSize/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid1){
const err17 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/IndexOutputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/$defs/IndexOutputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"time"}},"if":{"type":"object","properties":{"halo":true},"required":["halo"]},"then":{"$ref":"#/$defs/TimeOutputAxisWithHalo"},"else":{"$ref":"#/$defs/TimeOutputAxis"}};
const schema100 = {"type":"object","properties":{"halo":{"type":"integer","minimum":1},"size":{"$ref":"#/$defs/SizeReference"},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["halo","size","type"],"additionalProperties":false};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.halo === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "halo"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "halo") || (key0 === "size")) || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale"))){
const err3 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisWithHalo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.halo !== undefined){
let data0 = data.halo;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/halo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/halo/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.size !== undefined){
if(!(validate50(data.size, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 128){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("time" !== data4){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/type/const",keyword:"const",params:{allowedValue: "time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
let data5 = data.unit;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((((((((((((((((((((data5 === "attosecond") || (data5 === "centisecond")) || (data5 === "day")) || (data5 === "decisecond")) || (data5 === "exasecond")) || (data5 === "femtosecond")) || (data5 === "gigasecond")) || (data5 === "hectosecond")) || (data5 === "hour")) || (data5 === "kilosecond")) || (data5 === "megasecond")) || (data5 === "microsecond")) || (data5 === "millisecond")) || (data5 === "minute")) || (data5 === "nanosecond")) || (data5 === "petasecond")) || (data5 === "picosecond")) || (data5 === "second")) || (data5 === "terasecond")) || (data5 === "yoctosecond")) || (data5 === "yottasecond")) || (data5 === "zeptosecond")) || (data5 === "zettasecond"))){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema100.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err13 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data6 = data.scale;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeOutputAxisWithHalo/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisWithHalo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema101 = {"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"time"},"unit":{"anyOf":[{"type":"string","enum":["attosecond","centisecond","day","decisecond","exasecond","femtosecond","gigasecond","hectosecond","hour","kilosecond","megasecond","microsecond","millisecond","minute","nanosecond","petasecond","picosecond","second","terasecond","yoctosecond","yottasecond","zeptosecond","zettasecond"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["size","type"],"additionalProperties":false};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.size === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TimeOutputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TimeOutputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "size") || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale"))){
const err2 = {instancePath,schemaPath:"#/$defs/TimeOutputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data0 = data.size;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeOutputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeOutputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(!(validate50(data0, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/TimeOutputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 128){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeOutputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TimeOutputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("time" !== data3){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxis/properties/type/const",keyword:"const",params:{allowedValue: "time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
let data4 = data.unit;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxis/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((((((((((((((((((((data4 === "attosecond") || (data4 === "centisecond")) || (data4 === "day")) || (data4 === "decisecond")) || (data4 === "exasecond")) || (data4 === "femtosecond")) || (data4 === "gigasecond")) || (data4 === "hectosecond")) || (data4 === "hour")) || (data4 === "kilosecond")) || (data4 === "megasecond")) || (data4 === "microsecond")) || (data4 === "millisecond")) || (data4 === "minute")) || (data4 === "nanosecond")) || (data4 === "petasecond")) || (data4 === "picosecond")) || (data4 === "second")) || (data4 === "terasecond")) || (data4 === "yoctosecond")) || (data4 === "yottasecond")) || (data4 === "zeptosecond")) || (data4 === "zettasecond"))){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxis/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema101.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxis/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err13 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/TimeOutputAxis/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data5 = data.scale;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeOutputAxis/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/TimeOutputAxis/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/TimeOutputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
let missing0;
if((data.halo === undefined) && (missing0 = "halo")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(!(validate124(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(!(validate128(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisUnion/if",keyword:"if",params:{failingKeyword: ifClause0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisUnion/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxisUnion/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("time" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TimeOutputAxisUnion/properties/type/const",keyword:"const",params:{allowedValue: "time"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/TimeOutputAxisUnion/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate123.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate123.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema102 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","const":"space"}},"if":{"type":"object","properties":{"halo":true},"required":["halo"]},"then":{"$ref":"#/$defs/SpaceOutputAxisWithHalo"},"else":{"$ref":"#/$defs/SpaceOutputAxis"}};
const schema103 = {"type":"object","properties":{"halo":{"type":"integer","minimum":1},"size":{"$ref":"#/$defs/SizeReference"},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["halo","size","type"],"additionalProperties":false};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.halo === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "halo"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.size === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisWithHalo/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "halo") || (key0 === "size")) || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale"))){
const err3 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisWithHalo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.halo !== undefined){
let data0 = data.halo;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/halo/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/halo/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.size !== undefined){
if(!(validate50(data.size, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 128){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("space" !== data4){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/type/const",keyword:"const",params:{allowedValue: "space"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
let data5 = data.unit;
const _errs11 = errors;
let valid1 = false;
const _errs12 = errors;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((((((((((((((((((((((data5 === "attometer") || (data5 === "angstrom")) || (data5 === "centimeter")) || (data5 === "decimeter")) || (data5 === "exameter")) || (data5 === "femtometer")) || (data5 === "foot")) || (data5 === "gigameter")) || (data5 === "hectometer")) || (data5 === "inch")) || (data5 === "kilometer")) || (data5 === "megameter")) || (data5 === "meter")) || (data5 === "micrometer")) || (data5 === "mile")) || (data5 === "millimeter")) || (data5 === "nanometer")) || (data5 === "parsec")) || (data5 === "petameter")) || (data5 === "picometer")) || (data5 === "terameter")) || (data5 === "yard")) || (data5 === "yoctometer")) || (data5 === "yottameter")) || (data5 === "zeptometer")) || (data5 === "zettameter"))){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema103.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err13 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data6 = data.scale;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 <= 0 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceOutputAxisWithHalo/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisWithHalo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema104 = {"type":"object","properties":{"size":{"anyOf":[{"type":"integer","exclusiveMinimum":0},{"$ref":"#/$defs/SizeReference"}]},"id":{"$ref":"#/$defs/NonBatchAxisId"},"description":{"type":"string","maxLength":128},"type":{"type":"string","const":"space"},"unit":{"anyOf":[{"type":"string","enum":["attometer","angstrom","centimeter","decimeter","exameter","femtometer","foot","gigameter","hectometer","inch","kilometer","megameter","meter","micrometer","mile","millimeter","nanometer","parsec","petameter","picometer","terameter","yard","yoctometer","yottameter","zeptometer","zettameter"]},{"type":"null"}]},"scale":{"type":"number","exclusiveMinimum":0}},"required":["size","type"],"additionalProperties":false};

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate137.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.size === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxis/required",keyword:"required",params:{missingProperty: "size"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "size") || (key0 === "id")) || (key0 === "description")) || (key0 === "type")) || (key0 === "unit")) || (key0 === "scale"))){
const err2 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data0 = data.size;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceOutputAxis/properties/size/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 <= 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceOutputAxis/properties/size/anyOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(!(validate50(data0, {instancePath:instancePath+"/size",parentData:data,parentDataProperty:"size",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/SpaceOutputAxis/properties/size/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate46(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 128){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceOutputAxis/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/SpaceOutputAxis/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("space" !== data3){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxis/properties/type/const",keyword:"const",params:{allowedValue: "space"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unit !== undefined){
let data4 = data.unit;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxis/properties/unit/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((((((((((((((((((((((data4 === "attometer") || (data4 === "angstrom")) || (data4 === "centimeter")) || (data4 === "decimeter")) || (data4 === "exameter")) || (data4 === "femtometer")) || (data4 === "foot")) || (data4 === "gigameter")) || (data4 === "hectometer")) || (data4 === "inch")) || (data4 === "kilometer")) || (data4 === "megameter")) || (data4 === "meter")) || (data4 === "micrometer")) || (data4 === "mile")) || (data4 === "millimeter")) || (data4 === "nanometer")) || (data4 === "parsec")) || (data4 === "petameter")) || (data4 === "picometer")) || (data4 === "terameter")) || (data4 === "yard")) || (data4 === "yoctometer")) || (data4 === "yottameter")) || (data4 === "zeptometer")) || (data4 === "zettameter"))){
const err11 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxis/properties/unit/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema104.properties.unit.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data4 !== null){
const err12 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxis/properties/unit/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err13 = {instancePath:instancePath+"/unit",schemaPath:"#/$defs/SpaceOutputAxis/properties/unit/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.scale !== undefined){
let data5 = data.scale;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceOutputAxis/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/SpaceOutputAxis/properties/scale/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}
validate137.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
let missing0;
if((data.halo === undefined) && (missing0 = "halo")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(!(validate133(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(!(validate137(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisUnion/if",keyword:"if",params:{failingKeyword: ifClause0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisUnion/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxisUnion/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("space" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SpaceOutputAxisUnion/properties/type/const",keyword:"const",params:{allowedValue: "space"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/SpaceOutputAxisUnion/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate132.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate132.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OutputAxis/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/OutputAxis/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data0 === "batch") || (data0 === "channel")) || (data0 === "index")) || (data0 === "time")) || (data0 === "space"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/OutputAxis/properties/type/enum",keyword:"enum",params:{allowedValues: schema96.properties.type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "batch"){
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "channel"){
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "index"){
if(!(validate120(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "time"){
if(!(validate123(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
else {
var props1 = validate123.evaluated.props;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
}
else if(tag0 === "space"){
if(!(validate132(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
else {
var props2 = validate132.evaluated.props;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/OutputAxis/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/OutputAxis/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/OutputAxis/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate119.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate119.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema105 = {"type":"object","required":["id"],"properties":{"id":{"type":"string","enum":["binarize","clip","ensure_dtype","fixed_zero_mean_unit_variance","scale_linear","scale_mean_variance","scale_range","sigmoid","softmax","zero_mean_unit_variance"]}},"discriminator":{"propertyName":"id"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/EnsureDtypeDescr"},{"$ref":"#/$defs/FixedZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/SoftmaxDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"}]};
const schema106 = {"type":"object","properties":{"id":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["id","kwargs"],"additionalProperties":false};
const schema107 = {"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorId"},"axes":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/AxisId"}},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["reference_tensor"],"additionalProperties":false};

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate153.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.reference_tensor === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/required",keyword:"required",params:{missingProperty: "reference_tensor"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "reference_tensor") || (key0 === "axes")) || (key0 === "eps"))){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
if(!(validate37(data.reference_tensor, {instancePath:instancePath+"/reference_tensor",parentData:data,parentDataProperty:"reference_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.axes !== undefined){
let data1 = data.axes;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data1[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/axes/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/axes/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/axes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.eps !== undefined){
let data3 = data.eps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 0.1 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate153.errors = vErrors;
return errors === 0;
}
validate153.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_mean_variance" !== data0){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/id/const",keyword:"const",params:{allowedValue: "scale_mean_variance"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kwargs !== undefined){
if(!(validate153(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/PostprocessingDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "ensure_dtype")) || (data0 === "fixed_zero_mean_unit_variance")) || (data0 === "scale_linear")) || (data0 === "scale_mean_variance")) || (data0 === "scale_range")) || (data0 === "sigmoid")) || (data0 === "softmax")) || (data0 === "zero_mean_unit_variance"))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/PostprocessingDescr/properties/id/enum",keyword:"enum",params:{allowedValues: schema105.properties.id.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.id;
if(typeof tag0 == "string"){
if(tag0 === "binarize"){
if(!(validate77(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "ensure_dtype"){
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "fixed_zero_mean_unit_variance"){
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_mean_variance"){
if(!(validate152(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "id")){
const err4 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SigmoidDescr/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("sigmoid" !== data1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/SigmoidDescr/properties/id/const",keyword:"const",params:{allowedValue: "sigmoid"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "softmax"){
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate103(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "id", tagValue: tag0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "id", tagValue: tag0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate151.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate151.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.axes === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "description")) || (key0 === "axes")) || (key0 === "test_tensor")) || (key0 === "sample_tensor")) || (key0 === "data")) || (key0 === "postprocessing"))){
const err1 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate37(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 128){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/OutputTensorDescr/properties/description/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/OutputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.axes !== undefined){
let data2 = data.axes;
if(Array.isArray(data2)){
if(data2.length < 1){
const err4 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/OutputTensorDescr/properties/axes/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate119(data2[i0], {instancePath:instancePath+"/axes/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/OutputTensorDescr/properties/axes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.test_tensor !== undefined){
let data4 = data.test_tensor;
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(!(validate25(data4, {instancePath:instancePath+"/test_tensor",parentData:data,parentDataProperty:"test_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
const _errs11 = errors;
if(data4 !== null){
const err6 = {instancePath:instancePath+"/test_tensor",schemaPath:"#/$defs/OutputTensorDescr/properties/test_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err7 = {instancePath:instancePath+"/test_tensor",schemaPath:"#/$defs/OutputTensorDescr/properties/test_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.sample_tensor !== undefined){
let data5 = data.sample_tensor;
const _errs14 = errors;
let valid4 = false;
const _errs15 = errors;
if(!(validate25(data5, {instancePath:instancePath+"/sample_tensor",parentData:data,parentDataProperty:"sample_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs15 === errors;
valid4 = valid4 || _valid1;
const _errs16 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/sample_tensor",schemaPath:"#/$defs/OutputTensorDescr/properties/sample_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err9 = {instancePath:instancePath+"/sample_tensor",schemaPath:"#/$defs/OutputTensorDescr/properties/sample_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.data !== undefined){
let data6 = data.data;
const _errs19 = errors;
let valid5 = false;
const _errs20 = errors;
if(!(validate69(data6, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var _valid2 = _errs20 === errors;
valid5 = valid5 || _valid2;
const _errs21 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/OutputTensorDescr/properties/data/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate69(data6[i1], {instancePath:instancePath+"/data/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/OutputTensorDescr/properties/data/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/OutputTensorDescr/properties/data/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.postprocessing !== undefined){
let data8 = data.postprocessing;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate151(data8[i2], {instancePath:instancePath+"/postprocessing/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/postprocessing",schemaPath:"#/$defs/OutputTensorDescr/properties/postprocessing/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema109 = {"type":"object","properties":{"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"id":{"$ref":"#/$defs/ModelId"}},"required":["id"],"additionalProperties":false};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate169.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/LinkedModel/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "version") || (key0 === "id"))){
const err1 = {instancePath,schemaPath:"#/$defs/LinkedModel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs6 = errors;
let valid3 = false;
const _errs7 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs7 === errors;
valid3 = valid3 || _valid1;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid3 = valid3 || _valid1;
const _errs11 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs13 = errors;
if(data0 !== null){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/LinkedModel/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/LinkedModel/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
if(!(validate33(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/LinkedModel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema112 = {"type":"object","properties":{"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"id":{"$ref":"#/$defs/ResourceId"}},"required":["id"],"additionalProperties":false};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate172.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/LinkedDataset/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "version") || (key0 === "id"))){
const err1 = {instancePath,schemaPath:"#/$defs/LinkedDataset/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs6 = errors;
let valid3 = false;
const _errs7 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs7 === errors;
valid3 = valid3 || _valid1;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid3 = valid3 || _valid1;
const _errs11 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs13 = errors;
if(data0 !== null){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/LinkedDataset/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/LinkedDataset/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern13.test(data1)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/$defs/LinkedDataset/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate172.errors = vErrors;
return errors === 0;
}
validate172.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false};
const schema117 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"}},"required":["source","tensorflow_version"],"additionalProperties":false};
const schema119 = {"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]};

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate175.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tensorflow_version === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/required",keyword:"required",params:{missingProperty: "tensorflow_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "tensorflow_version"))){
const err2 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tensorflow_version !== undefined){
let data6 = data.tensorflow_version;
const _errs28 = errors;
let valid9 = false;
const _errs29 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
const _errs31 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid9 = valid9 || _valid3;
const _errs33 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err19 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate175.errors = vErrors;
return errors === 0;
}
validate175.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema121 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"opset_version":{"type":"integer","minimum":7},"external_data":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","opset_version"],"additionalProperties":false};

function validate179(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate179.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.opset_version === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/required",keyword:"required",params:{missingProperty: "opset_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "opset_version")) || (key0 === "external_data"))){
const err2 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/OnnxWeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.opset_version !== undefined){
let data6 = data.opset_version;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 7 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 7}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.external_data !== undefined){
let data7 = data.external_data;
const _errs29 = errors;
let valid8 = false;
const _errs30 = errors;
if(!(validate25(data7, {instancePath:instancePath+"/external_data",parentData:data,parentDataProperty:"external_data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid3 = _errs30 === errors;
valid8 = valid8 || _valid3;
const _errs31 = errors;
if(data7 !== null){
const err18 = {instancePath:instancePath+"/external_data",schemaPath:"#/$defs/OnnxWeightsDescr/properties/external_data/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err19 = {instancePath:instancePath+"/external_data",schemaPath:"#/$defs/OnnxWeightsDescr/properties/external_data/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate179.errors = vErrors;
return errors === 0;
}
validate179.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema124 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"architecture":{"anyOf":[{"$ref":"#/$defs/ArchitectureFromFileDescr"},{"$ref":"#/$defs/ArchitectureFromLibraryDescr"}]},"pytorch_version":{"$ref":"#/$defs/Version"},"dependencies":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","architecture","pytorch_version"],"additionalProperties":false};
const schema127 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"callable":{"$ref":"#/$defs/Identifier"},"kwargs":{"type":"object","additionalProperties":true}},"required":["source","callable"],"additionalProperties":false};

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate187.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ArchitectureFromFileDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.callable === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ArchitectureFromFileDescr/required",keyword:"required",params:{missingProperty: "callable"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "source") || (key0 === "sha256")) || (key0 === "callable")) || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ArchitectureFromFileDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/ArchitectureFromFileDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/ArchitectureFromFileDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.callable !== undefined){
let data2 = data.callable;
const _errs13 = errors;
const _errs14 = errors;
if(!(((((((((((((((((((((((((((((((((((data2 === "False") || (data2 === "None")) || (data2 === "True")) || (data2 === "and")) || (data2 === "as")) || (data2 === "assert")) || (data2 === "async")) || (data2 === "await")) || (data2 === "break")) || (data2 === "class")) || (data2 === "continue")) || (data2 === "def")) || (data2 === "del")) || (data2 === "elif")) || (data2 === "else")) || (data2 === "except")) || (data2 === "finally")) || (data2 === "for")) || (data2 === "from")) || (data2 === "global")) || (data2 === "if")) || (data2 === "import")) || (data2 === "in")) || (data2 === "is")) || (data2 === "lambda")) || (data2 === "nonlocal")) || (data2 === "not")) || (data2 === "or")) || (data2 === "pass")) || (data2 === "raise")) || (data2 === "return")) || (data2 === "try")) || (data2 === "while")) || (data2 === "with")) || (data2 === "yield"))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs14 === errors;
if(valid4){
const err9 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern14.test(data2)){
const err11 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data3 = data.kwargs;
if(data3 && typeof data3 == "object" && !Array.isArray(data3) && !(data3 instanceof YamlTimestamp)){
}
else {
const err13 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ArchitectureFromFileDescr/properties/kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/ArchitectureFromFileDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate187.errors = vErrors;
return errors === 0;
}
validate187.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema130 = {"type":"object","properties":{"callable":{"$ref":"#/$defs/Identifier"},"kwargs":{"type":"object","additionalProperties":true},"import_from":{"type":"string"}},"required":["callable","import_from"],"additionalProperties":false};

function validate190(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate190.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.callable === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ArchitectureFromLibraryDescr/required",keyword:"required",params:{missingProperty: "callable"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.import_from === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ArchitectureFromLibraryDescr/required",keyword:"required",params:{missingProperty: "import_from"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "callable") || (key0 === "kwargs")) || (key0 === "import_from"))){
const err2 = {instancePath,schemaPath:"#/$defs/ArchitectureFromLibraryDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.callable !== undefined){
let data0 = data.callable;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((((((((((((((((((((((((((((data0 === "False") || (data0 === "None")) || (data0 === "True")) || (data0 === "and")) || (data0 === "as")) || (data0 === "assert")) || (data0 === "async")) || (data0 === "await")) || (data0 === "break")) || (data0 === "class")) || (data0 === "continue")) || (data0 === "def")) || (data0 === "del")) || (data0 === "elif")) || (data0 === "else")) || (data0 === "except")) || (data0 === "finally")) || (data0 === "for")) || (data0 === "from")) || (data0 === "global")) || (data0 === "if")) || (data0 === "import")) || (data0 === "in")) || (data0 === "is")) || (data0 === "lambda")) || (data0 === "nonlocal")) || (data0 === "not")) || (data0 === "or")) || (data0 === "pass")) || (data0 === "raise")) || (data0 === "return")) || (data0 === "try")) || (data0 === "while")) || (data0 === "with")) || (data0 === "yield"))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err4 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern14.test(data0)){
const err6 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/callable",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1) && !(data1 instanceof YamlTimestamp)){
}
else {
const err8 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ArchitectureFromLibraryDescr/properties/kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.import_from !== undefined){
if(typeof data.import_from !== "string"){
const err9 = {instancePath:instancePath+"/import_from",schemaPath:"#/$defs/ArchitectureFromLibraryDescr/properties/import_from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/ArchitectureFromLibraryDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate190.errors = vErrors;
return errors === 0;
}
validate190.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate184.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.architecture === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/required",keyword:"required",params:{missingProperty: "architecture"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pytorch_version === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/required",keyword:"required",params:{missingProperty: "pytorch_version"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "architecture")) || (key0 === "pytorch_version")) || (key0 === "dependencies"))){
const err3 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 64){
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err11 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err15 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err16 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.architecture !== undefined){
let data6 = data.architecture;
const _errs27 = errors;
let valid8 = false;
const _errs28 = errors;
if(!(validate187(data6, {instancePath:instancePath+"/architecture",parentData:data,parentDataProperty:"architecture",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
var _valid3 = _errs28 === errors;
valid8 = valid8 || _valid3;
if(_valid3){
var props0 = true;
}
const _errs29 = errors;
if(!(validate190(data6, {instancePath:instancePath+"/architecture",parentData:data,parentDataProperty:"architecture",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate190.errors : vErrors.concat(validate190.errors);
errors = vErrors.length;
}
var _valid3 = _errs29 === errors;
valid8 = valid8 || _valid3;
if(_valid3){
if(props0 !== true){
props0 = true;
}
}
if(!valid8){
const err17 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.pytorch_version !== undefined){
let data7 = data.pytorch_version;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
const _errs37 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid4 = _errs37 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err21 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.dependencies !== undefined){
let data8 = data.dependencies;
const _errs40 = errors;
let valid11 = false;
const _errs41 = errors;
if(!(validate25(data8, {instancePath:instancePath+"/dependencies",parentData:data,parentDataProperty:"dependencies",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid5 = _errs41 === errors;
valid11 = valid11 || _valid5;
const _errs42 = errors;
if(data8 !== null){
const err22 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid5 = _errs42 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err23 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate184.errors = vErrors;
return errors === 0;
}
validate184.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema133 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"}},"required":["source","tensorflow_version"],"additionalProperties":false};

function validate194(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate194.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tensorflow_version === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/required",keyword:"required",params:{missingProperty: "tensorflow_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "tensorflow_version"))){
const err2 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tensorflow_version !== undefined){
let data6 = data.tensorflow_version;
const _errs28 = errors;
let valid9 = false;
const _errs29 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
const _errs31 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid9 = valid9 || _valid3;
const _errs33 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err19 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate194.errors = vErrors;
return errors === 0;
}
validate194.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema137 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"tensorflow_version":{"$ref":"#/$defs/Version"},"dependencies":{"anyOf":[{"$ref":"#/$defs/FileDescr"},{"type":"null"}]}},"required":["source","tensorflow_version"],"additionalProperties":false};

function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate198.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tensorflow_version === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/required",keyword:"required",params:{missingProperty: "tensorflow_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "tensorflow_version")) || (key0 === "dependencies"))){
const err2 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tensorflow_version !== undefined){
let data6 = data.tensorflow_version;
const _errs28 = errors;
let valid9 = false;
const _errs29 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
const _errs31 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid9 = valid9 || _valid3;
const _errs33 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err19 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.dependencies !== undefined){
let data7 = data.dependencies;
const _errs36 = errors;
let valid10 = false;
const _errs37 = errors;
if(!(validate25(data7, {instancePath:instancePath+"/dependencies",parentData:data,parentDataProperty:"dependencies",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid4 = _errs37 === errors;
valid10 = valid10 || _valid4;
const _errs38 = errors;
if(data7 !== null){
const err20 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err21 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate198.errors = vErrors;
return errors === 0;
}
validate198.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema141 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"comment":{"type":"string"},"pytorch_version":{"$ref":"#/$defs/Version"}},"required":["source","pytorch_version"],"additionalProperties":false};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate203.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pytorch_version === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/required",keyword:"required",params:{missingProperty: "pytorch_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "source") || (key0 === "sha256")) || (key0 === "authors")) || (key0 === "parent")) || (key0 === "comment")) || (key0 === "pytorch_version"))){
const err2 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate21(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 64){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data2 = data.authors;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data2[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs15 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err10 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data4 = data.parent;
const _errs18 = errors;
let valid6 = false;
const _errs19 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((((data4 === "keras_hdf5") || (data4 === "onnx")) || (data4 === "pytorch_state_dict")) || (data4 === "tensorflow_js")) || (data4 === "tensorflow_saved_model_bundle")) || (data4 === "torchscript"))){
const err12 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid6 = valid6 || _valid2;
const _errs22 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.comment !== undefined){
if(typeof data.comment !== "string"){
const err15 = {instancePath:instancePath+"/comment",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/comment/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.pytorch_version !== undefined){
let data6 = data.pytorch_version;
const _errs28 = errors;
let valid9 = false;
const _errs29 = errors;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
const _errs31 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid9 = valid9 || _valid3;
const _errs33 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err19 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate203.errors = vErrors;
return errors === 0;
}
validate203.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate174(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate174.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
for(const key0 in data){
if(!((((((key0 === "keras_hdf5") || (key0 === "onnx")) || (key0 === "pytorch_state_dict")) || (key0 === "tensorflow_js")) || (key0 === "tensorflow_saved_model_bundle")) || (key0 === "torchscript"))){
const err0 = {instancePath,schemaPath:"#/$defs/WeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.keras_hdf5 !== undefined){
let data0 = data.keras_hdf5;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate175(data0, {instancePath:instancePath+"/keras_hdf5",parentData:data,parentDataProperty:"keras_hdf5",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data0 !== null){
const err1 = {instancePath:instancePath+"/keras_hdf5",schemaPath:"#/$defs/WeightsDescr/properties/keras_hdf5/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err2 = {instancePath:instancePath+"/keras_hdf5",schemaPath:"#/$defs/WeightsDescr/properties/keras_hdf5/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.onnx !== undefined){
let data1 = data.onnx;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(!(validate179(data1, {instancePath:instancePath+"/onnx",parentData:data,parentDataProperty:"onnx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
const _errs10 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/onnx",schemaPath:"#/$defs/WeightsDescr/properties/onnx/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err4 = {instancePath:instancePath+"/onnx",schemaPath:"#/$defs/WeightsDescr/properties/onnx/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.pytorch_state_dict !== undefined){
let data2 = data.pytorch_state_dict;
const _errs13 = errors;
let valid3 = false;
const _errs14 = errors;
if(!(validate184(data2, {instancePath:instancePath+"/pytorch_state_dict",parentData:data,parentDataProperty:"pytorch_state_dict",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
errors = vErrors.length;
}
var _valid2 = _errs14 === errors;
valid3 = valid3 || _valid2;
const _errs15 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/pytorch_state_dict",schemaPath:"#/$defs/WeightsDescr/properties/pytorch_state_dict/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err6 = {instancePath:instancePath+"/pytorch_state_dict",schemaPath:"#/$defs/WeightsDescr/properties/pytorch_state_dict/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.tensorflow_js !== undefined){
let data3 = data.tensorflow_js;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(!(validate194(data3, {instancePath:instancePath+"/tensorflow_js",parentData:data,parentDataProperty:"tensorflow_js",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
errors = vErrors.length;
}
var _valid3 = _errs19 === errors;
valid4 = valid4 || _valid3;
const _errs20 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/tensorflow_js",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_js/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid3 = _errs20 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const err8 = {instancePath:instancePath+"/tensorflow_js",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_js/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.tensorflow_saved_model_bundle !== undefined){
let data4 = data.tensorflow_saved_model_bundle;
const _errs23 = errors;
let valid5 = false;
const _errs24 = errors;
if(!(validate198(data4, {instancePath:instancePath+"/tensorflow_saved_model_bundle",parentData:data,parentDataProperty:"tensorflow_saved_model_bundle",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
errors = vErrors.length;
}
var _valid4 = _errs24 === errors;
valid5 = valid5 || _valid4;
const _errs25 = errors;
if(data4 !== null){
const err9 = {instancePath:instancePath+"/tensorflow_saved_model_bundle",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_saved_model_bundle/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid4 = _errs25 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err10 = {instancePath:instancePath+"/tensorflow_saved_model_bundle",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_saved_model_bundle/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.torchscript !== undefined){
let data5 = data.torchscript;
const _errs28 = errors;
let valid6 = false;
const _errs29 = errors;
if(!(validate203(data5, {instancePath:instancePath+"/torchscript",parentData:data,parentDataProperty:"torchscript",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
errors = vErrors.length;
}
var _valid5 = _errs29 === errors;
valid6 = valid6 || _valid5;
const _errs30 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/torchscript",schemaPath:"#/$defs/WeightsDescr/properties/torchscript/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid5 = _errs30 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const err12 = {instancePath:instancePath+"/torchscript",schemaPath:"#/$defs/WeightsDescr/properties/torchscript/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/$defs/WeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate174.errors = vErrors;
return errors === 0;
}
validate174.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema145 = {"type":"object","properties":{"bioimageio":{"$ref":"#/$defs/BioimageioConfig"}},"additionalProperties":true};
const schema146 = {"type":"object","properties":{"reproducibility_tolerance":{"type":"array","items":{"$ref":"#/$defs/ReproducibilityTolerance"}},"funded_by":{"type":["string","null"]},"architecture_type":{"anyOf":[{"type":"string","maxLength":32},{"type":"null"}]},"architecture_description":{"type":["string","null"]},"modality":{"type":["string","null"]},"target_structure":{"type":"array","items":{"type":"string"}},"task":{"type":["string","null"]},"new_version":{"anyOf":[{"$ref":"#/$defs/ModelId"},{"type":"null"}]},"out_of_scope_use":{"type":["string","null"]},"bias_risks_limitations":{"$ref":"#/$defs/BiasRisksLimitations"},"model_parameter_count":{"type":["integer","null"]},"training":{"$ref":"#/$defs/TrainingDetails"},"inference_time":{"type":["string","null"]},"memory_requirements_inference":{"type":["string","null"]},"memory_requirements_training":{"type":["string","null"]},"evaluations":{"type":"array","items":{"$ref":"#/$defs/Evaluation"}},"environmental_impact":{"$ref":"#/$defs/EnvironmentalImpact"}},"additionalProperties":true};
const schema149 = {"type":"object","properties":{"known_biases":{"type":"string"},"risks":{"type":"string"},"limitations":{"type":["string","null"]},"recommendations":{"type":"string"}},"additionalProperties":true};
const schema150 = {"type":"object","properties":{"training_preprocessing":{"type":["string","null"]},"training_epochs":{"type":["number","null"]},"training_batch_size":{"type":["number","null"]},"initial_learning_rate":{"type":["number","null"]},"learning_rate_schedule":{"type":["string","null"]},"loss_function":{"type":["string","null"]},"loss_function_kwargs":{"type":"object","additionalProperties":true},"optimizer":{"type":["string","null"]},"optimizer_kwargs":{"type":"object","additionalProperties":true},"regularization":{"type":["string","null"]},"training_duration":{"type":["number","null"]}},"additionalProperties":true};
const schema154 = {"type":"object","properties":{"hardware_type":{"type":["string","null"]},"hours_used":{"type":["number","null"]},"cloud_provider":{"type":["string","null"]},"compute_region":{"type":["string","null"]},"co2_emitted":{"type":["number","null"]}},"additionalProperties":true};
const schema147 = {"type":"object","properties":{"relative_tolerance":{"type":"number","minimum":0,"maximum":0.01},"absolute_tolerance":{"type":"number","minimum":0},"mismatched_elements_per_million":{"type":"integer","minimum":0,"maximum":1000},"output_ids":{"type":"array","items":{"$ref":"#/$defs/TensorId"}},"weights_formats":{"type":"array","items":{"$ref":"#/$defs/WeightsFormat"}}},"additionalProperties":true};

function validate210(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate210.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.relative_tolerance !== undefined){
let data0 = data.relative_tolerance;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 0.01 || isNaN(data0)){
const err0 = {instancePath:instancePath+"/relative_tolerance",schemaPath:"#/$defs/ReproducibilityTolerance/properties/relative_tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.01}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/relative_tolerance",schemaPath:"#/$defs/ReproducibilityTolerance/properties/relative_tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/relative_tolerance",schemaPath:"#/$defs/ReproducibilityTolerance/properties/relative_tolerance/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.absolute_tolerance !== undefined){
let data1 = data.absolute_tolerance;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/absolute_tolerance",schemaPath:"#/$defs/ReproducibilityTolerance/properties/absolute_tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/absolute_tolerance",schemaPath:"#/$defs/ReproducibilityTolerance/properties/absolute_tolerance/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mismatched_elements_per_million !== undefined){
let data2 = data.mismatched_elements_per_million;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/mismatched_elements_per_million",schemaPath:"#/$defs/ReproducibilityTolerance/properties/mismatched_elements_per_million/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/mismatched_elements_per_million",schemaPath:"#/$defs/ReproducibilityTolerance/properties/mismatched_elements_per_million/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/mismatched_elements_per_million",schemaPath:"#/$defs/ReproducibilityTolerance/properties/mismatched_elements_per_million/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.output_ids !== undefined){
let data3 = data.output_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data3[i0], {instancePath:instancePath+"/output_ids/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/output_ids",schemaPath:"#/$defs/ReproducibilityTolerance/properties/output_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.weights_formats !== undefined){
let data5 = data.weights_formats;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/weights_formats/" + i1,schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data6 === "keras_hdf5") || (data6 === "onnx")) || (data6 === "pytorch_state_dict")) || (data6 === "tensorflow_js")) || (data6 === "tensorflow_saved_model_bundle")) || (data6 === "torchscript"))){
const err10 = {instancePath:instancePath+"/weights_formats/" + i1,schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema119.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/weights_formats",schemaPath:"#/$defs/ReproducibilityTolerance/properties/weights_formats/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/$defs/ReproducibilityTolerance/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate210.errors = vErrors;
return errors === 0;
}
validate210.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema151 = {"type":"object","properties":{"model_id":{"anyOf":[{"$ref":"#/$defs/ModelId"},{"type":"null"}]},"dataset_id":{"$ref":"#/$defs/ResourceId"},"dataset_source":{"$ref":"#/$defs/HttpUrl"},"dataset_role":{"type":"string","enum":["train","validation","test","independent","unknown"]},"sample_count":{"type":"integer"},"evaluation_factors":{"type":"array","items":{"type":"string","maxLength":16}},"evaluation_factors_long":{"type":"array","items":{"type":"string"}},"metrics":{"type":"array","items":{"type":"string","maxLength":16}},"metrics_long":{"type":"array","items":{"type":"string"}},"results":{"type":"array","items":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}},"results_summary":{"type":["string","null"]}},"required":["dataset_id","dataset_source","dataset_role","sample_count","evaluation_factors","evaluation_factors_long","metrics","metrics_long","results"],"additionalProperties":true};

function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate214.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.dataset_id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "dataset_id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dataset_source === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "dataset_source"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_role === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "dataset_role"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sample_count === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "sample_count"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.evaluation_factors === undefined){
const err4 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "evaluation_factors"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.evaluation_factors_long === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "evaluation_factors_long"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.metrics === undefined){
const err6 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "metrics"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.metrics_long === undefined){
const err7 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "metrics_long"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.results === undefined){
const err8 = {instancePath,schemaPath:"#/$defs/Evaluation/required",keyword:"required",params:{missingProperty: "results"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.model_id !== undefined){
let data0 = data.model_id;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(validate33(data0, {instancePath:instancePath+"/model_id",parentData:data,parentDataProperty:"model_id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data0 !== null){
const err9 = {instancePath:instancePath+"/model_id",schemaPath:"#/$defs/Evaluation/properties/model_id/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/model_id",schemaPath:"#/$defs/Evaluation/properties/model_id/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.dataset_id !== undefined){
let data1 = data.dataset_id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err11 = {instancePath:instancePath+"/dataset_id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern13.test(data1)){
const err12 = {instancePath:instancePath+"/dataset_id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/dataset_id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.dataset_source !== undefined){
let data2 = data.dataset_source;
if(typeof data2 === "string"){
if(func2(data2) > 2083){
const err14 = {instancePath:instancePath+"/dataset_source",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data2) < 1){
const err15 = {instancePath:instancePath+"/dataset_source",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern5.test(data2)){
const err16 = {instancePath:instancePath+"/dataset_source",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(formats0.validate(data2))){
const err17 = {instancePath:instancePath+"/dataset_source",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/dataset_source",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dataset_role !== undefined){
let data3 = data.dataset_role;
if(typeof data3 !== "string"){
const err19 = {instancePath:instancePath+"/dataset_role",schemaPath:"#/$defs/Evaluation/properties/dataset_role/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data3 === "train") || (data3 === "validation")) || (data3 === "test")) || (data3 === "independent")) || (data3 === "unknown"))){
const err20 = {instancePath:instancePath+"/dataset_role",schemaPath:"#/$defs/Evaluation/properties/dataset_role/enum",keyword:"enum",params:{allowedValues: schema151.properties.dataset_role.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.sample_count !== undefined){
let data4 = data.sample_count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err21 = {instancePath:instancePath+"/sample_count",schemaPath:"#/$defs/Evaluation/properties/sample_count/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.evaluation_factors !== undefined){
let data5 = data.evaluation_factors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) > 16){
const err22 = {instancePath:instancePath+"/evaluation_factors/" + i0,schemaPath:"#/$defs/Evaluation/properties/evaluation_factors/items/maxLength",keyword:"maxLength",params:{limit: 16}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/evaluation_factors/" + i0,schemaPath:"#/$defs/Evaluation/properties/evaluation_factors/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/evaluation_factors",schemaPath:"#/$defs/Evaluation/properties/evaluation_factors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.evaluation_factors_long !== undefined){
let data7 = data.evaluation_factors_long;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err25 = {instancePath:instancePath+"/evaluation_factors_long/" + i1,schemaPath:"#/$defs/Evaluation/properties/evaluation_factors_long/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/evaluation_factors_long",schemaPath:"#/$defs/Evaluation/properties/evaluation_factors_long/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.metrics !== undefined){
let data9 = data.metrics;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func2(data10) > 16){
const err27 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/Evaluation/properties/metrics/items/maxLength",keyword:"maxLength",params:{limit: 16}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/metrics/" + i2,schemaPath:"#/$defs/Evaluation/properties/metrics/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/metrics",schemaPath:"#/$defs/Evaluation/properties/metrics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.metrics_long !== undefined){
let data11 = data.metrics_long;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(typeof data11[i3] !== "string"){
const err30 = {instancePath:instancePath+"/metrics_long/" + i3,schemaPath:"#/$defs/Evaluation/properties/metrics_long/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/metrics_long",schemaPath:"#/$defs/Evaluation/properties/metrics_long/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.results !== undefined){
let data13 = data.results;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(Array.isArray(data14)){
const len5 = data14.length;
for(let i5=0; i5<len5; i5++){
let data15 = data14[i5];
const _errs38 = errors;
let valid16 = false;
const _errs39 = errors;
if(typeof data15 !== "string"){
const err32 = {instancePath:instancePath+"/results/" + i4+"/" + i5,schemaPath:"#/$defs/Evaluation/properties/results/items/items/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid1 = _errs39 === errors;
valid16 = valid16 || _valid1;
const _errs41 = errors;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err33 = {instancePath:instancePath+"/results/" + i4+"/" + i5,schemaPath:"#/$defs/Evaluation/properties/results/items/items/anyOf/1/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs41 === errors;
valid16 = valid16 || _valid1;
if(!valid16){
const err34 = {instancePath:instancePath+"/results/" + i4+"/" + i5,schemaPath:"#/$defs/Evaluation/properties/results/items/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/results/" + i4,schemaPath:"#/$defs/Evaluation/properties/results/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/results",schemaPath:"#/$defs/Evaluation/properties/results/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.results_summary !== undefined){
let data16 = data.results_summary;
if((typeof data16 !== "string") && (data16 !== null)){
const err37 = {instancePath:instancePath+"/results_summary",schemaPath:"#/$defs/Evaluation/properties/results_summary/type",keyword:"type",params:{type: schema151.properties.results_summary.type}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/$defs/Evaluation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate214.errors = vErrors;
return errors === 0;
}
validate214.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate209.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.reproducibility_tolerance !== undefined){
let data0 = data.reproducibility_tolerance;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate210(data0[i0], {instancePath:instancePath+"/reproducibility_tolerance/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/reproducibility_tolerance",schemaPath:"#/$defs/BioimageioConfig/properties/reproducibility_tolerance/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.funded_by !== undefined){
let data2 = data.funded_by;
if((typeof data2 !== "string") && (data2 !== null)){
const err1 = {instancePath:instancePath+"/funded_by",schemaPath:"#/$defs/BioimageioConfig/properties/funded_by/type",keyword:"type",params:{type: schema146.properties.funded_by.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.architecture_type !== undefined){
let data3 = data.architecture_type;
const _errs8 = errors;
let valid3 = false;
const _errs9 = errors;
if(typeof data3 === "string"){
if(func2(data3) > 32){
const err2 = {instancePath:instancePath+"/architecture_type",schemaPath:"#/$defs/BioimageioConfig/properties/architecture_type/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 32}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/architecture_type",schemaPath:"#/$defs/BioimageioConfig/properties/architecture_type/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
const _errs11 = errors;
if(data3 !== null){
const err4 = {instancePath:instancePath+"/architecture_type",schemaPath:"#/$defs/BioimageioConfig/properties/architecture_type/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err5 = {instancePath:instancePath+"/architecture_type",schemaPath:"#/$defs/BioimageioConfig/properties/architecture_type/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.architecture_description !== undefined){
let data4 = data.architecture_description;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/architecture_description",schemaPath:"#/$defs/BioimageioConfig/properties/architecture_description/type",keyword:"type",params:{type: schema146.properties.architecture_description.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.modality !== undefined){
let data5 = data.modality;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/modality",schemaPath:"#/$defs/BioimageioConfig/properties/modality/type",keyword:"type",params:{type: schema146.properties.modality.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.target_structure !== undefined){
let data6 = data.target_structure;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err8 = {instancePath:instancePath+"/target_structure/" + i1,schemaPath:"#/$defs/BioimageioConfig/properties/target_structure/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/target_structure",schemaPath:"#/$defs/BioimageioConfig/properties/target_structure/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.task !== undefined){
let data8 = data.task;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/task",schemaPath:"#/$defs/BioimageioConfig/properties/task/type",keyword:"type",params:{type: schema146.properties.task.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.new_version !== undefined){
let data9 = data.new_version;
const _errs24 = errors;
let valid6 = false;
const _errs25 = errors;
if(!(validate33(data9, {instancePath:instancePath+"/new_version",parentData:data,parentDataProperty:"new_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid1 = _errs25 === errors;
valid6 = valid6 || _valid1;
const _errs26 = errors;
if(data9 !== null){
const err11 = {instancePath:instancePath+"/new_version",schemaPath:"#/$defs/BioimageioConfig/properties/new_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err12 = {instancePath:instancePath+"/new_version",schemaPath:"#/$defs/BioimageioConfig/properties/new_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.out_of_scope_use !== undefined){
let data10 = data.out_of_scope_use;
if((typeof data10 !== "string") && (data10 !== null)){
const err13 = {instancePath:instancePath+"/out_of_scope_use",schemaPath:"#/$defs/BioimageioConfig/properties/out_of_scope_use/type",keyword:"type",params:{type: schema146.properties.out_of_scope_use.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.bias_risks_limitations !== undefined){
let data11 = data.bias_risks_limitations;
if(data11 && typeof data11 == "object" && !Array.isArray(data11) && !(data11 instanceof YamlTimestamp)){
if(data11.known_biases !== undefined){
if(typeof data11.known_biases !== "string"){
const err14 = {instancePath:instancePath+"/bias_risks_limitations/known_biases",schemaPath:"#/$defs/BiasRisksLimitations/properties/known_biases/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data11.risks !== undefined){
if(typeof data11.risks !== "string"){
const err15 = {instancePath:instancePath+"/bias_risks_limitations/risks",schemaPath:"#/$defs/BiasRisksLimitations/properties/risks/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data11.limitations !== undefined){
let data14 = data11.limitations;
if((typeof data14 !== "string") && (data14 !== null)){
const err16 = {instancePath:instancePath+"/bias_risks_limitations/limitations",schemaPath:"#/$defs/BiasRisksLimitations/properties/limitations/type",keyword:"type",params:{type: schema149.properties.limitations.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.recommendations !== undefined){
if(typeof data11.recommendations !== "string"){
const err17 = {instancePath:instancePath+"/bias_risks_limitations/recommendations",schemaPath:"#/$defs/BiasRisksLimitations/properties/recommendations/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/bias_risks_limitations",schemaPath:"#/$defs/BiasRisksLimitations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.model_parameter_count !== undefined){
let data16 = data.model_parameter_count;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err19 = {instancePath:instancePath+"/model_parameter_count",schemaPath:"#/$defs/BioimageioConfig/properties/model_parameter_count/type",keyword:"type",params:{type: schema146.properties.model_parameter_count.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.training !== undefined){
let data17 = data.training;
if(data17 && typeof data17 == "object" && !Array.isArray(data17) && !(data17 instanceof YamlTimestamp)){
if(data17.training_preprocessing !== undefined){
let data18 = data17.training_preprocessing;
if((typeof data18 !== "string") && (data18 !== null)){
const err20 = {instancePath:instancePath+"/training/training_preprocessing",schemaPath:"#/$defs/TrainingDetails/properties/training_preprocessing/type",keyword:"type",params:{type: schema150.properties.training_preprocessing.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data17.training_epochs !== undefined){
let data19 = data17.training_epochs;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
const err21 = {instancePath:instancePath+"/training/training_epochs",schemaPath:"#/$defs/TrainingDetails/properties/training_epochs/type",keyword:"type",params:{type: schema150.properties.training_epochs.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data17.training_batch_size !== undefined){
let data20 = data17.training_batch_size;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
const err22 = {instancePath:instancePath+"/training/training_batch_size",schemaPath:"#/$defs/TrainingDetails/properties/training_batch_size/type",keyword:"type",params:{type: schema150.properties.training_batch_size.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data17.initial_learning_rate !== undefined){
let data21 = data17.initial_learning_rate;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err23 = {instancePath:instancePath+"/training/initial_learning_rate",schemaPath:"#/$defs/TrainingDetails/properties/initial_learning_rate/type",keyword:"type",params:{type: schema150.properties.initial_learning_rate.type}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.learning_rate_schedule !== undefined){
let data22 = data17.learning_rate_schedule;
if((typeof data22 !== "string") && (data22 !== null)){
const err24 = {instancePath:instancePath+"/training/learning_rate_schedule",schemaPath:"#/$defs/TrainingDetails/properties/learning_rate_schedule/type",keyword:"type",params:{type: schema150.properties.learning_rate_schedule.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data17.loss_function !== undefined){
let data23 = data17.loss_function;
if((typeof data23 !== "string") && (data23 !== null)){
const err25 = {instancePath:instancePath+"/training/loss_function",schemaPath:"#/$defs/TrainingDetails/properties/loss_function/type",keyword:"type",params:{type: schema150.properties.loss_function.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data17.loss_function_kwargs !== undefined){
let data24 = data17.loss_function_kwargs;
if(data24 && typeof data24 == "object" && !Array.isArray(data24) && !(data24 instanceof YamlTimestamp)){
}
else {
const err26 = {instancePath:instancePath+"/training/loss_function_kwargs",schemaPath:"#/$defs/TrainingDetails/properties/loss_function_kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data17.optimizer !== undefined){
let data25 = data17.optimizer;
if((typeof data25 !== "string") && (data25 !== null)){
const err27 = {instancePath:instancePath+"/training/optimizer",schemaPath:"#/$defs/TrainingDetails/properties/optimizer/type",keyword:"type",params:{type: schema150.properties.optimizer.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data17.optimizer_kwargs !== undefined){
let data26 = data17.optimizer_kwargs;
if(data26 && typeof data26 == "object" && !Array.isArray(data26) && !(data26 instanceof YamlTimestamp)){
}
else {
const err28 = {instancePath:instancePath+"/training/optimizer_kwargs",schemaPath:"#/$defs/TrainingDetails/properties/optimizer_kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data17.regularization !== undefined){
let data27 = data17.regularization;
if((typeof data27 !== "string") && (data27 !== null)){
const err29 = {instancePath:instancePath+"/training/regularization",schemaPath:"#/$defs/TrainingDetails/properties/regularization/type",keyword:"type",params:{type: schema150.properties.regularization.type}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data17.training_duration !== undefined){
let data28 = data17.training_duration;
if((!((typeof data28 == "number") && (isFinite(data28)))) && (data28 !== null)){
const err30 = {instancePath:instancePath+"/training/training_duration",schemaPath:"#/$defs/TrainingDetails/properties/training_duration/type",keyword:"type",params:{type: schema150.properties.training_duration.type}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/training",schemaPath:"#/$defs/TrainingDetails/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.inference_time !== undefined){
let data29 = data.inference_time;
if((typeof data29 !== "string") && (data29 !== null)){
const err32 = {instancePath:instancePath+"/inference_time",schemaPath:"#/$defs/BioimageioConfig/properties/inference_time/type",keyword:"type",params:{type: schema146.properties.inference_time.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.memory_requirements_inference !== undefined){
let data30 = data.memory_requirements_inference;
if((typeof data30 !== "string") && (data30 !== null)){
const err33 = {instancePath:instancePath+"/memory_requirements_inference",schemaPath:"#/$defs/BioimageioConfig/properties/memory_requirements_inference/type",keyword:"type",params:{type: schema146.properties.memory_requirements_inference.type}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.memory_requirements_training !== undefined){
let data31 = data.memory_requirements_training;
if((typeof data31 !== "string") && (data31 !== null)){
const err34 = {instancePath:instancePath+"/memory_requirements_training",schemaPath:"#/$defs/BioimageioConfig/properties/memory_requirements_training/type",keyword:"type",params:{type: schema146.properties.memory_requirements_training.type}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.evaluations !== undefined){
let data32 = data.evaluations;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
if(!(validate214(data32[i2], {instancePath:instancePath+"/evaluations/" + i2,parentData:data32,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate214.errors : vErrors.concat(validate214.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/evaluations",schemaPath:"#/$defs/BioimageioConfig/properties/evaluations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.environmental_impact !== undefined){
let data34 = data.environmental_impact;
if(data34 && typeof data34 == "object" && !Array.isArray(data34) && !(data34 instanceof YamlTimestamp)){
if(data34.hardware_type !== undefined){
let data35 = data34.hardware_type;
if((typeof data35 !== "string") && (data35 !== null)){
const err36 = {instancePath:instancePath+"/environmental_impact/hardware_type",schemaPath:"#/$defs/EnvironmentalImpact/properties/hardware_type/type",keyword:"type",params:{type: schema154.properties.hardware_type.type}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data34.hours_used !== undefined){
let data36 = data34.hours_used;
if((!((typeof data36 == "number") && (isFinite(data36)))) && (data36 !== null)){
const err37 = {instancePath:instancePath+"/environmental_impact/hours_used",schemaPath:"#/$defs/EnvironmentalImpact/properties/hours_used/type",keyword:"type",params:{type: schema154.properties.hours_used.type}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data34.cloud_provider !== undefined){
let data37 = data34.cloud_provider;
if((typeof data37 !== "string") && (data37 !== null)){
const err38 = {instancePath:instancePath+"/environmental_impact/cloud_provider",schemaPath:"#/$defs/EnvironmentalImpact/properties/cloud_provider/type",keyword:"type",params:{type: schema154.properties.cloud_provider.type}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data34.compute_region !== undefined){
let data38 = data34.compute_region;
if((typeof data38 !== "string") && (data38 !== null)){
const err39 = {instancePath:instancePath+"/environmental_impact/compute_region",schemaPath:"#/$defs/EnvironmentalImpact/properties/compute_region/type",keyword:"type",params:{type: schema154.properties.compute_region.type}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data34.co2_emitted !== undefined){
let data39 = data34.co2_emitted;
if((!((typeof data39 == "number") && (isFinite(data39)))) && (data39 !== null)){
const err40 = {instancePath:instancePath+"/environmental_impact/co2_emitted",schemaPath:"#/$defs/EnvironmentalImpact/properties/co2_emitted/type",keyword:"type",params:{type: schema154.properties.co2_emitted.type}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/environmental_impact",schemaPath:"#/$defs/EnvironmentalImpact/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/$defs/BioimageioConfig/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate209.errors = vErrors;
return errors === 0;
}
validate209.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate208.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.bioimageio !== undefined){
if(!(validate209(data.bioimageio, {instancePath:instancePath+"/bioimageio",parentData:data,parentDataProperty:"bioimageio",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate209.errors : vErrors.concat(validate209.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/$defs/Config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate208.errors = vErrors;
return errors === 0;
}
validate208.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/bioimageio/model/0.5.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.format_version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.inputs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.outputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.weights === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weights"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data0) < 5){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 5}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data0)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_+\\- ()]*$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 1024){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.covers !== undefined){
let data2 = data.covers;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data2[i0], {instancePath:instancePath+"/covers/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id_emoji !== undefined){
let data4 = data.id_emoji;
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
if(typeof data4 === "string"){
if(func2(data4) > 2){
const err14 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
const _errs13 = errors;
if(data4 !== null){
const err17 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err18 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.authors !== undefined){
let data5 = data.authors;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data5[i1], {instancePath:instancePath+"/authors/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate25(data7[i2], {instancePath:instancePath+"/attachments/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.cite !== undefined){
let data9 = data.cite;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate28(data9[i3], {instancePath:instancePath+"/cite/" + i3,parentData:data9,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.license !== undefined){
let data11 = data.license;
const _errs25 = errors;
let valid10 = false;
const _errs26 = errors;
if(typeof data11 !== "string"){
const err22 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/LicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid10 = valid10 || _valid1;
const _errs29 = errors;
if(typeof data11 !== "string"){
const err23 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/DeprecatedLicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid10 = valid10 || _valid1;
const _errs32 = errors;
if(data11 !== null){
const err24 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err25 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.git_repo !== undefined){
let data12 = data.git_repo;
const _errs35 = errors;
let valid13 = false;
const _errs36 = errors;
if(typeof data12 === "string"){
if(func2(data12) > 2083){
const err26 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data12) < 1){
const err27 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern5.test(data12)){
const err28 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(formats0.validate(data12))){
const err29 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid13 = valid13 || _valid2;
const _errs39 = errors;
if(data12 !== null){
const err31 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid13 = valid13 || _valid2;
if(!valid13){
const err32 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.icon !== undefined){
let data13 = data.icon;
const _errs42 = errors;
let valid15 = false;
const _errs43 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 2){
const err33 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(func2(data13) < 1){
const err34 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid15 = valid15 || _valid3;
const _errs45 = errors;
if(!(validate21(data13, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid3 = _errs45 === errors;
valid15 = valid15 || _valid3;
const _errs46 = errors;
if(data13 !== null){
const err36 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs46 === errors;
valid15 = valid15 || _valid3;
if(!valid15){
const err37 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.links !== undefined){
let data14 = data.links;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
if(typeof data14[i4] !== "string"){
const err38 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.uploader !== undefined){
let data16 = data.uploader;
const _errs53 = errors;
let valid18 = false;
const _errs54 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16) && !(data16 instanceof YamlTimestamp)){
if(data16.email === undefined){
const err40 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/required",keyword:"required",params:{missingProperty: "email"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key1 in data16){
if(!((key1 === "email") || (key1 === "name"))){
const err41 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.email !== undefined){
let data17 = data16.email;
if(typeof data17 === "string"){
if(!(formats2.validate(data17))){
const err42 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.name !== undefined){
let data18 = data16.name;
if((typeof data18 !== "string") && (data18 !== null)){
const err44 = {instancePath:instancePath+"/uploader/name",schemaPath:"#/$defs/Uploader/properties/name/type",keyword:"type",params:{type: schema45.properties.name.type}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid4 = _errs54 === errors;
valid18 = valid18 || _valid4;
const _errs62 = errors;
if(data16 !== null){
const err46 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid4 = _errs62 === errors;
valid18 = valid18 || _valid4;
if(!valid18){
const err47 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data.maintainers !== undefined){
let data19 = data.maintainers;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
if(!(validate31(data19[i5], {instancePath:instancePath+"/maintainers/" + i5,parentData:data19,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err48 = {instancePath:instancePath+"/maintainers",schemaPath:"#/properties/maintainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.tags !== undefined){
let data21 = data.tags;
if(Array.isArray(data21)){
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
if(typeof data21[i6] !== "string"){
const err49 = {instancePath:instancePath+"/tags/" + i6,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
const _errs72 = errors;
let valid25 = false;
const _errs73 = errors;
const _errs75 = errors;
let valid27 = false;
const _errs76 = errors;
if(typeof data23 !== "string"){
const err51 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid6 = _errs76 === errors;
valid27 = valid27 || _valid6;
const _errs78 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err52 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid6 = _errs78 === errors;
valid27 = valid27 || _valid6;
const _errs80 = errors;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err53 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid6 = _errs80 === errors;
valid27 = valid27 || _valid6;
if(!valid27){
const err54 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs75;
if(vErrors !== null){
if(_errs75){
vErrors.length = _errs75;
}
else {
vErrors = null;
}
}
}
var _valid5 = _errs73 === errors;
valid25 = valid25 || _valid5;
const _errs82 = errors;
if(data23 !== null){
const err55 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs82 === errors;
valid25 = valid25 || _valid5;
if(!valid25){
const err56 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data.version_comment !== undefined){
let data24 = data.version_comment;
const _errs85 = errors;
let valid28 = false;
const _errs86 = errors;
if(typeof data24 === "string"){
if(func2(data24) > 512){
const err57 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid7 = _errs86 === errors;
valid28 = valid28 || _valid7;
const _errs88 = errors;
if(data24 !== null){
const err59 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid7 = _errs88 === errors;
valid28 = valid28 || _valid7;
if(!valid28){
const err60 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
}
if(data.format_version !== undefined){
let data25 = data.format_version;
if(typeof data25 === "string"){
if(!pattern12.test(data25)){
const err61 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/pattern",keyword:"pattern",params:{pattern: "^0\\.5\\.\\d+$"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.type !== undefined){
let data26 = data.type;
if(typeof data26 !== "string"){
const err63 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if("model" !== data26){
const err64 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "model"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.id !== undefined){
let data27 = data.id;
const _errs95 = errors;
let valid29 = false;
const _errs96 = errors;
if(!(validate33(data27, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid8 = _errs96 === errors;
valid29 = valid29 || _valid8;
const _errs97 = errors;
if(data27 !== null){
const err65 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid8 = _errs97 === errors;
valid29 = valid29 || _valid8;
if(!valid29){
const err66 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
if(data.documentation !== undefined){
let data28 = data.documentation;
const _errs100 = errors;
let valid30 = false;
const _errs101 = errors;
if(!(validate21(data28, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid9 = _errs101 === errors;
valid30 = valid30 || _valid9;
const _errs102 = errors;
if(data28 !== null){
const err67 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid9 = _errs102 === errors;
valid30 = valid30 || _valid9;
if(!valid30){
const err68 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
}
}
if(data.inputs !== undefined){
let data29 = data.inputs;
if(Array.isArray(data29)){
if(data29.length < 1){
const err69 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len7 = data29.length;
for(let i7=0; i7<len7; i7++){
if(!(validate36(data29[i7], {instancePath:instancePath+"/inputs/" + i7,parentData:data29,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.outputs !== undefined){
let data31 = data.outputs;
if(Array.isArray(data31)){
if(data31.length < 1){
const err71 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
const len8 = data31.length;
for(let i8=0; i8<len8; i8++){
if(!(validate117(data31[i8], {instancePath:instancePath+"/outputs/" + i8,parentData:data31,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
else {
const err72 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.packaged_by !== undefined){
let data33 = data.packaged_by;
if(Array.isArray(data33)){
const len9 = data33.length;
for(let i9=0; i9<len9; i9++){
if(!(validate23(data33[i9], {instancePath:instancePath+"/packaged_by/" + i9,parentData:data33,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err73 = {instancePath:instancePath+"/packaged_by",schemaPath:"#/properties/packaged_by/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.parent !== undefined){
let data35 = data.parent;
const _errs114 = errors;
let valid37 = false;
const _errs115 = errors;
if(!(validate169(data35, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
errors = vErrors.length;
}
var _valid10 = _errs115 === errors;
valid37 = valid37 || _valid10;
const _errs116 = errors;
if(data35 !== null){
const err74 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid10 = _errs116 === errors;
valid37 = valid37 || _valid10;
if(!valid37){
const err75 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs114;
if(vErrors !== null){
if(_errs114){
vErrors.length = _errs114;
}
else {
vErrors = null;
}
}
}
}
if(data.run_mode !== undefined){
let data36 = data.run_mode;
const _errs119 = errors;
let valid38 = false;
const _errs120 = errors;
if(data36 && typeof data36 == "object" && !Array.isArray(data36) && !(data36 instanceof YamlTimestamp)){
if(data36.name === undefined){
const err76 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key2 in data36){
if(!((key2 === "name") || (key2 === "kwargs"))){
const err77 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data36.name !== undefined){
let data37 = data36.name;
const _errs125 = errors;
let valid41 = false;
const _errs126 = errors;
if(typeof data37 !== "string"){
const err78 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if("deepimagej" !== data37){
const err79 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/0/const",keyword:"const",params:{allowedValue: "deepimagej"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid12 = _errs126 === errors;
valid41 = valid41 || _valid12;
const _errs128 = errors;
if(typeof data37 !== "string"){
const err80 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid12 = _errs128 === errors;
valid41 = valid41 || _valid12;
if(!valid41){
const err81 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
}
}
if(data36.kwargs !== undefined){
let data38 = data36.kwargs;
if(data38 && typeof data38 == "object" && !Array.isArray(data38) && !(data38 instanceof YamlTimestamp)){
}
else {
const err82 = {instancePath:instancePath+"/run_mode/kwargs",schemaPath:"#/$defs/RunMode/properties/kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid11 = _errs120 === errors;
valid38 = valid38 || _valid11;
const _errs133 = errors;
if(data36 !== null){
const err84 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid11 = _errs133 === errors;
valid38 = valid38 || _valid11;
if(!valid38){
const err85 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs119;
if(vErrors !== null){
if(_errs119){
vErrors.length = _errs119;
}
else {
vErrors = null;
}
}
}
}
if(data.timestamp !== undefined){
if(typeof data.timestamp !== "string"){
const err86 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.training_data !== undefined){
let data40 = data.training_data;
const _errs138 = errors;
let valid42 = false;
const _errs139 = errors;
if(!(validate172(data40, {instancePath:instancePath+"/training_data",parentData:data,parentDataProperty:"training_data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
errors = vErrors.length;
}
var _valid13 = _errs139 === errors;
valid42 = valid42 || _valid13;
const _errs140 = errors;
if(!(data40 && typeof data40 == "object" && !Array.isArray(data40) && !(data40 instanceof YamlTimestamp))){
const err87 = {instancePath:instancePath+"/training_data",schemaPath:"#/$defs/InlineDatasetDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid13 = _errs140 === errors;
valid42 = valid42 || _valid13;
const _errs143 = errors;
if(data40 !== null){
const err88 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid13 = _errs143 === errors;
valid42 = valid42 || _valid13;
if(!valid42){
const err89 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
}
if(data.weights !== undefined){
if(!(validate174(data.weights, {instancePath:instancePath+"/weights",parentData:data,parentDataProperty:"weights",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
errors = vErrors.length;
}
}
if(data.config !== undefined){
if(!(validate208(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
errors = vErrors.length;
}
}
}
else {
const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
