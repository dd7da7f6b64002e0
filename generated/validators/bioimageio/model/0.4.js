// generated from specs/bioimageio/model/0.4.json by codegen - do not edit
import { YamlTimestamp, formats, ucs2length as func2, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/bioimageio/model/0.4.json","type":"object","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":1},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"},"minItems":1},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"config":{"type":"object","additionalProperties":true},"download_url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"git_repo":{"type":["string","null"]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"rdf_source":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_number":{"type":["integer","null"]},"format_version":{"type":"string","pattern":"^0\\.4\\.\\d+$"},"type":{"type":"string","const":"model"},"id":{"anyOf":[{"$ref":"#/$defs/ResourceId"},{"type":"null"}]},"documentation":{"$ref":"#/$defs/FileSource"},"inputs":{"type":"array","items":{"$ref":"#/$defs/InputTensorDescr"},"minItems":1},"license":{"anyOf":[{"$ref":"#/$defs/LicenseId"},{"type":"string"}]},"outputs":{"type":"array","items":{"$ref":"#/$defs/OutputTensorDescr"},"minItems":1},"packaged_by":{"type":"array","items":{"$ref":"#/$defs/Author"}},"parent":{"anyOf":[{"$ref":"#/$defs/LinkedModel"},{"type":"null"}]},"run_mode":{"anyOf":[{"$ref":"#/$defs/RunMode"},{"type":"null"}]},"sample_inputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"sample_outputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"test_inputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"},"minItems":1},"test_outputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"},"minItems":1},"timestamp":{"type":"string"},"training_data":{"anyOf":[{"$ref":"#/$defs/LinkedDataset"},{"$ref":"#/$defs/DatasetDescr"},{"type":"null"}]},"weights":{"$ref":"#/$defs/WeightsDescr"}},"required":["name","description","authors","format_version","type","documentation","inputs","license","outputs","test_inputs","test_outputs","timestamp","weights"],"additionalProperties":false,"$defs":{"AttachmentsDescr":{"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true},"Author":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false},"BadgeDescr":{"$ref":"#/$defs/BadgeDescr2"},"BadgeDescr2":{"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/PydanticHttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false},"BinarizeDescr":{"type":"object","properties":{"name":{"type":"string","const":"binarize"},"kwargs":{"$ref":"#/$defs/BinarizeKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"BinarizeKwargs":{"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false},"CiteEntry":{"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false},"ClipDescr":{"type":"object","properties":{"name":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ClipKwargs":{"type":"object","properties":{"min":{"type":"number"},"max":{"type":"number"}},"required":["min","max"],"additionalProperties":false},"DatasetDescr":{"type":"object"},"Doi":{"type":"string","pattern":"^10\\.[0-9]{4}.+$"},"FileSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"HttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"Identifier":{"type":"string","minLength":1,"pattern":"^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}},"ImplicitOutputShape":{"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorName"},"scale":{"type":"array","items":{"type":["number","null"]},"minItems":1},"offset":{"type":"array","items":{"anyOf":[{"type":"integer"},{"type":"number","multipleOf":0.5}]},"minItems":1}},"required":["reference_tensor","scale","offset"],"additionalProperties":false},"InputTensorDescr":{"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","uint8","uint16"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ParameterizedInputShape"}]},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false},"KerasHdf5WeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"LicenseId":{"type":"string"},"LinkedDataset":{"type":"object","properties":{"id":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false},"LinkedModel":{"type":"object","properties":{"id":{"$ref":"#/$defs/ResourceId"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false},"Maintainer":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false},"OnnxWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"opset_version":{"anyOf":[{"type":"integer","minimum":7},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"OutputTensorDescr":{"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ImplicitOutputShape"}]},"halo":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"type":"null"}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false},"ParameterizedInputShape":{"type":"object","properties":{"min":{"type":"array","items":{"type":"integer"},"minItems":1},"step":{"type":"array","items":{"type":"integer"},"minItems":1}},"required":["min","step"],"additionalProperties":false},"PostprocessingDescr":{"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range","scale_mean_variance"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"}]},"PreprocessingDescr":{"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"}]},"PydanticHttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"PytorchStateDictWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"architecture":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"string","pattern":"^.+\\..+$"}]},"architecture_sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"kwargs":{"type":"object","additionalProperties":true},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source","architecture"],"additionalProperties":false},"RangeBound":{"anyOf":[{"type":"number"},{"type":"string","enum":["inf","-inf","nan"]}]},"RelativeFilePath":{"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},"ResourceId":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"RunMode":{"type":"object","properties":{"name":{"anyOf":[{"type":"string","const":"deepimagej"},{"type":"string"}]},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false},"ScaleLinearDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_linear"},"kwargs":{"$ref":"#/$defs/ScaleLinearKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleLinearKwargs":{"type":"object","properties":{"axes":{"type":["string","null"]},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]}},"additionalProperties":false},"ScaleMeanVarianceDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleMeanVarianceKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"reference_tensor":{"$ref":"#/$defs/TensorName"},"axes":{"type":["string","null"]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["mode","reference_tensor"],"additionalProperties":false},"ScaleRangeDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleRangeKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"axes":{"type":"string"},"min_percentile":{"anyOf":[{"type":"integer"},{"type":"number"}],"if":{"type":"number"},"then":{"type":"number","minimum":0,"exclusiveMaximum":100}},"max_percentile":{"anyOf":[{"type":"integer"},{"type":"number"}],"if":{"type":"number"},"then":{"type":"number","exclusiveMinimum":1,"maximum":100}},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorName"},{"type":"null"}]}},"required":["mode","axes"],"additionalProperties":false},"Sha256":{"type":"string","minLength":64,"maxLength":64},"SigmoidDescr":{"type":"object","properties":{"name":{"type":"string","const":"sigmoid"}},"required":["name"],"additionalProperties":false},"TensorName":{"$ref":"#/$defs/Identifier"},"TensorflowJsWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"TensorflowSavedModelBundleWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"TorchscriptWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"Uploader":{"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false},"Version":{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]},"WeightsDescr":{"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false},"WeightsFormat":{"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]},"ZeroMeanUnitVarianceDescr":{"type":"object","properties":{"name":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ZeroMeanUnitVarianceKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["fixed","per_dataset","per_sample"]},"axes":{"type":"string"},"mean":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"std":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["axes"],"additionalProperties":false}}};
const schema35 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false};
const schema33 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};
const schema40 = {"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false};
const schema41 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false};
const schema42 = {"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]};
const schema43 = {"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"};
const schema61 = {"type":"string"};
const schema75 = {"type":"object","properties":{"name":{"anyOf":[{"type":"string","const":"deepimagej"},{"type":"string"}]},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false};
const schema76 = {"type":"object","properties":{"id":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false};
const schema77 = {"type":"object"};
const func1 = Object.prototype.hasOwnProperty;
const schema32 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};
const schema34 = {"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"};
const formats0 = formats.uri;
const pattern4 = new RegExp("^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:", "u");
const pattern5 = new RegExp("^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))", "u");

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
if(!pattern4.test(data)){
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
if(!pattern5.test(data)){
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

const schema36 = {"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true};

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
if(data.files !== undefined){
let data0 = data.files;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data0[i0], {instancePath:instancePath+"/files/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/AttachmentsDescr/properties/files/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/AttachmentsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false};
const schema38 = {"type":"string","pattern":"^10\\.[0-9]{4}.+$"};
const pattern6 = new RegExp("^10\\.[0-9]{4}.+$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
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
if(!pattern6.test(data1)){
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
if((typeof data2 !== "string") && (data2 !== null)){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/type",keyword:"type",params:{type: schema37.properties.url.type}};
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
const err8 = {instancePath,schemaPath:"#/$defs/CiteEntry/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","uint8","uint16"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ParameterizedInputShape"}]},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false};
const schema45 = {"type":"string","minLength":1,"pattern":"^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}};
const schema46 = {"anyOf":[{"type":"number"},{"type":"string","enum":["inf","-inf","nan"]}]};
const schema47 = {"type":"object","properties":{"min":{"type":"array","items":{"type":"integer"},"minItems":1},"step":{"type":"array","items":{"type":"integer"},"minItems":1}},"required":["min","step"],"additionalProperties":false};
const pattern10 = new RegExp("^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$", "u");
const schema48 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"}]};
const schema60 = {"type":"object","properties":{"name":{"type":"string","const":"sigmoid"}},"required":["name"],"additionalProperties":false};
const schema49 = {"type":"object","properties":{"name":{"type":"string","const":"binarize"},"kwargs":{"$ref":"#/$defs/BinarizeKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema50 = {"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/required",keyword:"required",params:{missingProperty: "name"}};
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
if(!((key0 === "name") || (key0 === "kwargs"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/BinarizeDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("binarize" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/BinarizeDescr/properties/name/const",keyword:"const",params:{allowedValue: "binarize"}};
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
}
}
else {
const err9 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","properties":{"name":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema52 = {"type":"object","properties":{"min":{"type":"number"},"max":{"type":"number"}},"required":["min","max"],"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ClipDescr/required",keyword:"required",params:{missingProperty: "name"}};
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
if(!((key0 === "name") || (key0 === "kwargs"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ClipDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("clip" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ClipDescr/properties/name/const",keyword:"const",params:{allowedValue: "clip"}};
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
if(data1.min === undefined){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ClipKwargs/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.max === undefined){
const err6 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ClipKwargs/required",keyword:"required",params:{missingProperty: "max"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "min") || (key1 === "max"))){
const err7 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ClipKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.min !== undefined){
let data2 = data1.min;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/kwargs/min",schemaPath:"#/$defs/ClipKwargs/properties/min/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.max !== undefined){
let data3 = data1.max;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/kwargs/max",schemaPath:"#/$defs/ClipKwargs/properties/max/type",keyword:"type",params:{type: "number"}};
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
const err10 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ClipKwargs/type",keyword:"type",params:{type: "object"}};
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
const err11 = {instancePath,schemaPath:"#/$defs/ClipDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"object","properties":{"name":{"type":"string","const":"scale_linear"},"kwargs":{"$ref":"#/$defs/ScaleLinearKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema54 = {"type":"object","properties":{"axes":{"type":["string","null"]},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]}},"additionalProperties":false};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/required",keyword:"required",params:{missingProperty: "name"}};
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
if(!((key0 === "name") || (key0 === "kwargs"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleLinearDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_linear" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleLinearDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_linear"}};
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
for(const key1 in data1){
if(!(((key1 === "axes") || (key1 === "gain")) || (key1 === "offset"))){
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
if(data1.axes !== undefined){
let data2 = data1.axes;
if((typeof data2 !== "string") && (data2 !== null)){
const err6 = {instancePath:instancePath+"/kwargs/axes",schemaPath:"#/$defs/ScaleLinearKwargs/properties/axes/type",keyword:"type",params:{type: schema54.properties.axes.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.gain !== undefined){
let data3 = data1.gain;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/kwargs/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
const _errs14 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/kwargs/gain/" + i0,schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
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
const err9 = {instancePath:instancePath+"/kwargs/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err10 = {instancePath:instancePath+"/kwargs/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf",keyword:"anyOf",params:{}};
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
if(data1.offset !== undefined){
let data5 = data1.offset;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/kwargs/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs22 = errors;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/kwargs/offset/" + i1,schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
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
const err13 = {instancePath:instancePath+"/kwargs/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err14 = {instancePath:instancePath+"/kwargs/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ScaleLinearKwargs/type",keyword:"type",params:{type: "object"}};
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
const err16 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","properties":{"name":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema56 = {"type":"object","properties":{"mode":{"type":"string","enum":["fixed","per_dataset","per_sample"]},"axes":{"type":"string"},"mean":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"std":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["axes"],"additionalProperties":false};

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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("zero_mean_unit_variance" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/name/const",keyword:"const",params:{allowedValue: "zero_mean_unit_variance"}};
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
if(data1.axes === undefined){
const err5 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "mode") || (key1 === "axes")) || (key1 === "mean")) || (key1 === "std")) || (key1 === "eps"))){
const err6 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.mode !== undefined){
let data2 = data1.mode;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/kwargs/mode",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data2 === "fixed") || (data2 === "per_dataset")) || (data2 === "per_sample"))){
const err8 = {instancePath:instancePath+"/kwargs/mode",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema56.properties.mode.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.axes !== undefined){
if(typeof data1.axes !== "string"){
const err9 = {instancePath:instancePath+"/kwargs/axes",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.mean !== undefined){
let data4 = data1.mean;
const _errs13 = errors;
let valid3 = false;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid3 = valid3 || _valid0;
const _errs16 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err11 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err12 = {instancePath:instancePath+"/kwargs/mean/" + i0,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
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
const err13 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid3 = valid3 || _valid0;
const _errs20 = errors;
if(data4 !== null){
const err14 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err15 = {instancePath:instancePath+"/kwargs/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(data1.std !== undefined){
let data6 = data1.std;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
const _errs26 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err17 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!((typeof data7 == "number") && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/kwargs/std/" + i1,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/items/type",keyword:"type",params:{type: "number"}};
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
const err19 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
const _errs30 = errors;
if(data6 !== null){
const err20 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err21 = {instancePath:instancePath+"/kwargs/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
if(data1.eps !== undefined){
let data8 = data1.eps;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 0.1 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/kwargs/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 <= 0 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/kwargs/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/kwargs/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
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
const err25 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/type",keyword:"type",params:{type: "object"}};
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
const err26 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","properties":{"name":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema58 = {"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"axes":{"type":"string"},"min_percentile":{"anyOf":[{"type":"integer"},{"type":"number"}],"if":{"type":"number"},"then":{"type":"number","minimum":0,"exclusiveMaximum":100}},"max_percentile":{"anyOf":[{"type":"integer"},{"type":"number"}],"if":{"type":"number"},"then":{"type":"number","exclusiveMinimum":1,"maximum":100}},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorName"},{"type":"null"}]}},"required":["mode","axes"],"additionalProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/required",keyword:"required",params:{missingProperty: "mode"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "mode") || (key0 === "axes")) || (key0 === "min_percentile")) || (key0 === "max_percentile")) || (key0 === "eps")) || (key0 === "reference_tensor"))){
const err2 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleRangeKwargs/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "per_dataset") || (data0 === "per_sample"))){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleRangeKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema58.properties.mode.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.axes !== undefined){
if(typeof data.axes !== "string"){
const err5 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleRangeKwargs/properties/axes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.min_percentile !== undefined){
let data2 = data.min_percentile;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/0/type",keyword:"type",params:{type: "integer"}};
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
const _errs10 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf/1/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
const _errs12 = errors;
let valid2 = true;
const _errs13 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs15 = errors;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 >= 100 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/then/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 100}};
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
const err12 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/then/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = _valid1;
}
if(!valid2){
const err13 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.max_percentile !== undefined){
let data3 = data.max_percentile;
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid3 = valid3 || _valid2;
const _errs21 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf/1/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err16 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const _errs23 = errors;
let valid4 = true;
const _errs24 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs24 === errors;
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs26 = errors;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3 <= 1 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/then/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/then/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs26 === errors;
valid4 = _valid3;
}
if(!valid4){
const err21 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 0.1 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
let data5 = data.reference_tensor;
const _errs31 = errors;
let valid5 = false;
const _errs32 = errors;
const _errs35 = errors;
const _errs36 = errors;
if(!(((((((((((((((((((((((((((((((((((data5 === "False") || (data5 === "None")) || (data5 === "True")) || (data5 === "and")) || (data5 === "as")) || (data5 === "assert")) || (data5 === "async")) || (data5 === "await")) || (data5 === "break")) || (data5 === "class")) || (data5 === "continue")) || (data5 === "def")) || (data5 === "del")) || (data5 === "elif")) || (data5 === "else")) || (data5 === "except")) || (data5 === "finally")) || (data5 === "for")) || (data5 === "from")) || (data5 === "global")) || (data5 === "if")) || (data5 === "import")) || (data5 === "in")) || (data5 === "is")) || (data5 === "lambda")) || (data5 === "nonlocal")) || (data5 === "not")) || (data5 === "or")) || (data5 === "pass")) || (data5 === "raise")) || (data5 === "return")) || (data5 === "try")) || (data5 === "while")) || (data5 === "with")) || (data5 === "yield"))){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid7 = _errs36 === errors;
if(valid7){
const err26 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err27 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern10.test(data5)){
const err28 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid4 = _errs32 === errors;
valid5 = valid5 || _valid4;
const _errs37 = errors;
if(data5 !== null){
const err30 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs37 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const err31 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/required",keyword:"required",params:{missingProperty: "kwargs"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "kwargs"))){
const err2 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleRangeDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_range" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleRangeDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_range"}};
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
if(!(validate38(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PreprocessingDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "scale_linear")) || (data0 === "sigmoid")) || (data0 === "zero_mean_unit_variance")) || (data0 === "scale_range"))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PreprocessingDescr/properties/name/enum",keyword:"enum",params:{allowedValues: schema48.properties.name.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.name;
if(typeof tag0 == "string"){
if(tag0 === "binarize"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "name")){
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
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("sigmoid" !== data1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/const",keyword:"const",params:{allowedValue: "sigmoid"}};
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
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "name", tagValue: tag0}};
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
const err9 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "name", tagValue: tag0}};
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
validate32.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data_type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "data_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shape === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "shape"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "description")) || (key0 === "axes")) || (key0 === "data_range")) || (key0 === "data_type")) || (key0 === "shape")) || (key0 === "preprocessing"))){
const err4 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((((((((((((((((((((((((((((data0 === "False") || (data0 === "None")) || (data0 === "True")) || (data0 === "and")) || (data0 === "as")) || (data0 === "assert")) || (data0 === "async")) || (data0 === "await")) || (data0 === "break")) || (data0 === "class")) || (data0 === "continue")) || (data0 === "def")) || (data0 === "del")) || (data0 === "elif")) || (data0 === "else")) || (data0 === "except")) || (data0 === "finally")) || (data0 === "for")) || (data0 === "from")) || (data0 === "global")) || (data0 === "if")) || (data0 === "import")) || (data0 === "in")) || (data0 === "is")) || (data0 === "lambda")) || (data0 === "nonlocal")) || (data0 === "not")) || (data0 === "or")) || (data0 === "pass")) || (data0 === "raise")) || (data0 === "return")) || (data0 === "try")) || (data0 === "while")) || (data0 === "with")) || (data0 === "yield"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{}};
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
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern10.test(data0)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
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
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/InputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.axes !== undefined){
if(typeof data.axes !== "string"){
const err11 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/InputTensorDescr/properties/axes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data_range !== undefined){
let data3 = data.data_range;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(Array.isArray(data3)){
if(data3.length > 2){
const err12 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.length < 2){
const err13 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/minItems",keyword:"minItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs17 = errors;
let valid7 = false;
const _errs18 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid7 = valid7 || _valid1;
const _errs20 = errors;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data4 === "inf") || (data4 === "-inf")) || (data4 === "nan"))){
const err16 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid7 = valid7 || _valid1;
if(!valid7){
const err17 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs22 = errors;
if(data3 !== null){
const err19 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err20 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
if(data.data_type !== undefined){
let data5 = data.data_type;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/InputTensorDescr/properties/data_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data5 === "float32") || (data5 === "uint8")) || (data5 === "uint16"))){
const err22 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/InputTensorDescr/properties/data_type/enum",keyword:"enum",params:{allowedValues: schema44.properties.data_type.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.shape !== undefined){
let data6 = data.shape;
const _errs27 = errors;
let valid8 = false;
const _errs28 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
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
const err24 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid8 = valid8 || _valid2;
const _errs32 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6) && !(data6 instanceof YamlTimestamp)){
if(data6.min === undefined){
const err25 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/ParameterizedInputShape/required",keyword:"required",params:{missingProperty: "min"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6.step === undefined){
const err26 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/ParameterizedInputShape/required",keyword:"required",params:{missingProperty: "step"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "min") || (key1 === "step"))){
const err27 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/ParameterizedInputShape/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.min !== undefined){
let data8 = data6.min;
if(Array.isArray(data8)){
if(data8.length < 1){
const err28 = {instancePath:instancePath+"/shape/min",schemaPath:"#/$defs/ParameterizedInputShape/properties/min/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err29 = {instancePath:instancePath+"/shape/min/" + i2,schemaPath:"#/$defs/ParameterizedInputShape/properties/min/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/shape/min",schemaPath:"#/$defs/ParameterizedInputShape/properties/min/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.step !== undefined){
let data10 = data6.step;
if(Array.isArray(data10)){
if(data10.length < 1){
const err31 = {instancePath:instancePath+"/shape/step",schemaPath:"#/$defs/ParameterizedInputShape/properties/step/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
let data11 = data10[i3];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err32 = {instancePath:instancePath+"/shape/step/" + i3,schemaPath:"#/$defs/ParameterizedInputShape/properties/step/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/shape/step",schemaPath:"#/$defs/ParameterizedInputShape/properties/step/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/ParameterizedInputShape/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid8 = valid8 || _valid2;
if(!valid8){
const err35 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
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
if(data.preprocessing !== undefined){
let data12 = data.preprocessing;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
if(!(validate32(data12[i4], {instancePath:instancePath+"/preprocessing/" + i4,parentData:data12,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/InputTensorDescr/properties/preprocessing/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ImplicitOutputShape"}]},"halo":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"type":"null"}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false};
const schema65 = {"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorName"},"scale":{"type":"array","items":{"type":["number","null"]},"minItems":1},"offset":{"type":"array","items":{"anyOf":[{"type":"integer"},{"type":"number","multipleOf":0.5}]},"minItems":1}},"required":["reference_tensor","scale","offset"],"additionalProperties":false};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.reference_tensor === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "reference_tensor"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scale === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "scale"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.offset === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "offset"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "reference_tensor") || (key0 === "scale")) || (key0 === "offset"))){
const err3 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
let data0 = data.reference_tensor;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((((((((((((((((((((((((((((data0 === "False") || (data0 === "None")) || (data0 === "True")) || (data0 === "and")) || (data0 === "as")) || (data0 === "assert")) || (data0 === "async")) || (data0 === "await")) || (data0 === "break")) || (data0 === "class")) || (data0 === "continue")) || (data0 === "def")) || (data0 === "del")) || (data0 === "elif")) || (data0 === "else")) || (data0 === "except")) || (data0 === "finally")) || (data0 === "for")) || (data0 === "from")) || (data0 === "global")) || (data0 === "if")) || (data0 === "import")) || (data0 === "in")) || (data0 === "is")) || (data0 === "lambda")) || (data0 === "nonlocal")) || (data0 === "not")) || (data0 === "or")) || (data0 === "pass")) || (data0 === "raise")) || (data0 === "return")) || (data0 === "try")) || (data0 === "while")) || (data0 === "with")) || (data0 === "yield"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err5 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
const err6 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern10.test(data0)){
const err7 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scale !== undefined){
let data1 = data.scale;
if(Array.isArray(data1)){
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err10 = {instancePath:instancePath+"/scale/" + i0,schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/items/type",keyword:"type",params:{type: schema65.properties.scale.items.type}};
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
const err11 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.offset !== undefined){
let data3 = data.offset;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs14 = errors;
let valid7 = false;
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid7 = valid7 || _valid0;
const _errs17 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
if(Math.abs(data4 - (data4 / 0.5 < 0 ? -Math.round(-data4 / 0.5) : Math.round(data4 / 0.5)) * 0.5) > 1e-9){
const err14 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.5}};
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
const err15 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const err16 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/type",keyword:"type",params:{type: "array"}};
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
const err18 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range","scale_mean_variance"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"}]};
const schema68 = {"type":"object","properties":{"name":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema69 = {"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"reference_tensor":{"$ref":"#/$defs/TensorName"},"axes":{"type":["string","null"]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["mode","reference_tensor"],"additionalProperties":false};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/required",keyword:"required",params:{missingProperty: "mode"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reference_tensor === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/required",keyword:"required",params:{missingProperty: "reference_tensor"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "mode") || (key0 === "reference_tensor")) || (key0 === "axes")) || (key0 === "eps"))){
const err2 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "per_dataset") || (data0 === "per_sample"))){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema69.properties.mode.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
let data1 = data.reference_tensor;
const _errs7 = errors;
const _errs8 = errors;
if(!(((((((((((((((((((((((((((((((((((data1 === "False") || (data1 === "None")) || (data1 === "True")) || (data1 === "and")) || (data1 === "as")) || (data1 === "assert")) || (data1 === "async")) || (data1 === "await")) || (data1 === "break")) || (data1 === "class")) || (data1 === "continue")) || (data1 === "def")) || (data1 === "del")) || (data1 === "elif")) || (data1 === "else")) || (data1 === "except")) || (data1 === "finally")) || (data1 === "for")) || (data1 === "from")) || (data1 === "global")) || (data1 === "if")) || (data1 === "import")) || (data1 === "in")) || (data1 === "is")) || (data1 === "lambda")) || (data1 === "nonlocal")) || (data1 === "not")) || (data1 === "or")) || (data1 === "pass")) || (data1 === "raise")) || (data1 === "return")) || (data1 === "try")) || (data1 === "while")) || (data1 === "with")) || (data1 === "yield"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
const err6 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern10.test(data1)){
const err8 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
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
const err9 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.axes !== undefined){
let data2 = data.axes;
if((typeof data2 !== "string") && (data2 !== null)){
const err10 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/axes/type",keyword:"type",params:{type: schema69.properties.axes.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.eps !== undefined){
let data3 = data.eps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 0.1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
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
const err13 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"}};
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
const err14 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/required",keyword:"required",params:{missingProperty: "name"}};
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
if(!((key0 === "name") || (key0 === "kwargs"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_mean_variance" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_mean_variance"}};
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
if(!(validate52(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PostprocessingDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "scale_linear")) || (data0 === "sigmoid")) || (data0 === "zero_mean_unit_variance")) || (data0 === "scale_range")) || (data0 === "scale_mean_variance"))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PostprocessingDescr/properties/name/enum",keyword:"enum",params:{allowedValues: schema67.properties.name.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.name;
if(typeof tag0 == "string"){
if(tag0 === "binarize"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate34(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "name")){
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
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("sigmoid" !== data1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/const",keyword:"const",params:{allowedValue: "sigmoid"}};
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
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_mean_variance"){
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err8 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "name", tagValue: tag0}};
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
const err9 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "name", tagValue: tag0}};
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
validate50.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate50.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data_type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "data_type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shape === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "shape"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "description")) || (key0 === "axes")) || (key0 === "data_range")) || (key0 === "data_type")) || (key0 === "shape")) || (key0 === "halo")) || (key0 === "postprocessing"))){
const err4 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((((((((((((((((((((((((((((data0 === "False") || (data0 === "None")) || (data0 === "True")) || (data0 === "and")) || (data0 === "as")) || (data0 === "assert")) || (data0 === "async")) || (data0 === "await")) || (data0 === "break")) || (data0 === "class")) || (data0 === "continue")) || (data0 === "def")) || (data0 === "del")) || (data0 === "elif")) || (data0 === "else")) || (data0 === "except")) || (data0 === "finally")) || (data0 === "for")) || (data0 === "from")) || (data0 === "global")) || (data0 === "if")) || (data0 === "import")) || (data0 === "in")) || (data0 === "is")) || (data0 === "lambda")) || (data0 === "nonlocal")) || (data0 === "not")) || (data0 === "or")) || (data0 === "pass")) || (data0 === "raise")) || (data0 === "return")) || (data0 === "try")) || (data0 === "while")) || (data0 === "with")) || (data0 === "yield"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{}};
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
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern10.test(data0)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^(?!.*[\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{cf3}\\u{ece}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{200c}-\\u{200d}\\u{30fb}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}\\u{ff65}\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10eff}\\u{1123f}-\\u{11241}\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f00}-\\u{11f10}\\u{11f12}-\\u{11f3a}\\u{11f3e}-\\u{11f42}\\u{11f50}-\\u{11f5a}\\u{1342f}\\u{13440}-\\u{13455}\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1b132}\\u{1b155}\\u{1ccf0}-\\u{1ccf9}\\u{1df25}-\\u{1df2a}\\u{1e030}-\\u{1e06d}\\u{1e08f}\\u{1e4d0}-\\u{1e4f9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}\\u{1e6fe}-\\u{1e6ff}\\u{2b739}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{2ebf0}-\\u{2ee5d}\\u{31350}-\\u{33479}])[\\p{XID_Start}_]\\p{XID_Continue}*$"}};
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
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/OutputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.axes !== undefined){
if(typeof data.axes !== "string"){
const err11 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/OutputTensorDescr/properties/axes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data_range !== undefined){
let data3 = data.data_range;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(Array.isArray(data3)){
if(data3.length > 2){
const err12 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.length < 2){
const err13 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/minItems",keyword:"minItems",params:{limit: 2}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs17 = errors;
let valid7 = false;
const _errs18 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid7 = valid7 || _valid1;
const _errs20 = errors;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data4 === "inf") || (data4 === "-inf")) || (data4 === "nan"))){
const err16 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[1].enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid7 = valid7 || _valid1;
if(!valid7){
const err17 = {instancePath:instancePath+"/data_range/" + i0,schemaPath:"#/$defs/RangeBound/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs22 = errors;
if(data3 !== null){
const err19 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs22 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err20 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
if(data.data_type !== undefined){
let data5 = data.data_type;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/OutputTensorDescr/properties/data_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((((((((data5 === "float32") || (data5 === "float64")) || (data5 === "uint8")) || (data5 === "int8")) || (data5 === "uint16")) || (data5 === "int16")) || (data5 === "uint32")) || (data5 === "int32")) || (data5 === "uint64")) || (data5 === "int64")) || (data5 === "bool"))){
const err22 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/OutputTensorDescr/properties/data_type/enum",keyword:"enum",params:{allowedValues: schema62.properties.data_type.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.shape !== undefined){
let data6 = data.shape;
const _errs27 = errors;
let valid8 = false;
const _errs28 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
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
const err24 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid8 = valid8 || _valid2;
const _errs32 = errors;
if(!(validate48(data6, {instancePath:instancePath+"/shape",parentData:data,parentDataProperty:"shape",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid2 = _errs32 === errors;
valid8 = valid8 || _valid2;
if(!valid8){
const err25 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
if(data.halo !== undefined){
let data8 = data.halo;
const _errs34 = errors;
let valid11 = false;
const _errs35 = errors;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err26 = {instancePath:instancePath+"/halo/" + i2,schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid11 = valid11 || _valid3;
const _errs39 = errors;
if(data8 !== null){
const err28 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs39 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const err29 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.postprocessing !== undefined){
let data10 = data.postprocessing;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate50(data10[i3], {instancePath:instancePath+"/postprocessing/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/postprocessing",schemaPath:"#/$defs/OutputTensorDescr/properties/postprocessing/type",keyword:"type",params:{type: "array"}};
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
const err31 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","properties":{"id":{"$ref":"#/$defs/ResourceId"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false};
const pattern9 = new RegExp("^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$", "u");

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
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
if(!((key0 === "id") || (key0 === "version_number"))){
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
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern9.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"}};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.version_number !== undefined){
let data1 = data.version_number;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err5 = {instancePath:instancePath+"/version_number",schemaPath:"#/$defs/LinkedModel/properties/version_number/type",keyword:"type",params:{type: schema73.properties.version_number.type}};
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
const err6 = {instancePath,schemaPath:"#/$defs/LinkedModel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false};
const schema79 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};
const schema80 = {"type":"string","minLength":64,"maxLength":64};
const schema82 = {"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]};
const formats2 = formats.email;
const pattern17 = new RegExp("^.+:.+$", "u");

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
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "attachments")) || (key0 === "authors")) || (key0 === "dependencies")) || (key0 === "parent")) || (key0 === "tensorflow_version"))){
const err1 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err25 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.tensorflow_version !== undefined){
let data12 = data.tensorflow_version;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
const _errs60 = errors;
let valid16 = false;
const _errs61 = errors;
if(typeof data12 !== "string"){
const err33 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs61 === errors;
valid16 = valid16 || _valid8;
const _errs63 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid8 = _errs63 === errors;
valid16 = valid16 || _valid8;
const _errs65 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid16 = valid16 || _valid8;
if(!valid16){
const err36 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs67 = errors;
if(data12 !== null){
const err37 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs67 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err38 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema84 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"opset_version":{"anyOf":[{"type":"integer","minimum":7},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
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
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "attachments")) || (key0 === "authors")) || (key0 === "dependencies")) || (key0 === "parent")) || (key0 === "opset_version"))){
const err1 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/OnnxWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/OnnxWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err25 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.opset_version !== undefined){
let data12 = data.opset_version;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err33 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 7 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 7}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs60 = errors;
if(data12 !== null){
const err35 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs60 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err36 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"architecture":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"string","pattern":"^.+\\..+$"}]},"architecture_sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"kwargs":{"type":"object","additionalProperties":true},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source","architecture"],"additionalProperties":false};
const pattern21 = new RegExp("^.+\\..+$", "u");

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
for(const key0 in data){
if(!(func1.call(schema88.properties, key0))){
const err2 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err7 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err9 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err11 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err21 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err25 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err29 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err33 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.architecture !== undefined){
let data12 = data.architecture;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
if(typeof data12 === "string"){
if(!pattern17.test(data12)){
const err34 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
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
const err35 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs60 = errors;
if(typeof data12 === "string"){
if(!pattern21.test(data12)){
const err36 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^.+\\..+$"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs60 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err38 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data.architecture_sha256 !== undefined){
let data13 = data.architecture_sha256;
const _errs63 = errors;
let valid15 = false;
const _errs64 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 64){
const err39 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data13) < 64){
const err40 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid8 = _errs64 === errors;
valid15 = valid15 || _valid8;
const _errs67 = errors;
if(data13 !== null){
const err42 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture_sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid15 = valid15 || _valid8;
if(!valid15){
const err43 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture_sha256/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.kwargs !== undefined){
let data14 = data.kwargs;
if(data14 && typeof data14 == "object" && !Array.isArray(data14) && !(data14 instanceof YamlTimestamp)){
}
else {
const err44 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.pytorch_version !== undefined){
let data15 = data.pytorch_version;
const _errs73 = errors;
let valid17 = false;
const _errs74 = errors;
const _errs76 = errors;
let valid19 = false;
const _errs77 = errors;
if(typeof data15 !== "string"){
const err45 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid10 = _errs77 === errors;
valid19 = valid19 || _valid10;
const _errs79 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err46 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid10 = _errs79 === errors;
valid19 = valid19 || _valid10;
const _errs81 = errors;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err47 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid10 = _errs81 === errors;
valid19 = valid19 || _valid10;
if(!valid19){
const err48 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
var _valid9 = _errs74 === errors;
valid17 = valid17 || _valid9;
const _errs83 = errors;
if(data15 !== null){
const err49 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/pytorch_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid9 = _errs83 === errors;
valid17 = valid17 || _valid9;
if(!valid17){
const err50 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/pytorch_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs73;
if(vErrors !== null){
if(_errs73){
vErrors.length = _errs73;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema94 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

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
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "attachments")) || (key0 === "authors")) || (key0 === "dependencies")) || (key0 === "parent")) || (key0 === "tensorflow_version"))){
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err25 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.tensorflow_version !== undefined){
let data12 = data.tensorflow_version;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
const _errs60 = errors;
let valid16 = false;
const _errs61 = errors;
if(typeof data12 !== "string"){
const err33 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs61 === errors;
valid16 = valid16 || _valid8;
const _errs63 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid8 = _errs63 === errors;
valid16 = valid16 || _valid8;
const _errs65 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid16 = valid16 || _valid8;
if(!valid16){
const err36 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs67 = errors;
if(data12 !== null){
const err37 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs67 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err38 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

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
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "attachments")) || (key0 === "authors")) || (key0 === "dependencies")) || (key0 === "parent")) || (key0 === "tensorflow_version"))){
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err25 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.tensorflow_version !== undefined){
let data12 = data.tensorflow_version;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
const _errs60 = errors;
let valid16 = false;
const _errs61 = errors;
if(typeof data12 !== "string"){
const err33 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs61 === errors;
valid16 = valid16 || _valid8;
const _errs63 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid8 = _errs63 === errors;
valid16 = valid16 || _valid8;
const _errs65 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid16 = valid16 || _valid8;
if(!valid16){
const err36 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs67 = errors;
if(data12 !== null){
const err37 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs67 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err38 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema104 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
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
for(const key0 in data){
if(!(((((((key0 === "source") || (key0 === "sha256")) || (key0 === "attachments")) || (key0 === "authors")) || (key0 === "dependencies")) || (key0 === "parent")) || (key0 === "pytorch_version"))){
const err1 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(!(validate23(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
const _errs13 = errors;
if(data2 !== null){
const err7 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err8 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err9 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err10 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.affiliation !== undefined){
let data5 = data4.affiliation;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/authors/" + i0+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.email !== undefined){
let data6 = data4.email;
const _errs26 = errors;
let valid9 = false;
const _errs27 = errors;
if(typeof data6 === "string"){
if(!(formats2.validate(data6))){
const err12 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err13 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid9 = valid9 || _valid3;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const err15 = {instancePath:instancePath+"/authors/" + i0+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.orcid !== undefined){
let data7 = data4.orcid;
const _errs32 = errors;
let valid10 = false;
const _errs33 = errors;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid10 = valid10 || _valid4;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid10 = valid10 || _valid4;
if(!valid10){
const err18 = {instancePath:instancePath+"/authors/" + i0+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err19 = {instancePath:instancePath+"/authors/" + i0+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.github_user !== undefined){
let data9 = data4.github_user;
if((typeof data9 !== "string") && (data9 !== null)){
const err20 = {instancePath:instancePath+"/authors/" + i0+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid4 = valid4 || _valid2;
const _errs41 = errors;
if(data3 !== null){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs41 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
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
if(data.dependencies !== undefined){
let data10 = data.dependencies;
const _errs44 = errors;
let valid11 = false;
const _errs45 = errors;
if(typeof data10 === "string"){
if(!pattern17.test(data10)){
const err25 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid11 = valid11 || _valid5;
const _errs47 = errors;
if(data10 !== null){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid5 = _errs47 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data11 = data.parent;
const _errs50 = errors;
let valid12 = false;
const _errs51 = errors;
if(typeof data11 !== "string"){
const err29 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!((((((data11 === "keras_hdf5") || (data11 === "onnx")) || (data11 === "pytorch_state_dict")) || (data11 === "tensorflow_js")) || (data11 === "tensorflow_saved_model_bundle")) || (data11 === "torchscript"))){
const err30 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema82.enum}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid12 = valid12 || _valid6;
const _errs54 = errors;
if(data11 !== null){
const err31 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs54 === errors;
valid12 = valid12 || _valid6;
if(!valid12){
const err32 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.pytorch_version !== undefined){
let data12 = data.pytorch_version;
const _errs57 = errors;
let valid14 = false;
const _errs58 = errors;
const _errs60 = errors;
let valid16 = false;
const _errs61 = errors;
if(typeof data12 !== "string"){
const err33 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs61 === errors;
valid16 = valid16 || _valid8;
const _errs63 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err34 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid8 = _errs63 === errors;
valid16 = valid16 || _valid8;
const _errs65 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err35 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid16 = valid16 || _valid8;
if(!valid16){
const err36 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid7 = _errs58 === errors;
valid14 = valid14 || _valid7;
const _errs67 = errors;
if(data12 !== null){
const err37 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/pytorch_version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs67 === errors;
valid14 = valid14 || _valid7;
if(!valid14){
const err38 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/pytorch_version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
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
if(!(validate69(data0, {instancePath:instancePath+"/keras_hdf5",parentData:data,parentDataProperty:"keras_hdf5",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
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
if(!(validate73(data1, {instancePath:instancePath+"/onnx",parentData:data,parentDataProperty:"onnx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
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
if(!(validate77(data2, {instancePath:instancePath+"/pytorch_state_dict",parentData:data,parentDataProperty:"pytorch_state_dict",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
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
if(!(validate81(data3, {instancePath:instancePath+"/tensorflow_js",parentData:data,parentDataProperty:"tensorflow_js",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
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
if(!(validate85(data4, {instancePath:instancePath+"/tensorflow_saved_model_bundle",parentData:data,parentDataProperty:"tensorflow_saved_model_bundle",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
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
if(!(validate89(data5, {instancePath:instancePath+"/torchscript",parentData:data,parentDataProperty:"torchscript",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
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
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern8 = new RegExp("^0\\.4\\.\\d+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/bioimageio/model/0.4.json" */;
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
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authors === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.format_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.documentation === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documentation"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.inputs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.license === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "license"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.outputs === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.test_inputs === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test_inputs"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.test_outputs === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test_outputs"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.timestamp === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.weights === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weights"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const err17 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(func2(data4) > 1){
const err18 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
const _errs13 = errors;
if(data4 !== null){
const err21 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err22 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(data5.length < 1){
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6) && !(data6 instanceof YamlTimestamp)){
if(data6.name === undefined){
const err24 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data6){
if(!(((((key1 === "affiliation") || (key1 === "email")) || (key1 === "orcid")) || (key1 === "name")) || (key1 === "github_user"))){
const err25 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.affiliation !== undefined){
let data7 = data6.affiliation;
if((typeof data7 !== "string") && (data7 !== null)){
const err26 = {instancePath:instancePath+"/authors/" + i1+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.email !== undefined){
let data8 = data6.email;
const _errs24 = errors;
let valid8 = false;
const _errs25 = errors;
if(typeof data8 === "string"){
if(!(formats2.validate(data8))){
const err27 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err28 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs25 === errors;
valid8 = valid8 || _valid1;
const _errs27 = errors;
if(data8 !== null){
const err29 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const err30 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
if(data6.orcid !== undefined){
let data9 = data6.orcid;
const _errs30 = errors;
let valid9 = false;
const _errs31 = errors;
if(typeof data9 !== "string"){
const err31 = {instancePath:instancePath+"/authors/" + i1+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs31 === errors;
valid9 = valid9 || _valid2;
const _errs33 = errors;
if(data9 !== null){
const err32 = {instancePath:instancePath+"/authors/" + i1+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs33 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err33 = {instancePath:instancePath+"/authors/" + i1+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err34 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.github_user !== undefined){
let data11 = data6.github_user;
if((typeof data11 !== "string") && (data11 !== null)){
const err35 = {instancePath:instancePath+"/authors/" + i1+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
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
const err36 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.attachments !== undefined){
let data12 = data.attachments;
const _errs40 = errors;
let valid10 = false;
const _errs41 = errors;
if(!(validate23(data12, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid3 = _errs41 === errors;
valid10 = valid10 || _valid3;
const _errs42 = errors;
if(data12 !== null){
const err38 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs42 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const err39 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
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
if(data.cite !== undefined){
let data13 = data.cite;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
if(!(validate26(data13[i2], {instancePath:instancePath+"/cite/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err40 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.config !== undefined){
let data15 = data.config;
if(data15 && typeof data15 == "object" && !Array.isArray(data15) && !(data15 instanceof YamlTimestamp)){
}
else {
const err41 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.download_url !== undefined){
let data16 = data.download_url;
const _errs51 = errors;
let valid13 = false;
const _errs52 = errors;
if(typeof data16 === "string"){
if(func2(data16) > 2083){
const err42 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern4.test(data16)){
const err44 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data16))){
const err45 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid4 = _errs52 === errors;
valid13 = valid13 || _valid4;
const _errs55 = errors;
if(data16 !== null){
const err47 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs55 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const err48 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
if(data.git_repo !== undefined){
let data17 = data.git_repo;
if((typeof data17 !== "string") && (data17 !== null)){
const err49 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/type",keyword:"type",params:{type: schema31.properties.git_repo.type}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.icon !== undefined){
let data18 = data.icon;
const _errs60 = errors;
let valid15 = false;
const _errs61 = errors;
if(typeof data18 === "string"){
if(func2(data18) > 2){
const err50 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data18) < 1){
const err51 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid5 = _errs61 === errors;
valid15 = valid15 || _valid5;
const _errs63 = errors;
if(!(validate21(data18, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid5 = _errs63 === errors;
valid15 = valid15 || _valid5;
const _errs64 = errors;
if(data18 !== null){
const err53 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs64 === errors;
valid15 = valid15 || _valid5;
if(!valid15){
const err54 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
}
if(data.links !== undefined){
let data19 = data.links;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
if(typeof data19[i3] !== "string"){
const err55 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.uploader !== undefined){
let data21 = data.uploader;
const _errs71 = errors;
let valid18 = false;
const _errs72 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21) && !(data21 instanceof YamlTimestamp)){
if(data21.email === undefined){
const err57 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/required",keyword:"required",params:{missingProperty: "email"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key2 in data21){
if(!((key2 === "email") || (key2 === "name"))){
const err58 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data21.email !== undefined){
let data22 = data21.email;
if(typeof data22 === "string"){
if(!(formats2.validate(data22))){
const err59 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.name !== undefined){
let data23 = data21.name;
if((typeof data23 !== "string") && (data23 !== null)){
const err61 = {instancePath:instancePath+"/uploader/name",schemaPath:"#/$defs/Uploader/properties/name/type",keyword:"type",params:{type: schema40.properties.name.type}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid6 = _errs72 === errors;
valid18 = valid18 || _valid6;
const _errs80 = errors;
if(data21 !== null){
const err63 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid6 = _errs80 === errors;
valid18 = valid18 || _valid6;
if(!valid18){
const err64 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
}
if(data.maintainers !== undefined){
let data24 = data.maintainers;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
if(data25 && typeof data25 == "object" && !Array.isArray(data25) && !(data25 instanceof YamlTimestamp)){
if(data25.github_user === undefined){
const err65 = {instancePath:instancePath+"/maintainers/" + i4,schemaPath:"#/$defs/Maintainer/required",keyword:"required",params:{missingProperty: "github_user"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key3 in data25){
if(!(((((key3 === "affiliation") || (key3 === "email")) || (key3 === "orcid")) || (key3 === "name")) || (key3 === "github_user"))){
const err66 = {instancePath:instancePath+"/maintainers/" + i4,schemaPath:"#/$defs/Maintainer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data25.affiliation !== undefined){
let data26 = data25.affiliation;
if((typeof data26 !== "string") && (data26 !== null)){
const err67 = {instancePath:instancePath+"/maintainers/" + i4+"/affiliation",schemaPath:"#/$defs/Maintainer/properties/affiliation/type",keyword:"type",params:{type: schema41.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data25.email !== undefined){
let data27 = data25.email;
const _errs91 = errors;
let valid25 = false;
const _errs92 = errors;
if(typeof data27 === "string"){
if(!(formats2.validate(data27))){
const err68 = {instancePath:instancePath+"/maintainers/" + i4+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/maintainers/" + i4+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid7 = _errs92 === errors;
valid25 = valid25 || _valid7;
const _errs94 = errors;
if(data27 !== null){
const err70 = {instancePath:instancePath+"/maintainers/" + i4+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid7 = _errs94 === errors;
valid25 = valid25 || _valid7;
if(!valid25){
const err71 = {instancePath:instancePath+"/maintainers/" + i4+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
if(data25.orcid !== undefined){
let data28 = data25.orcid;
const _errs97 = errors;
let valid26 = false;
const _errs98 = errors;
if(typeof data28 !== "string"){
const err72 = {instancePath:instancePath+"/maintainers/" + i4+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid8 = _errs98 === errors;
valid26 = valid26 || _valid8;
const _errs100 = errors;
if(data28 !== null){
const err73 = {instancePath:instancePath+"/maintainers/" + i4+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid8 = _errs100 === errors;
valid26 = valid26 || _valid8;
if(!valid26){
const err74 = {instancePath:instancePath+"/maintainers/" + i4+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
errors = _errs97;
if(vErrors !== null){
if(_errs97){
vErrors.length = _errs97;
}
else {
vErrors = null;
}
}
}
}
if(data25.name !== undefined){
let data29 = data25.name;
if((typeof data29 !== "string") && (data29 !== null)){
const err75 = {instancePath:instancePath+"/maintainers/" + i4+"/name",schemaPath:"#/$defs/Maintainer/properties/name/type",keyword:"type",params:{type: schema41.properties.name.type}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data25.github_user !== undefined){
if(typeof data25.github_user !== "string"){
const err76 = {instancePath:instancePath+"/maintainers/" + i4+"/github_user",schemaPath:"#/$defs/Maintainer/properties/github_user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/maintainers/" + i4,schemaPath:"#/$defs/Maintainer/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/maintainers",schemaPath:"#/properties/maintainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.rdf_source !== undefined){
let data31 = data.rdf_source;
const _errs107 = errors;
let valid27 = false;
const _errs108 = errors;
if(!(validate21(data31, {instancePath:instancePath+"/rdf_source",parentData:data,parentDataProperty:"rdf_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid9 = _errs108 === errors;
valid27 = valid27 || _valid9;
const _errs109 = errors;
if(data31 !== null){
const err79 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid9 = _errs109 === errors;
valid27 = valid27 || _valid9;
if(!valid27){
const err80 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs107;
if(vErrors !== null){
if(_errs107){
vErrors.length = _errs107;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data32 = data.tags;
if(Array.isArray(data32)){
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
if(typeof data32[i5] !== "string"){
const err81 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.version !== undefined){
let data34 = data.version;
const _errs116 = errors;
let valid30 = false;
const _errs117 = errors;
const _errs119 = errors;
let valid32 = false;
const _errs120 = errors;
if(typeof data34 !== "string"){
const err83 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid11 = _errs120 === errors;
valid32 = valid32 || _valid11;
const _errs122 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err84 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid11 = _errs122 === errors;
valid32 = valid32 || _valid11;
const _errs124 = errors;
if(!((typeof data34 == "number") && (isFinite(data34)))){
const err85 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid11 = _errs124 === errors;
valid32 = valid32 || _valid11;
if(!valid32){
const err86 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
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
var _valid10 = _errs117 === errors;
valid30 = valid30 || _valid10;
const _errs126 = errors;
if(data34 !== null){
const err87 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid10 = _errs126 === errors;
valid30 = valid30 || _valid10;
if(!valid30){
const err88 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
}
}
if(data.version_number !== undefined){
let data35 = data.version_number;
if((!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))) && (data35 !== null)){
const err89 = {instancePath:instancePath+"/version_number",schemaPath:"#/properties/version_number/type",keyword:"type",params:{type: schema31.properties.version_number.type}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.format_version !== undefined){
let data36 = data.format_version;
if(typeof data36 === "string"){
if(!pattern8.test(data36)){
const err90 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/pattern",keyword:"pattern",params:{pattern: "^0\\.4\\.\\d+$"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.type !== undefined){
let data37 = data.type;
if(typeof data37 !== "string"){
const err92 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if("model" !== data37){
const err93 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "model"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.id !== undefined){
let data38 = data.id;
const _errs135 = errors;
let valid33 = false;
const _errs136 = errors;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err94 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!pattern9.test(data38)){
const err95 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid12 = _errs136 === errors;
valid33 = valid33 || _valid12;
const _errs139 = errors;
if(data38 !== null){
const err97 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid12 = _errs139 === errors;
valid33 = valid33 || _valid12;
if(!valid33){
const err98 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
}
if(data.documentation !== undefined){
if(!(validate21(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.inputs !== undefined){
let data40 = data.inputs;
if(Array.isArray(data40)){
if(data40.length < 1){
const err99 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len6 = data40.length;
for(let i6=0; i6<len6; i6++){
if(!(validate31(data40[i6], {instancePath:instancePath+"/inputs/" + i6,parentData:data40,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err100 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.license !== undefined){
let data42 = data.license;
const _errs146 = errors;
let valid37 = false;
const _errs147 = errors;
if(typeof data42 !== "string"){
const err101 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/LicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid13 = _errs147 === errors;
valid37 = valid37 || _valid13;
const _errs150 = errors;
if(typeof data42 !== "string"){
const err102 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid13 = _errs150 === errors;
valid37 = valid37 || _valid13;
if(!valid37){
const err103 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
}
}
if(data.outputs !== undefined){
let data43 = data.outputs;
if(Array.isArray(data43)){
if(data43.length < 1){
const err104 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const len7 = data43.length;
for(let i7=0; i7<len7; i7++){
if(!(validate47(data43[i7], {instancePath:instancePath+"/outputs/" + i7,parentData:data43,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err105 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.packaged_by !== undefined){
let data45 = data.packaged_by;
if(Array.isArray(data45)){
const len8 = data45.length;
for(let i8=0; i8<len8; i8++){
let data46 = data45[i8];
if(data46 && typeof data46 == "object" && !Array.isArray(data46) && !(data46 instanceof YamlTimestamp)){
if(data46.name === undefined){
const err106 = {instancePath:instancePath+"/packaged_by/" + i8,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key4 in data46){
if(!(((((key4 === "affiliation") || (key4 === "email")) || (key4 === "orcid")) || (key4 === "name")) || (key4 === "github_user"))){
const err107 = {instancePath:instancePath+"/packaged_by/" + i8,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data46.affiliation !== undefined){
let data47 = data46.affiliation;
if((typeof data47 !== "string") && (data47 !== null)){
const err108 = {instancePath:instancePath+"/packaged_by/" + i8+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data46.email !== undefined){
let data48 = data46.email;
const _errs164 = errors;
let valid45 = false;
const _errs165 = errors;
if(typeof data48 === "string"){
if(!(formats2.validate(data48))){
const err109 = {instancePath:instancePath+"/packaged_by/" + i8+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/packaged_by/" + i8+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid14 = _errs165 === errors;
valid45 = valid45 || _valid14;
const _errs167 = errors;
if(data48 !== null){
const err111 = {instancePath:instancePath+"/packaged_by/" + i8+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid14 = _errs167 === errors;
valid45 = valid45 || _valid14;
if(!valid45){
const err112 = {instancePath:instancePath+"/packaged_by/" + i8+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
}
}
if(data46.orcid !== undefined){
let data49 = data46.orcid;
const _errs170 = errors;
let valid46 = false;
const _errs171 = errors;
if(typeof data49 !== "string"){
const err113 = {instancePath:instancePath+"/packaged_by/" + i8+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid15 = _errs171 === errors;
valid46 = valid46 || _valid15;
const _errs173 = errors;
if(data49 !== null){
const err114 = {instancePath:instancePath+"/packaged_by/" + i8+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid15 = _errs173 === errors;
valid46 = valid46 || _valid15;
if(!valid46){
const err115 = {instancePath:instancePath+"/packaged_by/" + i8+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs170;
if(vErrors !== null){
if(_errs170){
vErrors.length = _errs170;
}
else {
vErrors = null;
}
}
}
}
if(data46.name !== undefined){
if(typeof data46.name !== "string"){
const err116 = {instancePath:instancePath+"/packaged_by/" + i8+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data46.github_user !== undefined){
let data51 = data46.github_user;
if((typeof data51 !== "string") && (data51 !== null)){
const err117 = {instancePath:instancePath+"/packaged_by/" + i8+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/packaged_by/" + i8,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/packaged_by",schemaPath:"#/properties/packaged_by/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.parent !== undefined){
let data52 = data.parent;
const _errs180 = errors;
let valid47 = false;
const _errs181 = errors;
if(!(validate62(data52, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid16 = _errs181 === errors;
valid47 = valid47 || _valid16;
const _errs182 = errors;
if(data52 !== null){
const err120 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid16 = _errs182 === errors;
valid47 = valid47 || _valid16;
if(!valid47){
const err121 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
}
}
if(data.run_mode !== undefined){
let data53 = data.run_mode;
const _errs185 = errors;
let valid48 = false;
const _errs186 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53) && !(data53 instanceof YamlTimestamp)){
if(data53.name === undefined){
const err122 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
for(const key5 in data53){
if(!((key5 === "name") || (key5 === "kwargs"))){
const err123 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data53.name !== undefined){
let data54 = data53.name;
const _errs191 = errors;
let valid51 = false;
const _errs192 = errors;
if(typeof data54 !== "string"){
const err124 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if("deepimagej" !== data54){
const err125 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/0/const",keyword:"const",params:{allowedValue: "deepimagej"}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid18 = _errs192 === errors;
valid51 = valid51 || _valid18;
const _errs194 = errors;
if(typeof data54 !== "string"){
const err126 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid18 = _errs194 === errors;
valid51 = valid51 || _valid18;
if(!valid51){
const err127 = {instancePath:instancePath+"/run_mode/name",schemaPath:"#/$defs/RunMode/properties/name/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
else {
errors = _errs191;
if(vErrors !== null){
if(_errs191){
vErrors.length = _errs191;
}
else {
vErrors = null;
}
}
}
}
if(data53.kwargs !== undefined){
let data55 = data53.kwargs;
if(data55 && typeof data55 == "object" && !Array.isArray(data55) && !(data55 instanceof YamlTimestamp)){
}
else {
const err128 = {instancePath:instancePath+"/run_mode/kwargs",schemaPath:"#/$defs/RunMode/properties/kwargs/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/run_mode",schemaPath:"#/$defs/RunMode/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var _valid17 = _errs186 === errors;
valid48 = valid48 || _valid17;
const _errs199 = errors;
if(data53 !== null){
const err130 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid17 = _errs199 === errors;
valid48 = valid48 || _valid17;
if(!valid48){
const err131 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
errors = _errs185;
if(vErrors !== null){
if(_errs185){
vErrors.length = _errs185;
}
else {
vErrors = null;
}
}
}
}
if(data.sample_inputs !== undefined){
let data56 = data.sample_inputs;
if(Array.isArray(data56)){
const len9 = data56.length;
for(let i9=0; i9<len9; i9++){
if(!(validate21(data56[i9], {instancePath:instancePath+"/sample_inputs/" + i9,parentData:data56,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err132 = {instancePath:instancePath+"/sample_inputs",schemaPath:"#/properties/sample_inputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.sample_outputs !== undefined){
let data58 = data.sample_outputs;
if(Array.isArray(data58)){
const len10 = data58.length;
for(let i10=0; i10<len10; i10++){
if(!(validate21(data58[i10], {instancePath:instancePath+"/sample_outputs/" + i10,parentData:data58,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err133 = {instancePath:instancePath+"/sample_outputs",schemaPath:"#/properties/sample_outputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.test_inputs !== undefined){
let data60 = data.test_inputs;
if(Array.isArray(data60)){
if(data60.length < 1){
const err134 = {instancePath:instancePath+"/test_inputs",schemaPath:"#/properties/test_inputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
const len11 = data60.length;
for(let i11=0; i11<len11; i11++){
if(!(validate21(data60[i11], {instancePath:instancePath+"/test_inputs/" + i11,parentData:data60,parentDataProperty:i11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err135 = {instancePath:instancePath+"/test_inputs",schemaPath:"#/properties/test_inputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.test_outputs !== undefined){
let data62 = data.test_outputs;
if(Array.isArray(data62)){
if(data62.length < 1){
const err136 = {instancePath:instancePath+"/test_outputs",schemaPath:"#/properties/test_outputs/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
const len12 = data62.length;
for(let i12=0; i12<len12; i12++){
if(!(validate21(data62[i12], {instancePath:instancePath+"/test_outputs/" + i12,parentData:data62,parentDataProperty:i12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err137 = {instancePath:instancePath+"/test_outputs",schemaPath:"#/properties/test_outputs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.timestamp !== undefined){
if(typeof data.timestamp !== "string"){
const err138 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.training_data !== undefined){
let data65 = data.training_data;
const _errs216 = errors;
let valid60 = false;
const _errs217 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65) && !(data65 instanceof YamlTimestamp)){
if(data65.id === undefined){
const err139 = {instancePath:instancePath+"/training_data",schemaPath:"#/$defs/LinkedDataset/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key6 in data65){
if(!((key6 === "id") || (key6 === "version_number"))){
const err140 = {instancePath:instancePath+"/training_data",schemaPath:"#/$defs/LinkedDataset/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data65.id !== undefined){
let data66 = data65.id;
if(typeof data66 === "string"){
if(func2(data66) < 1){
const err141 = {instancePath:instancePath+"/training_data/id",schemaPath:"#/$defs/LinkedDataset/properties/id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(!pattern9.test(data66)){
const err142 = {instancePath:instancePath+"/training_data/id",schemaPath:"#/$defs/LinkedDataset/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/training_data/id",schemaPath:"#/$defs/LinkedDataset/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data65.version_number !== undefined){
let data67 = data65.version_number;
if((!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))) && (data67 !== null)){
const err144 = {instancePath:instancePath+"/training_data/version_number",schemaPath:"#/$defs/LinkedDataset/properties/version_number/type",keyword:"type",params:{type: schema76.properties.version_number.type}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/training_data",schemaPath:"#/$defs/LinkedDataset/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid19 = _errs217 === errors;
valid60 = valid60 || _valid19;
const _errs225 = errors;
if(!(data65 && typeof data65 == "object" && !Array.isArray(data65) && !(data65 instanceof YamlTimestamp))){
const err146 = {instancePath:instancePath+"/training_data",schemaPath:"#/$defs/DatasetDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid19 = _errs225 === errors;
valid60 = valid60 || _valid19;
const _errs228 = errors;
if(data65 !== null){
const err147 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid19 = _errs228 === errors;
valid60 = valid60 || _valid19;
if(!valid60){
const err148 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
errors = _errs216;
if(vErrors !== null){
if(_errs216){
vErrors.length = _errs216;
}
else {
vErrors = null;
}
}
}
}
if(data.weights !== undefined){
if(!(validate68(data.weights, {instancePath:instancePath+"/weights",parentData:data,parentDataProperty:"weights",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err149 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
