// generated from specs/copick/config/1.27.json by codegen - do not edit
export const validate = validate52;
const schema19 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/copick/config/1.27.json","type":"object","required":["config_type"],"properties":{"config_type":{"type":"string","enum":["filesystem","cryoet_data_portal","mlcroissant"]}},"discriminator":{"propertyName":"config_type"},"oneOf":[{"$ref":"#/$defs/CopickConfigFSSpec"},{"$ref":"#/$defs/CopickConfigCDP"},{"$ref":"#/$defs/CopickConfigMLCroissant"}],"$defs":{"CopickConfigBase":{"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"runs":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]},"voxel_spacings":{"anyOf":[{"type":"array","items":{"type":"number"}},{"type":"null"}]},"tomograms":{"anyOf":[{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},{"type":"null"}]}}},"CopickConfigCDP":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root","dataset_ids"],"properties":{"config_type":{"const":"cryoet_data_portal"},"overlay_root":{"type":"string"},"dataset_ids":{"type":"array","items":{"type":"integer"}},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"portal_cache":{"type":"boolean"},"portal_cache_ttl_seconds":{"type":"integer"},"portal_cache_dir":{"type":["string","null"]},"portal_cache_lock_timeout_seconds":{"type":"integer"}}},"CopickConfigFSSpec":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root"],"properties":{"config_type":{"const":"filesystem"},"overlay_root":{"type":"string"},"static_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}},"CopickConfigMLCroissant":{"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","croissant_url"],"properties":{"config_type":{"const":"mlcroissant"},"croissant_url":{"type":"string"},"croissant_base_url":{"type":["string","null"]},"overlay_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"croissant_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}},"FsArgs":{"type":["object","null"]},"PickableObject":{"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}}}};
const schema20 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root"],"properties":{"config_type":{"const":"filesystem"},"overlay_root":{"type":"string"},"static_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}};
const schema21 = {"type":"object","required":["pickable_objects"],"properties":{"name":{"type":["string","null"]},"description":{"type":["string","null"]},"version":{"type":["string","null"]},"pickable_objects":{"type":"array","items":{"$ref":"#/$defs/PickableObject"}},"user_id":{"type":["string","null"]},"session_id":{"type":["string","null"]},"runs":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"null"}]},"voxel_spacings":{"anyOf":[{"type":"array","items":{"type":"number"}},{"type":"null"}]},"tomograms":{"anyOf":[{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},{"type":"null"}]}}};
const schema22 = {"type":"object","required":["name","is_particle"],"properties":{"name":{"type":"string"},"is_particle":{"type":"boolean"},"label":{"type":["integer","null"]},"color":{"anyOf":[{"type":"array","items":{"type":"integer"},"minItems":4,"maxItems":4},{"type":"null"}]},"emdb_id":{"type":["string","null"]},"pdb_id":{"type":["string","null"]},"identifier":{"type":["string","null"]},"go_id":{"type":["string","null"]},"map_threshold":{"type":["number","null"]},"radius":{"type":["number","null"]},"metadata":{"type":["object","null"]}}};

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
const err4 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/PickableObject/properties/label/type",keyword:"type",params:{type: schema22.properties.label.type},message:"must be integer,null"};
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
const err11 = {instancePath:instancePath+"/emdb_id",schemaPath:"#/$defs/PickableObject/properties/emdb_id/type",keyword:"type",params:{type: schema22.properties.emdb_id.type},message:"must be string,null"};
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
const err12 = {instancePath:instancePath+"/pdb_id",schemaPath:"#/$defs/PickableObject/properties/pdb_id/type",keyword:"type",params:{type: schema22.properties.pdb_id.type},message:"must be string,null"};
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
const err13 = {instancePath:instancePath+"/identifier",schemaPath:"#/$defs/PickableObject/properties/identifier/type",keyword:"type",params:{type: schema22.properties.identifier.type},message:"must be string,null"};
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
const err14 = {instancePath:instancePath+"/go_id",schemaPath:"#/$defs/PickableObject/properties/go_id/type",keyword:"type",params:{type: schema22.properties.go_id.type},message:"must be string,null"};
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
const err15 = {instancePath:instancePath+"/map_threshold",schemaPath:"#/$defs/PickableObject/properties/map_threshold/type",keyword:"type",params:{type: schema22.properties.map_threshold.type},message:"must be number,null"};
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
const err16 = {instancePath:instancePath+"/radius",schemaPath:"#/$defs/PickableObject/properties/radius/type",keyword:"type",params:{type: schema22.properties.radius.type},message:"must be number,null"};
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
const err17 = {instancePath:instancePath+"/metadata",schemaPath:"#/$defs/PickableObject/properties/metadata/type",keyword:"type",params:{type: schema22.properties.metadata.type},message:"must be object,null"};
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
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":{"name":true,"is_particle":true,"label":true,"color":true,"emdb_id":true,"pdb_id":true,"identifier":true,"go_id":true,"map_threshold":true,"radius":true,"metadata":true},"dynamicProps":false,"dynamicItems":false};


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
if(data.pickable_objects === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigBase/required",keyword:"required",params:{missingProperty: "pickable_objects"},message:"must have required property '"+"pickable_objects"+"'"};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/CopickConfigBase/properties/name/type",keyword:"type",params:{type: schema21.properties.name.type},message:"must be string,null"};
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
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/CopickConfigBase/properties/description/type",keyword:"type",params:{type: schema21.properties.description.type},message:"must be string,null"};
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
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/CopickConfigBase/properties/version/type",keyword:"type",params:{type: schema21.properties.version.type},message:"must be string,null"};
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
if(!(validate55(data3[i0], {instancePath:instancePath+"/pickable_objects/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/pickable_objects",schemaPath:"#/$defs/CopickConfigBase/properties/pickable_objects/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.user_id !== undefined){
let data5 = data.user_id;
if((typeof data5 !== "string") && (data5 !== null)){
const err5 = {instancePath:instancePath+"/user_id",schemaPath:"#/$defs/CopickConfigBase/properties/user_id/type",keyword:"type",params:{type: schema21.properties.user_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.session_id !== undefined){
let data6 = data.session_id;
if((typeof data6 !== "string") && (data6 !== null)){
const err6 = {instancePath:instancePath+"/session_id",schemaPath:"#/$defs/CopickConfigBase/properties/session_id/type",keyword:"type",params:{type: schema21.properties.session_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.runs !== undefined){
let data7 = data.runs;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err7 = {instancePath:instancePath+"/runs/" + i1,schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid3 = valid3 || _valid0;
const _errs20 = errors;
if(data7 !== null){
const err9 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err10 = {instancePath:instancePath+"/runs",schemaPath:"#/$defs/CopickConfigBase/properties/runs/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.voxel_spacings !== undefined){
let data9 = data.voxel_spacings;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(!((typeof data10 == "number") && (isFinite(data10)))){
const err11 = {instancePath:instancePath+"/voxel_spacings/" + i2,schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/0/items/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err12 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
const _errs28 = errors;
if(data9 !== null){
const err13 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err14 = {instancePath:instancePath+"/voxel_spacings",schemaPath:"#/$defs/CopickConfigBase/properties/voxel_spacings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
if(data.tomograms !== undefined){
let data11 = data.tomograms;
const _errs31 = errors;
let valid9 = false;
const _errs32 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key0 in data11){
let data12 = data11[key0];
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(typeof data12[i3] !== "string"){
const err15 = {instancePath:instancePath+"/tomograms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/tomograms/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err17 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const _errs39 = errors;
if(data11 !== null){
const err18 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err19 = {instancePath:instancePath+"/tomograms",schemaPath:"#/$defs/CopickConfigBase/properties/tomograms/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath,schemaPath:"#/$defs/CopickConfigBase/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};

const schema23 = {"type":["object","null"]};

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
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/$defs/FsArgs/type",keyword:"type",params:{type: schema23.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":false,"dynamicItems":false};


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
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/required",keyword:"required",params:{missingProperty: "config_type"},message:"must have required property '"+"config_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.overlay_root === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/required",keyword:"required",params:{missingProperty: "overlay_root"},message:"must have required property '"+"overlay_root"+"'"};
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
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigFSSpec/properties/config_type/const",keyword:"const",params:{allowedValue: "filesystem"},message:"must be equal to constant"};
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
const err3 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigFSSpec/properties/overlay_root/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/static_root",schemaPath:"#/$defs/CopickConfigFSSpec/properties/static_root/type",keyword:"type",params:{type: schema20.properties.static_root.type},message:"must be string,null"};
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
if(!(validate58(data.overlay_fs_args, {instancePath:instancePath+"/overlay_fs_args",parentData:data,parentDataProperty:"overlay_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.static_fs_args !== undefined){
if(!(validate58(data.static_fs_args, {instancePath:instancePath+"/static_fs_args",parentData:data,parentDataProperty:"static_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/$defs/CopickConfigFSSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"config_type":true,"overlay_root":true,"static_root":true,"overlay_fs_args":true,"static_fs_args":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};

const schema24 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","overlay_root","dataset_ids"],"properties":{"config_type":{"const":"cryoet_data_portal"},"overlay_root":{"type":"string"},"dataset_ids":{"type":"array","items":{"type":"integer"}},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"portal_cache":{"type":"boolean"},"portal_cache_ttl_seconds":{"type":"integer"},"portal_cache_dir":{"type":["string","null"]},"portal_cache_lock_timeout_seconds":{"type":"integer"}}};

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
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "config_type"},message:"must have required property '"+"config_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.overlay_root === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "overlay_root"},message:"must have required property '"+"overlay_root"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dataset_ids === undefined){
const err2 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/required",keyword:"required",params:{missingProperty: "dataset_ids"},message:"must have required property '"+"dataset_ids"+"'"};
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
const err3 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigCDP/properties/config_type/const",keyword:"const",params:{allowedValue: "cryoet_data_portal"},message:"must be equal to constant"};
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
const err4 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigCDP/properties/overlay_root/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/dataset_ids/" + i0,schemaPath:"#/$defs/CopickConfigCDP/properties/dataset_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err6 = {instancePath:instancePath+"/dataset_ids",schemaPath:"#/$defs/CopickConfigCDP/properties/dataset_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
if(!(validate58(data.overlay_fs_args, {instancePath:instancePath+"/overlay_fs_args",parentData:data,parentDataProperty:"overlay_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.portal_cache !== undefined){
if(typeof data.portal_cache !== "boolean"){
const err7 = {instancePath:instancePath+"/portal_cache",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.portal_cache_ttl_seconds !== undefined){
let data6 = data.portal_cache_ttl_seconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/portal_cache_ttl_seconds",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_ttl_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.portal_cache_dir !== undefined){
let data7 = data.portal_cache_dir;
if((typeof data7 !== "string") && (data7 !== null)){
const err9 = {instancePath:instancePath+"/portal_cache_dir",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_dir/type",keyword:"type",params:{type: schema24.properties.portal_cache_dir.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.portal_cache_lock_timeout_seconds !== undefined){
let data8 = data.portal_cache_lock_timeout_seconds;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/portal_cache_lock_timeout_seconds",schemaPath:"#/$defs/CopickConfigCDP/properties/portal_cache_lock_timeout_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err11 = {instancePath,schemaPath:"#/$defs/CopickConfigCDP/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":{"config_type":true,"overlay_root":true,"dataset_ids":true,"overlay_fs_args":true,"portal_cache":true,"portal_cache_ttl_seconds":true,"portal_cache_dir":true,"portal_cache_lock_timeout_seconds":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};

const schema25 = {"type":"object","allOf":[{"$ref":"#/$defs/CopickConfigBase"}],"required":["config_type","croissant_url"],"properties":{"config_type":{"const":"mlcroissant"},"croissant_url":{"type":"string"},"croissant_base_url":{"type":["string","null"]},"overlay_root":{"type":["string","null"]},"overlay_fs_args":{"$ref":"#/$defs/FsArgs"},"croissant_fs_args":{"$ref":"#/$defs/FsArgs"},"static_fs_args":{"$ref":"#/$defs/FsArgs"}}};

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
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/required",keyword:"required",params:{missingProperty: "config_type"},message:"must have required property '"+"config_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.croissant_url === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/required",keyword:"required",params:{missingProperty: "croissant_url"},message:"must have required property '"+"croissant_url"+"'"};
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
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/config_type/const",keyword:"const",params:{allowedValue: "mlcroissant"},message:"must be equal to constant"};
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
const err3 = {instancePath:instancePath+"/croissant_url",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/croissant_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/croissant_base_url",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/croissant_base_url/type",keyword:"type",params:{type: schema25.properties.croissant_base_url.type},message:"must be string,null"};
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
const err5 = {instancePath:instancePath+"/overlay_root",schemaPath:"#/$defs/CopickConfigMLCroissant/properties/overlay_root/type",keyword:"type",params:{type: schema25.properties.overlay_root.type},message:"must be string,null"};
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
if(!(validate58(data.overlay_fs_args, {instancePath:instancePath+"/overlay_fs_args",parentData:data,parentDataProperty:"overlay_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.croissant_fs_args !== undefined){
if(!(validate58(data.croissant_fs_args, {instancePath:instancePath+"/croissant_fs_args",parentData:data,parentDataProperty:"croissant_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.static_fs_args !== undefined){
if(!(validate58(data.static_fs_args, {instancePath:instancePath+"/static_fs_args",parentData:data,parentDataProperty:"static_fs_args",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/$defs/CopickConfigMLCroissant/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate64.evaluated = {"props":{"config_type":true,"croissant_url":true,"croissant_base_url":true,"overlay_root":true,"overlay_fs_args":true,"croissant_fs_args":true,"static_fs_args":true,"name":true,"description":true,"version":true,"pickable_objects":true,"user_id":true,"session_id":true,"runs":true,"voxel_spacings":true,"tomograms":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/copick/config/1.27.json" */;
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
if(data.config_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config_type"},message:"must have required property '"+"config_type"+"'"};
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
const err1 = {instancePath:instancePath+"/config_type",schemaPath:"#/properties/config_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "filesystem") || (data0 === "cryoet_data_portal")) || (data0 === "mlcroissant"))){
const err2 = {instancePath:instancePath+"/config_type",schemaPath:"#/properties/config_type/enum",keyword:"enum",params:{allowedValues: schema19.properties.config_type.enum},message:"must be equal to one of the allowed values"};
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
if(!(validate53(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
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
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
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
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
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
const err3 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "config_type", tagValue: tag0},message:"value of tag \"config_type\" must be in oneOf"};
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
const err4 = {instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "config_type", tagValue: tag0},message:"tag \"config_type\" must be string"};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};
