/**
 * Turns a model name into a file-name slug: lowercase ASCII letters, digits and dashes.
 * @example slugify("Atlas-100T (MoE)") // "atlas-100t-moe"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "model";
}
