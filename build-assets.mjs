// Builds the portal's front-end assets into portal/static/build/ (never committed):
// compiles the Sass, copies htmx and GOV.UK Frontend's JavaScript from node_modules,
// writes gzip copies for the static route and a manifest of content hashes for cache busting.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as sass from "sass";

const out = "portal/static/build";
mkdirSync(out, { recursive: true });

const css = sass.compile("portal/assets/portal.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(`${out}/portal.css`, css.css);

copyFileSync("node_modules/htmx.org/dist/htmx.min.js", `${out}/htmx.min.js`);
copyFileSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", `${out}/govuk-frontend.min.js`);
copyFileSync("portal/assets/app.mjs", `${out}/app.mjs`);

const manifest = {};
for (const name of ["portal.css", "htmx.min.js", "govuk-frontend.min.js", "app.mjs"]) {
  const body = readFileSync(`${out}/${name}`);
  writeFileSync(`${out}/${name}.gz`, gzipSync(body, { level: 9 }));
  manifest[name] = createHash("sha256").update(body).digest("hex").slice(0, 12);
}
writeFileSync(`${out}/manifest.json`, JSON.stringify(manifest, null, 2));
console.log(`built ${Object.keys(manifest).length} assets into ${out}`);
