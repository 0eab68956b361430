import fs from "node:fs";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

/** Bulk import (domain.md §2.10): template, upload, progress, per-row report, report download. */

const GOOD_ROWS = 300;
const BAD_ROW = 151; // 1-based data row: spreadsheet row 152

test("a partner imports a CSV with one bad row, follows the progress and downloads the report", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/opportunities/import");
  await expect(page.getByRole("heading", { name: "Import opportunities", level: 1 })).toBeVisible();

  // The template: the header and one example row.
  const [templateDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download template (CSV)" }).click()]);
  expect(templateDownload.suggestedFilename()).toBe("opportunities-import-template.csv");
  const template = Papa.parse<string[]>(fs.readFileSync(await templateDownload.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const [header, example] = template;
  expect(header).toContain("customer.companyName");
  expect(header.at(-1)).toBe("action");
  const column = (name: string) => header.indexOf(name);

  // A file built from the template: many good rows (unique per run) and one with a bad website.
  const run = Date.now().toString(36);
  const rows = Array.from({ length: GOOD_ROWS + 1 }, (_, i) => {
    const cells = [...example];
    cells[column("customer.companyName")] = `E2E import ${run} #${i + 1}`;
    cells[column("partnerCrmId")] = "";
    cells[column("project.targetCloseDate")] = `${new Date().getFullYear() + 1}-09-30`;
    cells[column("action")] = i % 2 ? "draft" : "submit";
    if (i + 1 === BAD_ROW) cells[column("customer.websiteUrl")] = "not a website";
    return cells;
  });
  const csv = Papa.unparse([header, ...rows]);
  const file = { name: `pipeline-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") };

  await page.getByLabel("CSV file").setInputFiles(file);
  await expect(page.getByRole("radio", { name: "Import valid rows" })).toBeChecked();
  await page.getByRole("button", { name: "Import", exact: true }).click();

  // Progress while it runs, then the report.
  await expect(page.getByRole("progressbar", { name: "Checking and importing rows…" })).toBeVisible();
  await expect(page.getByText("Import finished")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/opportunities\/import\?job=/);
  await expect(page.getByText(`${GOOD_ROWS} opportunities were created; 1 row was skipped because of errors.`)).toBeVisible();
  const report = page.getByRole("table", { name: "Problems found in the file" });
  const problem = report.getByRole("row").filter({ hasText: "Enter a valid URL" });
  await expect(problem).toHaveCount(1);
  await expect(problem.getByRole("cell").nth(0)).toHaveText(String(BAD_ROW + 1));
  await expect(problem.getByRole("cell").nth(1)).toContainText("Website");
  await expect(problem.getByRole("cell").nth(1)).toContainText("customer.websiteUrl");
  await expect(problem.getByRole("cell").nth(2)).toHaveText("Enter a valid URL");

  // The report as CSV.
  const [reportDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download report (CSV)" }).click()]);
  expect(reportDownload.suggestedFilename()).toBe(`pipeline-${run}-report.csv`);
  const reportCsv = fs.readFileSync(await reportDownload.path(), "utf8");
  expect(reportCsv).toBe(`\uFEFFrow,field,message\r\n${BAD_ROW + 1},customer.websiteUrl,Enter a valid URL\r\n`);

  // The same file again creates nothing and shows the earlier result.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/This file was already imported on .+ Nothing new was created/)).toBeVisible();
  await expect(page.getByText(`${GOOD_ROWS} opportunities were created; 1 row was skipped because of errors.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Recent imports" }).getByRole("row").filter({ hasText: file.name })).toHaveCount(1);

  // The imported opportunities are in the list.
  await page.getByRole("link", { name: "View imported opportunities" }).click();
  await expect(page).toHaveURL(/origin=BULK_IMPORT/, { timeout: 30_000 });
});

test("a file that is not UTF-8 CSV is refused with a clear message", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/opportunities/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from("Firma,Stadt\nMüller,München\n", "latin1") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file cannot be imported" })).toContainText("not valid UTF-8");
});

test("the 20 MB limit: a larger file is refused at once, one just under it reaches the server's own checks", async ({ page, loginAs }) => {
  const MB20 = 20 * 1024 * 1024;
  await loginAs("lead@acme.example");
  await page.goto("/opportunities/import");

  // One byte over: refused in the page with the clear message, nothing uploaded.
  await page.getByLabel("CSV file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(MB20 + 1, "a") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("The file is larger than 20 MB. Split it into smaller files.")).toBeVisible();

  // 1 KB under the limit, with 10,001 data rows: the multipart body fits the server-action limit
  // (21 MB, next.config.ts), so the answer is the import's own clear refusal, not a generic error.
  const [templateDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download template (CSV)" }).click()]);
  const [header, example] = Papa.parse<string[]>(fs.readFileSync(await templateDownload.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const comments = header.indexOf("project.additionalComments");
  expect(comments).toBeGreaterThan(-1);
  const run = Date.now().toString(36);
  const rows = Array.from({ length: 10_001 }, (_, i) => {
    const cells = [...example];
    cells[header.indexOf("customer.companyName")] = `E2E size ${run} #${i + 1}`;
    return cells;
  });
  const unpadded = Buffer.byteLength(Papa.unparse([header, ...rows]), "utf8");
  rows[rows.length - 1][comments] = `${rows[rows.length - 1][comments]}${"x".repeat(MB20 - 1024 - unpadded)}`;
  const buffer = Buffer.from(Papa.unparse([header, ...rows]), "utf8");
  expect(buffer.byteLength).toBe(MB20 - 1024);
  await page.getByLabel("CSV file").setInputFiles({ name: `size-${run}.csv`, mimeType: "text/csv", buffer });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file cannot be imported" })).toContainText(
    "The file has 10,001 data rows; at most 10,000 can be imported at once.",
  );
});
