/** Escapes text so that Markdown shows it as written (hovers, the CLI's coverage report). */
export const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>#|]/g, '\\$&');
