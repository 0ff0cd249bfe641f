// Validators for the Frictionless v1 profiles shipped in tests/fixtures/frictionless (draft-04 JSON
// Schemas, validated with ajv 8 + ajv-draft-04; nothing is downloaded). The profiles use formats
// ajv does not define and annotation keywords of their own: the formats they rely on are
// registered here, the annotations are let through (strict: false).
import fs from "node:fs";
import path from "node:path";
import AjvDraft04 from "ajv-draft-04";

const DIR = path.resolve(import.meta.dirname, "../fixtures/frictionless");

const ajv = new AjvDraft04({ strict: false, allErrors: true });
ajv.addFormat("uri", (value: string) => URL.canParse(value));
ajv.addFormat("email", /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
ajv.addFormat(
  "date-time",
  (value: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value)),
);
ajv.addFormat("textarea", () => true); // a hint for editors, not a constraint

function profile(file: string) {
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")));
}

export const validators = {
  tabularDataPackage: profile("tabular-data-package.json"),
  tabularDataResource: profile("tabular-data-resource.json"),
  tableSchema: profile("table-schema.json"),
};

/** Errors of one validation as short lines ("/resources/0/hash must match pattern …"), [] when valid. */
export function problems(validate: (typeof validators)[keyof typeof validators], value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
