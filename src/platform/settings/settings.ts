import type { Db } from '../db/database.ts'

/**
 * A municipality's own settings, one JSON value per key. Every known key and its default is listed
 * here, so a setting never silently means different things in different places.
 */
export const settingDefaults = {
  /** Shown in the privacy and accessibility statements as the address for questions. */
  'contact.phone': '14 0000' as string,
  /** Service standard: a broker contacts a new initiative within this many working days of its confirmation. */
  'serviceStandards.firstContactWorkingDays': 2 as number,
} as const

export type SettingKey = keyof typeof settingDefaults

export async function getSetting<K extends SettingKey>(db: Db, tenantId: number, key: K): Promise<(typeof settingDefaults)[K]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirst()
  return row ? (row.value as (typeof settingDefaults)[K]) : settingDefaults[key]
}

export async function setSetting<K extends SettingKey>(db: Db, tenantId: number, key: K, value: (typeof settingDefaults)[K]): Promise<void> {
  const json = JSON.stringify(value)
  await db
    .insertInto('settings')
    .values({ tenant_id: tenantId, key, value: json })
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doUpdateSet({ value: json, updated_at: new Date() }))
    .execute()
}
