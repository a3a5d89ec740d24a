/**
 * URLs taken from a page before they become an href or src in our UI: only web addresses (and, for
 * images, inline raster data) pass. A hostile page can put `javascript:` into og:url or a 기사원문 link.
 */

export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function safeImageSrc(url: string | null | undefined): string | null {
  if (!url) return null;
  if (/^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url)) return url.length <= 100_000 ? url : null;
  return safeHref(url);
}

/** A mailto: link only for something shaped like an e-mail address. */
export function safeMailto(email: string | null | undefined): string | null {
  return email && /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(email) ? `mailto:${email}` : null;
}
