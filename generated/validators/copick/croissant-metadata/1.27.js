// generated from specs/copick/croissant-metadata/1.27.json by codegen - do not edit
import { YamlTimestamp, formats, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/copick/croissant-metadata/1.27.json","type":"object","required":["@context","@type","name","conformsTo","copick:baseUrl","copick:config","distribution","recordSet"],"properties":{"@context":{"type":"object"},"@type":{"const":"sc:Dataset"},"name":{"type":"string"},"description":{"type":"string"},"conformsTo":{"const":"http://mlcommons.org/croissant/1.1"},"version":{"type":"string"},"license":{"type":"string"},"citeAs":{"type":"string"},"datePublished":{"type":"string","format":"date"},"copick:baseUrl":{"type":"string"},"copick:config":{"$ref":"#/$defs/CopickConfigBlob"},"distribution":{"type":"array","items":{"$ref":"#/$defs/CsvFileObject"}},"recordSet":{"type":"array","items":{"$ref":"#/$defs/CopickRecordSet"}}},"$defs":{"CopickConfigBlob":{"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}}}},"CopickField":{"type":"object","required":["@type","@id","dataType"],"properties":{"@type":{"const":"cr:Field"},"@id":{"type":"string"},"dataType":{"type":"string","enum":["sc:Text","sc:Float","sc:Boolean","sc:URL"]},"source":{"$ref":"#/$defs/CsvSource"},"references":{"type":"object","required":["field"],"properties":{"field":{"$ref":"#/$defs/IdRef"}}}}},"CopickRecordSet":{"type":"object","required":["@type","@id","name","field"],"properties":{"@type":{"const":"cr:RecordSet"},"@id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"key":{"$ref":"#/$defs/IdRef"},"field":{"type":"array","items":{"$ref":"#/$defs/CopickField"}},"data":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string"}}}}},"CsvFileObject":{"type":"object","required":["@type","@id","name","contentUrl","encodingFormat","sha256"],"properties":{"@type":{"const":"cr:FileObject"},"@id":{"type":"string"},"name":{"type":"string"},"contentUrl":{"type":"string"},"encodingFormat":{"const":"text/csv"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}},"CsvSource":{"type":"object","required":["fileObject","extract"],"properties":{"fileObject":{"$ref":"#/$defs/IdRef"},"extract":{"type":"object","required":["column"],"properties":{"column":{"type":"string"}}}}},"IdRef":{"type":"object","required":["@id"],"properties":{"@id":{"type":"string"}},"additionalProperties":false},"PickableObject":{"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}}}};
const schema34 = {"type":"object","required":["@type","@id","name","contentUrl","encodingFormat","sha256"],"properties":{"@type":{"const":"cr:FileObject"},"@id":{"type":"string"},"name":{"type":"string"},"contentUrl":{"type":"string"},"encodingFormat":{"const":"text/csv"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}};
const formats0 = formats.date;
const schema32 = {"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}}}};
const schema33 = {"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}};

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
if(data.pickable_objects === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigBlob/required",keyword:"required",params:{missingProperty: "pickable_objects"}};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickConfigBlob/properties/name/type",keyword:"type",params:{type: schema32.properties.name.type}};
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickConfigBlob/properties/description/type",keyword:"type",params:{type: schema32.properties.description.type}};
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
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/CopickConfigBlob/properties/version/type",keyword:"type",params:{type: schema32.properties.version.type}};
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
const err4 = {instancePath:instancePath+"/user_id",schemaPath:"#/$defs/CopickConfigBlob/properties/user_id/type",keyword:"type",params:{type: schema32.properties.user_id.type}};
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
const err5 = {instancePath:instancePath+"/session_id",schemaPath:"#/$defs/CopickConfigBlob/properties/session_id/type",keyword:"type",params:{type: schema32.properties.session_id.type}};
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
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6) && !(data6 instanceof YamlTimestamp)){
if(data6.name === undefined){
const err6 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data6.is_particle === undefined){
const err7 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "is_particle"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err8 = {instancePath:instancePath+"/pickable_objects/" + i0+"/name",schemaPath:"#/$defs/PickableObject/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.is_particle !== undefined){
if(typeof data6.is_particle !== "boolean"){
const err9 = {instancePath:instancePath+"/pickable_objects/" + i0+"/is_particle",schemaPath:"#/$defs/PickableObject/properties/is_particle/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.label !== undefined){
let data9 = data6.label;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err10 = {instancePath:instancePath+"/pickable_objects/" + i0+"/label",schemaPath:"#/$defs/PickableObject/properties/label/type",keyword:"type",params:{type: schema33.properties.label.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.color !== undefined){
let data10 = data6.color;
const _errs23 = errors;
let valid5 = false;
const _errs24 = errors;
if(Array.isArray(data10)){
if(data10.length > 4){
const err11 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data10.length < 4){
const err12 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err13 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color/" + i1,schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
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
const err14 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid5 = valid5 || _valid0;
const _errs28 = errors;
if(data10 !== null){
const err15 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err16 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data6.emdb_id !== undefined){
let data12 = data6.emdb_id;
if((typeof data12 !== "string") && (data12 !== null)){
const err17 = {instancePath:instancePath+"/pickable_objects/" + i0+"/emdb_id",schemaPath:"#/$defs/PickableObject/properties/emdb_id/type",keyword:"type",params:{type: schema33.properties.emdb_id.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.pdb_id !== undefined){
let data13 = data6.pdb_id;
if((typeof data13 !== "string") && (data13 !== null)){
const err18 = {instancePath:instancePath+"/pickable_objects/" + i0+"/pdb_id",schemaPath:"#/$defs/PickableObject/properties/pdb_id/type",keyword:"type",params:{type: schema33.properties.pdb_id.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.identifier !== undefined){
let data14 = data6.identifier;
if((typeof data14 !== "string") && (data14 !== null)){
const err19 = {instancePath:instancePath+"/pickable_objects/" + i0+"/identifier",schemaPath:"#/$defs/PickableObject/properties/identifier/type",keyword:"type",params:{type: schema33.properties.identifier.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.go_id !== undefined){
let data15 = data6.go_id;
if((typeof data15 !== "string") && (data15 !== null)){
const err20 = {instancePath:instancePath+"/pickable_objects/" + i0+"/go_id",schemaPath:"#/$defs/PickableObject/properties/go_id/type",keyword:"type",params:{type: schema33.properties.go_id.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.map_threshold !== undefined){
let data16 = data6.map_threshold;
if((!((typeof data16 == "number") && (isFinite(data16)))) && (data16 !== null)){
const err21 = {instancePath:instancePath+"/pickable_objects/" + i0+"/map_threshold",schemaPath:"#/$defs/PickableObject/properties/map_threshold/type",keyword:"type",params:{type: schema33.properties.map_threshold.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.radius !== undefined){
let data17 = data6.radius;
if((!((typeof data17 == "number") && (isFinite(data17)))) && (data17 !== null)){
const err22 = {instancePath:instancePath+"/pickable_objects/" + i0+"/radius",schemaPath:"#/$defs/PickableObject/properties/radius/type",keyword:"type",params:{type: schema33.properties.radius.type}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.metadata !== undefined){
let data18 = data6.metadata;
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18) && !(data18 instanceof YamlTimestamp))) && (data18 !== null)){
const err23 = {instancePath:instancePath+"/pickable_objects/" + i0+"/metadata",schemaPath:"#/$defs/PickableObject/properties/metadata/type",keyword:"type",params:{type: schema33.properties.metadata.type}};
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
const err24 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/type",keyword:"type",params:{type: "object"}};
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
const err25 = {instancePath:instancePath+"/pickable_objects",schemaPath:"#/$defs/CopickConfigBlob/properties/pickable_objects/type",keyword:"type",params:{type: "array"}};
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
const err26 = {instancePath,schemaPath:"#/$defs/CopickConfigBlob/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"name":true,"description":true,"version":true,"user_id":true,"session_id":true,"pickable_objects":true},"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","required":["@type","@id","name","field"],"properties":{"@type":{"const":"cr:RecordSet"},"@id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"key":{"$ref":"#/$defs/IdRef"},"field":{"type":"array","items":{"$ref":"#/$defs/CopickField"}},"data":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string"}}}}};
const schema36 = {"type":"object","required":["@id"],"properties":{"@id":{"type":"string"}},"additionalProperties":false};
const schema37 = {"type":"object","required":["@type","@id","dataType"],"properties":{"@type":{"const":"cr:Field"},"@id":{"type":"string"},"dataType":{"type":"string","enum":["sc:Text","sc:Float","sc:Boolean","sc:URL"]},"source":{"$ref":"#/$defs/CsvSource"},"references":{"type":"object","required":["field"],"properties":{"field":{"$ref":"#/$defs/IdRef"}}}}};
const schema38 = {"type":"object","required":["fileObject","extract"],"properties":{"fileObject":{"$ref":"#/$defs/IdRef"},"extract":{"type":"object","required":["column"],"properties":{"column":{"type":"string"}}}}};

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
if(data.fileObject === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CsvSource/required",keyword:"required",params:{missingProperty: "fileObject"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extract === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CsvSource/required",keyword:"required",params:{missingProperty: "extract"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fileObject !== undefined){
let data0 = data.fileObject;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
if(data0["@id"] === undefined){
const err2 = {instancePath:instancePath+"/fileObject",schemaPath:"#/$defs/IdRef/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(key0 === "@id")){
const err3 = {instancePath:instancePath+"/fileObject",schemaPath:"#/$defs/IdRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0["@id"] !== undefined){
if(typeof data0["@id"] !== "string"){
const err4 = {instancePath:instancePath+"/fileObject/@id",schemaPath:"#/$defs/IdRef/properties/%40id/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/fileObject",schemaPath:"#/$defs/IdRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extract !== undefined){
let data2 = data.extract;
if(data2 && typeof data2 == "object" && !Array.isArray(data2) && !(data2 instanceof YamlTimestamp)){
if(data2.column === undefined){
const err6 = {instancePath:instancePath+"/extract",schemaPath:"#/$defs/CsvSource/properties/extract/required",keyword:"required",params:{missingProperty: "column"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.column !== undefined){
if(typeof data2.column !== "string"){
const err7 = {instancePath:instancePath+"/extract/column",schemaPath:"#/$defs/CsvSource/properties/extract/properties/column/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/extract",schemaPath:"#/$defs/CsvSource/properties/extract/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath,schemaPath:"#/$defs/CsvSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"fileObject":true,"extract":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "@type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@id"] === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataType === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickField/required",keyword:"required",params:{missingProperty: "dataType"}};
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
const err3 = {instancePath:instancePath+"/@type",schemaPath:"#/$defs/CopickField/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:Field"}};
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
const err4 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/CopickField/properties/%40id/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/dataType",schemaPath:"#/$defs/CopickField/properties/dataType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data2 === "sc:Text") || (data2 === "sc:Float")) || (data2 === "sc:Boolean")) || (data2 === "sc:URL"))){
const err6 = {instancePath:instancePath+"/dataType",schemaPath:"#/$defs/CopickField/properties/dataType/enum",keyword:"enum",params:{allowedValues: schema37.properties.dataType.enum}};
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
if(!(validate25(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.references !== undefined){
let data4 = data.references;
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.field === undefined){
const err7 = {instancePath:instancePath+"/references",schemaPath:"#/$defs/CopickField/properties/references/required",keyword:"required",params:{missingProperty: "field"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.field !== undefined){
let data5 = data4.field;
if(data5 && typeof data5 == "object" && !Array.isArray(data5) && !(data5 instanceof YamlTimestamp)){
if(data5["@id"] === undefined){
const err8 = {instancePath:instancePath+"/references/field",schemaPath:"#/$defs/IdRef/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data5){
if(!(key0 === "@id")){
const err9 = {instancePath:instancePath+"/references/field",schemaPath:"#/$defs/IdRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5["@id"] !== undefined){
if(typeof data5["@id"] !== "string"){
const err10 = {instancePath:instancePath+"/references/field/@id",schemaPath:"#/$defs/IdRef/properties/%40id/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/references/field",schemaPath:"#/$defs/IdRef/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/references",schemaPath:"#/$defs/CopickField/properties/references/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath,schemaPath:"#/$defs/CopickField/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"@type":true,"@id":true,"dataType":true,"source":true,"references":true},"dynamicProps":false,"dynamicItems":false};


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
if(data["@type"] === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "@type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@id"] === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.field === undefined){
const err3 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/required",keyword:"required",params:{missingProperty: "field"}};
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
const err4 = {instancePath:instancePath+"/@type",schemaPath:"#/$defs/CopickRecordSet/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:RecordSet"}};
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
const err5 = {instancePath:instancePath+"/@id",schemaPath:"#/$defs/CopickRecordSet/properties/%40id/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickRecordSet/properties/name/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickRecordSet/properties/description/type",keyword:"type",params:{type: "string"}};
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
let data4 = data.key;
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4["@id"] === undefined){
const err8 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/IdRef/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data4){
if(!(key0 === "@id")){
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/IdRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4["@id"] !== undefined){
if(typeof data4["@id"] !== "string"){
const err10 = {instancePath:instancePath+"/key/@id",schemaPath:"#/$defs/IdRef/properties/%40id/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/$defs/IdRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.field !== undefined){
let data6 = data.field;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data6[i0], {instancePath:instancePath+"/field/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/CopickRecordSet/properties/field/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
let data8 = data.data;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9) && !(data9 instanceof YamlTimestamp)){
for(const key1 in data9){
if(typeof data9[key1] !== "string"){
const err13 = {instancePath:instancePath+"/data/" + i1+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/CopickRecordSet/properties/data/items/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/data/" + i1,schemaPath:"#/$defs/CopickRecordSet/properties/data/items/type",keyword:"type",params:{type: "object"}};
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
const err15 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/CopickRecordSet/properties/data/type",keyword:"type",params:{type: "array"}};
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
const err16 = {instancePath,schemaPath:"#/$defs/CopickRecordSet/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"@type":true,"@id":true,"name":true,"description":true,"key":true,"field":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/copick/croissant-metadata/1.27.json" */;
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
if(data["@context"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@context"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["@type"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "@type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.conformsTo === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "conformsTo"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data["copick:baseUrl"] === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "copick:baseUrl"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data["copick:config"] === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "copick:config"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.distribution === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribution"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recordSet === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recordSet"}};
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
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp))){
const err8 = {instancePath:instancePath+"/@context",schemaPath:"#/properties/%40context/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath:instancePath+"/@type",schemaPath:"#/properties/%40type/const",keyword:"const",params:{allowedValue: "sc:Dataset"}};
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
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/conformsTo",schemaPath:"#/properties/conformsTo/const",keyword:"const",params:{allowedValue: "http://mlcommons.org/croissant/1.1"}};
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
const err13 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/citeAs",schemaPath:"#/properties/citeAs/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/datePublished",schemaPath:"#/properties/datePublished/format",keyword:"format",params:{format: "date"}};
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
const err17 = {instancePath:instancePath+"/datePublished",schemaPath:"#/properties/datePublished/type",keyword:"type",params:{type: "string"}};
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
const err18 = {instancePath:instancePath+"/copick:baseUrl",schemaPath:"#/properties/copick%3AbaseUrl/type",keyword:"type",params:{type: "string"}};
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
if(!(validate21(data["copick:config"], {instancePath:instancePath+"/copick:config",parentData:data,parentDataProperty:"copick:config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.distribution !== undefined){
let data11 = data.distribution;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12) && !(data12 instanceof YamlTimestamp)){
if(data12["@type"] === undefined){
const err19 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "@type"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12["@id"] === undefined){
const err20 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "@id"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data12.name === undefined){
const err21 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data12.contentUrl === undefined){
const err22 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "contentUrl"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.encodingFormat === undefined){
const err23 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "encodingFormat"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.sha256 === undefined){
const err24 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/required",keyword:"required",params:{missingProperty: "sha256"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12["@type"] !== undefined){
if("cr:FileObject" !== data12["@type"]){
const err25 = {instancePath:instancePath+"/distribution/" + i0+"/@type",schemaPath:"#/$defs/CsvFileObject/properties/%40type/const",keyword:"const",params:{allowedValue: "cr:FileObject"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12["@id"] !== undefined){
if(typeof data12["@id"] !== "string"){
const err26 = {instancePath:instancePath+"/distribution/" + i0+"/@id",schemaPath:"#/$defs/CsvFileObject/properties/%40id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.name !== undefined){
if(typeof data12.name !== "string"){
const err27 = {instancePath:instancePath+"/distribution/" + i0+"/name",schemaPath:"#/$defs/CsvFileObject/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.contentUrl !== undefined){
if(typeof data12.contentUrl !== "string"){
const err28 = {instancePath:instancePath+"/distribution/" + i0+"/contentUrl",schemaPath:"#/$defs/CsvFileObject/properties/contentUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.encodingFormat !== undefined){
if("text/csv" !== data12.encodingFormat){
const err29 = {instancePath:instancePath+"/distribution/" + i0+"/encodingFormat",schemaPath:"#/$defs/CsvFileObject/properties/encodingFormat/const",keyword:"const",params:{allowedValue: "text/csv"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.sha256 !== undefined){
let data18 = data12.sha256;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err30 = {instancePath:instancePath+"/distribution/" + i0+"/sha256",schemaPath:"#/$defs/CsvFileObject/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/distribution/" + i0+"/sha256",schemaPath:"#/$defs/CsvFileObject/properties/sha256/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/distribution/" + i0,schemaPath:"#/$defs/CsvFileObject/type",keyword:"type",params:{type: "object"}};
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
const err33 = {instancePath:instancePath+"/distribution",schemaPath:"#/properties/distribution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.recordSet !== undefined){
let data19 = data.recordSet;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data19[i1], {instancePath:instancePath+"/recordSet/" + i1,parentData:data19,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/recordSet",schemaPath:"#/properties/recordSet/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"@context":true,"@type":true,"name":true,"description":true,"conformsTo":true,"version":true,"license":true,"citeAs":true,"datePublished":true,"copick:baseUrl":true,"copick:config":true,"distribution":true,"recordSet":true},"dynamicProps":false,"dynamicItems":false};
