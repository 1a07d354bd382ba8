import type { EntityManager } from '@mikro-orm/core';
import type { AssetKind } from '@linje/shared';
import type { Asset } from '../assets/asset.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { seedAsset } from './factories.js';

/** Tag infix, models and how many of each a demo municipality has. */
const DEMO_ASSET_KINDS: { kind: AssetKind; infix: string; models: string[]; count: number }[] = [
  {
    kind: 'COMPUTER',
    infix: 'PC',
    models: [
      'Lenovo ThinkPad T14',
      'HP EliteBook 840',
      'Dell Latitude 5440',
      'Lenovo ThinkCentre M70q',
    ],
    count: 16,
  },
  {
    kind: 'PRINTER',
    infix: 'PR',
    models: ['Ricoh IM C3000', 'HP LaserJet M507', 'Canon imageRUNNER C3226'],
    count: 5,
  },
  { kind: 'PHONE', infix: 'MOB', models: ['iPhone 14', 'Samsung Galaxy A55'], count: 8 },
  { kind: 'MONITOR', infix: 'MON', models: ['Dell P2423', 'Lenovo ThinkVision T24'], count: 4 },
  { kind: 'NETWORK', infix: 'NET', models: ['Cisco Meraki MR36 access point'], count: 2 },
  { kind: 'OTHER', infix: 'AV', models: ['Epson EB-L210W projector'], count: 2 },
];

const DEMO_LOCATIONS = ['Town hall, floor 2', 'Town hall, floor 3', 'Library', 'Home care office'];

/**
 * A few dozen assets per demo municipality, tagged like their stickers: KAV-PC-01001,
 * KAV-PR-01001 and so on (the first computer of each municipality is the one the demo
 * staff use in the walkthroughs).
 */
export function seedDemoAssets(em: EntityManager, tenant: Tenant, now: Date): Asset[] {
  const assets: Asset[] = [];
  let n = 0;
  for (const { kind, infix, models, count } of DEMO_ASSET_KINDS) {
    for (let i = 0; i < count; i++) {
      n += 1;
      assets.push(
        seedAsset(em, {
          tenant,
          tag: `${tenant.code}-${infix}-${String(1001 + i).padStart(5, '0')}`,
          name: models[i % models.length] ?? 'Unknown model',
          kind,
          location: DEMO_LOCATIONS[n % DEMO_LOCATIONS.length] ?? null,
          createdAt: now,
        }),
      );
    }
  }
  return assets;
}
