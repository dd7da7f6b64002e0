// upload: a new model to a hypha artifact manager (the reference's `_upload.py`): create the artifact with the
// package's rdf.yaml as manifest, then for each file ask put_file for an upload URL and PUT the bytes, then ask
// for review. Node only; the token comes from BIOIMAGEIO_HYPHA_UPLOAD_TOKEN.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { ByteStream } from "../../engine/bytes/streams.js";
import { isRecord } from "../../engine/records.js";
import type { SourceInput } from "./sources.js";
import { settings as currentSettings, type Settings } from "../../engine/node/settings.js";
import { BIOIMAGEIO_YAML, getResourcePackageContent, type PackageContent, type PackageContentOptions, toYaml } from "./package.js";

export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadError";
  }
}

const TOKEN_HELP = `Upload token is not set. Please set BIOIMAGEIO_HYPHA_UPLOAD_TOKEN in your environment variables.
By setting this token you agree to the terms of service at https://bioimage.io/#/toc.
How to obtain a token: log in at https://bioimage.io and generate one at https://bioimage.io/#/api?tab=hypha-rpc`;

async function postJson(url: string, body: unknown, token: string): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    redirect: "follow",
  });
  const text = await response.text();
  if (!response.ok) {
    throw new UploadError(`${url}: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UploadError(`${url}: expected a JSON response, got ${text.slice(0, 200)}`);
  }
}

/** PUTs a stream (never held in memory whole); a known size is sent as Content-Length, as presigned URLs want. */
function put(url: string, body: ByteStream, size: number | undefined, fileName: string): Promise<void> {
  const request = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // an empty Content-Type, as S3 presigned URLs expect
    const headers: Record<string, string | number> = { "Content-Type": "" };
    if (size !== undefined) {
      headers["Content-Length"] = size;
    }
    const req = request(url, { method: "PUT", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk.slice(0, 300);
      });
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve();
        } else {
          reject(new UploadError(`uploading ${fileName} failed: HTTP ${status} ${text.slice(0, 300)}`));
        }
      });
    });
    req.on("error", (error) => reject(new UploadError(`uploading ${fileName} failed: ${error.message}`)));
    (async () => {
      for await (const chunk of body) {
        if (!req.write(chunk)) {
          await new Promise((drained) => req.once("drain", drained));
        }
      }
      req.end();
    })().catch((error: unknown) => {
      req.destroy(error as Error);
      reject(new UploadError(`uploading ${fileName} failed: ${(error as Error).message}`));
    });
  });
}

/** Uploads a model description and its files; returns the URL of the uploaded rdf.yaml (staged, for review). */
export async function upload(source: SourceInput, options: PackageContentOptions & { readonly settings?: Settings } = {}): Promise<string> {
  const s = options.settings ?? currentSettings();
  const token = s.hyphaUploadToken;
  if (!token) {
    throw new UploadError(TOKEN_HELP);
  }
  const content = await getResourcePackageContent(source, options);
  try {
    return await uploadContent(content, s, token);
  } finally {
    await content.close();
  }
}

async function uploadContent(content: PackageContent, s: Settings, token: string): Promise<string> {
  const { description } = content;
  if (description.type !== "model") {
    throw new UploadError(`For now, only model resources can be uploaded (got type=${description.type}).`);
  }
  if (isRecord(description.content) && typeof description.content.id === "string") {
    throw new UploadError(
      "You cannot upload a resource with an id. Please remove the id from the description and make sure to upload a new non-existing resource. To edit an existing resource, please use the web interface at https://bioimage.io.",
    );
  }
  const manifest: Record<string, unknown> = { ...content.rdf };
  const version = "stage"; // only admins may upload a versioned resource
  const created = await postJson(
    s.hyphaUpload,
    { parent_id: "bioimage-io/bioimage.io", alias: "{animal_adjective}-{animal}", type: description.type, manifest, version },
    token,
  );
  const artifactId = isRecord(created) ? created.id : undefined;
  if (typeof artifactId !== "string") {
    throw new UploadError(`Upload did not return resource id: ${JSON.stringify(created)}`);
  }
  const yaml = new TextEncoder().encode(toYaml(content.rdf));
  const files: [string, () => ByteStream, () => Promise<number | undefined>][] = [
    ...[...content.files].map(([name, file]): [string, () => ByteStream, () => Promise<number | undefined>] => [
      name,
      () => file.resolver.open(file.source),
      async () => file.resolver.size?.(file.source),
    ]),
    [
      BIOIMAGEIO_YAML,
      async function* () {
        yield yaml;
      },
      () => Promise.resolve(yaml.length),
    ],
  ];
  for (const [fileName, open, sizeOf] of files) {
    const uploadUrl = await postJson(
      s.hyphaUpload.replace("/create", "/put_file"),
      { artifact_id: artifactId, file_path: fileName },
      token,
    );
    if (typeof uploadUrl !== "string") {
      throw new UploadError(`put_file did not return an upload URL for ${fileName}: ${JSON.stringify(uploadUrl)}`);
    }
    await put(uploadUrl, open(), await sizeOf(), fileName);
  }
  manifest.status = "request-review";
  await postJson(s.hyphaUpload.replace("/create", "/edit"), { artifact_id: artifactId, version, manifest }, token);
  return `https://hypha.aicell.io/bioimage-io/artifacts/${artifactId}/files/rdf.yaml?version=${version}`;
}
