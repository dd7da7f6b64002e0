// Where an S3 client connects and as whom, resolved the way copick users write it: the s3fs arguments of a
// copick config's `*_fs_args` first (`key`, `secret`, `token`, `anon`, `endpoint_url`, `profile`,
// `client_kwargs.{endpoint_url, region_name, aws_access_key_id, aws_secret_access_key, aws_session_token}`), then
// botocore's sources: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_REGION /
// AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, and the profile (AWS_PROFILE, else `default`) of
// ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE). Instance roles, SSO and
// credential_process are not read.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Credentials } from "./sigv4.js";

export interface S3Config {
  /** `https://s3.<region>.amazonaws.com`, or the configured endpoint (no trailing slash). */
  readonly endpoint: string;
  readonly region: string;
  /** undefined: anonymous (unsigned requests). */
  readonly credentials: Credentials | undefined;
  /** Buckets in the path (custom endpoints, as botocore does for them) rather than in the host name. */
  readonly pathStyle: boolean;
}

export class S3ConfigError extends Error {}

type Section = Readonly<Record<string, string>>;

/** The sections of an INI file (`[name]`, `key = value`); a missing file has none. */
function iniSections(path: string): Map<string, Section> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return new Map();
  }
  const sections = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) {
      continue;
    }
    const header = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (header) {
      current = {};
      sections.set(header[1] ?? "", current);
      continue;
    }
    const at = line.indexOf("=");
    if (current && at > 0 && !/^\s/.test(raw)) {
      current[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return sections;
}

interface Profile {
  readonly credentials: Section | undefined;
  readonly config: Section | undefined;
}

function readProfile(name: string, env: NodeJS.ProcessEnv): Profile {
  const aws = join(homedir(), ".aws");
  const credentials = iniSections(env.AWS_SHARED_CREDENTIALS_FILE || join(aws, "credentials")).get(name);
  const configSections = iniSections(env.AWS_CONFIG_FILE || join(aws, "config"));
  const config =
    name === "default" ? (configSections.get("default") ?? configSections.get("profile default")) : configSections.get(`profile ${name}`);
  return { credentials, config };
}

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

function credentialsOf(section: Section | undefined): Credentials | undefined {
  const accessKeyId = section?.aws_access_key_id;
  const secretAccessKey = section?.aws_secret_access_key;
  if (!accessKeyId || !secretAccessKey) {
    return undefined;
  }
  return { accessKeyId, secretAccessKey, sessionToken: section.aws_session_token || undefined };
}

/** The client configuration for s3fs arguments `fsArgs` (a copick `*_fs_args`), in environment `env`. */
export function resolveS3Config(fsArgs: Readonly<Record<string, unknown>> = {}, env: NodeJS.ProcessEnv = process.env): S3Config {
  const clientKwargs = (fsArgs.client_kwargs ?? {}) as Record<string, unknown>;
  if (typeof clientKwargs !== "object" || clientKwargs === null || Array.isArray(clientKwargs)) {
    throw new S3ConfigError("fs_args.client_kwargs must be an object");
  }
  const explicitProfile = str(fsArgs.profile);
  const profile = readProfile(explicitProfile ?? (env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || "default"), env);
  const key = str(fsArgs.key) ?? str(clientKwargs.aws_access_key_id);
  const secret = str(fsArgs.secret) ?? str(clientKwargs.aws_secret_access_key);
  const token = str(fsArgs.token) ?? str(clientKwargs.aws_session_token);
  if ((key === undefined) !== (secret === undefined)) {
    throw new S3ConfigError("fs_args: 'key' and 'secret' go together (one of them is missing)");
  }
  let credentials: Credentials | undefined;
  if (fsArgs.anon === true) {
    credentials = undefined;
  } else if (key !== undefined && secret !== undefined) {
    credentials = { accessKeyId: key, secretAccessKey: secret, sessionToken: token };
  } else {
    // botocore: an explicitly named profile wins over the environment; the environment over the default profile.
    const fromEnv =
      env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            sessionToken: env.AWS_SESSION_TOKEN || undefined,
          }
        : undefined;
    const fromProfile = credentialsOf(profile.credentials) ?? credentialsOf(profile.config);
    credentials = explicitProfile !== undefined ? (fromProfile ?? fromEnv) : (fromEnv ?? fromProfile);
  }
  const region =
    str(clientKwargs.region_name) ??
    str(fsArgs.region_name) ??
    (env.AWS_REGION || env.AWS_DEFAULT_REGION || profile.config?.region || "us-east-1");
  const configured =
    str(fsArgs.endpoint_url) ??
    str(clientKwargs.endpoint_url) ??
    (env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || profile.config?.endpoint_url || undefined);
  if (configured !== undefined && !/^https?:\/\/[^/]/i.test(configured)) {
    throw new S3ConfigError(`endpoint_url '${configured}' is not an http(s) URL`);
  }
  const useSsl = fsArgs.use_ssl !== false;
  return {
    endpoint: (configured ?? `${useSsl ? "https" : "http"}://s3.${region}.amazonaws.com`).replace(/\/+$/, ""),
    region,
    credentials,
    pathStyle: configured !== undefined,
  };
}

/** fs_args keys that hold secrets: never shown, never exported. */
export const SECRET_FS_ARGS = ["key", "secret", "token", "aws_access_key_id", "aws_secret_access_key", "aws_session_token"];
