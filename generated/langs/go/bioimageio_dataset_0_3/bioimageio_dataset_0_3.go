// generated from specs/bioimageio/dataset/0.3.json by codegen - do not edit
// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    datasetDescr, err := UnmarshalDatasetDescr(bytes)
//    bytes, err = datasetDescr.Marshal()

package bioimageio_dataset_0_3

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalDatasetDescr(data []byte) (DatasetDescr, error) {
	var r DatasetDescr
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *DatasetDescr) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// A bioimage.io dataset resource description file (dataset RDF) describes a dataset
// relevant to bioimage
// processing.
//
// Describes dataset format 0.3.0. Unknown top-level keys are not permitted.
type DatasetDescr struct {
	// file attachments                                                                                       
	Attachments                                                                                  []FileDescr  `json:"attachments,omitempty"`
	// The authors are the creators of this resource description and the primary points of                    
	// contact.                                                                                               
	// An empty list gets a FAIR ALERT (rule `common.fair`).                                                  
	Authors                                                                                      []Author     `json:"authors,omitempty"`
	// badges associated with this resource                                                                   
	Badges                                                                                       []BadgeDescr `json:"badges,omitempty"`
	// citations (an empty list gets a FAIR ALERT, rule `common.fair`)                                        
	Cite                                                                                         []CiteEntry  `json:"cite,omitempty"`
	// A field for custom configuration that can contain any keys not present in the RDF spec.                
	// This means you should not store, for example, a GitHub repo URL in `config` since there                
	// is a `git_repo` field.                                                                                 
	// Keys in `config` may be very specific to a tool or consumer software. To avoid                         
	// conflicting definitions,                                                                               
	// it is recommended to wrap added configuration into a sub-field named with the specific                 
	// domain or tool name,                                                                                   
	// for example:                                                                                           
	// ```yaml                                                                                                
	// config:                                                                                                
	// giraffe_neckometer:  # here is the domain name                                                         
	// length: 3837283                                                                                        
	// address:                                                                                               
	// home: zoo                                                                                              
	// imagej:              # config specific to ImageJ                                                       
	// macro_dir: path/to/macro/file                                                                          
	// ```                                                                                                    
	// If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys              
	// in `config`.                                                                                           
	// You may want to list linked files additionally under `attachments` to include them when                
	// packaging a resource.                                                                                  
	// (Packaging a resource means downloading/copying important linked files and creating a ZIP              
	// archive that contains                                                                                  
	// an altered rdf.yaml file with local references to the downloaded files.)                               
	Config                                                                                       *Config      `json:"config,omitempty"`
	// Cover images. Please use an image smaller than 500KB and an aspect ratio width to height               
	// of 2:1 or 1:1.                                                                                         
	// The supported image formats are: ('.gif', '.jpeg', '.jpg', '.png', '.svg', '.tif',                     
	// '.tiff') (suffix checked in code, case-insensitive, rule `common.file.suffix`).                        
	Covers                                                                                       []string     `json:"covers,omitempty"`
	// A string containing a brief description.                                                               
	// At most 1024 characters (a warning is issued above 512, rule `common.description.length`;              
	// an empty description gets a FAIR ALERT, rule `common.fair`).                                           
	Description                                                                                  *string      `json:"description,omitempty"`
	// URL or relative path to a markdown file encoded in UTF-8 with additional documentation.                
	// The recommended documentation file name is `README.md`. An `.md` suffix is mandatory.                  
	// The `.md` suffix (case-sensitive) is checked in code (rule `common.file.suffix`); a                    
	// missing documentation gets a FAIR ALERT (rule `common.fair`).                                          
	Documentation                                                                                *string      `json:"documentation"`
	// The **format** version of this resource specification. This schema describes the latest                
	// patch (0.3.0); older 0.3.x/0.2.x documents are converted and future 0.3.x patches are                  
	// treated as 0.3.0 (with an ALERT) before validation. Any 0.3.x is read as 0.3.0.                        
	FormatVersion                                                                                string       `json:"format_version"`
	// A URL to the Git repository where the resource is being developed.                                     
	GitRepo                                                                                      *string      `json:"git_repo"`
	// An icon for illustration, e.g. on bioimage.io: an emoji (1 or 2 characters) or a file                  
	// source. A reserved bioimage.io YAML file name fails both branches (rule                                
	// `common.icon.reserved-name`).                                                                          
	Icon                                                                                         *string      `json:"icon"`
	// bioimage.io-wide unique resource identifier                                                            
	// assigned by bioimage.io; version **un**specific.                                                       
	ID                                                                                           *string      `json:"id"`
	// UTF-8 emoji for display alongside the `id` (1 or 2 characters).                                        
	IDEmoji                                                                                      *string      `json:"id_emoji"`
	// A [SPDX license identifier](https://spdx.org/licenses/).                                               
	// We do not support custom license beyond the SPDX license list, if you need that please                 
	// [open a GitHub issue](https://github.com/bioimage-io/spec-bioimage-io/issues/new/choose)               
	// to discuss your intentions with the community.                                                         
	// Tried as a current, then as a deprecated SPDX id (the reference's union, whose branch                  
	// names appear in error locations); checked against the SPDX list in code (rule                          
	// `common.license.spdx`: unknown id = error, deprecated id = warning); a missing license                 
	// gets a FAIR ALERT (rule `common.fair`).                                                                
	License                                                                                      *string      `json:"license"`
	// IDs of other bioimage.io resources                                                                     
	Links                                                                                        []string     `json:"links,omitempty"`
	// Maintainers of this resource.                                                                          
	// If not specified, `authors` are maintainers and at least some of them has to specify                   
	// their `github_user` name (ALERT otherwise, rule `common.maintainers.exist`).                           
	Maintainers                                                                                  []Maintainer `json:"maintainers,omitempty"`
	// A human-friendly name of the resource description.                                                     
	// May only contains letters, digits, underscore, minus, parentheses and spaces.                          
	// At most 128 characters (an INFO warning is issued above 64, rule `common.name.length`).                
	// Before validation other characters are replaced by spaces and the name is cut to 128                   
	// characters, as the reference's format conversion does for every 0.2.x/0.3.x document.                  
	Name                                                                                         string       `json:"name"`
	// The description from which this one is derived                                                         
	Parent                                                                                       *string      `json:"parent"`
	// URL to the source of the dataset (a missing source gets a FAIR ALERT, rule `common.fair`).             
	Source                                                                                       *string      `json:"source"`
	// Associated tags (an empty list gets a FAIR ALERT, rule `common.fair`). The reference also              
	// declares a warning for bioimage.io tag categories (`data/tag-categories.json`) without a               
	// matching tag, but its validator is never registered (`as_warning` wraps pydantic's                     
	// decorator), so no such warning is issued.                                                              
	Tags                                                                                         []string     `json:"tags,omitempty"`
	// The resource type: `dataset`.                                                                          
	Type                                                                                         Type         `json:"type"`
	// The person who uploaded the model (e.g. to bioimage.io)                                                
	Uploader                                                                                     *Uploader    `json:"uploader"`
	// The version of the resource following SemVer 2.0. (The reference moves a deprecated                    
	// top-level `version_number` key to `version` before validation; the runtime does the same               
	// before schema validation.)                                                                             
	Version                                                                                      *Version     `json:"version"`
	// A comment on the version of the resource.                                                              
	VersionComment                                                                               *string      `json:"version_comment"`
}

// A file description: a file source with an optional SHA-256 hash of the file's content.
type FileDescr struct {
	// SHA256 hash value of the **source** file.        
	Sha256                                      *string `json:"sha256"`
	// File source                                      
	Source                                      string  `json:"source"`
}

// An author of a resource description.
type Author struct {
	// Affiliation                                                                                       
	Affiliation                                                                                  *string `json:"affiliation"`
	// Email                                                                                             
	Email                                                                                        *string `json:"email"`
	// GitHub user name. With IO checks the reference looks the user up on GitHub;                       
	// bioimage-specs does not.                                                                          
	GithubUser                                                                                   *string `json:"github_user"`
	// Full name. May not contain `/` or `\`.                                                            
	Name                                                                                         string  `json:"name"`
	// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID              
	// ) in hyphenated groups of 4 digits, (and [valid](                                                 
	//                                                                                                   
	// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier        
	// ) as per ISO 7064 11,2.)                                                                          
	Orcid                                                                                        *string `json:"orcid"`
}

// A custom badge
type BadgeDescr struct {
	// badge icon (included in bioimage.io package if not a URL): the reference's                      
	// `Union[FilePath | RelativeFilePath (no reserved file name), HttpUrl, pydantic.HttpUrl]`,        
	// a smart union whose every branch reports its error. A relative path is tried before a           
	// URL, as in the reference.                                                                       
	Icon                                                                                       *string `json:"icon"`
	// badge label to display on hover                                                                 
	Label                                                                                      string  `json:"label"`
	// target URL                                                                                      
	URL                                                                                        string  `json:"url"`
}

// A citation that should be referenced in work using this resource. Either `doi` or `url`
// has to be given (non-null); that is checked in code (rule `common.cite.doi-or-url`).
type CiteEntry struct {
	// A digital object identifier (DOI) is the prefered citation reference.        
	// See https://www.doi.org/ for details.                                        
	// Note:                                                                        
	// Either **doi** or **url** have to be specified.                              
	Doi                                                                     *string `json:"doi"`
	// free text description                                                        
	Text                                                                    string  `json:"text"`
	// URL to cite (preferably specify a **doi** instead/also).                     
	// Note:                                                                        
	// Either **doi** or **url** have to be specified.                              
	URL                                                                     *string `json:"url"`
}

// A field for custom configuration that can contain any keys not present in the RDF spec.
// This means you should not store, for example, a GitHub repo URL in `config` since there
// is a `git_repo` field.
// Keys in `config` may be very specific to a tool or consumer software. To avoid
// conflicting definitions,
// it is recommended to wrap added configuration into a sub-field named with the specific
// domain or tool name,
// for example:
// ```yaml
// config:
// giraffe_neckometer:  # here is the domain name
// length: 3837283
// address:
// home: zoo
// imagej:              # config specific to ImageJ
// macro_dir: path/to/macro/file
// ```
// If possible, please use [`snake_case`](https://en.wikipedia.org/wiki/Snake_case) for keys
// in `config`.
// You may want to list linked files additionally under `attachments` to include them when
// packaging a resource.
// (Packaging a resource means downloading/copying important linked files and creating a ZIP
// archive that contains
// an altered rdf.yaml file with local references to the downloaded files.)
//
// A place to store additional metadata (often tool specific).
//
// Such additional metadata is typically set programmatically by the respective tool
// or by people with specific insights into the tool.
// If you want to store additional metadata that does not match any of the other
// fields, think of a key unlikely to collide with anyone elses use-case/tool and save
// it here.
//
// Please consider creating [an issue in the bioimageio.spec
// repository](https://github.com/bioimage-io/spec-bioimage-io/issues/new?template=Blank+issue)
// if you are not sure if an existing field could cover your use case
// or if you think such a field should exist.
//
// Open object: any further keys are allowed (their values must be YAML values, which every
// JSON value is).
type Config struct {
	// bioimage.io internal metadata.                       
	Bioimageio                       map[string]interface{} `json:"bioimageio,omitempty"`
}

// A maintainer of a resource description.
type Maintainer struct {
	// Affiliation                                                                                       
	Affiliation                                                                                  *string `json:"affiliation"`
	// Email                                                                                             
	Email                                                                                        *string `json:"email"`
	// GitHub user name. With IO checks the reference looks the user up on GitHub;                       
	// bioimage-specs does not.                                                                          
	GithubUser                                                                                   string  `json:"github_user"`
	// Full name. May not contain `/` or `\`.                                                            
	Name                                                                                         *string `json:"name"`
	// An [ORCID iD](https://support.orcid.org/hc/en-us/sections/360001495313-What-is-ORCID              
	// ) in hyphenated groups of 4 digits, (and [valid](                                                 
	//                                                                                                   
	// https://support.orcid.org/hc/en-us/articles/360006897674-Structure-of-the-ORCID-Identifier        
	// ) as per ISO 7064 11,2.)                                                                          
	Orcid                                                                                        *string `json:"orcid"`
}

// The person who uploaded the resource (e.g. to bioimage.io).
type Uploader struct {
	// Email                                                            
	Email                                                       string  `json:"email"`
	// name (the reference silently removes `/` and `\` from it)        
	Name                                                        *string `json:"name"`
}

type Type string

const (
	Dataset Type = "dataset"
)

// The version of the resource following SemVer 2.0. (The reference moves a deprecated
// top-level `version_number` key to `version` before validation; the runtime does the same
// before schema validation.)
type Version struct {
	Double  *float64
	Integer *int64
	String  *string
}

func (x *Version) UnmarshalJSON(data []byte) error {
	object, err := unmarshalUnion(data, &x.Integer, &x.Double, nil, &x.String, false, nil, false, nil, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
	}
	return nil
}

func (x *Version) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, x.Double, nil, x.String, false, nil, false, nil, false, nil, false, nil, true)
}

func unmarshalUnion(data []byte, pi **int64, pf **float64, pb **bool, ps **string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) (bool, error) {
	if pi != nil {
			*pi = nil
	}
	if pf != nil {
			*pf = nil
	}
	if pb != nil {
			*pb = nil
	}
	if ps != nil {
			*ps = nil
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
			return false, err
	}

	switch v := tok.(type) {
	case json.Number:
			if pi != nil {
					i, err := v.Int64()
					if err == nil {
							*pi = &i
							return false, nil
					}
			}
			if pf != nil {
					f, err := v.Float64()
					if err == nil {
							*pf = &f
							return false, nil
					}
					return false, errors.New("Unparsable number")
			}
			return false, errors.New("Union does not contain number")
	case float64:
			return false, errors.New("Decoder should not return float64")
	case bool:
			if pb != nil {
					*pb = &v
					return false, nil
			}
			return false, errors.New("Union does not contain bool")
	case string:
			if haveEnum {
					return false, json.Unmarshal(data, pe)
			}
			if ps != nil {
					*ps = &v
					return false, nil
			}
			return false, errors.New("Union does not contain string")
	case nil:
			if nullable {
					return false, nil
			}
			return false, errors.New("Union does not contain null")
	case json.Delim:
			if v == '{' {
					if haveObject {
							return true, json.Unmarshal(data, pc)
					}
					if haveMap {
							return false, json.Unmarshal(data, pm)
					}
					return false, errors.New("Union does not contain object")
			}
			if v == '[' {
					if haveArray {
							return false, json.Unmarshal(data, pa)
					}
					return false, errors.New("Union does not contain array")
			}
			return false, errors.New("Cannot handle delimiter")
	}
	return false, errors.New("Cannot unmarshal union")
}

func marshalUnion(pi *int64, pf *float64, pb *bool, ps *string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) ([]byte, error) {
	if pi != nil {
			return json.Marshal(*pi)
	}
	if pf != nil {
			return json.Marshal(*pf)
	}
	if pb != nil {
			return json.Marshal(*pb)
	}
	if ps != nil {
			return json.Marshal(*ps)
	}
	if haveArray {
			return json.Marshal(pa)
	}
	if haveObject {
			return json.Marshal(pc)
	}
	if haveMap {
			return json.Marshal(pm)
	}
	if haveEnum {
			return json.Marshal(pe)
	}
	if nullable {
			return json.Marshal(nil)
	}
	return nil, errors.New("Union must not be null")
}

