/** What an asset is; the portal and the ticket page show it next to the name. */
export const ASSET_KINDS = ['COMPUTER', 'PRINTER', 'PHONE', 'MONITOR', 'NETWORK', 'OTHER'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_TAG_MIN = 2;
export const ASSET_TAG_MAX = 40;

/**
 * Tags are printed on stickers and typed by hand, so case and surrounding spaces never
 * matter: the stored form is upper-cased, which is what keeps them unique per tenant.
 */
export function normaliseAssetTag(raw: string): string {
  return raw.trim().toUpperCase();
}

const TAG_PATTERN = /^[A-Z0-9-]+$/;

export type AssetTagResult = { ok: true; tag: string } | { ok: false; code: 'INVALID' };

/** 2–40 characters of A–Z, 0–9 and '-' after normalising. */
export function validateAssetTag(raw: string): AssetTagResult {
  const tag = normaliseAssetTag(raw);
  if (tag.length < ASSET_TAG_MIN || tag.length > ASSET_TAG_MAX || !TAG_PATTERN.test(tag)) {
    return { ok: false, code: 'INVALID' };
  }
  return { ok: true, tag };
}
