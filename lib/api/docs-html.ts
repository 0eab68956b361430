/**
 * /api/docs: the OpenAPI document rendered as one self-contained HTML page for people
 * (no scripts, no external assets): operations by tag with their parameters, request
 * fields, responses and the shared schemas.
 */
type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The little Markdown our descriptions use: paragraphs, `* ` lists, `code`, **bold**. */
function md(text: unknown): string {
  if (!text) return "";
  const inline = (s: string) =>
    esc(s)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  const blocks = String(text).split(/\n{2,}/);
  return blocks
    .map((b) => {
      const lines = b.split("\n");
      if (lines.every((l) => /^\s*[*-] /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[*-] /, ""))}</li>`).join("")}</ul>`;
      return `<p>${inline(b)}</p>`;
    })
    .join("");
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
const refName = (ref: string) => ref.split("/").pop() ?? ref;

function typeOf(s: Json | undefined): string {
  if (!s) return "any";
  if (typeof s.$ref === "string") {
    const name = refName(s.$ref);
    return `<a href="#schema-${slug(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(" | ");
  if (s.const !== undefined) return `<code>${esc(JSON.stringify(s.const))}</code>`;
  const union = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (Array.isArray(union)) return union.map(typeOf).join(" | ");
  const t = s.type;
  const types = Array.isArray(t) ? (t as string[]) : t ? [t as string] : [];
  const render = (one: string) => {
    if (one === "array") return `array of ${typeOf(s.items as Json | undefined)}`;
    if (one === "string" && typeof s.format === "string") return `string (${esc(s.format)})`;
    return esc(one);
  };
  return types.length ? types.map(render).join(" | ") : "any";
}

function constraints(s: Json): string {
  const parts: string[] = [];
  if (s.minLength !== undefined) parts.push(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) parts.push(`max length ${s.maxLength}`);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) parts.push(`at least ${s.minItems} item(s)`);
  if (s.maxItems !== undefined) parts.push(`at most ${s.maxItems} items`);
  if (s.default !== undefined) parts.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  return parts.join(", ");
}

type Row = { path: string; type: string; required: boolean; note: string };

/** Properties of an object schema, nested objects flattened to dotted paths. */
function rows(s: Json | undefined, schemas: Record<string, Json>, prefix = "", depth = 0): Row[] {
  if (!s || depth > 5) return [];
  const props = s.properties as Record<string, Json> | undefined;
  if (!props) return [];
  const required = new Set((s.required ?? []) as string[]);
  const out: Row[] = [];
  for (const [name, p] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const note = [md(p.description), constraints(p)].filter(Boolean).join(" ");
    out.push({ path, type: typeOf(p), required: required.has(name), note });
    const deref = (x: Json | undefined) => (x && typeof x.$ref === "string" ? schemas[refName(x.$ref)] : x);
    const obj = deref(p);
    if (obj?.properties) out.push(...rows(obj, schemas, path, depth + 1));
    const items = deref((obj ?? p).items as Json | undefined);
    if (items?.properties) out.push(...rows(items, schemas, `${path}[]`, depth + 1));
  }
  return out;
}

function fieldTable(s: Json | undefined, schemas: Record<string, Json> = {}): string {
  if (!s) return "";
  let note = "";
  if (typeof s.$ref === "string") {
    // Expand a referenced schema one level, naming it.
    const target = schemas[refName(s.$ref)];
    note = `<p class="muted">Schema ${typeOf(s)}</p>`;
    if (!target) return note;
    s = target;
  }
  const r = rows(s, schemas);
  if (!r.length) return `${note}<p>Type: ${typeOf(s)}</p>`;
  return `${note}<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Notes</th></tr></thead><tbody>${r
    .map((x) => `<tr><td><code>${esc(x.path)}</code></td><td>${x.type}</td><td>${x.required ? "yes" : ""}</td><td>${x.note}</td></tr>`)
    .join("")}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Json, doc: Json): string {
  const schemas = ((doc.components as Json).schemas ?? {}) as Record<string, Json>;
  const id = slug(String(op.operationId ?? `${method}-${path}`));
  const params = (op.parameters ?? []) as Json[];
  const paramTable = params.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Notes</th></tr></thead><tbody>${params
        .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${typeOf(p.schema as Json)}</td><td>${p.required ? "yes" : ""}</td><td>${[md(p.description), constraints((p.schema ?? {}) as Json)].filter(Boolean).join(" ")}</td></tr>`)
        .join("")}</tbody></table>`
    : "";
  const body = op.requestBody as Json | undefined;
  let bodyHtml = "";
  if (body) {
    const content = body.content as Record<string, Json>;
    const [type, media] = Object.entries(content)[0];
    bodyHtml = `<h4>Request body <span class="muted">${esc(type)}${body.required ? "" : ", optional"}</span></h4>${fieldTable(media.schema as Json, schemas)}`;
  }
  const responses = op.responses as Record<string, Json>;
  const sharedResponses = ((doc.components as Json).responses ?? {}) as Record<string, Json>;
  const entries = Object.entries(responses).map(([status, r]) => ({ status, r: typeof r.$ref === "string" ? sharedResponses[refName(r.$ref)] : r }));
  const success = entries
    .filter((e) => e.status.startsWith("2"))
    .map((e) => {
      const content = e.r?.content as Record<string, Json> | undefined;
      const schema = content ? (Object.values(content)[0].schema as Json) : undefined;
      return `<h4>${esc(e.status)} <span class="muted">${esc(e.r?.description)}</span></h4>${schema ? fieldTable(schema, schemas) : ""}`;
    })
    .join("");
  const responseHtml = `${success}<h4>Problems <span class="muted">application/problem+json</span></h4><table><tbody>${entries
    .filter((e) => !e.status.startsWith("2"))
    .map((e) => `<tr><th>${esc(e.status)}</th><td>${md(e.r?.description)}</td></tr>`)
    .join("")}</tbody></table>`;
  const open = Array.isArray(op.security) && (op.security as unknown[]).length === 0;
  return `<section class="op" id="${id}">
<h3><span class="method m-${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p class="summary">${esc(op.summary)}${open ? ' <span class="muted">(no token needed)</span>' : ""}</p>
${md(op.description)}${paramTable}${bodyHtml}${responseHtml}</section>`;
}

export function renderDocsHtml(doc: Json, specUrl: string): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const byTag = new Map<string, { method: string; path: string; op: Json }[]>();
  for (const [path, methods] of Object.entries(paths))
    for (const [method, op] of Object.entries(methods)) {
      const tag = ((op.tags as string[]) ?? ["Other"])[0];
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method, path, op });
    }
  const server = ((doc.servers as Json[])?.[0]?.url as string) ?? "";
  const nav = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<li><a href="#tag-${slug(tag)}">${esc(tag)}</a><ul>${ops
          .map((o) => `<li><a href="#${slug(String(o.op.operationId))}"><span class="method m-${esc(o.method)}">${esc(o.method.toUpperCase())}</span> ${esc(o.path)}</a></li>`)
          .join("")}</ul></li>`,
    )
    .join("");
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="tag-${slug(tag)}">${esc(tag)}</h2>${ops.map((o) => operationHtml(o.method, o.path, o.op, doc)).join("")}`)
    .join("");
  const schemas = ((doc.components as Json).schemas ?? {}) as Record<string, Json>;
  const schemaHtml = Object.entries(schemas)
    .map(([name, s]) => `<section class="op" id="schema-${slug(name)}"><h3>${esc(name)}</h3>${md(s.description)}${fieldTable(s, schemas)}</section>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} — reference</title>
<style>
:root{color-scheme:light;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc}
body{margin:0}header{background:#0f172a;color:#f8fafc;padding:1.5rem 2rem}header a{color:#93c5fd}header code{background:#1e293b;color:#e2e8f0}header .muted{color:#94a3b8}
.layout{display:grid;grid-template-columns:17rem 1fr;gap:2rem;padding:1.5rem 2rem;max-width:90rem}
nav{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;font-size:.875rem}
nav ul{list-style:none;padding-left:0;margin:.25rem 0}nav ul ul{padding-left:.5rem}nav a{color:#1e293b;text-decoration:none;display:block;padding:.15rem 0}nav a:hover{text-decoration:underline}
main{min-width:0}h2{border-bottom:1px solid #cbd5e1;padding-bottom:.25rem;margin-top:2rem}
.op{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem 1.25rem;margin:1rem 0}
.op h3{margin:0 0 .5rem;font-size:1.05rem}.summary{font-weight:600;margin:.25rem 0}.muted{color:#64748b;font-weight:400}
.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:.25rem;padding:.05rem .35rem;font-size:.75rem;font-weight:700;color:#fff;background:#475569}
.m-get{background:#0369a1}.m-post{background:#15803d}.m-patch{background:#b45309}.m-put{background:#7c3aed}.m-delete{background:#b91c1c}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #e2e8f0;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f1f5f9}
td p{margin:0}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em;background:#f1f5f9;border-radius:.2rem;padding:0 .2rem}
th[scope=row],tbody th{width:4rem;background:#f8fafc}h4{margin:1rem 0 .25rem}
@media (max-width:50rem){.layout{grid-template-columns:1fr}nav{position:static;max-height:none}}
</style></head>
<body><header><h1>${esc(info.title)} <span class="muted">v${esc(info.version)}</span></h1>
<p>Base URL <code>${esc(server)}</code> · machine-readable: <a href="${esc(specUrl)}">OpenAPI 3.1 document</a></p></header>
<div class="layout"><nav aria-label="Operations"><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>${md(info.description)}${sections}<h2 id="schemas">Schemas</h2>${schemaHtml}</main></div></body></html>`;
}
