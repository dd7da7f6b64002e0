// generated from specs/bioimageio/model/0.4.json by codegen - do not edit
import { formats, ucs2length as func2 } from "../../../../src/runtime/ajv-runtime.js";
export const validate = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/bioimageio/model/0.4.json","type":"object","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":1},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"},"minItems":1},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"config":{"type":"object","additionalProperties":true},"download_url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"git_repo":{"type":["string","null"]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"rdf_source":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_number":{"type":["integer","null"]},"format_version":{"type":"string","const":"0.4.10"},"type":{"type":"string","const":"model"},"id":{"anyOf":[{"$ref":"#/$defs/ResourceId"},{"type":"null"}]},"documentation":{"$ref":"#/$defs/FileSource"},"inputs":{"type":"array","items":{"$ref":"#/$defs/InputTensorDescr"},"minItems":1},"license":{"type":"string"},"outputs":{"type":"array","items":{"$ref":"#/$defs/OutputTensorDescr"},"minItems":1},"packaged_by":{"type":"array","items":{"$ref":"#/$defs/Author"}},"parent":{"anyOf":[{"$ref":"#/$defs/LinkedModel"},{"type":"null"}]},"run_mode":{"anyOf":[{"$ref":"#/$defs/RunMode"},{"type":"null"}]},"sample_inputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"sample_outputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"test_inputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"},"minItems":1},"test_outputs":{"type":"array","items":{"$ref":"#/$defs/FileSource"},"minItems":1},"timestamp":{"type":"string"},"training_data":{"anyOf":[{"$ref":"#/$defs/LinkedDataset"},{"$ref":"#/$defs/DatasetDescr"},{"type":"null"}]},"weights":{"$ref":"#/$defs/WeightsDescr"}},"required":["name","description","authors","format_version","type","documentation","inputs","license","outputs","test_inputs","test_outputs","timestamp","weights"],"additionalProperties":false,"$defs":{"AttachmentsDescr":{"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true},"Author":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false},"BadgeDescr":{"$ref":"#/$defs/BadgeDescr2"},"BadgeDescr2":{"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false},"BinarizeDescr":{"type":"object","properties":{"name":{"type":"string","const":"binarize"},"kwargs":{"$ref":"#/$defs/BinarizeKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"BinarizeKwargs":{"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false},"CiteEntry":{"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false},"ClipDescr":{"type":"object","properties":{"name":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ClipKwargs":{"type":"object","properties":{"min":{"type":"number"},"max":{"type":"number"}},"required":["min","max"],"additionalProperties":false},"DatasetDescr":{"type":"object","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":1},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"}},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"config":{"type":"object","additionalProperties":true},"download_url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"git_repo":{"type":["string","null"]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"rdf_source":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_number":{"type":["integer","null"]},"format_version":{"type":"string","const":"0.2.4"},"badges":{"type":"array","items":{"$ref":"#/$defs/BadgeDescr"}},"documentation":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"license":{"type":["string","null"]},"type":{"type":"string","const":"dataset"},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},{"type":"null"}]},"source":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["name","description"],"additionalProperties":false},"Doi":{"type":"string","pattern":"^10\\.[0-9]{4}.+$"},"FileSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"HttpUrl":{"type":"string","format":"uri","pattern":"^https?://","minLength":1,"maxLength":2083},"Identifier":{"type":"string","minLength":1,"pattern":"^[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}},"ImplicitOutputShape":{"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorName"},"scale":{"type":"array","items":{"type":["number","null"]},"minItems":1},"offset":{"type":"array","items":{"anyOf":[{"type":"integer"},{"type":"number","multipleOf":0.5}]},"minItems":1}},"required":["reference_tensor","scale","offset"],"additionalProperties":false},"InputTensorDescr":{"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","uint8","uint16"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ParameterizedInputShape"}]},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false},"KerasHdf5WeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"LinkedDataset":{"type":"object","properties":{"id":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false},"LinkedModel":{"type":"object","properties":{"id":{"$ref":"#/$defs/ResourceId"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false},"Maintainer":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false},"OnnxWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"opset_version":{"anyOf":[{"type":"integer","minimum":7},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"OutputTensorDescr":{"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ImplicitOutputShape"}]},"halo":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"type":"null"}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false},"ParameterizedInputShape":{"type":"object","properties":{"min":{"type":"array","items":{"type":"integer"},"minItems":1},"step":{"type":"array","items":{"type":"integer"},"minItems":1}},"required":["min","step"],"additionalProperties":false},"PostprocessingDescr":{"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range","scale_mean_variance"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"}]},"PreprocessingDescr":{"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"}]},"PytorchStateDictWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"architecture":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"string","pattern":"^.+\\..+$"}]},"architecture_sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"kwargs":{"type":"object","additionalProperties":true},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source","architecture"],"additionalProperties":false},"RangeBound":{"anyOf":[{"type":"number"},{"type":"string","enum":["inf","-inf","nan"]}]},"RelativeFilePath":{"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},"ResourceId":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"RunMode":{"type":"object","properties":{"name":{"type":"string"},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false},"ScaleLinearDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_linear"},"kwargs":{"$ref":"#/$defs/ScaleLinearKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleLinearKwargs":{"type":"object","properties":{"axes":{"type":["string","null"]},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]}},"additionalProperties":false},"ScaleMeanVarianceDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleMeanVarianceKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"reference_tensor":{"$ref":"#/$defs/TensorName"},"axes":{"type":["string","null"]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["mode","reference_tensor"],"additionalProperties":false},"ScaleRangeDescr":{"type":"object","properties":{"name":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ScaleRangeKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"axes":{"type":"string"},"min_percentile":{"type":"number","minimum":0,"exclusiveMaximum":100},"max_percentile":{"type":"number","exclusiveMinimum":1,"maximum":100},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorName"},{"type":"null"}]}},"required":["mode","axes"],"additionalProperties":false},"Sha256":{"type":"string","minLength":64,"maxLength":64},"SigmoidDescr":{"type":"object","properties":{"name":{"type":"string","const":"sigmoid"}},"required":["name"],"additionalProperties":false},"TensorName":{"$ref":"#/$defs/Identifier"},"TensorflowJsWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"TensorflowSavedModelBundleWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"TorchscriptWeightsDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"Uploader":{"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false},"Version":{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]},"WeightsDescr":{"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false},"WeightsFormat":{"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]},"ZeroMeanUnitVarianceDescr":{"type":"object","properties":{"name":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false},"ZeroMeanUnitVarianceKwargs":{"type":"object","properties":{"mode":{"type":"string","enum":["fixed","per_dataset","per_sample"]},"axes":{"type":"string"},"mean":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"std":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["axes"],"additionalProperties":false}}};
const func1 = Object.prototype.hasOwnProperty;
const schema20 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};
const schema21 = {"type":"string","format":"uri","pattern":"^https?://","minLength":1,"maxLength":2083};
const formats0 = formats.uri;
const pattern3 = new RegExp("^https?://", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func2(data) > 2083){
const err0 = {instancePath,schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083},message:"must NOT have more than 2083 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern3.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0.validate(data))){
const err3 = {instancePath,schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
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
const err4 = {instancePath,schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"};
const pattern4 = new RegExp("^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},message:"must match pattern \""+"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"+"\""};
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
const err2 = {instancePath,schemaPath:"#/$defs/RelativeFilePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err0 = {instancePath,schemaPath:"#/$defs/FileSource/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false};
const formats2 = formats.email;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema23.properties.affiliation.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err7 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const _errs14 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.github_user !== undefined){
let data4 = data.github_user;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema23.properties.github_user.type},message:"must be string,null"};
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
const err12 = {instancePath,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema24 = {"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.files !== undefined){
let data0 = data.files;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate53(data0[i0], {instancePath:instancePath+"/files/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/AttachmentsDescr/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err1 = {instancePath,schemaPath:"#/$defs/AttachmentsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false};
const schema26 = {"type":"string","pattern":"^10\\.[0-9]{4}.+$"};
const pattern5 = new RegExp("^10\\.[0-9]{4}.+$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern5.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/Doi/pattern",keyword:"pattern",params:{pattern: "^10\\.[0-9]{4}.+$"},message:"must match pattern \""+"^10\\.[0-9]{4}.+$"+"\""};
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
const err1 = {instancePath,schemaPath:"#/$defs/Doi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.text === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CiteEntry/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/CiteEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/CiteEntry/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(validate65(data1, {instancePath:instancePath+"/doi",parentData:data,parentDataProperty:"doi",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntry/properties/doi/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntry/properties/doi/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
}
if(data.url !== undefined){
let data2 = data.url;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/type",keyword:"type",params:{type: schema25.properties.url.type},message:"must be string,null"};
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
const err6 = {instancePath,schemaPath:"#/$defs/CiteEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = {"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Uploader/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "email") || (key0 === "name"))){
const err1 = {instancePath,schemaPath:"#/$defs/Uploader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Uploader/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Uploader/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if((typeof data1 !== "string") && (data1 !== null)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Uploader/properties/name/type",keyword:"type",params:{type: schema27.properties.name.type},message:"must be string,null"};
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
const err5 = {instancePath,schemaPath:"#/$defs/Uploader/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"type":"string"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.github_user === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/Maintainer/required",keyword:"required",params:{missingProperty: "github_user"},message:"must have required property '"+"github_user"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/Maintainer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Maintainer/properties/affiliation/type",keyword:"type",params:{type: schema28.properties.affiliation.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err7 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const _errs14 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if((typeof data3 !== "string") && (data3 !== null)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/type",keyword:"type",params:{type: schema28.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.github_user !== undefined){
if(typeof data.github_user !== "string"){
const err11 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Maintainer/properties/github_user/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath,schemaPath:"#/$defs/Maintainer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema29 = {"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err1 = {instancePath,schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs5 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err2 = {instancePath,schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema30 = {"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"};
const pattern6 = new RegExp("^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$", "u");

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
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern6.test(data)){
const err1 = {instancePath,schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"+"\""};
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
const err2 = {instancePath,schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema31 = {"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","uint8","uint16"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ParameterizedInputShape"}]},"preprocessing":{"type":"array","items":{"$ref":"#/$defs/PreprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false};
const schema32 = {"type":"string","minLength":1,"pattern":"^[\\p{XID_Start}_]\\p{XID_Continue}*$","not":{"enum":["False","None","True","and","as","assert","async","await","break","class","continue","def","del","elif","else","except","finally","for","from","global","if","import","in","is","lambda","nonlocal","not","or","pass","raise","return","try","while","with","yield"]}};
const pattern7 = new RegExp("^[\\p{XID_Start}_]\\p{XID_Continue}*$", "u");

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
const _errs1 = errors;
const _errs2 = errors;
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
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/$defs/TensorName/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
if(typeof data === "string"){
if(func2(data) < 1){
const err2 = {instancePath,schemaPath:"#/$defs/TensorName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern7.test(data)){
const err3 = {instancePath,schemaPath:"#/$defs/TensorName/pattern",keyword:"pattern",params:{pattern: "^[\\p{XID_Start}_]\\p{XID_Continue}*$"},message:"must match pattern \""+"^[\\p{XID_Start}_]\\p{XID_Continue}*$"+"\""};
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
const err4 = {instancePath,schemaPath:"#/$defs/TensorName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema33 = {"anyOf":[{"type":"number"},{"type":"string","enum":["inf","-inf","nan"]}]};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/$defs/RangeBound/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(typeof data !== "string"){
const err1 = {instancePath,schemaPath:"#/$defs/RangeBound/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data === "inf") || (data === "-inf")) || (data === "nan"))){
const err2 = {instancePath,schemaPath:"#/$defs/RangeBound/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema33.anyOf[1].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/$defs/RangeBound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","properties":{"min":{"type":"array","items":{"type":"integer"},"minItems":1},"step":{"type":"array","items":{"type":"integer"},"minItems":1}},"required":["min","step"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.min === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ParameterizedInputShape/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.step === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ParameterizedInputShape/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "min") || (key0 === "step"))){
const err2 = {instancePath,schemaPath:"#/$defs/ParameterizedInputShape/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/ParameterizedInputShape/properties/min/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/min/" + i0,schemaPath:"#/$defs/ParameterizedInputShape/properties/min/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err5 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/ParameterizedInputShape/properties/min/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.step !== undefined){
let data2 = data.step;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/ParameterizedInputShape/properties/step/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/step/" + i1,schemaPath:"#/$defs/ParameterizedInputShape/properties/step/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err8 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/ParameterizedInputShape/properties/step/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err9 = {instancePath,schemaPath:"#/$defs/ParameterizedInputShape/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"}]};
const schema36 = {"type":"object","properties":{"name":{"type":"string","const":"binarize"},"kwargs":{"$ref":"#/$defs/BinarizeKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema37 = {"type":"object","properties":{"threshold":{"type":"number"}},"required":["threshold"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.threshold === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BinarizeKwargs/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "threshold")){
const err1 = {instancePath,schemaPath:"#/$defs/BinarizeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.threshold !== undefined){
let data0 = data.threshold;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/threshold",schemaPath:"#/$defs/BinarizeKwargs/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/BinarizeKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/BinarizeDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("binarize" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/BinarizeDescr/properties/name/const",keyword:"const",params:{allowedValue: "binarize"},message:"must be equal to constant"};
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
if(!(validate89(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/BinarizeDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","properties":{"name":{"type":"string","const":"clip"},"kwargs":{"$ref":"#/$defs/ClipKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema39 = {"type":"object","properties":{"min":{"type":"number"},"max":{"type":"number"}},"required":["min","max"],"additionalProperties":false};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.min === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ClipKwargs/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.max === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ClipKwargs/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "min") || (key0 === "max"))){
const err2 = {instancePath,schemaPath:"#/$defs/ClipKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(!((typeof data0 == "number") && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/ClipKwargs/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.max !== undefined){
let data1 = data.max;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/max",schemaPath:"#/$defs/ClipKwargs/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err5 = {instancePath,schemaPath:"#/$defs/ClipKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ClipDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ClipDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ClipDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ClipDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("clip" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ClipDescr/properties/name/const",keyword:"const",params:{allowedValue: "clip"},message:"must be equal to constant"};
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
if(!(validate92(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ClipDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","properties":{"name":{"type":"string","const":"scale_linear"},"kwargs":{"$ref":"#/$defs/ScaleLinearKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema41 = {"type":"object","properties":{"axes":{"type":["string","null"]},"gain":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]},"offset":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"}}]}},"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "axes") || (key0 === "gain")) || (key0 === "offset"))){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleLinearKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleLinearKwargs/properties/axes/type",keyword:"type",params:{type: schema41.properties.axes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.gain !== undefined){
let data1 = data.gain;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/gain/" + i0,schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err4 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/gain",schemaPath:"#/$defs/ScaleLinearKwargs/properties/gain/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
}
if(data.offset !== undefined){
let data3 = data.offset;
const _errs13 = errors;
let valid4 = false;
const _errs14 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid4 = valid4 || _valid1;
const _errs16 = errors;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err8 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err9 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ScaleLinearKwargs/properties/offset/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
}
}
else {
const err10 = {instancePath,schemaPath:"#/$defs/ScaleLinearKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleLinearDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_linear" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleLinearDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_linear"},message:"must be equal to constant"};
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
if(!(validate95(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ScaleLinearDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","properties":{"name":{"type":"string","const":"sigmoid"}},"required":["name"],"additionalProperties":false};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "name")){
const err1 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("sigmoid" !== data0){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/SigmoidDescr/properties/name/const",keyword:"const",params:{allowedValue: "sigmoid"},message:"must be equal to constant"};
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
const err4 = {instancePath,schemaPath:"#/$defs/SigmoidDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","properties":{"name":{"type":"string","const":"zero_mean_unit_variance"},"kwargs":{"$ref":"#/$defs/ZeroMeanUnitVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema44 = {"type":"object","properties":{"mode":{"type":"string","enum":["fixed","per_dataset","per_sample"]},"axes":{"type":"string"},"mean":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"std":{"anyOf":[{"type":"number"},{"type":"array","items":{"type":"number"},"minItems":1},{"type":"null"}]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["axes"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.axes === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/required",keyword:"required",params:{missingProperty: "axes"},message:"must have required property '"+"axes"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "mode") || (key0 === "axes")) || (key0 === "mean")) || (key0 === "std")) || (key0 === "eps"))){
const err1 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "fixed") || (data0 === "per_dataset")) || (data0 === "per_sample"))){
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema44.properties.mode.enum},message:"must be equal to one of the allowed values"};
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
if(typeof data.axes !== "string"){
const err4 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/axes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mean !== undefined){
let data2 = data.mean;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const _errs10 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/mean/" + i0,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err8 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs14 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/mean",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/mean/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
}
if(data.std !== undefined){
let data4 = data.std;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
const _errs20 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/std/" + i1,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err14 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid4 = valid4 || _valid1;
const _errs24 = errors;
if(data4 !== null){
const err15 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err16 = {instancePath:instancePath+"/std",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/std/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data.eps !== undefined){
let data6 = data.eps;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 0.1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1},message:"must be <= 0.1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("zero_mean_unit_variance" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/properties/name/const",keyword:"const",params:{allowedValue: "zero_mean_unit_variance"},message:"must be equal to constant"};
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
if(!(validate99(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ZeroMeanUnitVarianceDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","properties":{"name":{"type":"string","const":"scale_range"},"kwargs":{"$ref":"#/$defs/ScaleRangeKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema46 = {"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"axes":{"type":"string"},"min_percentile":{"type":"number","minimum":0,"exclusiveMaximum":100},"max_percentile":{"type":"number","exclusiveMinimum":1,"maximum":100},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"reference_tensor":{"anyOf":[{"$ref":"#/$defs/TensorName"},{"type":"null"}]}},"required":["mode","axes"],"additionalProperties":false};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/required",keyword:"required",params:{missingProperty: "axes"},message:"must have required property '"+"axes"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleRangeKwargs/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "per_dataset") || (data0 === "per_sample"))){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleRangeKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema46.properties.mode.enum},message:"must be equal to one of the allowed values"};
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
const err5 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleRangeKwargs/properties/axes/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 >= 100 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 100},message:"must be < 100"};
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
const err8 = {instancePath:instancePath+"/min_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/min_percentile/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.max_percentile !== undefined){
let data3 = data.max_percentile;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 <= 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 1},message:"must be > 1"};
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
const err11 = {instancePath:instancePath+"/max_percentile",schemaPath:"#/$defs/ScaleRangeKwargs/properties/max_percentile/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.eps !== undefined){
let data4 = data.eps;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 0.1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1},message:"must be <= 0.1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err14 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleRangeKwargs/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.reference_tensor !== undefined){
let data5 = data.reference_tensor;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if(!(validate81(data5, {instancePath:instancePath+"/reference_tensor",parentData:data,parentDataProperty:"reference_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
const _errs15 = errors;
if(data5 !== null){
const err15 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err16 = {instancePath:instancePath+"/reference_tensor",schemaPath:"#/$defs/ScaleRangeKwargs/properties/reference_tensor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath,schemaPath:"#/$defs/ScaleRangeKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleRangeDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_range" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleRangeDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_range"},message:"must be equal to constant"};
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
if(!(validate102(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ScaleRangeDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PreprocessingDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "scale_linear")) || (data0 === "sigmoid")) || (data0 === "zero_mean_unit_variance")) || (data0 === "scale_range"))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PreprocessingDescr/properties/name/enum",keyword:"enum",params:{allowedValues: schema35.properties.name.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate91(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "name", tagValue: tag0},message:"value of tag \"name\" must be in oneOf"};
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
const err4 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "name", tagValue: tag0},message:"tag \"name\" must be string"};
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
const err5 = {instancePath,schemaPath:"#/$defs/PreprocessingDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate87.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate87.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"},message:"must have required property '"+"axes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data_type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "data_type"},message:"must have required property '"+"data_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shape === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'"};
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
const err4 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate81(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/InputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.axes !== undefined){
if(typeof data.axes !== "string"){
const err6 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/InputTensorDescr/properties/axes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data_range !== undefined){
let data3 = data.data_range;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(Array.isArray(data3)){
if(data3.length > 2){
const err7 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.length < 2){
const err8 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data3[i0], {instancePath:instancePath+"/data_range/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
if(!valid1){
const err11 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/InputTensorDescr/properties/data_range/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(data.data_type !== undefined){
let data5 = data.data_type;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/InputTensorDescr/properties/data_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data5 === "float32") || (data5 === "uint8")) || (data5 === "uint16"))){
const err13 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/InputTensorDescr/properties/data_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.data_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.shape !== undefined){
let data6 = data.shape;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf/0/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err15 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
const _errs22 = errors;
if(!(validate85(data6, {instancePath:instancePath+"/shape",parentData:data,parentDataProperty:"shape",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err16 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/InputTensorDescr/properties/shape/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data.preprocessing !== undefined){
let data8 = data.preprocessing;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate87(data8[i2], {instancePath:instancePath+"/preprocessing/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/InputTensorDescr/properties/preprocessing/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err18 = {instancePath,schemaPath:"#/$defs/InputTensorDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","properties":{"name":{"$ref":"#/$defs/TensorName"},"description":{"type":"string"},"axes":{"type":"string"},"data_range":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/RangeBound"},"minItems":2,"maxItems":2},{"type":"null"}]},"data_type":{"type":"string","enum":["float32","float64","uint8","int8","uint16","int16","uint32","int32","uint64","int64","bool"]},"shape":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"$ref":"#/$defs/ImplicitOutputShape"}]},"halo":{"anyOf":[{"type":"array","items":{"type":"integer"}},{"type":"null"}]},"postprocessing":{"type":"array","items":{"$ref":"#/$defs/PostprocessingDescr"}}},"required":["name","axes","data_type","shape"],"additionalProperties":false};
const schema48 = {"type":"object","properties":{"reference_tensor":{"$ref":"#/$defs/TensorName"},"scale":{"type":"array","items":{"type":["number","null"]},"minItems":1},"offset":{"type":"array","items":{"anyOf":[{"type":"integer"},{"type":"number","multipleOf":0.5}]},"minItems":1}},"required":["reference_tensor","scale","offset"],"additionalProperties":false};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reference_tensor === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "reference_tensor"},message:"must have required property '"+"reference_tensor"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scale === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.offset === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/required",keyword:"required",params:{missingProperty: "offset"},message:"must have required property '"+"offset"+"'"};
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
const err3 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate81(data.reference_tensor, {instancePath:instancePath+"/reference_tensor",parentData:data,parentDataProperty:"reference_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.scale !== undefined){
let data1 = data.scale;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
const err5 = {instancePath:instancePath+"/scale/" + i0,schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/items/type",keyword:"type",params:{type: schema48.properties.scale.items.type},message:"must be number,null"};
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
const err6 = {instancePath:instancePath+"/scale",schemaPath:"#/$defs/ImplicitOutputShape/properties/scale/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.offset !== undefined){
let data3 = data.offset;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
const _errs10 = errors;
let valid5 = false;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid5 = valid5 || _valid0;
const _errs13 = errors;
if((typeof data4 == "number") && (isFinite(data4))){
let res0;
if((0.5 === 0 || (res0 = data4/0.5, res0 !== parseInt(res0)))){
const err9 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.5},message:"must be multiple of 0.5"};
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
const err10 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err11 = {instancePath:instancePath+"/offset/" + i1,schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
}
else {
const err12 = {instancePath:instancePath+"/offset",schemaPath:"#/$defs/ImplicitOutputShape/properties/offset/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err13 = {instancePath,schemaPath:"#/$defs/ImplicitOutputShape/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","enum":["binarize","clip","scale_linear","sigmoid","zero_mean_unit_variance","scale_range","scale_mean_variance"]}},"discriminator":{"propertyName":"name"},"oneOf":[{"$ref":"#/$defs/BinarizeDescr"},{"$ref":"#/$defs/ClipDescr"},{"$ref":"#/$defs/ScaleLinearDescr"},{"$ref":"#/$defs/SigmoidDescr"},{"$ref":"#/$defs/ZeroMeanUnitVarianceDescr"},{"$ref":"#/$defs/ScaleRangeDescr"},{"$ref":"#/$defs/ScaleMeanVarianceDescr"}]};
const schema50 = {"type":"object","properties":{"name":{"type":"string","const":"scale_mean_variance"},"kwargs":{"$ref":"#/$defs/ScaleMeanVarianceKwargs"}},"required":["name","kwargs"],"additionalProperties":false};
const schema51 = {"type":"object","properties":{"mode":{"type":"string","enum":["per_dataset","per_sample"]},"reference_tensor":{"$ref":"#/$defs/TensorName"},"axes":{"type":["string","null"]},"eps":{"type":"number","exclusiveMinimum":0,"maximum":0.1}},"required":["mode","reference_tensor"],"additionalProperties":false};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reference_tensor === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/required",keyword:"required",params:{missingProperty: "reference_tensor"},message:"must have required property '"+"reference_tensor"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data0 === "per_dataset") || (data0 === "per_sample"))){
const err4 = {instancePath:instancePath+"/mode",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/mode/enum",keyword:"enum",params:{allowedValues: schema51.properties.mode.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate81(data.reference_tensor, {instancePath:instancePath+"/reference_tensor",parentData:data,parentDataProperty:"reference_tensor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.axes !== undefined){
let data2 = data.axes;
if((typeof data2 !== "string") && (data2 !== null)){
const err5 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/axes/type",keyword:"type",params:{type: schema51.properties.axes.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.eps !== undefined){
let data3 = data.eps;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 0.1 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1},message:"must be <= 0.1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err8 = {instancePath:instancePath+"/eps",schemaPath:"#/$defs/ScaleMeanVarianceKwargs/properties/eps/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err9 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceKwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate121.errors = vErrors;
return errors === 0;
}
validate121.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kwargs === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/required",keyword:"required",params:{missingProperty: "kwargs"},message:"must have required property '"+"kwargs"+"'"};
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
const err2 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("scale_mean_variance" !== data0){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/ScaleMeanVarianceDescr/properties/name/const",keyword:"const",params:{allowedValue: "scale_mean_variance"},message:"must be equal to constant"};
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
if(!(validate121(data.kwargs, {instancePath:instancePath+"/kwargs",parentData:data,parentDataProperty:"kwargs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/ScaleMeanVarianceDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PostprocessingDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((data0 === "binarize") || (data0 === "clip")) || (data0 === "scale_linear")) || (data0 === "sigmoid")) || (data0 === "zero_mean_unit_variance")) || (data0 === "scale_range")) || (data0 === "scale_mean_variance"))){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PostprocessingDescr/properties/name/enum",keyword:"enum",params:{allowedValues: schema49.properties.name.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "clip"){
if(!(validate91(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_linear"){
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "sigmoid"){
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "zero_mean_unit_variance"){
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_range"){
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "scale_mean_variance"){
if(!(validate120(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "name", tagValue: tag0},message:"value of tag \"name\" must be in oneOf"};
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
const err4 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/discriminator",keyword:"discriminator",params:{error: "tag", tag: "name", tagValue: tag0},message:"tag \"name\" must be string"};
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
const err5 = {instancePath,schemaPath:"#/$defs/PostprocessingDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
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


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.axes === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "axes"},message:"must have required property '"+"axes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data_type === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "data_type"},message:"must have required property '"+"data_type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.shape === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/required",keyword:"required",params:{missingProperty: "shape"},message:"must have required property '"+"shape"+"'"};
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
const err4 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate81(data.name, {instancePath:instancePath+"/name",parentData:data,parentDataProperty:"name",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/OutputTensorDescr/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.axes !== undefined){
if(typeof data.axes !== "string"){
const err6 = {instancePath:instancePath+"/axes",schemaPath:"#/$defs/OutputTensorDescr/properties/axes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.data_range !== undefined){
let data3 = data.data_range;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(Array.isArray(data3)){
if(data3.length > 2){
const err7 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.length < 2){
const err8 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data3[i0], {instancePath:instancePath+"/data_range/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
if(!valid1){
const err11 = {instancePath:instancePath+"/data_range",schemaPath:"#/$defs/OutputTensorDescr/properties/data_range/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(data.data_type !== undefined){
let data5 = data.data_type;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/OutputTensorDescr/properties/data_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((((((data5 === "float32") || (data5 === "float64")) || (data5 === "uint8")) || (data5 === "int8")) || (data5 === "uint16")) || (data5 === "int16")) || (data5 === "uint32")) || (data5 === "int32")) || (data5 === "uint64")) || (data5 === "int64")) || (data5 === "bool"))){
const err13 = {instancePath:instancePath+"/data_type",schemaPath:"#/$defs/OutputTensorDescr/properties/data_type/enum",keyword:"enum",params:{allowedValues: schema47.properties.data_type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.shape !== undefined){
let data6 = data.shape;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err14 = {instancePath:instancePath+"/shape/" + i1,schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf/0/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err15 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
const _errs22 = errors;
if(!(validate116(data6, {instancePath:instancePath+"/shape",parentData:data,parentDataProperty:"shape",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err16 = {instancePath:instancePath+"/shape",schemaPath:"#/$defs/OutputTensorDescr/properties/shape/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data.halo !== undefined){
let data8 = data.halo;
const _errs24 = errors;
let valid7 = false;
const _errs25 = errors;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err17 = {instancePath:instancePath+"/halo/" + i2,schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/0/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err18 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid7 = valid7 || _valid2;
const _errs29 = errors;
if(data8 !== null){
const err19 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const err20 = {instancePath:instancePath+"/halo",schemaPath:"#/$defs/OutputTensorDescr/properties/halo/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
if(data.postprocessing !== undefined){
let data10 = data.postprocessing;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate119(data10[i3], {instancePath:instancePath+"/postprocessing/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/postprocessing",schemaPath:"#/$defs/OutputTensorDescr/properties/postprocessing/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath,schemaPath:"#/$defs/OutputTensorDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","properties":{"id":{"$ref":"#/$defs/ResourceId"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/LinkedModel/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/LinkedModel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate77(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.version_number !== undefined){
let data1 = data.version_number;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)){
const err2 = {instancePath:instancePath+"/version_number",schemaPath:"#/$defs/LinkedModel/properties/version_number/type",keyword:"type",params:{type: schema52.properties.version_number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/LinkedModel/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"object","properties":{"name":{"type":"string"},"kwargs":{"type":"object","additionalProperties":true}},"required":["name"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/RunMode/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "kwargs"))){
const err1 = {instancePath,schemaPath:"#/$defs/RunMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/RunMode/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kwargs !== undefined){
let data1 = data.kwargs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
}
else {
const err3 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/RunMode/properties/kwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err4 = {instancePath,schemaPath:"#/$defs/RunMode/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}
validate137.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","properties":{"id":{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},"version_number":{"type":["integer","null"]}},"required":["id"],"additionalProperties":false};

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/LinkedDataset/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/LinkedDataset/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/LinkedDataset/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/LinkedDataset/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"+"\""};
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
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/LinkedDataset/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/version_number",schemaPath:"#/$defs/LinkedDataset/properties/version_number/type",keyword:"type",params:{type: schema54.properties.version_number.type},message:"must be integer,null"};
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
const err6 = {instancePath,schemaPath:"#/$defs/LinkedDataset/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}
validate143.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"type":"object","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":1},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"}},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"config":{"type":"object","additionalProperties":true},"download_url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"git_repo":{"type":["string","null"]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"rdf_source":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_number":{"type":["integer","null"]},"format_version":{"type":"string","const":"0.2.4"},"badges":{"type":"array","items":{"$ref":"#/$defs/BadgeDescr"}},"documentation":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"license":{"type":["string","null"]},"type":{"type":"string","const":"dataset"},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},{"type":"null"}]},"source":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["name","description"],"additionalProperties":false};
const schema56 = {"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false};

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate156.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BadgeDescr/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/BadgeDescr/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "label") || (key0 === "icon")) || (key0 === "url"))){
const err2 = {instancePath,schemaPath:"#/$defs/BadgeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/BadgeDescr/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.icon !== undefined){
let data1 = data.icon;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(validate56(data1, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs7 = errors;
if(!(validate54(data1, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
const _errs8 = errors;
if(data1 !== null){
const err4 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/BadgeDescr/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/BadgeDescr/properties/icon/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
}
if(data.url !== undefined){
if(!(validate54(data.url, {instancePath:instancePath+"/url",parentData:data,parentDataProperty:"url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/BadgeDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate156.errors = vErrors;
return errors === 0;
}
validate156.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/DatasetDescr/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/DatasetDescr/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema55.properties, key0))){
const err2 = {instancePath,schemaPath:"#/$defs/DatasetDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/DatasetDescr/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/DatasetDescr/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/DatasetDescr/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.covers !== undefined){
let data2 = data.covers;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate53(data2[i0], {instancePath:instancePath+"/covers/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/covers",schemaPath:"#/$defs/DatasetDescr/properties/covers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
const err7 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/$defs/DatasetDescr/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/$defs/DatasetDescr/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err9 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/$defs/DatasetDescr/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
const _errs13 = errors;
if(data4 !== null){
const err10 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/$defs/DatasetDescr/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err11 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/$defs/DatasetDescr/properties/id_emoji/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(!(validate59(data5[i1], {instancePath:instancePath+"/authors/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/DatasetDescr/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(!(validate61(data7, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data7 !== null){
const err13 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/DatasetDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err14 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/DatasetDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data.cite !== undefined){
let data8 = data.cite;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate64(data8[i2], {instancePath:instancePath+"/cite/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/cite",schemaPath:"#/$defs/DatasetDescr/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.config !== undefined){
let data10 = data.config;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err16 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/DatasetDescr/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.download_url !== undefined){
let data11 = data.download_url;
const _errs30 = errors;
let valid9 = false;
const _errs31 = errors;
if(!(validate54(data11, {instancePath:instancePath+"/download_url",parentData:data,parentDataProperty:"download_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid2 = _errs31 === errors;
valid9 = valid9 || _valid2;
const _errs32 = errors;
if(data11 !== null){
const err17 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/DatasetDescr/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err18 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/DatasetDescr/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data.git_repo !== undefined){
let data12 = data.git_repo;
if((typeof data12 !== "string") && (data12 !== null)){
const err19 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/DatasetDescr/properties/git_repo/type",keyword:"type",params:{type: schema55.properties.git_repo.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.icon !== undefined){
let data13 = data.icon;
const _errs37 = errors;
let valid10 = false;
const _errs38 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 2){
const err20 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/DatasetDescr/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data13) < 1){
const err21 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/DatasetDescr/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/DatasetDescr/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid10 = valid10 || _valid3;
const _errs40 = errors;
if(!(validate53(data13, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid3 = _errs40 === errors;
valid10 = valid10 || _valid3;
const _errs41 = errors;
if(data13 !== null){
const err23 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/DatasetDescr/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const err24 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/DatasetDescr/properties/icon/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
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
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(typeof data14[i3] !== "string"){
const err25 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/$defs/DatasetDescr/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err26 = {instancePath:instancePath+"/links",schemaPath:"#/$defs/DatasetDescr/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.uploader !== undefined){
let data16 = data.uploader;
const _errs48 = errors;
let valid13 = false;
const _errs49 = errors;
if(!(validate70(data16, {instancePath:instancePath+"/uploader",parentData:data,parentDataProperty:"uploader",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid4 = _errs49 === errors;
valid13 = valid13 || _valid4;
const _errs50 = errors;
if(data16 !== null){
const err27 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/DatasetDescr/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const err28 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/DatasetDescr/properties/uploader/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.maintainers !== undefined){
let data17 = data.maintainers;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(!(validate72(data17[i4], {instancePath:instancePath+"/maintainers/" + i4,parentData:data17,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/maintainers",schemaPath:"#/$defs/DatasetDescr/properties/maintainers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.rdf_source !== undefined){
let data19 = data.rdf_source;
const _errs56 = errors;
let valid16 = false;
const _errs57 = errors;
if(!(validate53(data19, {instancePath:instancePath+"/rdf_source",parentData:data,parentDataProperty:"rdf_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid5 = _errs57 === errors;
valid16 = valid16 || _valid5;
const _errs58 = errors;
if(data19 !== null){
const err30 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/$defs/DatasetDescr/properties/rdf_source/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs58 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const err31 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/$defs/DatasetDescr/properties/rdf_source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data20 = data.tags;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i5=0; i5<len5; i5++){
if(typeof data20[i5] !== "string"){
const err32 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/$defs/DatasetDescr/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/DatasetDescr/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.version !== undefined){
let data22 = data.version;
const _errs65 = errors;
let valid19 = false;
const _errs66 = errors;
if(!(validate75(data22, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid6 = _errs66 === errors;
valid19 = valid19 || _valid6;
const _errs67 = errors;
if(data22 !== null){
const err34 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/DatasetDescr/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid6 = _errs67 === errors;
valid19 = valid19 || _valid6;
if(!valid19){
const err35 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/DatasetDescr/properties/version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data.version_number !== undefined){
let data23 = data.version_number;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
const err36 = {instancePath:instancePath+"/version_number",schemaPath:"#/$defs/DatasetDescr/properties/version_number/type",keyword:"type",params:{type: schema55.properties.version_number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.format_version !== undefined){
let data24 = data.format_version;
if(typeof data24 !== "string"){
const err37 = {instancePath:instancePath+"/format_version",schemaPath:"#/$defs/DatasetDescr/properties/format_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if("0.2.4" !== data24){
const err38 = {instancePath:instancePath+"/format_version",schemaPath:"#/$defs/DatasetDescr/properties/format_version/const",keyword:"const",params:{allowedValue: "0.2.4"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.badges !== undefined){
let data25 = data.badges;
if(Array.isArray(data25)){
const len6 = data25.length;
for(let i6=0; i6<len6; i6++){
if(!(validate156(data25[i6], {instancePath:instancePath+"/badges/" + i6,parentData:data25,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/badges",schemaPath:"#/$defs/DatasetDescr/properties/badges/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.documentation !== undefined){
let data27 = data.documentation;
const _errs77 = errors;
let valid22 = false;
const _errs78 = errors;
if(!(validate53(data27, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid7 = _errs78 === errors;
valid22 = valid22 || _valid7;
const _errs79 = errors;
if(data27 !== null){
const err40 = {instancePath:instancePath+"/documentation",schemaPath:"#/$defs/DatasetDescr/properties/documentation/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid7 = _errs79 === errors;
valid22 = valid22 || _valid7;
if(!valid22){
const err41 = {instancePath:instancePath+"/documentation",schemaPath:"#/$defs/DatasetDescr/properties/documentation/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data.license !== undefined){
let data28 = data.license;
if((typeof data28 !== "string") && (data28 !== null)){
const err42 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/DatasetDescr/properties/license/type",keyword:"type",params:{type: schema55.properties.license.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.type !== undefined){
let data29 = data.type;
if(typeof data29 !== "string"){
const err43 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/DatasetDescr/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if("dataset" !== data29){
const err44 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/DatasetDescr/properties/type/const",keyword:"const",params:{allowedValue: "dataset"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.id !== undefined){
let data30 = data.id;
const _errs86 = errors;
let valid23 = false;
const _errs87 = errors;
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err45 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/DatasetDescr/properties/id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern6.test(data30)){
const err46 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/DatasetDescr/properties/id/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-.]([A-Za-z0-9_\\-/.]*[A-Za-z0-9_\\-.])?$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/DatasetDescr/properties/id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid8 = _errs87 === errors;
valid23 = valid23 || _valid8;
const _errs89 = errors;
if(data30 !== null){
const err48 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/DatasetDescr/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid8 = _errs89 === errors;
valid23 = valid23 || _valid8;
if(!valid23){
const err49 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/DatasetDescr/properties/id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
}
if(data.source !== undefined){
let data31 = data.source;
const _errs92 = errors;
let valid24 = false;
const _errs93 = errors;
if(!(validate54(data31, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid9 = _errs93 === errors;
valid24 = valid24 || _valid9;
const _errs94 = errors;
if(data31 !== null){
const err50 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/DatasetDescr/properties/source/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid9 = _errs94 === errors;
valid24 = valid24 || _valid9;
if(!valid24){
const err51 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/DatasetDescr/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/$defs/DatasetDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","properties":{"keras_hdf5":{"anyOf":[{"$ref":"#/$defs/KerasHdf5WeightsDescr"},{"type":"null"}]},"onnx":{"anyOf":[{"$ref":"#/$defs/OnnxWeightsDescr"},{"type":"null"}]},"pytorch_state_dict":{"anyOf":[{"$ref":"#/$defs/PytorchStateDictWeightsDescr"},{"type":"null"}]},"tensorflow_js":{"anyOf":[{"$ref":"#/$defs/TensorflowJsWeightsDescr"},{"type":"null"}]},"tensorflow_saved_model_bundle":{"anyOf":[{"$ref":"#/$defs/TensorflowSavedModelBundleWeightsDescr"},{"type":"null"}]},"torchscript":{"anyOf":[{"$ref":"#/$defs/TorchscriptWeightsDescr"},{"type":"null"}]}},"additionalProperties":false};
const schema58 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};
const schema59 = {"type":"string","minLength":64,"maxLength":64};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate167.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func2(data) > 64){
const err0 = {instancePath,schemaPath:"#/$defs/Sha256/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 64){
const err1 = {instancePath,schemaPath:"#/$defs/Sha256/minLength",keyword:"minLength",params:{limit: 64},message:"must NOT have fewer than 64 characters"};
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
const err2 = {instancePath,schemaPath:"#/$defs/Sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate167.errors = vErrors;
return errors === 0;
}
validate167.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"string","enum":["keras_hdf5","onnx","pytorch_state_dict","tensorflow_js","tensorflow_saved_model_bundle","torchscript"]};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate171.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/WeightsFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "keras_hdf5") || (data === "onnx")) || (data === "pytorch_state_dict")) || (data === "tensorflow_js")) || (data === "tensorflow_saved_model_bundle")) || (data === "torchscript"))){
const err1 = {instancePath,schemaPath:"#/$defs/WeightsFormat/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate171.errors = vErrors;
return errors === 0;
}
validate171.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern10 = new RegExp("^.+:.+$", "u");

function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate165.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err9 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.tensorflow_version !== undefined){
let data7 = data.tensorflow_version;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(!(validate75(data7, {instancePath:instancePath+"/tensorflow_version",parentData:data,parentDataProperty:"tensorflow_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs34 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/KerasHdf5WeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath,schemaPath:"#/$defs/KerasHdf5WeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate165.errors = vErrors;
return errors === 0;
}
validate165.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema61 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"opset_version":{"anyOf":[{"type":"integer","minimum":7},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/OnnxWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/OnnxWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/OnnxWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/OnnxWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err9 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/OnnxWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/OnnxWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.opset_version !== undefined){
let data7 = data.opset_version;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err15 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 7 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 7},message:"must be >= 7"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs35 = errors;
if(data7 !== null){
const err17 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs35 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err18 = {instancePath:instancePath+"/opset_version",schemaPath:"#/$defs/OnnxWeightsDescr/properties/opset_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
}
else {
const err19 = {instancePath,schemaPath:"#/$defs/OnnxWeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate175.errors = vErrors;
return errors === 0;
}
validate175.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"architecture":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"string","pattern":"^.+\\..+$"}]},"architecture_sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"kwargs":{"type":"object","additionalProperties":true},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source","architecture"],"additionalProperties":false};
const pattern14 = new RegExp("^.+\\..+$", "u");

function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate182.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.architecture === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/required",keyword:"required",params:{missingProperty: "architecture"},message:"must have required property '"+"architecture"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema62.properties, key0))){
const err2 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data.attachments !== undefined){
let data2 = data.attachments;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err6 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err9 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err13 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err15 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(data.architecture !== undefined){
let data7 = data.architecture;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err16 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs35 = errors;
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
const err18 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^.+\\..+$"},message:"must match pattern \""+"^.+\\..+$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid5 = _errs35 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err20 = {instancePath:instancePath+"/architecture",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
if(data.architecture_sha256 !== undefined){
let data8 = data.architecture_sha256;
const _errs38 = errors;
let valid9 = false;
const _errs39 = errors;
if(!(validate167(data8, {instancePath:instancePath+"/architecture_sha256",parentData:data,parentDataProperty:"architecture_sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid6 = _errs39 === errors;
valid9 = valid9 || _valid6;
const _errs40 = errors;
if(data8 !== null){
const err21 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture_sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid6 = _errs40 === errors;
valid9 = valid9 || _valid6;
if(!valid9){
const err22 = {instancePath:instancePath+"/architecture_sha256",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/architecture_sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
if(data.kwargs !== undefined){
let data9 = data.kwargs;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err23 = {instancePath:instancePath+"/kwargs",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/kwargs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.pytorch_version !== undefined){
let data10 = data.pytorch_version;
const _errs46 = errors;
let valid10 = false;
const _errs47 = errors;
if(!(validate75(data10, {instancePath:instancePath+"/pytorch_version",parentData:data,parentDataProperty:"pytorch_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid7 = _errs47 === errors;
valid10 = valid10 || _valid7;
const _errs48 = errors;
if(data10 !== null){
const err24 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/pytorch_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid7 = _errs48 === errors;
valid10 = valid10 || _valid7;
if(!valid10){
const err25 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/PytorchStateDictWeightsDescr/properties/pytorch_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/$defs/PytorchStateDictWeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate182.errors = vErrors;
return errors === 0;
}
validate182.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate191.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err9 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.tensorflow_version !== undefined){
let data7 = data.tensorflow_version;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(!(validate75(data7, {instancePath:instancePath+"/tensorflow_version",parentData:data,parentDataProperty:"tensorflow_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs34 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowJsWeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath,schemaPath:"#/$defs/TensorflowJsWeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate191.errors = vErrors;
return errors === 0;
}
validate191.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"tensorflow_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate199.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err9 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.tensorflow_version !== undefined){
let data7 = data.tensorflow_version;
const _errs32 = errors;
let valid8 = false;
const _errs33 = errors;
if(!(validate75(data7, {instancePath:instancePath+"/tensorflow_version",parentData:data,parentDataProperty:"tensorflow_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs34 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/tensorflow_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err16 = {instancePath:instancePath+"/tensorflow_version",schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/properties/tensorflow_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath,schemaPath:"#/$defs/TensorflowSavedModelBundleWeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate199.errors = vErrors;
return errors === 0;
}
validate199.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescr"},{"type":"null"}]},"authors":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Author"}},{"type":"null"}]},"dependencies":{"anyOf":[{"type":"string","pattern":"^.+:.+$"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/WeightsFormat"},{"type":"null"}]},"pytorch_version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
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
const err1 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate53(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.sha256 !== undefined){
let data1 = data.sha256;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate167(data1, {instancePath:instancePath+"/sha256",parentData:data,parentDataProperty:"sha256",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/sha256/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate61(data2, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
const _errs11 = errors;
if(data2 !== null){
const err4 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err5 = {instancePath:instancePath+"/attachments",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.authors !== undefined){
let data3 = data.authors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], {instancePath:instancePath+"/authors/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
const _errs18 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err8 = {instancePath:instancePath+"/authors",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/authors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.dependencies !== undefined){
let data5 = data.dependencies;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err9 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^.+:.+$"},message:"must match pattern \""+"^.+:.+$"+"\""};
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
const err10 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
const _errs24 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const err12 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/dependencies/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
if(data.parent !== undefined){
let data6 = data.parent;
const _errs27 = errors;
let valid7 = false;
const _errs28 = errors;
if(!(validate171(data6, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
errors = vErrors.length;
}
var _valid4 = _errs28 === errors;
valid7 = valid7 || _valid4;
const _errs29 = errors;
if(data6 !== null){
const err13 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid4 = _errs29 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const err14 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
let valid8 = false;
const _errs33 = errors;
if(!(validate75(data7, {instancePath:instancePath+"/pytorch_version",parentData:data,parentDataProperty:"pytorch_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid5 = _errs33 === errors;
valid8 = valid8 || _valid5;
const _errs34 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/pytorch_version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const err16 = {instancePath:instancePath+"/pytorch_version",schemaPath:"#/$defs/TorchscriptWeightsDescr/properties/pytorch_version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
}
else {
const err17 = {instancePath,schemaPath:"#/$defs/TorchscriptWeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate207.errors = vErrors;
return errors === 0;
}
validate207.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate164.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "keras_hdf5") || (key0 === "onnx")) || (key0 === "pytorch_state_dict")) || (key0 === "tensorflow_js")) || (key0 === "tensorflow_saved_model_bundle")) || (key0 === "torchscript"))){
const err0 = {instancePath,schemaPath:"#/$defs/WeightsDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(!(validate165(data0, {instancePath:instancePath+"/keras_hdf5",parentData:data,parentDataProperty:"keras_hdf5",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(data0 !== null){
const err1 = {instancePath:instancePath+"/keras_hdf5",schemaPath:"#/$defs/WeightsDescr/properties/keras_hdf5/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err2 = {instancePath:instancePath+"/keras_hdf5",schemaPath:"#/$defs/WeightsDescr/properties/keras_hdf5/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(!(validate175(data1, {instancePath:instancePath+"/onnx",parentData:data,parentDataProperty:"onnx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
const _errs10 = errors;
if(data1 !== null){
const err3 = {instancePath:instancePath+"/onnx",schemaPath:"#/$defs/WeightsDescr/properties/onnx/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err4 = {instancePath:instancePath+"/onnx",schemaPath:"#/$defs/WeightsDescr/properties/onnx/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(!(validate182(data2, {instancePath:instancePath+"/pytorch_state_dict",parentData:data,parentDataProperty:"pytorch_state_dict",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
errors = vErrors.length;
}
var _valid2 = _errs14 === errors;
valid3 = valid3 || _valid2;
const _errs15 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/pytorch_state_dict",schemaPath:"#/$defs/WeightsDescr/properties/pytorch_state_dict/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err6 = {instancePath:instancePath+"/pytorch_state_dict",schemaPath:"#/$defs/WeightsDescr/properties/pytorch_state_dict/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(!(validate191(data3, {instancePath:instancePath+"/tensorflow_js",parentData:data,parentDataProperty:"tensorflow_js",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
errors = vErrors.length;
}
var _valid3 = _errs19 === errors;
valid4 = valid4 || _valid3;
const _errs20 = errors;
if(data3 !== null){
const err7 = {instancePath:instancePath+"/tensorflow_js",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_js/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err8 = {instancePath:instancePath+"/tensorflow_js",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_js/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(!(validate199(data4, {instancePath:instancePath+"/tensorflow_saved_model_bundle",parentData:data,parentDataProperty:"tensorflow_saved_model_bundle",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
errors = vErrors.length;
}
var _valid4 = _errs24 === errors;
valid5 = valid5 || _valid4;
const _errs25 = errors;
if(data4 !== null){
const err9 = {instancePath:instancePath+"/tensorflow_saved_model_bundle",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_saved_model_bundle/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err10 = {instancePath:instancePath+"/tensorflow_saved_model_bundle",schemaPath:"#/$defs/WeightsDescr/properties/tensorflow_saved_model_bundle/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
if(!(validate207(data5, {instancePath:instancePath+"/torchscript",parentData:data,parentDataProperty:"torchscript",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
errors = vErrors.length;
}
var _valid5 = _errs29 === errors;
valid6 = valid6 || _valid5;
const _errs30 = errors;
if(data5 !== null){
const err11 = {instancePath:instancePath+"/torchscript",schemaPath:"#/$defs/WeightsDescr/properties/torchscript/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err12 = {instancePath:instancePath+"/torchscript",schemaPath:"#/$defs/WeightsDescr/properties/torchscript/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err13 = {instancePath,schemaPath:"#/$defs/WeightsDescr/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate164.errors = vErrors;
return errors === 0;
}
validate164.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/bioimageio/model/0.4.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.description === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authors === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"},message:"must have required property '"+"authors"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.format_version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"},message:"must have required property '"+"format_version"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.documentation === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documentation"},message:"must have required property '"+"documentation"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.inputs === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.license === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "license"},message:"must have required property '"+"license"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.outputs === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "outputs"},message:"must have required property '"+"outputs"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.test_inputs === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test_inputs"},message:"must have required property '"+"test_inputs"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.test_outputs === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test_outputs"},message:"must have required property '"+"test_outputs"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.timestamp === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.weights === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weights"},message:"must have required property '"+"weights"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema19.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(!(validate53(data2[i0], {instancePath:instancePath+"/covers/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err18 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err20 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err22 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err23 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(validate59(data5[i1], {instancePath:instancePath+"/authors/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(!(validate61(data7, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data7 !== null){
const err25 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err26 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(data.cite !== undefined){
let data8 = data.cite;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate64(data8[i2], {instancePath:instancePath+"/cite/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.config !== undefined){
let data10 = data.config;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err28 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.download_url !== undefined){
let data11 = data.download_url;
const _errs30 = errors;
let valid9 = false;
const _errs31 = errors;
if(!(validate54(data11, {instancePath:instancePath+"/download_url",parentData:data,parentDataProperty:"download_url",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid2 = _errs31 === errors;
valid9 = valid9 || _valid2;
const _errs32 = errors;
if(data11 !== null){
const err29 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err30 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
if(data.git_repo !== undefined){
let data12 = data.git_repo;
if((typeof data12 !== "string") && (data12 !== null)){
const err31 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/type",keyword:"type",params:{type: schema19.properties.git_repo.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.icon !== undefined){
let data13 = data.icon;
const _errs37 = errors;
let valid10 = false;
const _errs38 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 2){
const err32 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data13) < 1){
const err33 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid10 = valid10 || _valid3;
const _errs40 = errors;
if(!(validate53(data13, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid3 = _errs40 === errors;
valid10 = valid10 || _valid3;
const _errs41 = errors;
if(data13 !== null){
const err35 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const err36 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
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
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(typeof data14[i3] !== "string"){
const err37 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err38 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.uploader !== undefined){
let data16 = data.uploader;
const _errs48 = errors;
let valid13 = false;
const _errs49 = errors;
if(!(validate70(data16, {instancePath:instancePath+"/uploader",parentData:data,parentDataProperty:"uploader",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid4 = _errs49 === errors;
valid13 = valid13 || _valid4;
const _errs50 = errors;
if(data16 !== null){
const err39 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid4 = _errs50 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const err40 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
if(data.maintainers !== undefined){
let data17 = data.maintainers;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(!(validate72(data17[i4], {instancePath:instancePath+"/maintainers/" + i4,parentData:data17,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/maintainers",schemaPath:"#/properties/maintainers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.rdf_source !== undefined){
let data19 = data.rdf_source;
const _errs56 = errors;
let valid16 = false;
const _errs57 = errors;
if(!(validate53(data19, {instancePath:instancePath+"/rdf_source",parentData:data,parentDataProperty:"rdf_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var _valid5 = _errs57 === errors;
valid16 = valid16 || _valid5;
const _errs58 = errors;
if(data19 !== null){
const err42 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid5 = _errs58 === errors;
valid16 = valid16 || _valid5;
if(!valid16){
const err43 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data20 = data.tags;
if(Array.isArray(data20)){
const len5 = data20.length;
for(let i5=0; i5<len5; i5++){
if(typeof data20[i5] !== "string"){
const err44 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err45 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.version !== undefined){
let data22 = data.version;
const _errs65 = errors;
let valid19 = false;
const _errs66 = errors;
if(!(validate75(data22, {instancePath:instancePath+"/version",parentData:data,parentDataProperty:"version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var _valid6 = _errs66 === errors;
valid19 = valid19 || _valid6;
const _errs67 = errors;
if(data22 !== null){
const err46 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid6 = _errs67 === errors;
valid19 = valid19 || _valid6;
if(!valid19){
const err47 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs65;
if(vErrors !== null){
if(_errs65){
vErrors.length = _errs65;
}
else {
vErrors = null;
}
}
}
}
if(data.version_number !== undefined){
let data23 = data.version_number;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
const err48 = {instancePath:instancePath+"/version_number",schemaPath:"#/properties/version_number/type",keyword:"type",params:{type: schema19.properties.version_number.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.format_version !== undefined){
let data24 = data.format_version;
if(typeof data24 !== "string"){
const err49 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if("0.4.10" !== data24){
const err50 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/const",keyword:"const",params:{allowedValue: "0.4.10"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.type !== undefined){
let data25 = data.type;
if(typeof data25 !== "string"){
const err51 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if("model" !== data25){
const err52 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "model"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.id !== undefined){
let data26 = data.id;
const _errs76 = errors;
let valid20 = false;
const _errs77 = errors;
if(!(validate77(data26, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var _valid7 = _errs77 === errors;
valid20 = valid20 || _valid7;
const _errs78 = errors;
if(data26 !== null){
const err53 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid7 = _errs78 === errors;
valid20 = valid20 || _valid7;
if(!valid20){
const err54 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
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
}
if(data.documentation !== undefined){
if(!(validate53(data.documentation, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.inputs !== undefined){
let data28 = data.inputs;
if(Array.isArray(data28)){
if(data28.length < 1){
const err55 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len6 = data28.length;
for(let i6=0; i6<len6; i6++){
if(!(validate80(data28[i6], {instancePath:instancePath+"/inputs/" + i6,parentData:data28,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.license !== undefined){
if(typeof data.license !== "string"){
const err57 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.outputs !== undefined){
let data31 = data.outputs;
if(Array.isArray(data31)){
if(data31.length < 1){
const err58 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len7 = data31.length;
for(let i7=0; i7<len7; i7++){
if(!(validate113(data31[i7], {instancePath:instancePath+"/outputs/" + i7,parentData:data31,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err59 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.packaged_by !== undefined){
let data33 = data.packaged_by;
if(Array.isArray(data33)){
const len8 = data33.length;
for(let i8=0; i8<len8; i8++){
if(!(validate59(data33[i8], {instancePath:instancePath+"/packaged_by/" + i8,parentData:data33,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err60 = {instancePath:instancePath+"/packaged_by",schemaPath:"#/properties/packaged_by/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.parent !== undefined){
let data35 = data.parent;
const _errs93 = errors;
let valid27 = false;
const _errs94 = errors;
if(!(validate134(data35, {instancePath:instancePath+"/parent",parentData:data,parentDataProperty:"parent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
var _valid8 = _errs94 === errors;
valid27 = valid27 || _valid8;
const _errs95 = errors;
if(data35 !== null){
const err61 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid8 = _errs95 === errors;
valid27 = valid27 || _valid8;
if(!valid27){
const err62 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data.run_mode !== undefined){
let data36 = data.run_mode;
const _errs98 = errors;
let valid28 = false;
const _errs99 = errors;
if(!(validate137(data36, {instancePath:instancePath+"/run_mode",parentData:data,parentDataProperty:"run_mode",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
var _valid9 = _errs99 === errors;
valid28 = valid28 || _valid9;
const _errs100 = errors;
if(data36 !== null){
const err63 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid9 = _errs100 === errors;
valid28 = valid28 || _valid9;
if(!valid28){
const err64 = {instancePath:instancePath+"/run_mode",schemaPath:"#/properties/run_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data.sample_inputs !== undefined){
let data37 = data.sample_inputs;
if(Array.isArray(data37)){
const len9 = data37.length;
for(let i9=0; i9<len9; i9++){
if(!(validate53(data37[i9], {instancePath:instancePath+"/sample_inputs/" + i9,parentData:data37,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/sample_inputs",schemaPath:"#/properties/sample_inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.sample_outputs !== undefined){
let data39 = data.sample_outputs;
if(Array.isArray(data39)){
const len10 = data39.length;
for(let i10=0; i10<len10; i10++){
if(!(validate53(data39[i10], {instancePath:instancePath+"/sample_outputs/" + i10,parentData:data39,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err66 = {instancePath:instancePath+"/sample_outputs",schemaPath:"#/properties/sample_outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.test_inputs !== undefined){
let data41 = data.test_inputs;
if(Array.isArray(data41)){
if(data41.length < 1){
const err67 = {instancePath:instancePath+"/test_inputs",schemaPath:"#/properties/test_inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len11 = data41.length;
for(let i11=0; i11<len11; i11++){
if(!(validate53(data41[i11], {instancePath:instancePath+"/test_inputs/" + i11,parentData:data41,parentDataProperty:i11,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/test_inputs",schemaPath:"#/properties/test_inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.test_outputs !== undefined){
let data43 = data.test_outputs;
if(Array.isArray(data43)){
if(data43.length < 1){
const err69 = {instancePath:instancePath+"/test_outputs",schemaPath:"#/properties/test_outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len12 = data43.length;
for(let i12=0; i12<len12; i12++){
if(!(validate53(data43[i12], {instancePath:instancePath+"/test_outputs/" + i12,parentData:data43,parentDataProperty:i12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err70 = {instancePath:instancePath+"/test_outputs",schemaPath:"#/properties/test_outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.timestamp !== undefined){
if(typeof data.timestamp !== "string"){
const err71 = {instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.training_data !== undefined){
let data46 = data.training_data;
const _errs117 = errors;
let valid37 = false;
const _errs118 = errors;
if(!(validate143(data46, {instancePath:instancePath+"/training_data",parentData:data,parentDataProperty:"training_data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
var _valid10 = _errs118 === errors;
valid37 = valid37 || _valid10;
if(_valid10){
var props4 = true;
}
const _errs119 = errors;
if(!(validate145(data46, {instancePath:instancePath+"/training_data",parentData:data,parentDataProperty:"training_data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
var _valid10 = _errs119 === errors;
valid37 = valid37 || _valid10;
if(_valid10){
if(props4 !== true){
props4 = true;
}
}
const _errs120 = errors;
if(data46 !== null){
const err72 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid10 = _errs120 === errors;
valid37 = valid37 || _valid10;
if(!valid37){
const err73 = {instancePath:instancePath+"/training_data",schemaPath:"#/properties/training_data/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
}
}
if(data.weights !== undefined){
if(!(validate164(data.weights, {instancePath:instancePath+"/weights",parentData:data,parentDataProperty:"weights",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
