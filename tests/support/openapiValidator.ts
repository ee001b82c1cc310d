import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';

// ajv is CommonJS: under NodeNext its class is the module's `default` export.
const Ajv2020 = Ajv2020Module.default;

/** Discord's own OpenAPI description, vendored so the tests need nothing outside the repository. */
export const SPEC_PATH = join(import.meta.dirname, 'discord-api', 'openapi.json');

interface Spec {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
  components: unknown;
}

const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
const ajv = new Ajv2020({ strict: false, validateFormats: true });
// The spec names integer widths and Discord-specific formats; only their type matters here.
for (const f of ['int32', 'int64', 'double', 'nonce', 'snowflake']) ajv.addFormat(f, true);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
ajv.addSchema({ $id: 'discord', components: spec.components });

/** Points the spec's local $refs at the registered document, so one body schema compiles alone. */
const rebase = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"discord#/components/'));

const routes = Object.keys(spec.paths).map((template) => ({
  template,
  // A literal segment like @original must win over {message_id}, so literals sort first.
  regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: template.replace(/\{[^}]+\}/g, '').length,
}));
routes.sort((a, b) => b.literal - a.literal);

const compiled = new Map<string, ReturnType<typeof ajv.compile> | null>();

/** Errors Discord would answer with for this body, [] when it is valid; the route must exist. */
export function validateBody(method: string, apiPath: string, body: unknown): string[] {
  const route = routes.find((r) => r.regex.test(apiPath));
  if (!route) return [`no route ${method} ${apiPath} in Discord's API`];
  const op = spec.paths[route.template]?.[method.toLowerCase()];
  if (!op) return [`${method} is not allowed on ${route.template}`];
  const key = `${method} ${route.template}`;
  if (!compiled.has(key)) {
    const schema = op.requestBody?.content?.['application/json']?.schema;
    compiled.set(key, schema ? ajv.compile(rebase(schema) as object) : null);
  }
  const validate = compiled.get(key);
  if (!validate) return body === undefined ? [] : [`${key} takes no JSON body`];
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Compiles the schemas a bot uses most up front, so a timed burst does not pay for Ajv. */
export function warmUpValidators(): void {
  validateBody('POST', '/interactions/1/t/callback', { type: 4, data: {} });
  validateBody('PATCH', '/webhooks/1/t/messages/@original', {});
  validateBody('POST', '/webhooks/1/t', {});
}
