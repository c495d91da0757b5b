// Copies the browser files of the npm packages into wwwroot, where the app serves them.
// govuk-frontend's CSS refers to /assets/fonts and /assets/images, so its assets go to /assets/.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const govuk = "node_modules/govuk-frontend/dist/govuk";
mkdirSync("wwwroot/lib/govuk", { recursive: true });
mkdirSync("wwwroot/lib/signalr", { recursive: true });
for (const file of ["govuk-frontend.min.css", "govuk-frontend.min.js"]) {
  cpSync(`${govuk}/${file}`, `wwwroot/lib/govuk/${file}`);
}
cpSync(`${govuk}/assets`, "wwwroot/assets", { recursive: true });
cpSync("node_modules/@microsoft/signalr/dist/browser/signalr.min.js", "wwwroot/lib/signalr/signalr.min.js");

// The header logotype ships only inside the header component's example markup; it is drawn in
// currentcolor there, which an <img> cannot inherit, so it is written out in the header's white.
const header = readFileSync("node_modules/govuk-frontend/dist/govuk/components/header/template-default.html", "utf8");
const logotype = header.match(/<svg[\s\S]*?<\/svg>/)[0]
  .replace(/fill="currentcolor"/gi, 'fill="#ffffff"')
  .replace(/\s(class|role|focusable|aria-label)="[^"]*"/g, "");
writeFileSync("wwwroot/lib/govuk/govuk-logotype.svg", logotype);
