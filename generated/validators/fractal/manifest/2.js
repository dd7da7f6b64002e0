// generated from specs/fractal/manifest/2.json by codegen - do not edit
import { YamlTimestamp, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/fractal/manifest/2.json","type":"object","required":["manifest_version","task_list"],"properties":{"manifest_version":{"const":"2"},"task_list":{"type":"array","items":{"$ref":"#/$defs/TaskManifestV2"}},"has_args_schemas":{"type":"boolean"},"args_schema_version":{"type":["string","null"]},"authors":{"type":["string","null"]}},"$defs":{"TaskManifestV2":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"executable_non_parallel":{"type":["string","null"]},"executable_parallel":{"type":["string","null"]},"input_types":{"type":"object","additionalProperties":{"type":"boolean"}},"output_types":{"type":"object","additionalProperties":{"type":"boolean"}},"meta_non_parallel":{"type":"object"},"meta_parallel":{"type":"object"},"args_schema_non_parallel":{"type":["object","null"]},"args_schema_parallel":{"type":["object","null"]},"docs_info":{"type":["string","null"]},"docs_link":{"type":["string","null"]},"category":{"type":["string","null"]},"modality":{"type":["string","null"]},"tags":{"type":"array","items":{"type":"string"}},"type":{"anyOf":[{"$ref":"#/$defs/TaskType"},{"type":"null"}]}}},"TaskType":{"enum":["compound","converter_compound","non_parallel","converter_non_parallel","parallel"]}}};
const schema32 = {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"executable_non_parallel":{"type":["string","null"]},"executable_parallel":{"type":["string","null"]},"input_types":{"type":"object","additionalProperties":{"type":"boolean"}},"output_types":{"type":"object","additionalProperties":{"type":"boolean"}},"meta_non_parallel":{"type":"object"},"meta_parallel":{"type":"object"},"args_schema_non_parallel":{"type":["object","null"]},"args_schema_parallel":{"type":["object","null"]},"docs_info":{"type":["string","null"]},"docs_link":{"type":["string","null"]},"category":{"type":["string","null"]},"modality":{"type":["string","null"]},"tags":{"type":"array","items":{"type":"string"}},"type":{"anyOf":[{"$ref":"#/$defs/TaskType"},{"type":"null"}]}}};
const schema33 = {"enum":["compound","converter_compound","non_parallel","converter_non_parallel","parallel"]};

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
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/TaskManifestV2/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/TaskManifestV2/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.executable_non_parallel !== undefined){
let data1 = data.executable_non_parallel;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/executable_non_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/executable_non_parallel/type",keyword:"type",params:{type: schema32.properties.executable_non_parallel.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.executable_parallel !== undefined){
let data2 = data.executable_parallel;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/executable_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/executable_parallel/type",keyword:"type",params:{type: schema32.properties.executable_parallel.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.input_types !== undefined){
let data3 = data.input_types;
if(data3 && typeof data3 == "object" && !Array.isArray(data3) && !(data3 instanceof YamlTimestamp)){
for(const key0 in data3){
if(typeof data3[key0] !== "boolean"){
const err4 = {instancePath:instancePath+"/input_types/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/TaskManifestV2/properties/input_types/additionalProperties/type",keyword:"type",params:{type: "boolean"}};
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
const err5 = {instancePath:instancePath+"/input_types",schemaPath:"#/$defs/TaskManifestV2/properties/input_types/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.output_types !== undefined){
let data5 = data.output_types;
if(data5 && typeof data5 == "object" && !Array.isArray(data5) && !(data5 instanceof YamlTimestamp)){
for(const key1 in data5){
if(typeof data5[key1] !== "boolean"){
const err6 = {instancePath:instancePath+"/output_types/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/TaskManifestV2/properties/output_types/additionalProperties/type",keyword:"type",params:{type: "boolean"}};
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
const err7 = {instancePath:instancePath+"/output_types",schemaPath:"#/$defs/TaskManifestV2/properties/output_types/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.meta_non_parallel !== undefined){
let data7 = data.meta_non_parallel;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7) && !(data7 instanceof YamlTimestamp))){
const err8 = {instancePath:instancePath+"/meta_non_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/meta_non_parallel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.meta_parallel !== undefined){
let data8 = data.meta_parallel;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8) && !(data8 instanceof YamlTimestamp))){
const err9 = {instancePath:instancePath+"/meta_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/meta_parallel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.args_schema_non_parallel !== undefined){
let data9 = data.args_schema_non_parallel;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9) && !(data9 instanceof YamlTimestamp))) && (data9 !== null)){
const err10 = {instancePath:instancePath+"/args_schema_non_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/args_schema_non_parallel/type",keyword:"type",params:{type: schema32.properties.args_schema_non_parallel.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.args_schema_parallel !== undefined){
let data10 = data.args_schema_parallel;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10) && !(data10 instanceof YamlTimestamp))) && (data10 !== null)){
const err11 = {instancePath:instancePath+"/args_schema_parallel",schemaPath:"#/$defs/TaskManifestV2/properties/args_schema_parallel/type",keyword:"type",params:{type: schema32.properties.args_schema_parallel.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.docs_info !== undefined){
let data11 = data.docs_info;
if((typeof data11 !== "string") && (data11 !== null)){
const err12 = {instancePath:instancePath+"/docs_info",schemaPath:"#/$defs/TaskManifestV2/properties/docs_info/type",keyword:"type",params:{type: schema32.properties.docs_info.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.docs_link !== undefined){
let data12 = data.docs_link;
if((typeof data12 !== "string") && (data12 !== null)){
const err13 = {instancePath:instancePath+"/docs_link",schemaPath:"#/$defs/TaskManifestV2/properties/docs_link/type",keyword:"type",params:{type: schema32.properties.docs_link.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.category !== undefined){
let data13 = data.category;
if((typeof data13 !== "string") && (data13 !== null)){
const err14 = {instancePath:instancePath+"/category",schemaPath:"#/$defs/TaskManifestV2/properties/category/type",keyword:"type",params:{type: schema32.properties.category.type}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.modality !== undefined){
let data14 = data.modality;
if((typeof data14 !== "string") && (data14 !== null)){
const err15 = {instancePath:instancePath+"/modality",schemaPath:"#/$defs/TaskManifestV2/properties/modality/type",keyword:"type",params:{type: schema32.properties.modality.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tags !== undefined){
let data15 = data.tags;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err16 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/$defs/TaskManifestV2/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/TaskManifestV2/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.type !== undefined){
let data17 = data.type;
const _errs38 = errors;
let valid5 = false;
const _errs39 = errors;
if(!(((((data17 === "compound") || (data17 === "converter_compound")) || (data17 === "non_parallel")) || (data17 === "converter_non_parallel")) || (data17 === "parallel"))){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TaskType/enum",keyword:"enum",params:{allowedValues: schema33.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs39 === errors;
valid5 = valid5 || _valid0;
const _errs41 = errors;
if(data17 !== null){
const err19 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TaskManifestV2/properties/type/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs41 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err20 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TaskManifestV2/properties/type/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
const err21 = {instancePath,schemaPath:"#/$defs/TaskManifestV2/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"name":true,"executable_non_parallel":true,"executable_parallel":true,"input_types":true,"output_types":true,"meta_non_parallel":true,"meta_parallel":true,"args_schema_non_parallel":true,"args_schema_parallel":true,"docs_info":true,"docs_link":true,"category":true,"modality":true,"tags":true,"type":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/fractal/manifest/2.json" */;
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
if(data.manifest_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest_version"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.task_list === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task_list"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.manifest_version !== undefined){
if("2" !== data.manifest_version){
const err2 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/const",keyword:"const",params:{allowedValue: "2"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.task_list !== undefined){
let data1 = data.task_list;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data1[i0], {instancePath:instancePath+"/task_list/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/task_list",schemaPath:"#/properties/task_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.has_args_schemas !== undefined){
if(typeof data.has_args_schemas !== "boolean"){
const err4 = {instancePath:instancePath+"/has_args_schemas",schemaPath:"#/properties/has_args_schemas/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.args_schema_version !== undefined){
let data4 = data.args_schema_version;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/args_schema_version",schemaPath:"#/properties/args_schema_version/type",keyword:"type",params:{type: schema31.properties.args_schema_version.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.authors !== undefined){
let data5 = data.authors;
if((typeof data5 !== "string") && (data5 !== null)){
const err6 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: schema31.properties.authors.type}};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"manifest_version":true,"task_list":true,"has_args_schemas":true,"args_schema_version":true,"authors":true},"dynamicProps":false,"dynamicItems":false};
