// generated from specs/bioimageio/notebook/0.2.json by codegen - do not edit
import { YamlTimestamp, formats, ucs2length as func2, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/bioimageio/notebook/0.2.json","type":"object","properties":{"name":{"type":"string","minLength":1},"description":{"type":"string"},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":1},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/AuthorV02"}},"attachments":{"anyOf":[{"$ref":"#/$defs/AttachmentsDescrV02"},{"type":"null"}]},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntryV02"}},"config":{"$ref":"#/$defs/ConfigV02"},"download_url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"git_repo":{"type":["string","null"]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/MaintainerV02"}},"rdf_source":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_number":{"type":["integer","null"]},"format_version":{"type":"string","pattern":"^0\\.2\\.\\d+$"},"badges":{"type":"array","items":{"$ref":"#/$defs/BadgeDescr"}},"documentation":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"license":{"anyOf":[{"$ref":"#/$defs/LicenseId"},{"$ref":"#/$defs/DeprecatedLicenseId"},{"type":"string"},{"type":"null"}]},"type":{"type":"string","const":"notebook"},"id":{"anyOf":[{"$ref":"#/$defs/ResourceId"},{"type":"null"}]},"source":{"$ref":"#/$defs/NotebookSource"}},"required":["name","description","format_version","type","source"],"additionalProperties":false,"$defs":{"AttachmentsDescrV02":{"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true},"AuthorV02":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false},"BadgeDescr":{"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/PydanticHttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false},"CiteEntryV02":{"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false},"ConfigV02":{"type":"object","additionalProperties":true},"DeprecatedLicenseId":{"type":"string"},"Doi":{"type":"string","pattern":"^10\\.[0-9]{4}.+$"},"FileSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"HttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"LicenseId":{"type":"string"},"MaintainerV02":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false},"NotebookSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"OrcidId":{"type":"string"},"PydanticHttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"RelativeFilePath":{"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},"ResourceId":{"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"},"Uploader":{"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false},"Version":{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]}}};
const schema40 = {"type":"object","additionalProperties":true};
const schema33 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};
const schema42 = {"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false};
const schema45 = {"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]};
const schema51 = {"type":"string"};
const schema52 = {"type":"string"};
const schema53 = {"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"};
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

const schema35 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false};
const schema36 = {"type":"string"};
const formats2 = formats.email;

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
const err0 = {instancePath,schemaPath:"#/$defs/AuthorV02/required",keyword:"required",params:{missingProperty: "name"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/AuthorV02/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/AuthorV02/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/AuthorV02/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/AuthorV02/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/AuthorV02/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/AuthorV02/properties/email/anyOf",keyword:"anyOf",params:{}};
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
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/AuthorV02/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/AuthorV02/properties/orcid/anyOf",keyword:"anyOf",params:{}};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/AuthorV02/properties/name/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/AuthorV02/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
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
const err12 = {instancePath,schemaPath:"#/$defs/AuthorV02/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","properties":{"files":{"type":"array","items":{"$ref":"#/$defs/FileSource"}}},"additionalProperties":true};

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
const err0 = {instancePath:instancePath+"/files",schemaPath:"#/$defs/AttachmentsDescrV02/properties/files/type",keyword:"type",params:{type: "array"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/AttachmentsDescrV02/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"type":["string","null"]}},"required":["text"],"additionalProperties":false};
const schema39 = {"type":"string","pattern":"^10\\.[0-9]{4}.+$"};
const pattern6 = new RegExp("^10\\.[0-9]{4}.+$", "u");

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
const err0 = {instancePath,schemaPath:"#/$defs/CiteEntryV02/required",keyword:"required",params:{missingProperty: "text"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/CiteEntryV02/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/CiteEntryV02/properties/text/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntryV02/properties/doi/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/doi",schemaPath:"#/$defs/CiteEntryV02/properties/doi/anyOf",keyword:"anyOf",params:{}};
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
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntryV02/properties/url/type",keyword:"type",params:{type: schema38.properties.url.type}};
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
const err8 = {instancePath,schemaPath:"#/$defs/CiteEntryV02/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":["string","null"]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false};

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
const err0 = {instancePath,schemaPath:"#/$defs/MaintainerV02/required",keyword:"required",params:{missingProperty: "github_user"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/MaintainerV02/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/MaintainerV02/properties/affiliation/type",keyword:"type",params:{type: schema43.properties.affiliation.type}};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/MaintainerV02/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/MaintainerV02/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/MaintainerV02/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/MaintainerV02/properties/email/anyOf",keyword:"anyOf",params:{}};
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
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/MaintainerV02/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/MaintainerV02/properties/orcid/anyOf",keyword:"anyOf",params:{}};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/MaintainerV02/properties/name/type",keyword:"type",params:{type: schema43.properties.name.type}};
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
const err11 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/MaintainerV02/properties/github_user/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath,schemaPath:"#/$defs/MaintainerV02/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/PydanticHttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false};
const schema49 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};

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
if(data.label === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/BadgeDescr/required",keyword:"required",params:{missingProperty: "label"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/$defs/BadgeDescr/required",keyword:"required",params:{missingProperty: "url"}};
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
const err2 = {instancePath,schemaPath:"#/$defs/BadgeDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err3 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/BadgeDescr/properties/label/type",keyword:"type",params:{type: "string"}};
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
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/RelativeFilePath/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/RelativeFilePath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"}};
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
const err6 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/RelativeFilePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
const _errs9 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 2083){
const err7 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data1)){
const err9 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data1))){
const err10 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err11 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(typeof data1 === "string"){
if(func2(data1) > 2083){
const err12 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/PydanticHttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 1){
const err13 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/PydanticHttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern4.test(data1)){
const err14 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/PydanticHttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data1))){
const err15 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/PydanticHttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err16 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/PydanticHttpUrl/type",keyword:"type",params:{type: "string"}};
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
const _errs15 = errors;
if(data1 !== null){
const err17 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/BadgeDescr/properties/icon/anyOf/3/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err18 = {instancePath:instancePath+"/icon",schemaPath:"#/$defs/BadgeDescr/properties/icon/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(typeof data2 === "string"){
if(func2(data2) > 2083){
const err19 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data2) < 1){
const err20 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern4.test(data2)){
const err21 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(formats0.validate(data2))){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
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
const err24 = {instancePath,schemaPath:"#/$defs/BadgeDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};

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
const err8 = {instancePath,schemaPath:"#/$defs/NotebookSource/anyOf",keyword:"anyOf",params:{}};
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
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern8 = new RegExp("^0\\.2\\.\\d+$", "u");
const pattern13 = new RegExp("^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/bioimageio/notebook/0.2.json" */;
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
if(data.format_version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.source === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
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
const err12 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
const _errs13 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err14 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
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
const err15 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(!(validate25(data7, {instancePath:instancePath+"/attachments",parentData:data,parentDataProperty:"attachments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs21 = errors;
if(data7 !== null){
const err16 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err17 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(!(validate28(data8[i2], {instancePath:instancePath+"/cite/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.config !== undefined){
let data10 = data.config;
if(data10 && typeof data10 == "object" && !Array.isArray(data10) && !(data10 instanceof YamlTimestamp)){
}
else {
const err19 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/ConfigV02/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.download_url !== undefined){
let data11 = data.download_url;
const _errs31 = errors;
let valid10 = false;
const _errs32 = errors;
if(typeof data11 === "string"){
if(func2(data11) > 2083){
const err20 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data11) < 1){
const err21 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data11)){
const err22 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0.validate(data11))){
const err23 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err24 = {instancePath:instancePath+"/download_url",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid2 = _errs32 === errors;
valid10 = valid10 || _valid2;
const _errs35 = errors;
if(data11 !== null){
const err25 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs35 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const err26 = {instancePath:instancePath+"/download_url",schemaPath:"#/properties/download_url/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(data.git_repo !== undefined){
let data12 = data.git_repo;
if((typeof data12 !== "string") && (data12 !== null)){
const err27 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/type",keyword:"type",params:{type: schema31.properties.git_repo.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.icon !== undefined){
let data13 = data.icon;
const _errs40 = errors;
let valid12 = false;
const _errs41 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 2){
const err28 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data13) < 1){
const err29 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
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
const err30 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid3 = _errs41 === errors;
valid12 = valid12 || _valid3;
const _errs43 = errors;
if(!(validate21(data13, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid3 = _errs43 === errors;
valid12 = valid12 || _valid3;
const _errs44 = errors;
if(data13 !== null){
const err31 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid3 = _errs44 === errors;
valid12 = valid12 || _valid3;
if(!valid12){
const err32 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
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
if(data.links !== undefined){
let data14 = data.links;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
if(typeof data14[i3] !== "string"){
const err33 = {instancePath:instancePath+"/links/" + i3,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"}};
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
const err34 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.uploader !== undefined){
let data16 = data.uploader;
const _errs51 = errors;
let valid15 = false;
const _errs52 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16) && !(data16 instanceof YamlTimestamp)){
if(data16.email === undefined){
const err35 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/required",keyword:"required",params:{missingProperty: "email"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key1 in data16){
if(!((key1 === "email") || (key1 === "name"))){
const err36 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.email !== undefined){
let data17 = data16.email;
if(typeof data17 === "string"){
if(!(formats2.validate(data17))){
const err37 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.name !== undefined){
let data18 = data16.name;
if((typeof data18 !== "string") && (data18 !== null)){
const err39 = {instancePath:instancePath+"/uploader/name",schemaPath:"#/$defs/Uploader/properties/name/type",keyword:"type",params:{type: schema42.properties.name.type}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs52 === errors;
valid15 = valid15 || _valid4;
const _errs60 = errors;
if(data16 !== null){
const err41 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid4 = _errs60 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const err42 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
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
if(data.maintainers !== undefined){
let data19 = data.maintainers;
if(Array.isArray(data19)){
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
if(!(validate31(data19[i4], {instancePath:instancePath+"/maintainers/" + i4,parentData:data19,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath:instancePath+"/maintainers",schemaPath:"#/properties/maintainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.rdf_source !== undefined){
let data21 = data.rdf_source;
const _errs66 = errors;
let valid20 = false;
const _errs67 = errors;
if(!(validate21(data21, {instancePath:instancePath+"/rdf_source",parentData:data,parentDataProperty:"rdf_source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid5 = _errs67 === errors;
valid20 = valid20 || _valid5;
const _errs68 = errors;
if(data21 !== null){
const err44 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid5 = _errs68 === errors;
valid20 = valid20 || _valid5;
if(!valid20){
const err45 = {instancePath:instancePath+"/rdf_source",schemaPath:"#/properties/rdf_source/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data22 = data.tags;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(typeof data22[i5] !== "string"){
const err46 = {instancePath:instancePath+"/tags/" + i5,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.version !== undefined){
let data24 = data.version;
const _errs75 = errors;
let valid23 = false;
const _errs76 = errors;
const _errs78 = errors;
let valid25 = false;
const _errs79 = errors;
if(typeof data24 !== "string"){
const err48 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid7 = _errs79 === errors;
valid25 = valid25 || _valid7;
const _errs81 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err49 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid7 = _errs81 === errors;
valid25 = valid25 || _valid7;
const _errs83 = errors;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err50 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid7 = _errs83 === errors;
valid25 = valid25 || _valid7;
if(!valid25){
const err51 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
var _valid6 = _errs76 === errors;
valid23 = valid23 || _valid6;
const _errs85 = errors;
if(data24 !== null){
const err52 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid6 = _errs85 === errors;
valid23 = valid23 || _valid6;
if(!valid23){
const err53 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
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
}
if(data.version_number !== undefined){
let data25 = data.version_number;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
const err54 = {instancePath:instancePath+"/version_number",schemaPath:"#/properties/version_number/type",keyword:"type",params:{type: schema31.properties.version_number.type}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.format_version !== undefined){
let data26 = data.format_version;
if(typeof data26 === "string"){
if(!pattern8.test(data26)){
const err55 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/pattern",keyword:"pattern",params:{pattern: "^0\\.2\\.\\d+$"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.badges !== undefined){
let data27 = data.badges;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i6=0; i6<len6; i6++){
if(!(validate34(data27[i6], {instancePath:instancePath+"/badges/" + i6,parentData:data27,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/badges",schemaPath:"#/properties/badges/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.documentation !== undefined){
let data29 = data.documentation;
const _errs95 = errors;
let valid28 = false;
const _errs96 = errors;
if(!(validate21(data29, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid8 = _errs96 === errors;
valid28 = valid28 || _valid8;
const _errs97 = errors;
if(data29 !== null){
const err58 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid8 = _errs97 === errors;
valid28 = valid28 || _valid8;
if(!valid28){
const err59 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
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
if(data.license !== undefined){
let data30 = data.license;
const _errs100 = errors;
let valid29 = false;
const _errs101 = errors;
if(typeof data30 !== "string"){
const err60 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/LicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid9 = _errs101 === errors;
valid29 = valid29 || _valid9;
const _errs104 = errors;
if(typeof data30 !== "string"){
const err61 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/DeprecatedLicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid9 = _errs104 === errors;
valid29 = valid29 || _valid9;
const _errs107 = errors;
if(typeof data30 !== "string"){
const err62 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid9 = _errs107 === errors;
valid29 = valid29 || _valid9;
const _errs109 = errors;
if(data30 !== null){
const err63 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf/3/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid9 = _errs109 === errors;
valid29 = valid29 || _valid9;
if(!valid29){
const err64 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
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
if(data.type !== undefined){
let data31 = data.type;
if(typeof data31 !== "string"){
const err65 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if("notebook" !== data31){
const err66 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "notebook"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.id !== undefined){
let data32 = data.id;
const _errs114 = errors;
let valid32 = false;
const _errs115 = errors;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err67 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!pattern13.test(data32)){
const err68 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
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
const err69 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid10 = _errs115 === errors;
valid32 = valid32 || _valid10;
const _errs118 = errors;
if(data32 !== null){
const err70 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid10 = _errs118 === errors;
valid32 = valid32 || _valid10;
if(!valid32){
const err71 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
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
if(data.source !== undefined){
if(!(validate37(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
