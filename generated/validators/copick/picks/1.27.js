// generated from specs/copick/picks/1.27.json by codegen - do not edit
import { YamlTimestamp, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/copick/picks/1.27.json","type":"object","required":["pickable_object_name","user_id","session_id"],"properties":{"pickable_object_name":{"type":"string"},"user_id":{"type":"string"},"session_id":{"type":"string"},"run_name":{"type":["string","null"]},"voxel_spacing":{"type":["number","null"]},"unit":{"type":"string"},"points":{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/CopickPoint"}},{"type":"null"}]},"trust_orientation":{"type":["boolean","null"]}},"$defs":{"CopickLocation":{"type":"object","required":["x","y","z"],"properties":{"x":{"type":"number"},"y":{"type":"number"},"z":{"type":"number"}}},"CopickPoint":{"type":"object","required":["location"],"properties":{"location":{"$ref":"#/$defs/CopickLocation"},"transformation_":{"anyOf":[{"$ref":"#/$defs/Transformation"},{"type":"null"}]},"instance_id":{"type":["integer","null"]},"score":{"type":["number","null"]}}},"Transformation":{"type":"array","items":{"type":"array","items":{"type":"number"},"minItems":4,"maxItems":4},"minItems":4,"maxItems":4}}};
const schema32 = {"type":"object","required":["location"],"properties":{"location":{"$ref":"#/$defs/CopickLocation"},"transformation_":{"anyOf":[{"$ref":"#/$defs/Transformation"},{"type":"null"}]},"instance_id":{"type":["integer","null"]},"score":{"type":["number","null"]}}};
const schema33 = {"type":"object","required":["x","y","z"],"properties":{"x":{"type":"number"},"y":{"type":"number"},"z":{"type":"number"}}};
const schema34 = {"type":"array","items":{"type":"array","items":{"type":"number"},"minItems":4,"maxItems":4},"minItems":4,"maxItems":4};

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
if(data.location === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickPoint/required",keyword:"required",params:{missingProperty: "location"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.location !== undefined){
let data0 = data.location;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
if(data0.x === undefined){
const err1 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/CopickLocation/required",keyword:"required",params:{missingProperty: "x"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.y === undefined){
const err2 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/CopickLocation/required",keyword:"required",params:{missingProperty: "y"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.z === undefined){
const err3 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/CopickLocation/required",keyword:"required",params:{missingProperty: "z"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.x !== undefined){
let data1 = data0.x;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/location/x",schemaPath:"#/$defs/CopickLocation/properties/x/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.y !== undefined){
let data2 = data0.y;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/location/y",schemaPath:"#/$defs/CopickLocation/properties/y/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.z !== undefined){
let data3 = data0.z;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/location/z",schemaPath:"#/$defs/CopickLocation/properties/z/type",keyword:"type",params:{type: "number"}};
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
const err7 = {instancePath:instancePath+"/location",schemaPath:"#/$defs/CopickLocation/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.transformation_ !== undefined){
let data4 = data.transformation_;
const _errs11 = errors;
let valid3 = false;
const _errs12 = errors;
if(Array.isArray(data4)){
if(data4.length > 4){
const err8 = {instancePath:instancePath+"/transformation_",schemaPath:"#/$defs/Transformation/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.length < 4){
const err9 = {instancePath:instancePath+"/transformation_",schemaPath:"#/$defs/Transformation/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(Array.isArray(data5)){
if(data5.length > 4){
const err10 = {instancePath:instancePath+"/transformation_/" + i0,schemaPath:"#/$defs/Transformation/items/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.length < 4){
const err11 = {instancePath:instancePath+"/transformation_/" + i0,schemaPath:"#/$defs/Transformation/items/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(!((typeof data6 == "number") && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/transformation_/" + i0+"/" + i1,schemaPath:"#/$defs/Transformation/items/items/type",keyword:"type",params:{type: "number"}};
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
const err13 = {instancePath:instancePath+"/transformation_/" + i0,schemaPath:"#/$defs/Transformation/items/type",keyword:"type",params:{type: "array"}};
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
const err14 = {instancePath:instancePath+"/transformation_",schemaPath:"#/$defs/Transformation/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
const _errs19 = errors;
if(data4 !== null){
const err15 = {instancePath:instancePath+"/transformation_",schemaPath:"#/$defs/CopickPoint/properties/transformation_/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err16 = {instancePath:instancePath+"/transformation_",schemaPath:"#/$defs/CopickPoint/properties/transformation_/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data.instance_id !== undefined){
let data7 = data.instance_id;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
const err17 = {instancePath:instancePath+"/instance_id",schemaPath:"#/$defs/CopickPoint/properties/instance_id/type",keyword:"type",params:{type: schema32.properties.instance_id.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.score !== undefined){
let data8 = data.score;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err18 = {instancePath:instancePath+"/score",schemaPath:"#/$defs/CopickPoint/properties/score/type",keyword:"type",params:{type: schema32.properties.score.type}};
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
const err19 = {instancePath,schemaPath:"#/$defs/CopickPoint/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"location":true,"transformation_":true,"instance_id":true,"score":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/copick/picks/1.27.json" */;
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
if(data.pickable_object_name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pickable_object_name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.user_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.session_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "session_id"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pickable_object_name !== undefined){
if(typeof data.pickable_object_name !== "string"){
const err3 = {instancePath:instancePath+"/pickable_object_name",schemaPath:"#/properties/pickable_object_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.user_id !== undefined){
if(typeof data.user_id !== "string"){
const err4 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.session_id !== undefined){
if(typeof data.session_id !== "string"){
const err5 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.run_name !== undefined){
let data3 = data.run_name;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/run_name",schemaPath:"#/properties/run_name/type",keyword:"type",params:{type: schema31.properties.run_name.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.voxel_spacing !== undefined){
let data4 = data.voxel_spacing;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (data4 !== null)){
const err7 = {instancePath:instancePath+"/voxel_spacing",schemaPath:"#/properties/voxel_spacing/type",keyword:"type",params:{type: schema31.properties.voxel_spacing.type}};
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
if(typeof data.unit !== "string"){
const err8 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.points !== undefined){
let data6 = data.points;
const _errs14 = errors;
let valid1 = false;
const _errs15 = errors;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data6[i0], {instancePath:instancePath+"/points/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
const _errs18 = errors;
if(data6 !== null){
const err10 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err11 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(data.trust_orientation !== undefined){
let data8 = data.trust_orientation;
if((typeof data8 !== "boolean") && (data8 !== null)){
const err12 = {instancePath:instancePath+"/trust_orientation",schemaPath:"#/properties/trust_orientation/type",keyword:"type",params:{type: schema31.properties.trust_orientation.type}};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"pickable_object_name":true,"user_id":true,"session_id":true,"run_name":true,"voxel_spacing":true,"unit":true,"points":true,"trust_orientation":true},"dynamicProps":false,"dynamicItems":false};
