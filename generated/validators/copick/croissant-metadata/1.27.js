// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
import { formats } from "../../../../src/runtime/ajv-runtime.js";
export const validate = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/copick/croissant-metadata/1.27.json","type":"object","required":["@context","@type","name","conformsTo","copick:baseUrl","copick:config","distribution","recordSet"],"properties":{"@context":{"type":"object"},"@type":{"const":"sc:Dataset"},"name":{"type":"string"},"description":{"type":"string"},"conformsTo":{"const":"http://mlcommons.org/croissant/1.1"},"version":{"type":"string"},"license":{"type":"string"},"citeAs":{"type":"string"},"datePublished":{"type":"string","format":"date"},"copick:baseUrl":{"type":"string"},"copick:config":{"$ref":"#/$defs/CopickConfigBlob"},"distribution":{"type":"array","items":{"$ref":"#/$defs/CsvFileObject"}},"recordSet":{"type":"array","items":{"$ref":"#/$defs/CopickRecordSet"}}},"$defs":{"CopickConfigBlob":{"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}}}},"CopickField":{"type":"object","required":["@type","@id","dataType"],"properties":{"@type":{"const":"cr:Field"},"@id":{"type":"string"},"dataType":{"type":"string","enum":["sc:Text","sc:Float","sc:Boolean","sc:URL"]},"source":{"$ref":"#/$defs/CsvSource"},"references":{"type":"object","required":["field"],"properties":{"field":{"$ref":"#/$defs/IdRef"}}}}},"CopickRecordSet":{"type":"object","required":["@type","@id","name","field"],"properties":{"@type":{"const":"cr:RecordSet"},"@id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"key":{"$ref":"#/$defs/IdRef"},"field":{"type":"array","items":{"$ref":"#/$defs/CopickField"}},"data":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string"}}}}},"CsvFileObject":{"type":"object","required":["@type","@id","name","contentUrl","encodingFormat","sha256"],"properties":{"@type":{"const":"cr:FileObject"},"@id":{"type":"string"},"name":{"type":"string"},"contentUrl":{"type":"string"},"encodingFormat":{"const":"text/csv"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"CsvSource":{"type":"object","required":["fileObject","extract"],"properties":{"fileObject":{"$ref":"#/$defs/IdRef"},"extract":{"type":"object","required":["column"],"properties":{"column":{"type":"string"}}}}},"IdRef":{"type":"object","required":["@id"],"properties":{"@id":{"type":"string"}},"additionalProperties":false},"PickableObject":{"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}}}};
const formats0 = formats.date;
const schema20 = {"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}}}};
const schema21 = {"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.is_particle === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "is_particle"},message:"must have required property '"+"is_particle"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/PickableObject/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.is_particle !== undefined){
if(typeof data.is_particle !== "boolean"){
const err3 = {instancePath:instancePath+"/is_particle",schemaPath:"#/$defs/PickableObject/properties/is_particle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/PickableObject/properties/label/type",keyword:"type",params:{type: schema21.properties.label.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.color !== undefined){
let data3 = data.color;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(Array.isArray(data3)){
if(data3.length > 4){
const err5 = {instancePath:instancePath+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.length < 4){
const err6 = {instancePath:instancePath+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/minItems",keyword:"minItems",params:{limit: 4},message:"must NOT have fewer than 4 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/color/" + i0,schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err8 = {instancePath:instancePath+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs13 = errors;
if(data3 !== null){
const err9 = {instancePath:instancePath+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err10 = {instancePath:instancePath+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
if(data.emdb_id !== undefined){
let data5 = data.emdb_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err11 = {instancePath:instancePath+"/emdb_id",schemaPath:"#/$defs/PickableObject/properties/emdb_id/type",keyword:"type",params:{type: schema21.properties.emdb_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.pdb_id !== undefined){
let data6 = data.pdb_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err12 = {instancePath:instancePath+"/pdb_id",schemaPath:"#/$defs/PickableObject/properties/pdb_id/type",keyword:"type",params:{type: schema21.properties.pdb_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.identifier !== undefined){
let data7 = data.identifier;
if((typeof data7 !== "string") && (data7 !== null)){
const err13 = {instancePath:instancePath+"/identifier",schemaPath:"#/$defs/PickableObject/properties/identifier/type",keyword:"type",params:{type: schema21.properties.identifier.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.go_id !== undefined){
let data8 = data.go_id;
if((typeof data8 !== "string") && (data8 !== null)){
const err14 = {instancePath:instancePath+"/go_id",schemaPath:"#/$defs/PickableObject/properties/go_id/type",keyword:"type",params:{type: schema21.properties.go_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.map_threshold !== undefined){
let data9 = data.map_threshold;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err15 = {instancePath:instancePath+"/map_threshold",schemaPath:"#/$defs/PickableObject/properties/map_threshold/type",keyword:"type",params:{type: schema21.properties.map_threshold.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.radius !== undefined){
let data10 = data.radius;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err16 = {instancePath:instancePath+"/radius",schemaPath:"#/$defs/PickableObject/properties/radius/type",keyword:"type",params:{type: schema21.properties.radius.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.metadata !== undefined){
let data11 = data.metadata;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"#/$defs/PickableObject/properties/metadata/type",keyword:"type",params:{type: schema21.properties.metadata.type},message:"must be object,null"};
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
const err18 = {instancePath,schemaPath:"#/$defs/PickableObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"name":true,"is_particle":true,"label":true,"color":true,"emdb_id":true,"pdb_id":true,"identifier":true,"go_id":true,"map_threshold":true,"radius":true,"metadata":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pickable_objects === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigBlob/required",keyword:"required",params:{missingProperty: "pickable_objects"},message:"must have required property '"+"pickable_objects"+"'"};
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
if((typeof data0 !== "string") && (data0 !== null)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickConfigBlob/properties/name/type",keyword:"type",params:{type: schema20.properties.name.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if((typeof data1 !== "string") && (data1 !== null)){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickConfigBlob/properties/description/type",keyword:"type",params:{type: schema20.properties.description.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if((typeof data2 !== "string") && (data2 !== null)){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/CopickConfigBlob/properties/version/type",keyword:"type",params:{type: schema20.properties.version.type},message:"must be string,null"};
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
let data3 = data.user_id;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/user_id",schemaPath:"#/$defs/CopickConfigBlob/properties/user_id/type",keyword:"type",params:{type: schema20.properties.user_id.type},message:"must be string,null"};
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
let data4 = data.session_id;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/session_id",schemaPath:"#/$defs/CopickConfigBlob/properties/session_id/type",keyword:"type",params:{type: schema20.properties.session_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.pickable_objects !== undefined){
let data5 = data.pickable_objects;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data5[i0], {instancePath:instancePath+"/pickable_objects/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/pickable_objects",schemaPath:"#/$defs/CopickConfigBlob/properties/pickable_objects/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err7 = {instancePath,schemaPath:"#/$defs/CopickConfigBlob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"name":true,"description":true,"version":true,"user_id":true,"session_id":true,"pickable_objects":true},"dynamicProps":false,"dynamicItems":false};

const schema22 = {"type":"object","required":["@type","@id","name","contentUrl","encodingFormat","sha256"],"properties":{"@type":{"const":"cr:FileObject"},"@id":{"type":"string"},"name":{"type":"string"},"contentUrl":{"type":"string"},"encodingFormat":{"const":"text/csv"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
const pattern3 = new RegExp("^[0-9a-f]{64}$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@id"] === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "@id"},message:"must have required property '"+"@id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.contentUrl === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "contentUrl"},message:"must have required property '"+"contentUrl"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.encodingFormat === undefined){
const err4 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "encodingFormat"},message:"must have required property '"+"encodingFormat"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sha256 === undefined){
const err5 = {instancePath,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data["@type"] !== undefined){
if("cr:FileObject" !== data["@type"]){
const err6 = {instancePath:instancePath+"/@type",schemaPath:"#/$defs/CsvFileObject/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:FileObject"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data["@id"] !== undefined){
if(typeof data["@id"] !== "string"){
const err7 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/CsvFileObject/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CsvFileObject/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.contentUrl !== undefined){
if(typeof data.contentUrl !== "string"){
const err9 = {instancePath:instancePath+"/contentUrl",schemaPath:"#/$defs/CsvFileObject/properties/contentUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.encodingFormat !== undefined){
if("text/csv" !== data.encodingFormat){
const err10 = {instancePath:instancePath+"/encodingFormat",schemaPath:"#/$defs/CsvFileObject/properties/encodingFormat/const",keyword:"const",params:{allowedValue: "text/csv"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data5 = data.sha256;
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/CsvFileObject/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/CsvFileObject/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err13 = {instancePath,schemaPath:"#/$defs/CsvFileObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"@type":true,"@id":true,"name":true,"contentUrl":true,"encodingFormat":true,"sha256":true},"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":"object","required":["@type","@id","name","field"],"properties":{"@type":{"const":"cr:RecordSet"},"@id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"key":{"$ref":"#/$defs/IdRef"},"field":{"type":"array","items":{"$ref":"#/$defs/CopickField"}},"data":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string"}}}}};
const schema24 = {"type":"object","required":["@id"],"properties":{"@id":{"type":"string"}},"additionalProperties":false};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@id"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/IdRef/required",keyword:"required",params:{missingProperty: "@id"},message:"must have required property '"+"@id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "@id")){
const err1 = {instancePath,schemaPath:"#/$defs/IdRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["@id"] !== undefined){
if(typeof data["@id"] !== "string"){
const err2 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/IdRef/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"#/$defs/IdRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema25 = {"type":"object","required":["@type","@id","dataType"],"properties":{"@type":{"const":"cr:Field"},"@id":{"type":"string"},"dataType":{"type":"string","enum":["sc:Text","sc:Float","sc:Boolean","sc:URL"]},"source":{"$ref":"#/$defs/CsvSource"},"references":{"type":"object","required":["field"],"properties":{"field":{"$ref":"#/$defs/IdRef"}}}}};
const schema26 = {"type":"object","required":["fileObject","extract"],"properties":{"fileObject":{"$ref":"#/$defs/IdRef"},"extract":{"type":"object","required":["column"],"properties":{"column":{"type":"string"}}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fileObject === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CsvSource/required",keyword:"required",params:{missingProperty: "fileObject"},message:"must have required property '"+"fileObject"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extract === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CsvSource/required",keyword:"required",params:{missingProperty: "extract"},message:"must have required property '"+"extract"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fileObject !== undefined){
if(!(validate60(data.fileObject, {instancePath:instancePath+"/fileObject",parentData:data,parentDataProperty:"fileObject",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.extract !== undefined){
let data1 = data.extract;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.column === undefined){
const err2 = {instancePath:instancePath+"/extract",schemaPath:"#/$defs/CsvSource/properties/extract/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.column !== undefined){
if(typeof data1.column !== "string"){
const err3 = {instancePath:instancePath+"/extract/column",schemaPath:"#/$defs/CsvSource/properties/extract/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/extract",schemaPath:"#/$defs/CsvSource/properties/extract/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err5 = {instancePath,schemaPath:"#/$defs/CsvSource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"fileObject":true,"extract":true},"dynamicProps":false,"dynamicItems":false};


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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@id"] === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "@id"},message:"must have required property '"+"@id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataType === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "dataType"},message:"must have required property '"+"dataType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data["@type"] !== undefined){
if("cr:Field" !== data["@type"]){
const err3 = {instancePath:instancePath+"/@type",schemaPath:"#/$defs/CopickField/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:Field"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["@id"] !== undefined){
if(typeof data["@id"] !== "string"){
const err4 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/CopickField/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dataType !== undefined){
let data2 = data.dataType;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/dataType",schemaPath:"#/$defs/CopickField/properties/dataType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data2 === "sc:Text") || (data2 === "sc:Float")) || (data2 === "sc:Boolean")) || (data2 === "sc:URL"))){
const err6 = {instancePath:instancePath+"/dataType",schemaPath:"#/$defs/CopickField/properties/dataType/enum",keyword:"enum",params:{allowedValues: schema25.properties.dataType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate63(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
if(data.references !== undefined){
let data4 = data.references;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.field === undefined){
const err7 = {instancePath:instancePath+"/references",schemaPath:"#/$defs/CopickField/properties/references/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.field !== undefined){
if(!(validate60(data4.field, {instancePath:instancePath+"/references/field",parentData:data4,parentDataProperty:"field",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/references",schemaPath:"#/$defs/CopickField/properties/references/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err9 = {instancePath,schemaPath:"#/$defs/CopickField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"@type":true,"@id":true,"dataType":true,"source":true,"references":true},"dynamicProps":false,"dynamicItems":false};


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
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@id"] === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "@id"},message:"must have required property '"+"@id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.field === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["@type"] !== undefined){
if("cr:RecordSet" !== data["@type"]){
const err4 = {instancePath:instancePath+"/@type",schemaPath:"#/$defs/CopickRecordSet/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:RecordSet"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["@id"] !== undefined){
if(typeof data["@id"] !== "string"){
const err5 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/CopickRecordSet/properties/%40id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickRecordSet/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickRecordSet/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.key !== undefined){
if(!(validate60(data.key, {instancePath:instancePath+"/key",parentData:data,parentDataProperty:"key",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.field !== undefined){
let data5 = data.field;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate62(data5[i0], {instancePath:instancePath+"/field/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/CopickRecordSet/properties/field/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data !== undefined){
let data7 = data.data;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key0 in data8){
if(typeof data8[key0] !== "string"){
const err9 = {instancePath:instancePath+"/data/" + i1+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/CopickRecordSet/properties/data/items/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err10 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/$defs/CopickRecordSet/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/CopickRecordSet/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err12 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate59.evaluated = {"props":{"@type":true,"@id":true,"name":true,"description":true,"key":true,"field":true,"data":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/copick/croissant-metadata/1.27.json" */;
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
if(data["@context"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@context"},message:"must have required property '"+"@context"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@type"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@type"},message:"must have required property '"+"@type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.conformsTo === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conformsTo"},message:"must have required property '"+"conformsTo"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["copick:baseUrl"] === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "copick:baseUrl"},message:"must have required property '"+"copick:baseUrl"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data["copick:config"] === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "copick:config"},message:"must have required property '"+"copick:config"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.distribution === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribution"},message:"must have required property '"+"distribution"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recordSet === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recordSet"},message:"must have required property '"+"recordSet"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data["@context"] !== undefined){
let data0 = data["@context"];
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err8 = {instancePath:instancePath+"/@context",schemaPath:"#/properties/%40context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data["@type"] !== undefined){
if("sc:Dataset" !== data["@type"]){
const err9 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/const",keyword:"const",params:{allowedValue: "sc:Dataset"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.conformsTo !== undefined){
if("http://mlcommons.org/croissant/1.1" !== data.conformsTo){
const err12 = {instancePath:instancePath+"/conformsTo",schemaPath:"#/properties/conformsTo/const",keyword:"const",params:{allowedValue: "http://mlcommons.org/croissant/1.1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.license !== undefined){
if(typeof data.license !== "string"){
const err14 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.citeAs !== undefined){
if(typeof data.citeAs !== "string"){
const err15 = {instancePath:instancePath+"/citeAs",schemaPath:"#/properties/citeAs/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.datePublished !== undefined){
let data8 = data.datePublished;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err16 = {instancePath:instancePath+"/datePublished",schemaPath:"#/properties/datePublished/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err17 = {instancePath:instancePath+"/datePublished",schemaPath:"#/properties/datePublished/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data["copick:baseUrl"] !== undefined){
if(typeof data["copick:baseUrl"] !== "string"){
const err18 = {instancePath:instancePath+"/copick:baseUrl",schemaPath:"#/properties/copick%3AbaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data["copick:config"] !== undefined){
if(!(validate53(data["copick:config"], {instancePath:instancePath+"/copick:config",parentData:data,parentDataProperty:"copick:config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.distribution !== undefined){
let data11 = data.distribution;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate57(data11[i0], {instancePath:instancePath+"/distribution/" + i0,parentData:data11,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/distribution",schemaPath:"#/properties/distribution/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.recordSet !== undefined){
let data13 = data.recordSet;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate59(data13[i1], {instancePath:instancePath+"/recordSet/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/recordSet",schemaPath:"#/properties/recordSet/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"@context":true,"@type":true,"name":true,"description":true,"conformsTo":true,"version":true,"license":true,"citeAs":true,"datePublished":true,"copick:baseUrl":true,"copick:config":true,"distribution":true,"recordSet":true},"dynamicProps":false,"dynamicItems":false};
