// Where S3 credentials, region and endpoint come from: s3fs's fs_args first, then botocore's environment
// variables and profiles (~/.aws/credentials, ~/.aws/config), in botocore's order.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveS3Config } from "../../../../src/engine/node/s3/config.js";

const tmp = mkdtempSync(join(tmpdir(), "s3-config-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const credentialsFile = join(tmp, "credentials");
const configFile = join(tmp, "config");
writeFileSync(
  credentialsFile,
  "[default]\naws_access_key_id = DEFAULTKEY\naws_secret_access_key = defaultsecret\n\n[lab]\naws_access_key_id=LABKEY\naws_secret_access_key=labsecret\naws_session_token=labtoken\n",
);
writeFileSync(
  configFile,
  "[default]\nregion = eu-west-1\n[profile lab]\nregion = eu-central-1\nendpoint_url = https://s3.lab.example.org\n",
);
const files = { AWS_SHARED_CREDENTIALS_FILE: credentialsFile, AWS_CONFIG_FILE: configFile };

describe("resolveS3Config", () => {
  it("takes s3fs's fs_args first: key, secret, token, endpoint_url, client_kwargs", () => {
    const env = { ...files, AWS_ACCESS_KEY_ID: "ENVKEY", AWS_SECRET_ACCESS_KEY: "envsecret", AWS_REGION: "us-west-2" };
    expect(resolveS3Config({ key: "K", secret: "S", token: "T", endpoint_url: "http://127.0.0.1:9000/" }, env)).toEqual({
      endpoint: "http://127.0.0.1:9000",
      region: "us-west-2",
      credentials: { accessKeyId: "K", secretAccessKey: "S", sessionToken: "T" },
      pathStyle: true,
    });
    expect(
      resolveS3Config(
        {
          client_kwargs: {
            endpoint_url: "https://minio.example.org",
            region_name: "xx-1",
            aws_access_key_id: "A",
            aws_secret_access_key: "B",
          },
        },
        env,
      ),
    ).toEqual({
      endpoint: "https://minio.example.org",
      region: "xx-1",
      credentials: { accessKeyId: "A", secretAccessKey: "B", sessionToken: undefined },
      pathStyle: true,
    });
  });

  it("anon: true signs nothing; use_ssl: false speaks http to AWS", () => {
    expect(resolveS3Config({ anon: true, use_ssl: false }, { ...files, AWS_ACCESS_KEY_ID: "ENVKEY", AWS_SECRET_ACCESS_KEY: "x" })).toEqual({
      endpoint: "http://s3.eu-west-1.amazonaws.com",
      region: "eu-west-1",
      credentials: undefined,
      pathStyle: false,
    });
  });

  it("then the environment (AWS_*), then the default profile of ~/.aws", () => {
    const env = {
      ...files,
      AWS_ACCESS_KEY_ID: "ENVKEY",
      AWS_SECRET_ACCESS_KEY: "envsecret",
      AWS_SESSION_TOKEN: "envtoken",
      AWS_DEFAULT_REGION: "ap-south-1",
      AWS_ENDPOINT_URL: "http://localhost:4566",
    };
    expect(resolveS3Config({}, env)).toEqual({
      endpoint: "http://localhost:4566",
      region: "ap-south-1",
      credentials: { accessKeyId: "ENVKEY", secretAccessKey: "envsecret", sessionToken: "envtoken" },
      pathStyle: true,
    });
    expect(resolveS3Config({}, { ...files, AWS_ENDPOINT_URL: "http://a", AWS_ENDPOINT_URL_S3: "http://s3-only" }).endpoint).toBe(
      "http://s3-only",
    );
    expect(resolveS3Config({}, files)).toEqual({
      endpoint: "https://s3.eu-west-1.amazonaws.com",
      region: "eu-west-1",
      credentials: { accessKeyId: "DEFAULTKEY", secretAccessKey: "defaultsecret", sessionToken: undefined },
      pathStyle: false,
    });
  });

  it("a named profile (AWS_PROFILE, or fs_args profile) gives keys, region and endpoint; fs_args' profile beats the environment", () => {
    const lab = { accessKeyId: "LABKEY", secretAccessKey: "labsecret", sessionToken: "labtoken" };
    expect(resolveS3Config({}, { ...files, AWS_PROFILE: "lab" })).toEqual({
      endpoint: "https://s3.lab.example.org",
      region: "eu-central-1",
      credentials: lab,
      pathStyle: true,
    });
    const env = { ...files, AWS_ACCESS_KEY_ID: "ENVKEY", AWS_SECRET_ACCESS_KEY: "envsecret" };
    expect(resolveS3Config({ profile: "lab" }, env).credentials).toEqual(lab);
    expect(resolveS3Config({}, { ...env, AWS_PROFILE: "lab" }).credentials?.accessKeyId).toBe("ENVKEY");
  });

  it("refuses half a key pair and endpoints that are not http(s)", () => {
    expect(() => resolveS3Config({ key: "K" }, files)).toThrow("fs_args: 'key' and 'secret' go together (one of them is missing)");
    expect(() => resolveS3Config({ endpoint_url: "localhost:9000" }, files)).toThrow("endpoint_url 'localhost:9000' is not an http(s) URL");
  });
});
