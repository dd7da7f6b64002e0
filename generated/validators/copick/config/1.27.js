// generated from specs/copick/config/1.27.json by codegen - do not edit
import { YamlTimestamp, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/copick/config/1.27.json","type":"object","required":["config_type"],"properties":{"config_type":{"type":"string","enum":["filesystem","cryoet_data_portal","mlcroissant"]}},"discriminator":{"propertyName":"config_type"},"oneOf":[{"$ref":"#/$defs/CopickConfigFSSpec"},{"$ref":"#/$defs/CopickConfigCDP"},{"$ref":"#/$defs/CopickConfigMLCroissant"}],"$defs":{"CopickConfigBase":{"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"runs":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]},"voxel_spacings":{"anyOf":[{"type":"array","items":{"type":"number"}},{"type":"null"}]},"tomograms":{"anyOf":[{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},{"type":"null"}]}}},"CopickConfigCDP":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root","dataset_ids"],"properties":{"config_type":{"const":"cryoet_data_portal"},"overlay_root":{"type":"string"},"dataset_ids":{"type":"array","items":{"type":"integer"}},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"portal_cache":{"type":"boolean"},"portal_cache_ttl_seconds":{"type":"integer"},"portal_cache_dir":{"type":["string","null"]},"portal_cache_lock_timeout_seconds":{"type":"integer"}}},"CopickConfigFSSpec":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root"],"properties":{"config_type":{"const":"filesystem"},"overlay_root":{"type":"string"},"static_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}},"CopickConfigMLCroissant":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","croissant_url"],"properties":{"config_type":{"const":"mlcroissant"},"croissant_url":{"type":"string"},"croissant_base_url":{"type":["string","null"]},"overlay_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"croissant_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}},"FsArgs":{"type":["object","null"]},"PickableObject":{"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}}}};
const schema32 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root"],"properties":{"config_type":{"const":"filesystem"},"overlay_root":{"type":"string"},"static_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}};
const schema35 = {"type":["object","null"]};
const schema33 = {"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"runs":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]},"voxel_spacings":{"anyOf":[{"type":"array","items":{"type":"number"}},{"type":"null"}]},"tomograms":{"anyOf":[{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},{"type":"null"}]}}};
const schema34 = {"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.pickable_objects === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigBase/required",keyword:"required",params:{missingProperty: "pickable_objects"}};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickConfigBase/properties/name/type",keyword:"type",params:{type: schema33.properties.name.type}};
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickConfigBase/properties/description/type",keyword:"type",params:{type: schema33.properties.description.type}};
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
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/CopickConfigBase/properties/version/type",keyword:"type",params:{type: schema33.properties.version.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pickable_objects !== undefined){
let data3 = data.pickable_objects;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp)){
if(data4.name === undefined){
const err4 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.is_particle === undefined){
const err5 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/required",keyword:"required",params:{missingProperty: "is_particle"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err6 = {instancePath:instancePath+"/pickable_objects/" + i0+"/name",schemaPath:"#/$defs/PickableObject/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.is_particle !== undefined){
if(typeof data4.is_particle !== "boolean"){
const err7 = {instancePath:instancePath+"/pickable_objects/" + i0+"/is_particle",schemaPath:"#/$defs/PickableObject/properties/is_particle/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.label !== undefined){
let data7 = data4.label;
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (data7 !== null)){
const err8 = {instancePath:instancePath+"/pickable_objects/" + i0+"/label",schemaPath:"#/$defs/PickableObject/properties/label/type",keyword:"type",params:{type: schema34.properties.label.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.color !== undefined){
let data8 = data4.color;
const _errs19 = errors;
let valid5 = false;
const _errs20 = errors;
if(Array.isArray(data8)){
if(data8.length > 4){
const err9 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data8.length < 4){
const err10 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/minItems",keyword:"minItems",params:{limit: 4}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err11 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color/" + i1,schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/items/type",keyword:"type",params:{type: "integer"}};
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
const err12 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid5 = valid5 || _valid0;
const _errs24 = errors;
if(data8 !== null){
const err13 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err14 = {instancePath:instancePath+"/pickable_objects/" + i0+"/color",schemaPath:"#/$defs/PickableObject/properties/color/anyOf",keyword:"anyOf",params:{}};
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
if(data4.emdb_id !== undefined){
let data10 = data4.emdb_id;
if((typeof data10 !== "string") && (data10 !== null)){
const err15 = {instancePath:instancePath+"/pickable_objects/" + i0+"/emdb_id",schemaPath:"#/$defs/PickableObject/properties/emdb_id/type",keyword:"type",params:{type: schema34.properties.emdb_id.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.pdb_id !== undefined){
let data11 = data4.pdb_id;
if((typeof data11 !== "string") && (data11 !== null)){
const err16 = {instancePath:instancePath+"/pickable_objects/" + i0+"/pdb_id",schemaPath:"#/$defs/PickableObject/properties/pdb_id/type",keyword:"type",params:{type: schema34.properties.pdb_id.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.identifier !== undefined){
let data12 = data4.identifier;
if((typeof data12 !== "string") && (data12 !== null)){
const err17 = {instancePath:instancePath+"/pickable_objects/" + i0+"/identifier",schemaPath:"#/$defs/PickableObject/properties/identifier/type",keyword:"type",params:{type: schema34.properties.identifier.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.go_id !== undefined){
let data13 = data4.go_id;
if((typeof data13 !== "string") && (data13 !== null)){
const err18 = {instancePath:instancePath+"/pickable_objects/" + i0+"/go_id",schemaPath:"#/$defs/PickableObject/properties/go_id/type",keyword:"type",params:{type: schema34.properties.go_id.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.map_threshold !== undefined){
let data14 = data4.map_threshold;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err19 = {instancePath:instancePath+"/pickable_objects/" + i0+"/map_threshold",schemaPath:"#/$defs/PickableObject/properties/map_threshold/type",keyword:"type",params:{type: schema34.properties.map_threshold.type}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.radius !== undefined){
let data15 = data4.radius;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err20 = {instancePath:instancePath+"/pickable_objects/" + i0+"/radius",schemaPath:"#/$defs/PickableObject/properties/radius/type",keyword:"type",params:{type: schema34.properties.radius.type}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.metadata !== undefined){
let data16 = data4.metadata;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16) && !(data16 instanceof YamlTimestamp))) && (data16 !== null)){
const err21 = {instancePath:instancePath+"/pickable_objects/" + i0+"/metadata",schemaPath:"#/$defs/PickableObject/properties/metadata/type",keyword:"type",params:{type: schema34.properties.metadata.type}};
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
const err22 = {instancePath:instancePath+"/pickable_objects/" + i0,schemaPath:"#/$defs/PickableObject/type",keyword:"type",params:{type: "object"}};
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
const err23 = {instancePath:instancePath+"/pickable_objects",schemaPath:"#/$defs/CopickConfigBase/properties/pickable_objects/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.user_id !== undefined){
let data17 = data.user_id;
if((typeof data17 !== "string") && (data17 !== null)){
const err24 = {instancePath:instancePath+"/user_id",schemaPath:"#/$defs/CopickConfigBase/properties/user_id/type",keyword:"type",params:{type: schema33.properties.user_id.type}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.session_id !== undefined){
let data18 = data.session_id;
if((typeof data18 !== "string") && (data18 !== null)){
const err25 = {instancePath:instancePath+"/session_id",schemaPath:"#/$defs/CopickConfigBase/properties/session_id/type",keyword:"type",params:{type: schema33.properties.session_id.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.runs !== undefined){
let data19 = data.runs;
const _errs45 = errors;
let valid8 = false;
const _errs46 = errors;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(typeof data19[i2] !== "string"){
const err26 = {instancePath:instancePath+"/runs/" + i2,schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/0/items/type",keyword:"type",params:{type: "string"}};
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
const err27 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs46 === errors;
valid8 = valid8 || _valid1;
const _errs50 = errors;
if(data19 !== null){
const err28 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs50 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const err29 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.voxel_spacings !== undefined){
let data21 = data.voxel_spacings;
const _errs53 = errors;
let valid11 = false;
const _errs54 = errors;
if(Array.isArray(data21)){
const len3 = data21.length;
for(let i3=0; i3<len3; i3++){
let data22 = data21[i3];
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err30 = {instancePath:instancePath+"/voxel_spacings/" + i3,schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/0/items/type",keyword:"type",params:{type: "number"}};
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
const err31 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs54 === errors;
valid11 = valid11 || _valid2;
const _errs58 = errors;
if(data21 !== null){
const err32 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs58 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const err33 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
if(data.tomograms !== undefined){
let data23 = data.tomograms;
const _errs61 = errors;
let valid14 = false;
const _errs62 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23) && !(data23 instanceof YamlTimestamp)){
for(const key0 in data23){
let data24 = data23[key0];
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
if(typeof data24[i4] !== "string"){
const err34 = {instancePath:instancePath+"/tomograms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/additionalProperties/items/type",keyword:"type",params:{type: "string"}};
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
const err35 = {instancePath:instancePath+"/tomograms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "array"}};
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
const err36 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid3 = _errs62 === errors;
valid14 = valid14 || _valid3;
const _errs69 = errors;
if(data23 !== null){
const err37 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs69 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const err38 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/$defs/CopickConfigBase/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/required",keyword:"required",params:{missingProperty: "config_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.overlay_root === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/required",keyword:"required",params:{missingProperty: "overlay_root"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.config_type !== undefined){
if("filesystem" !== data.config_type){
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigFSSpec/properties/config_type/const",keyword:"const",params:{allowedValue: "filesystem"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.overlay_root !== undefined){
if(typeof data.overlay_root !== "string"){
const err3 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigFSSpec/properties/overlay_root/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.static_root !== undefined){
let data2 = data.static_root;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/static_root",schemaPath:"#/$defs/CopickConfigFSSpec/properties/static_root/type",keyword:"type",params:{type: schema32.properties.static_root.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.overlay_fs_args !== undefined){
let data3 = data.overlay_fs_args;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3) && !(data3 instanceof YamlTimestamp))) && (data3 !== null)){
const err5 = {instancePath:instancePath+"/overlay_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.static_fs_args !== undefined){
let data4 = data.static_fs_args;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp))) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/static_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
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
const err7 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"config_type":true,"overlay_root":true,"static_root":true,"overlay_fs_args":true,"static_fs_args":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root","dataset_ids"],"properties":{"config_type":{"const":"cryoet_data_portal"},"overlay_root":{"type":"string"},"dataset_ids":{"type":"array","items":{"type":"integer"}},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"portal_cache":{"type":"boolean"},"portal_cache_ttl_seconds":{"type":"integer"},"portal_cache_dir":{"type":["string","null"]},"portal_cache_lock_timeout_seconds":{"type":"integer"}}};

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
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "config_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.overlay_root === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "overlay_root"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_ids === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "dataset_ids"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config_type !== undefined){
if("cryoet_data_portal" !== data.config_type){
const err3 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigCDP/properties/config_type/const",keyword:"const",params:{allowedValue: "cryoet_data_portal"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.overlay_root !== undefined){
if(typeof data.overlay_root !== "string"){
const err4 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigCDP/properties/overlay_root/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dataset_ids !== undefined){
let data2 = data.dataset_ids;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/dataset_ids/" + i0,schemaPath:"#/$defs/CopickConfigCDP/properties/dataset_ids/items/type",keyword:"type",params:{type: "integer"}};
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
const err6 = {instancePath:instancePath+"/dataset_ids",schemaPath:"#/$defs/CopickConfigCDP/properties/dataset_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.overlay_fs_args !== undefined){
let data4 = data.overlay_fs_args;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp))) && (data4 !== null)){
const err7 = {instancePath:instancePath+"/overlay_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.portal_cache !== undefined){
if(typeof data.portal_cache !== "boolean"){
const err8 = {instancePath:instancePath+"/portal_cache",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.portal_cache_ttl_seconds !== undefined){
let data6 = data.portal_cache_ttl_seconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/portal_cache_ttl_seconds",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_ttl_seconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.portal_cache_dir !== undefined){
let data7 = data.portal_cache_dir;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/portal_cache_dir",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_dir/type",keyword:"type",params:{type: schema37.properties.portal_cache_dir.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.portal_cache_lock_timeout_seconds !== undefined){
let data8 = data.portal_cache_lock_timeout_seconds;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err11 = {instancePath:instancePath+"/portal_cache_lock_timeout_seconds",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_lock_timeout_seconds/type",keyword:"type",params:{type: "integer"}};
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
const err12 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"config_type":true,"overlay_root":true,"dataset_ids":true,"overlay_fs_args":true,"portal_cache":true,"portal_cache_ttl_seconds":true,"portal_cache_dir":true,"portal_cache_lock_timeout_seconds":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","croissant_url"],"properties":{"config_type":{"const":"mlcroissant"},"croissant_url":{"type":"string"},"croissant_base_url":{"type":["string","null"]},"overlay_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"croissant_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}};

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
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data) && !(data instanceof YamlTimestamp)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/required",keyword:"required",params:{missingProperty: "config_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.croissant_url === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/required",keyword:"required",params:{missingProperty: "croissant_url"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.config_type !== undefined){
if("mlcroissant" !== data.config_type){
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/config_type/const",keyword:"const",params:{allowedValue: "mlcroissant"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.croissant_url !== undefined){
if(typeof data.croissant_url !== "string"){
const err3 = {instancePath:instancePath+"/croissant_url",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/croissant_url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.croissant_base_url !== undefined){
let data2 = data.croissant_base_url;
if((typeof data2 !== "string") && (data2 !== null)){
const err4 = {instancePath:instancePath+"/croissant_base_url",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/croissant_base_url/type",keyword:"type",params:{type: schema39.properties.croissant_base_url.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.overlay_root !== undefined){
let data3 = data.overlay_root;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/overlay_root/type",keyword:"type",params:{type: schema39.properties.overlay_root.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.overlay_fs_args !== undefined){
let data4 = data.overlay_fs_args;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4) && !(data4 instanceof YamlTimestamp))) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/overlay_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.croissant_fs_args !== undefined){
let data5 = data.croissant_fs_args;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5) && !(data5 instanceof YamlTimestamp))) && (data5 !== null)){
const err7 = {instancePath:instancePath+"/croissant_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.static_fs_args !== undefined){
let data6 = data.static_fs_args;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6) && !(data6 instanceof YamlTimestamp))) && (data6 !== null)){
const err8 = {instancePath:instancePath+"/static_fs_args",schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema35.type}};
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
const err9 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"config_type":true,"croissant_url":true,"croissant_base_url":true,"overlay_root":true,"overlay_fs_args":true,"croissant_fs_args":true,"static_fs_args":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/copick/config/1.27.json" */;
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
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config_type !== undefined){
let data0 = data.config_type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/config_type",schemaPath:"#/properties/config_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "filesystem") || (data0 === "cryoet_data_portal")) || (data0 === "mlcroissant"))){
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/properties/config_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.config_type.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
const tag0 = data.config_type;
if(typeof tag0 == "string"){
if(tag0 === "filesystem"){
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var props0 = {};
props0.config_type = true;
props0.overlay_root = true;
props0.static_root = true;
props0.overlay_fs_args = true;
props0.static_fs_args = true;
props0.name = true;
props0.description = true;
props0.version = true;
props0.pickable_objects = true;
props0.user_id = true;
props0.session_id = true;
props0.runs = true;
props0.voxel_spacings = true;
props0.tomograms = true;
}
else if(tag0 === "cryoet_data_portal"){
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = props0 || {};
props0.config_type = true;
props0.overlay_root = true;
props0.dataset_ids = true;
props0.overlay_fs_args = true;
props0.portal_cache = true;
props0.portal_cache_ttl_seconds = true;
props0.portal_cache_dir = true;
props0.portal_cache_lock_timeout_seconds = true;
props0.name = true;
props0.description = true;
props0.version = true;
props0.pickable_objects = true;
props0.user_id = true;
props0.session_id = true;
props0.runs = true;
props0.voxel_spacings = true;
props0.tomograms = true;
}
}
else if(tag0 === "mlcroissant"){
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = props0 || {};
props0.config_type = true;
props0.croissant_url = true;
props0.croissant_base_url = true;
props0.overlay_root = true;
props0.overlay_fs_args = true;
props0.croissant_fs_args = true;
props0.static_fs_args = true;
props0.name = true;
props0.description = true;
props0.version = true;
props0.pickable_objects = true;
props0.user_id = true;
props0.session_id = true;
props0.runs = true;
props0.voxel_spacings = true;
props0.tomograms = true;
}
}
else {
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "config_type", tagValue: tag0}};
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
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "config_type", tagValue: tag0}};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};
