// Decides whether a .txt file is really Markdown (web clippers save Markdown as .txt).
// Strong signals are syntax that plain prose almost never contains.

const STRONG: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /\*\*[^*\n]+\*\*/, // bold
  /__[^_\n]+__/, // bold
  /\[[^\]\n]+\]\([^)\s]*\)/, // inline link
  /<https?:\/\/[^>\s]+>/, // autolink
  /^```/m, // fenced code
];
const WEAK: readonly RegExp[] = [
  /^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/m, // thematic break
  /^>[ \t]?\S/m, // blockquote
  /^[ \t]*[-*+][ \t]+\S/m, // bullet
  /(^|\s)\*[^*\s][^*\n]*\*(\s|[.,;:]|$)/m, // emphasis
  /^[^\n]+\n(=+|-+)[ \t]*$/m, // setext heading
];

export function looksLikeMarkdown(text: string): boolean {
  if (STRONG.some((re) => re.test(text))) return true;
  return WEAK.filter((re) => re.test(text)).length >= 2;
}
