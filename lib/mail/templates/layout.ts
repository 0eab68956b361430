import { escapeHtml } from "./escape";

export const PRODUCT_NAME = "Co-sell portal";

/**
 * The HTML frame of every email: a narrow card with inline styles only (mail clients drop
 * <style> blocks and external CSS), a preheader for the inbox preview, and a footer.
 */
export function htmlLayout(opts: { preheader: string; content: string; footer: string; lang?: string; productName?: string }): string {
  const product = opts.productName ?? PRODUCT_NAME;
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(product)}</title>
</head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#0f172a">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(opts.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 12px">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px">
<tr><td style="padding:20px 24px;border-bottom:1px solid #e2e8f0;font-weight:600;font-size:15px">
<span style="display:inline-block;width:22px;height:22px;line-height:22px;text-align:center;border-radius:6px;background:#4f46e5;color:#ffffff;font-size:12px;margin-right:8px">C</span>${escapeHtml(product)}
</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.55">
${opts.content}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:12px;line-height:1.5;color:#64748b">
${opts.footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}
