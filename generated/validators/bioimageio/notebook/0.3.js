// generated from specs/bioimageio/notebook/0.3.json by codegen - do not edit
import { YamlTimestamp, formats, ucs2length as func2, withMessages } from "../../../../src/engine/validation/ajv-runtime.js";
export { describeErrors } from "../../../../src/engine/validation/ajv-runtime.js";
export const validate = withMessages(validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://bioimage-specs.org/specs/bioimageio/notebook/0.3.json","type":"object","properties":{"name":{"type":"string","minLength":5,"maxLength":128,"pattern":"^[A-Za-z0-9_+\\- ()]*$"},"description":{"type":"string","maxLength":1024},"covers":{"type":"array","items":{"$ref":"#/$defs/FileSource"}},"id_emoji":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"type":"null"}]},"authors":{"type":"array","items":{"$ref":"#/$defs/Author"}},"attachments":{"type":"array","items":{"$ref":"#/$defs/FileDescr"}},"cite":{"type":"array","items":{"$ref":"#/$defs/CiteEntry"}},"license":{"anyOf":[{"$ref":"#/$defs/LicenseId"},{"$ref":"#/$defs/DeprecatedLicenseId"},{"type":"null"}]},"git_repo":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]},"icon":{"anyOf":[{"type":"string","minLength":1,"maxLength":2},{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"links":{"type":"array","items":{"type":"string"}},"uploader":{"anyOf":[{"$ref":"#/$defs/Uploader"},{"type":"null"}]},"maintainers":{"type":"array","items":{"$ref":"#/$defs/Maintainer"}},"tags":{"type":"array","items":{"type":"string"}},"version":{"anyOf":[{"$ref":"#/$defs/Version"},{"type":"null"}]},"version_comment":{"anyOf":[{"type":"string","maxLength":512},{"type":"null"}]},"format_version":{"type":"string","pattern":"^0\\.3\\.\\d+$"},"documentation":{"anyOf":[{"$ref":"#/$defs/FileSource"},{"type":"null"}]},"badges":{"type":"array","items":{"$ref":"#/$defs/BadgeDescr"}},"config":{"$ref":"#/$defs/Config"},"type":{"type":"string","const":"notebook"},"id":{"anyOf":[{"$ref":"#/$defs/ResourceId"},{"type":"null"}]},"parent":{"anyOf":[{"$ref":"#/$defs/ResourceId"},{"type":"null"}]},"source":{"$ref":"#/$defs/NotebookSource"}},"required":["name","format_version","type","source"],"additionalProperties":false,"$defs":{"Author":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string","pattern":"^[^/\\\\]*$"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false},"BadgeDescr":{"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/PydanticHttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false},"BioimageioConfig":{"type":"object","additionalProperties":true},"CiteEntry":{"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["text"],"additionalProperties":false},"Config":{"type":"object","properties":{"bioimageio":{"$ref":"#/$defs/BioimageioConfig"}},"additionalProperties":true},"DeprecatedLicenseId":{"type":"string"},"Doi":{"type":"string","pattern":"^10\\.[0-9]{4}.+$"},"FileDescr":{"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]}},"required":["source"],"additionalProperties":false},"FileSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"HttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"LicenseId":{"type":"string"},"Maintainer":{"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"anyOf":[{"type":"string","pattern":"^[^/\\\\]*$"},{"type":"null"}]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false},"NotebookSource":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]},"OrcidId":{"type":"string"},"PydanticHttpUrl":{"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083},"RelativeFilePath":{"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"},"ResourceId":{"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"},"Sha256":{"type":"string","minLength":64,"maxLength":64},"Uploader":{"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false},"Version":{"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]}}};
const schema42 = {"type":"string"};
const schema43 = {"type":"string"};
const schema33 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};
const schema45 = {"type":"object","properties":{"email":{"type":"string","format":"email"},"name":{"type":["string","null"]}},"required":["email"],"additionalProperties":false};
const schema48 = {"anyOf":[{"type":"string"},{"type":"integer"},{"type":"number"}]};
const schema56 = {"type":"string","minLength":1,"pattern":"^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^[A-Za-z0-9_+\\- ()]*$", "u");
const pattern5 = new RegExp("^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:", "u");
const pattern12 = new RegExp("^0\\.3\\.\\d+$", "u");
const pattern17 = new RegExp("^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$", "u");
const schema32 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};
const schema34 = {"type":"string","minLength":1,"pattern":"^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))"};
const formats0 = formats.uri;
const pattern6 = new RegExp("^(?!/)(?!(?:\\.(?:/+|$))*$)(?!(?:\\./+)*https?:(?:/|$))", "u");

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
if(!pattern5.test(data)){
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
if(!pattern6.test(data)){
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

const schema35 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"type":"string","pattern":"^[^/\\\\]*$"},"github_user":{"type":["string","null"]}},"required":["name"],"additionalProperties":false};
const schema36 = {"type":"string"};
const formats2 = formats.email;
const pattern7 = new RegExp("^[^/\\\\]*$", "u");

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
const err0 = {instancePath,schemaPath:"#/$defs/Author/required",keyword:"required",params:{missingProperty: "name"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/Author/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Author/properties/affiliation/type",keyword:"type",params:{type: schema35.properties.affiliation.type}};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Author/properties/email/anyOf",keyword:"anyOf",params:{}};
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
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Author/properties/orcid/anyOf",keyword:"anyOf",params:{}};
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
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Author/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]*$"}};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Author/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.github_user !== undefined){
let data4 = data.github_user;
if((typeof data4 !== "string") && (data4 !== null)){
const err12 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Author/properties/github_user/type",keyword:"type",params:{type: schema35.properties.github_user.type}};
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
const err13 = {instancePath,schemaPath:"#/$defs/Author/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","properties":{"source":{"$ref":"#/$defs/FileSource"},"sha256":{"anyOf":[{"$ref":"#/$defs/Sha256"},{"type":"null"}]}},"required":["source"],"additionalProperties":false};
const schema38 = {"type":"string","minLength":64,"maxLength":64};

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
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/FileDescr/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "sha256"))){
const err1 = {instancePath,schemaPath:"#/$defs/FileDescr/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/FileDescr/properties/sha256/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/sha256",schemaPath:"#/$defs/FileDescr/properties/sha256/anyOf",keyword:"anyOf",params:{}};
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
}
else {
const err7 = {instancePath,schemaPath:"#/$defs/FileDescr/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","properties":{"text":{"type":"string"},"doi":{"anyOf":[{"$ref":"#/$defs/Doi"},{"type":"null"}]},"url":{"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"type":"null"}]}},"required":["text"],"additionalProperties":false};
const schema40 = {"type":"string","pattern":"^10\\.[0-9]{4}.+$"};
const pattern8 = new RegExp("^10\\.[0-9]{4}.+$", "u");

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
if(!pattern8.test(data1)){
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
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data2 === "string"){
if(func2(data2) > 2083){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = valid3 || _valid1;
const _errs16 = errors;
if(data2 !== null){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err13 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/CiteEntry/properties/url/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
}
else {
const err14 = {instancePath,schemaPath:"#/$defs/CiteEntry/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","properties":{"affiliation":{"type":["string","null"]},"email":{"anyOf":[{"type":"string","format":"email"},{"type":"null"}]},"orcid":{"anyOf":[{"$ref":"#/$defs/OrcidId"},{"type":"null"}]},"name":{"anyOf":[{"type":"string","pattern":"^[^/\\\\]*$"},{"type":"null"}]},"github_user":{"type":"string"}},"required":["github_user"],"additionalProperties":false};

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
const err0 = {instancePath,schemaPath:"#/$defs/Maintainer/required",keyword:"required",params:{missingProperty: "github_user"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/Maintainer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
const err2 = {instancePath:instancePath+"/affiliation",schemaPath:"#/$defs/Maintainer/properties/affiliation/type",keyword:"type",params:{type: schema46.properties.affiliation.type}};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/format",keyword:"format",params:{format: "email"}};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/0/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Maintainer/properties/email/anyOf",keyword:"anyOf",params:{}};
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
const err8 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf/1/type",keyword:"type",params:{type: "null"}};
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
const err9 = {instancePath:instancePath+"/orcid",schemaPath:"#/$defs/Maintainer/properties/orcid/anyOf",keyword:"anyOf",params:{}};
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
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\]*$"}};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid4 = valid4 || _valid2;
const _errs21 = errors;
if(data3 !== null){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Maintainer/properties/name/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.github_user !== undefined){
if(typeof data.github_user !== "string"){
const err14 = {instancePath:instancePath+"/github_user",schemaPath:"#/$defs/Maintainer/properties/github_user/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath,schemaPath:"#/$defs/Maintainer/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","properties":{"label":{"type":"string"},"icon":{"anyOf":[{"$ref":"#/$defs/RelativeFilePath"},{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/PydanticHttpUrl"},{"type":"null"}]},"url":{"$ref":"#/$defs/HttpUrl"}},"required":["label","url"],"additionalProperties":false};
const schema52 = {"type":"string","format":"uri","pattern":"^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:","minLength":1,"maxLength":2083};

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
if(!pattern6.test(data1)){
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
if(!pattern5.test(data1)){
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
if(!pattern5.test(data1)){
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
if(!pattern5.test(data2)){
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

const schema54 = {"type":"object","properties":{"bioimageio":{"$ref":"#/$defs/BioimageioConfig"}},"additionalProperties":true};
const schema55 = {"type":"object","additionalProperties":true};

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
if(data.bioimageio !== undefined){
let data0 = data.bioimageio;
if(data0 && typeof data0 == "object" && !Array.isArray(data0) && !(data0 instanceof YamlTimestamp)){
}
else {
const err0 = {instancePath:instancePath+"/bioimageio",schemaPath:"#/$defs/BioimageioConfig/type",keyword:"type",params:{type: "object"}};
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
const err1 = {instancePath,schemaPath:"#/$defs/Config/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"anyOf":[{"$ref":"#/$defs/HttpUrl"},{"$ref":"#/$defs/RelativeFilePath"}]};

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
if(!pattern5.test(data)){
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
if(!pattern6.test(data)){
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
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://bioimage-specs.org/specs/bioimageio/notebook/0.3.json" */;
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
if(data.format_version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format_version"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
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
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 5){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 5}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_+\\- ()]*$"}};
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
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 1024){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1024}};
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
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const err11 = {instancePath:instancePath+"/covers",schemaPath:"#/properties/covers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
if(func2(data4) > 2){
const err12 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
const _errs13 = errors;
if(data4 !== null){
const err15 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err16 = {instancePath:instancePath+"/id_emoji",schemaPath:"#/properties/id_emoji/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
const err17 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.attachments !== undefined){
let data7 = data.attachments;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate25(data7[i2], {instancePath:instancePath+"/attachments/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/attachments",schemaPath:"#/properties/attachments/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.cite !== undefined){
let data9 = data.cite;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate28(data9[i3], {instancePath:instancePath+"/cite/" + i3,parentData:data9,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/cite",schemaPath:"#/properties/cite/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.license !== undefined){
let data11 = data.license;
const _errs25 = errors;
let valid10 = false;
const _errs26 = errors;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/LicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid10 = valid10 || _valid1;
const _errs29 = errors;
if(typeof data11 !== "string"){
const err21 = {instancePath:instancePath+"/license",schemaPath:"#/$defs/DeprecatedLicenseId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs29 === errors;
valid10 = valid10 || _valid1;
const _errs32 = errors;
if(data11 !== null){
const err22 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs32 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err23 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
if(data.git_repo !== undefined){
let data12 = data.git_repo;
const _errs35 = errors;
let valid13 = false;
const _errs36 = errors;
if(typeof data12 === "string"){
if(func2(data12) > 2083){
const err24 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/maxLength",keyword:"maxLength",params:{limit: 2083}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data12) < 1){
const err25 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern5.test(data12)){
const err26 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/pattern",keyword:"pattern",params:{pattern: "^[\\u0000-\\u0020]*[Hh][Tt][Tt][Pp][Ss]?:"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0.validate(data12))){
const err27 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/format",keyword:"format",params:{format: "uri"}};
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
const err28 = {instancePath:instancePath+"/git_repo",schemaPath:"#/$defs/HttpUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid13 = valid13 || _valid2;
const _errs39 = errors;
if(data12 !== null){
const err29 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid13 = valid13 || _valid2;
if(!valid13){
const err30 = {instancePath:instancePath+"/git_repo",schemaPath:"#/properties/git_repo/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
}
if(data.icon !== undefined){
let data13 = data.icon;
const _errs42 = errors;
let valid15 = false;
const _errs43 = errors;
if(typeof data13 === "string"){
if(func2(data13) > 2){
const err31 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 2}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data13) < 1){
const err32 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid3 = _errs43 === errors;
valid15 = valid15 || _valid3;
const _errs45 = errors;
if(!(validate21(data13, {instancePath:instancePath+"/icon",parentData:data,parentDataProperty:"icon",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid3 = _errs45 === errors;
valid15 = valid15 || _valid3;
const _errs46 = errors;
if(data13 !== null){
const err34 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf/2/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid3 = _errs46 === errors;
valid15 = valid15 || _valid3;
if(!valid15){
const err35 = {instancePath:instancePath+"/icon",schemaPath:"#/properties/icon/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
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
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
if(typeof data14[i4] !== "string"){
const err36 = {instancePath:instancePath+"/links/" + i4,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"}};
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
const err37 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.uploader !== undefined){
let data16 = data.uploader;
const _errs53 = errors;
let valid18 = false;
const _errs54 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16) && !(data16 instanceof YamlTimestamp)){
if(data16.email === undefined){
const err38 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/required",keyword:"required",params:{missingProperty: "email"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key1 in data16){
if(!((key1 === "email") || (key1 === "name"))){
const err39 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data16.email !== undefined){
let data17 = data16.email;
if(typeof data17 === "string"){
if(!(formats2.validate(data17))){
const err40 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/format",keyword:"format",params:{format: "email"}};
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
const err41 = {instancePath:instancePath+"/uploader/email",schemaPath:"#/$defs/Uploader/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.name !== undefined){
let data18 = data16.name;
if((typeof data18 !== "string") && (data18 !== null)){
const err42 = {instancePath:instancePath+"/uploader/name",schemaPath:"#/$defs/Uploader/properties/name/type",keyword:"type",params:{type: schema45.properties.name.type}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/uploader",schemaPath:"#/$defs/Uploader/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid4 = _errs54 === errors;
valid18 = valid18 || _valid4;
const _errs62 = errors;
if(data16 !== null){
const err44 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid4 = _errs62 === errors;
valid18 = valid18 || _valid4;
if(!valid18){
const err45 = {instancePath:instancePath+"/uploader",schemaPath:"#/properties/uploader/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
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
if(data.maintainers !== undefined){
let data19 = data.maintainers;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
if(!(validate31(data19[i5], {instancePath:instancePath+"/maintainers/" + i5,parentData:data19,parentDataProperty:i5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/maintainers",schemaPath:"#/properties/maintainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.tags !== undefined){
let data21 = data.tags;
if(Array.isArray(data21)){
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
if(typeof data21[i6] !== "string"){
const err47 = {instancePath:instancePath+"/tags/" + i6,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
const _errs72 = errors;
let valid25 = false;
const _errs73 = errors;
const _errs75 = errors;
let valid27 = false;
const _errs76 = errors;
if(typeof data23 !== "string"){
const err49 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid6 = _errs76 === errors;
valid27 = valid27 || _valid6;
const _errs78 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err50 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid6 = _errs78 === errors;
valid27 = valid27 || _valid6;
const _errs80 = errors;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err51 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf/2/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid6 = _errs80 === errors;
valid27 = valid27 || _valid6;
if(!valid27){
const err52 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/Version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
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
var _valid5 = _errs73 === errors;
valid25 = valid25 || _valid5;
const _errs82 = errors;
if(data23 !== null){
const err53 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs82 === errors;
valid25 = valid25 || _valid5;
if(!valid25){
const err54 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data.version_comment !== undefined){
let data24 = data.version_comment;
const _errs85 = errors;
let valid28 = false;
const _errs86 = errors;
if(typeof data24 === "string"){
if(func2(data24) > 512){
const err55 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 512}};
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
const err56 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid7 = _errs86 === errors;
valid28 = valid28 || _valid7;
const _errs88 = errors;
if(data24 !== null){
const err57 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid7 = _errs88 === errors;
valid28 = valid28 || _valid7;
if(!valid28){
const err58 = {instancePath:instancePath+"/version_comment",schemaPath:"#/properties/version_comment/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
}
if(data.format_version !== undefined){
let data25 = data.format_version;
if(typeof data25 === "string"){
if(!pattern12.test(data25)){
const err59 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/pattern",keyword:"pattern",params:{pattern: "^0\\.3\\.\\d+$"}};
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
const err60 = {instancePath:instancePath+"/format_version",schemaPath:"#/properties/format_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.documentation !== undefined){
let data26 = data.documentation;
const _errs93 = errors;
let valid29 = false;
const _errs94 = errors;
if(!(validate21(data26, {instancePath:instancePath+"/documentation",parentData:data,parentDataProperty:"documentation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid8 = _errs94 === errors;
valid29 = valid29 || _valid8;
const _errs95 = errors;
if(data26 !== null){
const err61 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid8 = _errs95 === errors;
valid29 = valid29 || _valid8;
if(!valid29){
const err62 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/anyOf",keyword:"anyOf",params:{}};
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
if(data.badges !== undefined){
let data27 = data.badges;
if(Array.isArray(data27)){
const len7 = data27.length;
for(let i7=0; i7<len7; i7++){
if(!(validate34(data27[i7], {instancePath:instancePath+"/badges/" + i7,parentData:data27,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/badges",schemaPath:"#/properties/badges/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate36(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data30 = data.type;
if(typeof data30 !== "string"){
const err64 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if("notebook" !== data30){
const err65 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "notebook"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.id !== undefined){
let data31 = data.id;
const _errs104 = errors;
let valid32 = false;
const _errs105 = errors;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err66 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern17.test(data31)){
const err67 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid9 = _errs105 === errors;
valid32 = valid32 || _valid9;
const _errs108 = errors;
if(data31 !== null){
const err69 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid9 = _errs108 === errors;
valid32 = valid32 || _valid9;
if(!valid32){
const err70 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
if(data.parent !== undefined){
let data32 = data.parent;
const _errs111 = errors;
let valid34 = false;
const _errs112 = errors;
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err71 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/ResourceId/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!pattern17.test(data32)){
const err72 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_\\-.]([a-z0-9_\\-/.]*[a-z0-9_\\-.])?$"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/parent",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid10 = _errs112 === errors;
valid34 = valid34 || _valid10;
const _errs115 = errors;
if(data32 !== null){
const err74 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid10 = _errs115 === errors;
valid34 = valid34 || _valid10;
if(!valid34){
const err75 = {instancePath:instancePath+"/parent",schemaPath:"#/properties/parent/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
if(data.source !== undefined){
if(!(validate38(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err76 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
