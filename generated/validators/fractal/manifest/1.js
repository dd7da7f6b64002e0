// generated from specs/fractal/manifest/1.json by codegen - do not edit
import { YamlTimestamp, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/fractal/manifest/1.json","type":"object","required":["manifest_version","task_list"],"properties":{"manifest_version":{"type":"string"},"task_list":{"type":"array","items":{"$ref":"#/$defs/TaskManifestV1"}},"has_args_schemas":{"type":"boolean"},"args_schema_version":{"type":["string","null"]}},"$defs":{"TaskManifestV1":{"type":"object","required":["name","executable","input_type","output_type"],"properties":{"name":{"type":"string"},"executable":{"type":"string"},"input_type":{"type":"string"},"output_type":{"type":"string"},"meta":{"type":["object","null"]},"args_schema":{"type":["object","null"]},"docs_info":{"type":["string","null"]},"docs_link":{"type":["string","null"]}}}}};
const schema32 = {"type":"object","required":["name","executable","input_type","output_type"],"properties":{"name":{"type":"string"},"executable":{"type":"string"},"input_type":{"type":"string"},"output_type":{"type":"string"},"meta":{"type":["object","null"]},"args_schema":{"type":["object","null"]},"docs_info":{"type":["string","null"]},"docs_link":{"type":["string","null"]}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/fractal/manifest/1.json" */;
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
if(typeof data.manifest_version !== "string"){
const err2 = {instancePath:instancePath+"/manifest_version",schemaPath:"#/properties/manifest_version/type",keyword:"type",params:{type: "string"}};
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
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2) && !(data2 instanceof YamlTimestamp)){
if(data2.name === undefined){
const err3 = {instancePath:instancePath+"/task_list/" + i0,schemaPath:"#/$defs/TaskManifestV1/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.executable === undefined){
const err4 = {instancePath:instancePath+"/task_list/" + i0,schemaPath:"#/$defs/TaskManifestV1/required",keyword:"required",params:{missingProperty: "executable"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.input_type === undefined){
const err5 = {instancePath:instancePath+"/task_list/" + i0,schemaPath:"#/$defs/TaskManifestV1/required",keyword:"required",params:{missingProperty: "input_type"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.output_type === undefined){
const err6 = {instancePath:instancePath+"/task_list/" + i0,schemaPath:"#/$defs/TaskManifestV1/required",keyword:"required",params:{missingProperty: "output_type"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/task_list/" + i0+"/name",schemaPath:"#/$defs/TaskManifestV1/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.executable !== undefined){
if(typeof data2.executable !== "string"){
const err8 = {instancePath:instancePath+"/task_list/" + i0+"/executable",schemaPath:"#/$defs/TaskManifestV1/properties/executable/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.input_type !== undefined){
if(typeof data2.input_type !== "string"){
const err9 = {instancePath:instancePath+"/task_list/" + i0+"/input_type",schemaPath:"#/$defs/TaskManifestV1/properties/input_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.output_type !== undefined){
if(typeof data2.output_type !== "string"){
const err10 = {instancePath:instancePath+"/task_list/" + i0+"/output_type",schemaPath:"#/$defs/TaskManifestV1/properties/output_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.meta !== undefined){
let data7 = data2.meta;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7) && !(data7 instanceof YamlTimestamp))) && (data7 !== null)){
const err11 = {instancePath:instancePath+"/task_list/" + i0+"/meta",schemaPath:"#/$defs/TaskManifestV1/properties/meta/type",keyword:"type",params:{type: schema32.properties.meta.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.args_schema !== undefined){
let data8 = data2.args_schema;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8) && !(data8 instanceof YamlTimestamp))) && (data8 !== null)){
const err12 = {instancePath:instancePath+"/task_list/" + i0+"/args_schema",schemaPath:"#/$defs/TaskManifestV1/properties/args_schema/type",keyword:"type",params:{type: schema32.properties.args_schema.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.docs_info !== undefined){
let data9 = data2.docs_info;
if((typeof data9 !== "string") && (data9 !== null)){
const err13 = {instancePath:instancePath+"/task_list/" + i0+"/docs_info",schemaPath:"#/$defs/TaskManifestV1/properties/docs_info/type",keyword:"type",params:{type: schema32.properties.docs_info.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.docs_link !== undefined){
let data10 = data2.docs_link;
if((typeof data10 !== "string") && (data10 !== null)){
const err14 = {instancePath:instancePath+"/task_list/" + i0+"/docs_link",schemaPath:"#/$defs/TaskManifestV1/properties/docs_link/type",keyword:"type",params:{type: schema32.properties.docs_link.type}};
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
const err15 = {instancePath:instancePath+"/task_list/" + i0,schemaPath:"#/$defs/TaskManifestV1/type",keyword:"type",params:{type: "object"}};
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
const err16 = {instancePath:instancePath+"/task_list",schemaPath:"#/properties/task_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.has_args_schemas !== undefined){
if(typeof data.has_args_schemas !== "boolean"){
const err17 = {instancePath:instancePath+"/has_args_schemas",schemaPath:"#/properties/has_args_schemas/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.args_schema_version !== undefined){
let data12 = data.args_schema_version;
if((typeof data12 !== "string") && (data12 !== null)){
const err18 = {instancePath:instancePath+"/args_schema_version",schemaPath:"#/properties/args_schema_version/type",keyword:"type",params:{type: schema31.properties.args_schema_version.type}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"manifest_version":true,"task_list":true,"has_args_schemas":true,"args_schema_version":true},"dynamicProps":false,"dynamicItems":false};
