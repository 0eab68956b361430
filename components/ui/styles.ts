/**
 * Shared class strings so every control looks and focuses the same way.
 * Focus uses `outline` (not box-shadow rings) so it stays visible in Windows forced-colors mode.
 */
export const focusRing = "outline-offset-2 focus-visible:outline-2 focus-visible:outline-solid focus-visible:outline-indigo-600";

/** Text-like form controls (input, textarea, native select). */
export const controlBase =
  "w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-xs " +
  "placeholder:text-slate-400 " +
  "focus-visible:border-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-solid focus-visible:outline-indigo-600/30 " +
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 " +
  "aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600/30";
